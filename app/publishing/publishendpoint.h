// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerenderer.h"
#include "types.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

/// Everything an endpoint needs to publish one article, looked up beforehand so no endpoint
/// touches the database (PublishPayloadBuilder makes it).
struct PublishPayload {
    RenderInput input; ///< the article, its names, the publication and the hero's bytes
    QString sectionSlug;
    QList<Tag> tags; ///< names, slugs and kinds
    QString contentHtml; ///< ArticleRenderer::content(), body images inside
    QByteArray ninjs; ///< the IPTC ninjs document (NinjsEndpoint)
    QString ninjsUri; ///< its `uri`, the last part of the address it is PUT to
};

/// What the desk knows about the article on this endpoint before an attempt.
struct RemoteState {
    QString remoteId; ///< empty: nothing known to exist there yet
    QDateTime remoteModified; ///< the remote's own modification time as last seen; invalid: unknown
    /// A previous attempt got no answer to a request that may have created the item: look it up
    /// before creating anything.
    bool outcomeUnknown = false;
    bool overwriteRemote = false; ///< the desk agreed to overwrite edits made on the site
};

/// How one attempt at an endpoint ended.
struct EndpointResult {
    enum class Kind {
        Live, ///< published now
        Scheduled, ///< accepted for a future date
        Unpublished, ///< taken off the site (back to draft)
        Conflict, ///< edited on the site since the last publish; nothing overwritten
        Failed, ///< refused or unreachable; see retryable
        Unknown, ///< no answer to a request that may have changed the remote
    };
    Kind kind = Kind::Failed;
    QString remoteId;
    QUrl url;
    QDateTime remoteModified;
    int httpStatus = 0;
    QString message; ///< for people
    bool retryable = false;
    std::optional<std::chrono::seconds> retryAfter;

    bool succeeded() const { return kind == Kind::Live || kind == Kind::Scheduled || kind == Kind::Unpublished; }
};

/// A place articles are published to, spoken to over HTTP. One operation at a time; the result
/// comes with finished(). Implementations: WordPressEndpoint, NinjsEndpoint.
class PublishEndpoint : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void publish(const PublishPayload &payload, const RemoteState &remote) = 0;
    /// Takes the article off the site; its slug finds it when its id was never learnt.
    virtual void unpublish(const PublishPayload &payload, const RemoteState &remote) = 0;

Q_SIGNALS:
    /// The remote item exists now (e.g. the WordPress draft was created): store this at once.
    void remoteCreated(const QString &remoteId, const QUrl &url);
    /// A step is under way, in people's words ("Uploading the hero image…").
    void progress(const QString &step);
    void finished(const EndpointResult &result);
};
