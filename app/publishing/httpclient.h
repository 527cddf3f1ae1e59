// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHttpHeaders>
#include <QJsonDocument>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcPublishNet)

/// One request to a publishing endpoint.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QHttpHeaders headers; ///< Authorization goes here; it is never logged
    QByteArray body;
};

/// How a request ended. `message` is for people; the developer's detail went to the log.
struct HttpReply {
    int status = 0; ///< 0: no HTTP answer at all
    QByteArray body;
    QHttpHeaders headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    /// No answer to a request the server may have received and acted on (timeout, dropped
    /// connection): whatever it asked for may or may not have happened.
    bool outcomeUnknown = false;
    /// From Retry-After (seconds or an HTTP date), when the server sent one.
    std::optional<std::chrono::seconds> retryAfter;
    QString message;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    /// Worth trying again later: no answer, 408, 425, 429 or a 5xx.
    bool transient() const;
};

/// HTTP for publishing, with the hygiene the product promises: a transfer timeout (no bytes for
/// that long) plus an overall deadline per request; TLS errors are never ignored, and the only
/// extra trust is a CA file named in the configuration (COPYDESK_EXTRA_CA_FILE, or the setting
/// "publishing/extraCaFile"); a redirect is followed only within the same origin and never from
/// https to http, so credentials never reach another server; error bodies become readable
/// messages (WordPress's `{code, message}` included).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpReply &)>;

    explicit HttpClient(QObject *parent = nullptr);

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    /// Sends `request`; `done` is called once, on this object's thread, unless this client is
    /// destroyed first (requests in flight are then aborted).
    void send(const HttpRequest &request, Callback done);

    /// The system's CAs plus the configured extra CA file, if any.
    static QSslConfiguration sslConfiguration();
    /// "scheme://host:port" equality, the unit credentials are bound to.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    /// The longest wait parseRetryAfter() gives.
    static constexpr std::chrono::seconds maxRetryAfter = std::chrono::hours(24);
    /// Retry-After as delta-seconds or an HTTP date, relative to `now`, within 0…maxRetryAfter.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// A sentence for people from an error answer: WordPress's message when there is one. What
    /// the server wrote (message, reason phrase) comes as plain text, without tags, shortened.
    static QString errorMessage(int status, const QByteArray &body, const QString &serverReason);

private:
    QNetworkAccessManager *m_manager;
    std::chrono::milliseconds m_transferTimeout{std::chrono::seconds(30)};
    std::chrono::milliseconds m_deadline{std::chrono::minutes(2)};
};
