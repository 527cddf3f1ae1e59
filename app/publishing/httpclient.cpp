// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include "../appsettings.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcPublishNet, "copydesk.publishing.net")

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

QString extraCaFile()
{
    QString fromEnvironment = qEnvironmentVariable("COPYDESK_EXTRA_CA_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return AppSettings::open()->value(QStringLiteral("publishing/extraCaFile")).toString();
}

// For the log: never the query's secrets or a user:password, only where the request went.
QString logUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
}

// Errors raised before the request could have reached the server: nothing happened there.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return true;
    default:
        return false;
    }
}

QString networkMessage(QNetworkReply::NetworkError error, const QUrl &url)
{
    const QString host = url.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("%1 refused the connection; the site may be down.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("The server %1 was not found; check the target's address.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("The secure connection to %1 failed: its certificate is not trusted (expired, "
                      "self-signed or made for another name). Nothing was sent.")
            .arg(host);
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Tr::tr("%1 did not answer in time.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("%1 closed the connection before answering.").arg(host);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Tr::tr("%1 redirected the request somewhere Copydesk will not follow.").arg(host);
    default:
        return Tr::tr("The connection to %1 failed.").arg(host);
    }
}

// A server's words as plain text for a message: tags dropped, control characters and runs of
// white space as one space, and at most `limit` characters. No '<' is left, so nothing the
// server sent can read as markup wherever the message is shown.
QString plainText(const QString &serverText, qsizetype limit)
{
    QString plain;
    plain.reserve(serverText.size());
    bool closingBracketAhead = true; // once none is found, none is looked for again: linear time
    for (qsizetype at = 0; at < serverText.size(); ++at) {
        const QChar c = serverText.at(at);
        if (c == u'<') {
            const qsizetype close = closingBracketAhead ? serverText.indexOf(u'>', at + 1) : -1;
            closingBracketAhead = close >= 0;
            if (close >= 0)
                at = close; // a tag; else only the bracket goes
            continue;
        }
        plain += c.category() == QChar::Other_Control ? u' ' : c;
    }
    plain = plain.simplified();
    if (plain.size() > limit) {
        qsizetype keep = limit - 1;
        if (plain.at(keep - 1).isHighSurrogate())
            --keep;
        plain = plain.left(keep).trimmed() + u'…';
    }
    return plain;
}

} // namespace

bool HttpReply::transient() const
{
    if (status == 0)
        return error != QNetworkReply::SslHandshakeFailedError && error != QNetworkReply::InsecureRedirectError;
    return status == 408 || status == 425 || status == 429 || status >= 500;
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

QSslConfiguration HttpClient::sslConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QString file = extraCaFile();
    if (!file.isEmpty()) {
        const auto extra = QSslCertificate::fromPath(file, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcPublishNet) << "no certificate could be read from the extra CA file" << file;
        config.addCaCertificates(extra);
    }
    return config;
}

bool HttpClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == QLatin1StringView("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

std::optional<std::chrono::seconds> HttpClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // A day at most: callers turn it into milliseconds, and a server may send any number.
    const auto bounded = [](qint64 seconds) {
        return std::chrono::seconds(std::clamp<qint64>(seconds, 0, maxRetryAfter.count()));
    };
    bool number = false;
    const qint64 seconds = trimmed.toLongLong(&number);
    if (number)
        return bounded(seconds);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::UTC);
    return bounded(now.secsTo(when));
}

QString HttpClient::errorMessage(int status, const QByteArray &body, const QString &serverReason)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    // WordPress messages may carry HTML entities or tags; people want the words.
    const QString serverMessage = plainText(object.value(QLatin1StringView("message")).toString(), 300);
    if (!serverMessage.isEmpty())
        // In one arg() call: a "%1" in the server's words stays text.
        return Tr::tr("The site answered: %1 (HTTP %2)").arg(serverMessage, QString::number(status));
    // The reason phrase is the server's too.
    const QString reason = plainText(serverReason, 100);
    if (status == 401 || status == 403)
        return Tr::tr("The site refused the credentials (HTTP %1); check the user and its password.").arg(status);
    if (status == 404)
        return Tr::tr("The site has no such address (HTTP 404); check the target's URL.");
    if (status == 429)
        return Tr::tr("The site asks us to slow down (HTTP 429); it will be tried again later.");
    if (status >= 500)
        return Tr::tr("The site had an internal problem (HTTP %1 %2); it will be tried again later.")
            .arg(status)
            .arg(reason);
    return Tr::tr("The site answered HTTP %1 %2.").arg(status).arg(reason);
}

void HttpClient::send(const HttpRequest &request, Callback done)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setHeaders(request.headers);
    networkRequest.setSslConfiguration(sslConfiguration());
    networkRequest.setTransferTimeout(m_transferTimeout);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    auto *buffer = new QBuffer(this);
    buffer->setData(request.body);
    buffer->open(QIODevice::ReadOnly);
    // HEAD and GET through their own calls: Qt then knows no body follows a HEAD answer.
    QNetworkReply *reply = request.method == "HEAD" ? m_manager->head(networkRequest)
        : request.method == "GET"                   ? m_manager->get(networkRequest)
                                  : m_manager->sendCustomRequest(networkRequest, request.method, buffer);
    buffer->setParent(reply);

    struct State {
        bool deadlinePassed = false;
        bool redirectRefused = false;
        QString refusedTarget;
    };
    auto state = std::make_shared<State>();
    const QUrl origin = request.url;

    connect(reply, &QNetworkReply::redirected, reply, [reply, origin, state](const QUrl &target) {
        const bool downgrade =
            origin.scheme() == QLatin1StringView("https") && target.scheme() != QLatin1StringView("https");
        if (sameOrigin(origin, target) && !downgrade) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcPublishNet) << "refused a redirect from" << logUrl(origin) << "to" << logUrl(target)
                                << "(another origin: the credentials stay here)";
        state->redirectRefused = true;
        state->refusedTarget =
            target.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString();
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [origin](const QList<QSslError> &errors) {
        // Reported and left to fail: no error is ever ignored.
        for (const QSslError &error : errors)
            qCWarning(lcPublishNet) << "TLS error for" << logUrl(origin) << ":" << error.errorString();
    });

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->deadlinePassed = true;
        reply->abort();
    });
    deadline->start(m_deadline);

    connect(
        reply, &QNetworkReply::finished, this, [reply, state, origin, method = request.method, done = std::move(done)] {
            reply->deleteLater();
            HttpReply result;
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.headers = reply->headers();
            result.error = reply->error();
            if (result.status == 0 && result.error == QNetworkReply::NoError)
                result.error = QNetworkReply::UnknownNetworkError;
            if (state->redirectRefused) {
                // The 3xx itself is no answer to what was asked.
                result.status = 0;
                result.body.clear();
                result.error = QNetworkReply::InsecureRedirectError;
            }

            if (result.status != 0) {
                if (const auto value = result.headers.value(QHttpHeaders::WellKnownHeader::RetryAfter);
                    !value.isEmpty())
                    result.retryAfter = parseRetryAfter(value.toByteArray(), QDateTime::currentDateTimeUtc());
                if (!result.ok()) {
                    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                    result.message = errorMessage(result.status, result.body, reason);
                    qCWarning(lcPublishNet).noquote() << method << logUrl(origin) << "answered" << result.status
                                                      << reason << "body:" << QString::fromUtf8(result.body.left(600));
                } else {
                    qCDebug(lcPublishNet).noquote() << method << logUrl(origin) << "answered" << result.status;
                }
            } else {
                result.outcomeUnknown = !neverSent(result.error) && method != "GET" && method != "HEAD";
                result.message = state->redirectRefused
                    ? Tr::tr("The site redirected to another server (%1); Copydesk does not send the "
                             "credentials there. Check the target's URL.")
                          .arg(state->refusedTarget)
                    : networkMessage(state->deadlinePassed ? QNetworkReply::TimeoutError : result.error, origin);
                qCWarning(lcPublishNet).noquote() << method << logUrl(origin) << "failed:" << reply->errorString()
                                                  << (state->deadlinePassed ? "(overall deadline passed)" : "")
                                                  << (result.outcomeUnknown ? "(outcome unknown)" : "");
            }
            done(result);
        });
}
