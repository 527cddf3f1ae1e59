// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressEndpoint's taxonomy and media steps: the section and tags as category and tag ids,
// and the hero image as the featured media.
#include "wordpressendpoint.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMimeDatabase>

// Term ids for (slug, name) pairs, one after the other: an existing term by slug, else a new one;
// a `term_exists` answer (same name, another slug) carries the id to use.
void WordPressEndpoint::resolveTerms(const QString &route, QList<std::pair<QString, QString>> slugNames, QList<int> ids,
                                     std::function<void(QList<int>)> next)
{
    if (slugNames.isEmpty()) {
        next(ids);
        return;
    }
    const auto [slug, name] = slugNames.takeFirst();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("slug"), slug);
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    call("GET", route, query, {},
         [this, route, slug, name, slugNames, ids, next = std::move(next)](const HttpReply &found) mutable {
             if (const auto id = WordPressReply::firstTermId(found.body)) {
                 ids.append(*id);
                 resolveTerms(route, slugNames, ids, std::move(next));
                 return;
             }
             HttpRequest request;
             request.method = "POST";
             request.url = routeUrl(m_root, route);
             request.headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json; charset=utf-8");
             request.headers.append(QHttpHeaders::WellKnownHeader::Authorization, m_authorization);
             request.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("slug"), slug}})
                                .toJson(QJsonDocument::Compact);
             m_http->send(request,
                          [this, route, slugNames, ids, next = std::move(next)](const HttpReply &made) mutable {
                              const auto id = made.ok() ? WordPressReply::createdTermId(made.body)
                                                        : WordPressReply::existingTermId(made.body);
                              if (!id) {
                                  fail(made);
                                  return;
                              }
                              ids.append(*id);
                              resolveTerms(route, slugNames, ids, std::move(next));
                          });
         });
}

// The hero as the post's featured image. The file is named after the slug and a hash of the
// bytes, so a republish with the same picture reuses the upload instead of adding another.
void WordPressEndpoint::resolveHero(int currentMedia, std::function<void(int)> next)
{
    const auto &hero = m_payload.input.article.hero;
    const QByteArray &bytes = m_payload.input.heroData;
    if (!hero || bytes.isEmpty()) {
        next(0);
        return;
    }
    const QString stem = m_payload.input.article.slug + u'-'
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    QString caption = hero->caption;
    if (!hero->credit.isEmpty())
        caption = caption.isEmpty() ? hero->credit : tr("%1 — %2", "caption — credit").arg(caption, hero->credit);
    const QJsonObject words{{QStringLiteral("alt_text"), hero->altText},
                            {QStringLiteral("caption"), caption},
                            {QStringLiteral("description"), hero->credit}};
    const auto describe = [this, words, next](int mediaId) {
        call("POST", QStringLiteral("wp/v2/media/%1").arg(mediaId), {}, words,
             [next, mediaId](const HttpReply &) { next(mediaId); });
    };
    const auto uploadNew = [this, bytes, stem, describe, mime = hero->mimeType] {
        Q_EMIT progress(tr("Uploading the hero image…"));
        const QString suffix = QMimeDatabase().mimeTypeForName(mime).preferredSuffix();
        upload(QStringLiteral("wp/v2/media"), {}, bytes, mime,
               stem + u'.' + (suffix.isEmpty() ? QStringLiteral("img") : suffix),
               [this, describe](const HttpReply &reply) {
                   const auto media = WordPressReply::media(reply.body);
                   if (!media) {
                       HttpReply odd = reply;
                       odd.message = tr("The site answered the uploaded image without an id.");
                       fail(odd);
                       return;
                   }
                   describe(media->id);
               });
    };
    if (currentMedia <= 0) {
        uploadNew();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    HttpRequest request;
    request.url = routeUrl(m_root, QStringLiteral("wp/v2/media/%1").arg(currentMedia), query);
    request.headers.append(QHttpHeaders::WellKnownHeader::Authorization, m_authorization);
    m_http->send(request, [this, stem, currentMedia, describe, uploadNew](const HttpReply &reply) {
        if (reply.status != 0 && !reply.ok() && reply.status != 404) {
            fail(reply);
            return;
        }
        const auto media = reply.ok() ? WordPressReply::media(reply.body) : std::nullopt;
        if (media && media->sourceUrl.path().contains(stem))
            describe(currentMedia);
        else
            uploadNew();
    });
}
