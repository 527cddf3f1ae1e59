// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "publishendpoint.h"
#include "wordpressreply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

/// WordPress over its REST API v2 with an application password (Basic auth).
///
/// Publishing creates the post as a draft first and reports its id at once (remoteCreated), so
/// a later attempt updates that post instead of making a second one; then it resolves the section
/// and tags to category and tag ids by slug (creating missing ones), uploads the hero image with
/// its alt text, caption and credit as the featured image, and sets title, content, excerpt
/// (the dek), slug and the status: `publish`, or `future` with `date_gmt` for a scheduled piece.
/// A republish first compares the post's `modified_gmt` with the one stored: someone edited the
/// post on the site since, and unless the desk agreed to overwrite, the result is a Conflict.
/// When an earlier create got no answer, the post is looked up by slug across every status
/// before anything is created.
class WordPressEndpoint : public PublishEndpoint
{
    Q_OBJECT

public:
    /// `site` is the site's address (the REST root is discovered from its Link header, and must
    /// be on the same scheme, host and port) or the REST root itself (".../wp-json/" or
    /// ".../?rest_route=/").
    WordPressEndpoint(const QUrl &site, const QString &user, const QString &applicationPassword,
                      QObject *parent = nullptr);

    HttpClient &http() { return *m_http; }

    void publish(const PublishPayload &payload, const RemoteState &remote) override;
    void unpublish(const PublishPayload &payload, const RemoteState &remote) override;

    /// The address of a REST route ("wp/v2/posts") under `root`, in either form of root.
    static QUrl routeUrl(const QUrl &root, const QString &route, const QUrlQuery &query = {});

private:
    using Next = std::function<void(const HttpReply &)>;

    void discover(std::function<void()> next);
    void call(const QByteArray &method, const QString &route, const QUrlQuery &query, const QJsonObject &body,
              Next next);
    void upload(const QString &route, const QUrlQuery &query, const QByteArray &bytes, const QString &mimeType,
                const QString &fileName, Next next);
    void send(HttpRequest request, Next next);
    void fail(const HttpReply &reply);
    void finish(EndpointResult result);

    using FoundPost = std::function<void(const std::optional<WordPressPost> &post)>;

    void findAllBySlug(const QString &slug, std::function<void(const QList<WordPressPost> &posts)> next);
    void findBySlug(const QString &slug, FoundPost next);
    void settleDraft(std::function<void()> next);
    void trash(QStringList ids, std::function<void()> next);
    void checkRemote(std::function<void(std::optional<int> featuredMedia)> next);
    void createDraft(std::function<void()> next);
    void resolveTerms(const QString &route, QList<std::pair<QString, QString>> slugNames, QList<int> ids,
                      std::function<void(QList<int>)> next);
    void resolveHero(int currentMedia, std::function<void(int mediaId)> next);
    void updatePost();

    HttpClient *m_http;
    QUrl m_site;
    QUrl m_root; ///< discovered REST root
    QByteArray m_authorization;
    bool m_busy = false;

    PublishPayload m_payload;
    RemoteState m_remote;
    int m_featuredMedia = 0;
    QList<int> m_categoryIds;
    QList<int> m_tagIds;
};
