// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fault server for the publishing tests: an HTTP(S) proxy on 127.0.0.1 in front of the real
// WordPress of the fixture that forwards requests, or breaks them the way networks and servers
// do: a dropped connection after the site processed the request, silence, 500, 429 with
// Retry-After, a redirect to another origin. Every request it sees is recorded, headers included,
// so tests can tell where an Authorization header went.

#include <QHash>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

class FaultProxy : public QObject
{
public:
    enum class Fault {
        Forward, ///< pass through
        DropAfterForward, ///< the site processes the request; the client's connection is cut
        SilentAfterForward, ///< the site processes the request; the client never hears back
        Status500,
        Status429, ///< with Retry-After
        Status503, ///< with Retry-After
        RedirectElsewhere, ///< 307 to `redirectTo` (another origin)
    };
    struct Rule {
        Rule(QByteArray method = {}, QByteArray target = {}, Fault fault = Fault::Forward)
            : method(std::move(method))
            , targetContains(std::move(target))
            , fault(fault)
        { }
        QByteArray method; ///< empty: any
        QByteArray targetContains; ///< matched against the request target (path and query)
        Fault fault = Fault::Forward;
        int times = 1;
        QByteArray retryAfter = "1";
        QUrl redirectTo;
        std::function<void()> beforeForward; ///< runs before the request goes on to the site
    };
    struct Seen {
        QByteArray method;
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
    };

    /// Plain HTTP when `certificate` is null, else TLS with that certificate and key.
    explicit FaultProxy(const QUrl &upstream)
        : FaultProxy(upstream, QSslCertificate(), QSslKey())
    { }
    FaultProxy(const QUrl &upstream, const QSslCertificate &certificate, const QSslKey &key)
        : m_upstream(upstream)
    {
        if (certificate.isNull()) {
            m_server = new QTcpServer(this);
        } else {
            auto *tls = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(certificate);
            config.setPrivateKey(key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            tls->setSslConfiguration(config);
            m_server = tls;
            m_tls = true;
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                accept(client);
        });
        if (!m_server->listen(QHostAddress::LocalHost))
            qFatal("the fault proxy cannot listen");
    }

    QUrl url() const
    {
        QUrl url;
        url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server->serverPort());
        return url;
    }
    /// The fixture's REST root, through this proxy.
    QUrl restRoot() const
    {
        QUrl root = url();
        root.setPath(QStringLiteral("/index.php"));
        root.setQuery(QStringLiteral("rest_route=/"));
        return root;
    }
    void addRule(Rule rule) { m_rules.append(std::move(rule)); }
    const QList<Seen> &seen() const { return m_seen; }

private:
    void accept(QTcpSocket *client)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            buffer->append(client->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Seen seen;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            seen.method = requestLine.value(0);
            seen.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    seen.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                        lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = seen.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            disconnect(client, &QTcpSocket::readyRead, this, nullptr);
            m_seen.append(seen);
            handle(client, seen, buffer->left(end + 4 + length), end);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    void handle(QTcpSocket *client, const Seen &seen, const QByteArray &request, qsizetype headerEnd)
    {
        Rule rule;
        for (Rule &candidate : m_rules) {
            if (candidate.times > 0 && (candidate.method.isEmpty() || candidate.method == seen.method)
                && QByteArray::fromPercentEncoding(seen.target).contains(candidate.targetContains)) {
                --candidate.times;
                rule = candidate;
                break;
            }
        }
        const auto answer = [client](const QByteArray &status, const QByteArray &extra, const QByteArray &body) {
            client->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body);
            client->disconnectFromHost();
        };
        switch (rule.fault) {
        case Fault::Status500:
            answer("500 Internal Server Error", {},
                   R"({"code":"injected","message":"Injected failure for the test."})");
            return;
        case Fault::Status429:
            answer("429 Too Many Requests", "Retry-After: " + rule.retryAfter + "\r\n", "{}");
            return;
        case Fault::Status503:
            answer("503 Service Unavailable", "Retry-After: " + rule.retryAfter + "\r\n", "{}");
            return;
        case Fault::RedirectElsewhere:
            answer("307 Temporary Redirect", "Location: " + rule.redirectTo.toEncoded() + seen.target + "\r\n", "{}");
            return;
        default:
            break;
        }
        if (rule.beforeForward)
            rule.beforeForward();
        // Forward with the connection closed after one answer, so the answer's end is the socket's.
        QByteArray forwarded = request.left(headerEnd);
        forwarded.replace("Connection: Keep-Alive", "Connection: close");
        forwarded.replace("Connection: keep-alive", "Connection: close");
        if (!forwarded.contains("Connection: close"))
            forwarded += "\r\nConnection: close";
        forwarded += request.mid(headerEnd);
        auto *upstream = new QTcpSocket(client);
        auto response = std::make_shared<QByteArray>();
        connect(upstream, &QTcpSocket::readyRead, client,
                [upstream, response] { response->append(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client, upstream, response, fault = rule.fault] {
            response->append(upstream->readAll());
            if (fault == Fault::DropAfterForward) {
                client->abort();
                return;
            }
            if (fault == Fault::SilentAfterForward)
                return;
            client->write(*response);
            client->disconnectFromHost();
        });
        upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        upstream->write(forwarded);
    }

    QUrl m_upstream;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QList<Rule> m_rules;
    QList<Seen> m_seen;
};
