// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr auto everyStatus = "publish,future,draft,pending,private";

QString gmt(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString postId(const WordPressPost &post)
{
    return QString::number(post.id);
}

} // namespace

WordPressEndpoint::WordPressEndpoint(const QUrl &site, const QString &user, const QString &applicationPassword,
                                     QObject *parent)
    : PublishEndpoint(parent)
    , m_http(new HttpClient(this))
    , m_site(site)
    , m_authorization("Basic " + (user + u':' + applicationPassword).toUtf8().toBase64())
{
    const QString query = site.query();
    if (query.contains(QLatin1StringView("rest_route=")) || site.path().endsWith(QLatin1StringView("/wp-json/")))
        m_root = site;
}

QUrl WordPressEndpoint::routeUrl(const QUrl &root, const QString &route, const QUrlQuery &query)
{
    QUrl url = root;
    QUrlQuery full(root);
    if (full.hasQueryItem(QStringLiteral("rest_route"))) {
        QString base = full.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
        if (!base.endsWith(u'/'))
            base += u'/';
        full.removeAllQueryItems(QStringLiteral("rest_route"));
        full.addQueryItem(QStringLiteral("rest_route"), base + route);
    } else {
        QString path = root.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + route);
    }
    for (const auto items = query.queryItems(QUrl::FullyDecoded); const auto &[key, value] : items)
        full.addQueryItem(key, value);
    url.setQuery(full);
    return url;
}

void WordPressEndpoint::send(HttpRequest request, Next next)
{
    request.headers.append(QHttpHeaders::WellKnownHeader::Authorization, m_authorization);
    request.headers.append(QHttpHeaders::WellKnownHeader::Accept, "application/json");
    m_http->send(request, [this, next = std::move(next)](const HttpReply &reply) {
        if (!reply.ok()) {
            fail(reply);
            return;
        }
        next(reply);
    });
}

void WordPressEndpoint::call(const QByteArray &method, const QString &route, const QUrlQuery &query,
                             const QJsonObject &body, Next next)
{
    HttpRequest request;
    request.method = method;
    request.url = routeUrl(m_root, route, query);
    if (method != "GET") {
        request.headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json; charset=utf-8");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    send(std::move(request), std::move(next));
}

void WordPressEndpoint::upload(const QString &route, const QUrlQuery &query, const QByteArray &bytes,
                               const QString &mimeType, const QString &fileName, Next next)
{
    HttpRequest request;
    request.method = "POST";
    request.url = routeUrl(m_root, route, query);
    request.headers.append(QHttpHeaders::WellKnownHeader::ContentType, mimeType.toUtf8());
    request.headers.append(QHttpHeaders::WellKnownHeader::ContentDisposition,
                           "attachment; filename=\"" + fileName.toUtf8() + '"');
    request.body = bytes;
    send(std::move(request), std::move(next));
}

void WordPressEndpoint::fail(const HttpReply &reply)
{
    EndpointResult result;
    result.kind = reply.outcomeUnknown ? EndpointResult::Kind::Unknown : EndpointResult::Kind::Failed;
    result.remoteId = m_remote.remoteId;
    result.httpStatus = reply.status;
    result.message = reply.message;
    result.retryable = reply.outcomeUnknown || reply.transient();
    result.retryAfter = reply.retryAfter;
    finish(std::move(result));
}

void WordPressEndpoint::finish(EndpointResult result)
{
    m_busy = false;
    Q_EMIT finished(result);
}

void WordPressEndpoint::discover(std::function<void()> next)
{
    if (m_root.isValid()) {
        next();
        return;
    }
    HttpRequest request;
    request.method = "HEAD";
    request.url = m_site;
    m_http->send(request, [this, next = std::move(next)](const HttpReply &reply) {
        const QUrl root =
            WordPressReply::restRootFromLink(reply.headers.combinedValue(QHttpHeaders::WellKnownHeader::Link), m_site);
        if (!root.isValid()) {
            HttpReply failed = reply;
            if (reply.status != 0) {
                failed.status = reply.ok() ? 0 : reply.status;
                failed.message =
                    tr("%1 does not look like a WordPress site: it announces no REST API.").arg(m_site.host());
            }
            fail(failed);
            return;
        }
        // The credentials go to the REST root: as with a redirect, never to another server.
        if (!HttpClient::sameOrigin(root, m_site)) {
            qCWarning(lcPublishNet) << "the site announces its REST API on another server:"
                                    << root.adjusted(QUrl::RemoveUserInfo).toDisplayString();
            HttpReply refused = reply;
            refused.status = 0;
            refused.error = QNetworkReply::InsecureRedirectError;
            refused.message = tr("%1 announces its REST API on another server (%2); Copydesk does not send the "
                                 "credentials there. Give the REST API's address as the target's URL.")
                                  .arg(m_site.host(),
                                       root.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                                     | QUrl::RemoveFragment)
                                           .toDisplayString());
            fail(refused);
            return;
        }
        m_root = root;
        next();
    });
}

void WordPressEndpoint::publish(const PublishPayload &payload, const RemoteState &remote)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_payload = payload;
    m_remote = remote;
    m_featuredMedia = 0;
    discover([this] {
        checkRemote([this](std::optional<int> featuredMedia) {
            const auto afterDraft = [this](int media) {
                Q_EMIT progress(tr("Matching the section and tags…"));
                QList<std::pair<QString, QString>> sections;
                if (!m_payload.sectionSlug.isEmpty())
                    sections.append({m_payload.sectionSlug, m_payload.input.sectionName});
                resolveTerms(QStringLiteral("wp/v2/categories"), sections, {}, [this, media](QList<int> categories) {
                    m_categoryIds = categories;
                    QList<std::pair<QString, QString>> tags;
                    for (const Tag &tag : std::as_const(m_payload.tags))
                        tags.append({tag.slug, tag.name});
                    resolveTerms(QStringLiteral("wp/v2/tags"), tags, {}, [this, media](QList<int> tagIds) {
                        m_tagIds = tagIds;
                        resolveHero(media, [this](int mediaId) {
                            m_featuredMedia = mediaId;
                            updatePost();
                        });
                    });
                });
            };
            if (featuredMedia) {
                afterDraft(*featuredMedia);
                return;
            }
            createDraft([afterDraft] { afterDraft(0); });
        });
    });
}

void WordPressEndpoint::findAllBySlug(const QString &slug, std::function<void(const QList<WordPressPost> &)> next)
{
    // A second draft with a slug gets "-2" appended by WordPress, a third "-3": ask for those too.
    QStringList slugs{slug};
    for (int n = 2; n <= 6; ++n)
        slugs << slug + u'-' + QString::number(n);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("slug"), slugs.join(u','));
    query.addQueryItem(QStringLiteral("status"), QLatin1StringView(everyStatus));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("20"));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    call("GET", QStringLiteral("wp/v2/posts"), query, {},
         [next = std::move(next)](const HttpReply &reply) { next(WordPressReply::posts(reply.body)); });
}

// The oldest post with the slug (or a "-2" form of it): the one a first attempt made.
void WordPressEndpoint::findBySlug(const QString &slug, FoundPost next)
{
    findAllBySlug(slug, [slug, next = std::move(next)](const QList<WordPressPost> &posts) {
        for (const WordPressPost &post : posts) {
            if (post.slug == slug) {
                next(post);
                return;
            }
        }
        next(posts.isEmpty() ? std::nullopt : std::optional(posts.first()));
    });
}

// Finds the post this article already has there, if any, and refuses to overwrite a remote edit.
// Calls `next` with the post's featured media (0: none), or with nothing when there is no post yet.
void WordPressEndpoint::checkRemote(std::function<void(std::optional<int>)> next)
{
    if (m_remote.remoteId.isEmpty()) {
        if (!m_remote.outcomeUnknown) {
            next({});
            return;
        }
        Q_EMIT progress(tr("Looking for the post an earlier attempt may have made…"));
        findBySlug(m_payload.input.article.slug,
                   [this, next = std::move(next)](const std::optional<WordPressPost> &post) {
                       m_remote.outcomeUnknown = false;
                       if (!post) {
                           next(std::nullopt);
                           return;
                       }
                       m_remote.remoteId = postId(*post);
                       settleDraft([next, media = post->featuredMedia] { next(media); });
                   });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    HttpRequest request;
    request.url = routeUrl(m_root, QStringLiteral("wp/v2/posts/") + m_remote.remoteId, query);
    request.headers.append(QHttpHeaders::WellKnownHeader::Authorization, m_authorization);
    m_http->send(request, [this, next = std::move(next)](const HttpReply &reply) {
        if (reply.status == 404 || reply.status == 410) {
            // Deleted on the site: publishing makes it anew.
            m_remote.remoteId.clear();
            next({});
            return;
        }
        if (!reply.ok()) {
            fail(reply);
            return;
        }
        // An answer without the post's id still concerns the post asked for: it is updated, never
        // made a second time.
        const std::optional<WordPressPost> post = WordPressReply::post(reply.body);
        if (post && m_remote.remoteModified.isValid() && post->modifiedGmt.isValid()
            && post->modifiedGmt != m_remote.remoteModified && !m_remote.overwriteRemote) {
            EndpointResult result;
            result.kind = EndpointResult::Kind::Conflict;
            result.remoteId = m_remote.remoteId;
            result.url = post->link;
            result.remoteModified = post->modifiedGmt;
            result.httpStatus = reply.status;
            result.message = tr("The post was edited on the site since it was last published; "
                                "publishing again would overwrite those changes.");
            finish(std::move(result));
            return;
        }
        next(post ? post->featuredMedia : 0);
    });
}

void WordPressEndpoint::createDraft(std::function<void()> next)
{
    Q_EMIT progress(tr("Creating the draft…"));
    const Article &article = m_payload.input.article;
    const QJsonObject body{{QStringLiteral("title"), article.headline},
                           {QStringLiteral("slug"), article.slug},
                           {QStringLiteral("status"), QStringLiteral("draft")}};
    call("POST", QStringLiteral("wp/v2/posts"), {}, body,
         [this, next = std::move(next)](const HttpReply &reply) mutable {
             const std::optional<WordPressPost> post = WordPressReply::post(reply.body);
             if (!post) {
                 HttpReply odd = reply;
                 odd.message = tr("The site answered the new post without an id.");
                 fail(odd);
                 return;
             }
             m_remote.remoteId = postId(*post);
             settleDraft(std::move(next));
         });
}

// Qt's HTTP layer sends a request again, POST included, when the connection closes before any
// answer; the site may then hold two drafts of ours. Keep the oldest and move the other empty
// drafts with this slug (only ever made by createDraft()) to the trash.
void WordPressEndpoint::settleDraft(std::function<void()> next)
{
    findAllBySlug(m_payload.input.article.slug,
                  [this, next = std::move(next)](const QList<WordPressPost> &posts) mutable {
                      // Oldest first: the first of ours is the one to keep.
                      QString keep;
                      QUrl link;
                      QStringList extra;
                      for (const WordPressPost &post : posts) {
                          const bool emptyDraft = post.status == QLatin1StringView("draft") && post.rawContent.isEmpty()
                              && post.rawTitle == m_payload.input.article.headline;
                          if (!emptyDraft && postId(post) != m_remote.remoteId)
                              continue;
                          if (keep.isEmpty()) {
                              keep = postId(post);
                              link = post.link;
                          } else if (emptyDraft) {
                              extra << postId(post);
                          }
                      }
                      if (keep.isEmpty())
                          keep = m_remote.remoteId;
                      if (!extra.isEmpty())
                          qCWarning(lcPublishNet)
                              << "the site held duplicate drafts" << extra << "of post" << keep << "; trashing them";
                      m_remote.remoteId = keep;
                      Q_EMIT remoteCreated(keep, link);
                      trash(extra, std::move(next));
                  });
}

void WordPressEndpoint::trash(QStringList ids, std::function<void()> next)
{
    if (ids.isEmpty()) {
        next();
        return;
    }
    const QString id = ids.takeFirst();
    call("DELETE", QStringLiteral("wp/v2/posts/") + id, {}, {},
         [this, ids, next = std::move(next)](const HttpReply &) mutable { trash(ids, std::move(next)); });
}

void WordPressEndpoint::updatePost()
{
    Q_EMIT progress(tr("Sending the story…"));
    const Article &article = m_payload.input.article;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool future = article.scheduled.isValid() && article.scheduled > now;
    QJsonArray categories, tags;
    for (int id : std::as_const(m_categoryIds))
        categories.append(id);
    for (int id : std::as_const(m_tagIds))
        tags.append(id);
    QJsonObject body{{QStringLiteral("title"), article.headline},
                     {QStringLiteral("content"), m_payload.contentHtml},
                     {QStringLiteral("excerpt"), article.dek},
                     {QStringLiteral("slug"), article.slug},
                     {QStringLiteral("categories"), categories},
                     {QStringLiteral("tags"), tags},
                     {QStringLiteral("featured_media"), m_featuredMedia},
                     {QStringLiteral("status"), future ? QStringLiteral("future") : QStringLiteral("publish")}};
    if (future)
        body.insert(QStringLiteral("date_gmt"), gmt(article.scheduled));
    call("POST", QStringLiteral("wp/v2/posts/") + m_remote.remoteId, {}, body, [this](const HttpReply &reply) {
        const std::optional<WordPressPost> post = WordPressReply::post(reply.body);
        const QString status = post ? post->status : QString();
        EndpointResult result;
        result.kind =
            status == QLatin1StringView("future") ? EndpointResult::Kind::Scheduled : EndpointResult::Kind::Live;
        if (status != QLatin1StringView("future") && status != QLatin1StringView("publish")) {
            result.kind = EndpointResult::Kind::Failed;
            result.message = tr("The site kept the post as '%1' instead of publishing it.").arg(status);
        }
        // An answer without the post's id still concerns the post addressed.
        result.remoteId = post ? postId(*post) : m_remote.remoteId;
        if (post) {
            result.url = post->link;
            result.remoteModified = post->modifiedGmt;
        }
        result.httpStatus = reply.status;
        finish(std::move(result));
    });
}

void WordPressEndpoint::unpublish(const PublishPayload &payload, const RemoteState &remote)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_remote = remote;
    const QString slug = payload.input.article.slug;
    discover([this, slug] {
        const auto toDraft = [this](const QString &id) {
            Q_EMIT progress(tr("Taking the post off the site…"));
            call("POST", QStringLiteral("wp/v2/posts/") + id, {},
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}}, [this, id](const HttpReply &reply) {
                     const std::optional<WordPressPost> post = WordPressReply::post(reply.body);
                     EndpointResult result;
                     result.kind = EndpointResult::Kind::Unpublished;
                     result.remoteId = post ? postId(*post) : id;
                     if (post) {
                         result.url = post->link;
                         result.remoteModified = post->modifiedGmt;
                     }
                     result.httpStatus = reply.status;
                     finish(std::move(result));
                 });
        };
        if (!m_remote.remoteId.isEmpty()) {
            toDraft(m_remote.remoteId);
            return;
        }
        findBySlug(slug, [this, toDraft](const std::optional<WordPressPost> &post) {
            if (!post) {
                EndpointResult result;
                result.kind = EndpointResult::Kind::Unpublished;
                result.message = tr("The story was not on the site.");
                finish(std::move(result));
                return;
            }
            toDraft(postId(*post));
        });
    });
}
