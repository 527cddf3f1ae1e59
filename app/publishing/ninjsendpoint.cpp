// SPDX-License-Identifier: GPL-3.0-or-later
#include "ninjsendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

NinjsEndpoint::NinjsEndpoint(const QUrl &endpoint, const QString &token, QObject *parent)
    : PublishEndpoint(parent)
    , m_http(new HttpClient(this))
    , m_endpoint(endpoint)
    , m_authorization("Bearer " + token.toUtf8())
{ }

QUrl NinjsEndpoint::itemUrl(const QUrl &endpoint, const QString &uri)
{
    QUrl url = endpoint;
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + QString::fromLatin1(QUrl::toPercentEncoding(uri)), QUrl::StrictMode);
    return url;
}

void NinjsEndpoint::publish(const PublishPayload &payload, const RemoteState &)
{
    const QDateTime scheduled = payload.input.article.scheduled;
    const bool future = scheduled.isValid() && scheduled > QDateTime::currentDateTimeUtc();
    put(payload.ninjs, payload.ninjsUri, future ? EndpointResult::Kind::Scheduled : EndpointResult::Kind::Live);
}

void NinjsEndpoint::unpublish(const PublishPayload &payload, const RemoteState &)
{
    QJsonObject document = QJsonDocument::fromJson(payload.ninjs).object();
    document.insert(QStringLiteral("pubstatus"), QStringLiteral("canceled"));
    put(QJsonDocument(document).toJson(QJsonDocument::Compact), payload.ninjsUri, EndpointResult::Kind::Unpublished);
}

void NinjsEndpoint::put(const QByteArray &document, const QString &uri, EndpointResult::Kind success)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = itemUrl(m_endpoint, uri);
    request.headers.append(QHttpHeaders::WellKnownHeader::Authorization, m_authorization);
    request.headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json; charset=utf-8");
    request.body = document;
    Q_EMIT progress(tr("Sending the ninjs document…"));
    m_http->send(request, [this, uri, success, url = request.url](const HttpReply &reply) {
        EndpointResult result;
        result.httpStatus = reply.status;
        result.remoteId = uri;
        if (reply.ok()) {
            result.kind = success;
            result.url = url;
        } else {
            // PUT replaces: repeating it is safe, so an unknown outcome is simply retried.
            result.kind = reply.outcomeUnknown ? EndpointResult::Kind::Unknown : EndpointResult::Kind::Failed;
            result.message = reply.message;
            result.retryable = reply.outcomeUnknown || reply.transient();
            result.retryAfter = reply.retryAfter;
        }
        Q_EMIT finished(result);
    });
}
