// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressEndpoint's discovery of the REST root from a site's Link header, against servers on
// 127.0.0.1 written for the test: the credentials follow the announced root only on the site's
// own scheme, host and port.

#include "publishtesthelpers.h"
#include "wordpressendpoint.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace {

// Answers every request with 200, an empty JSON object and `link` as its Link header; counts
// connections and keeps each request's first line and Authorization.
class LinkServer : public QObject
{
public:
    struct Request {
        QByteArray requestLine;
        QByteArray authorization;
    };
    QByteArray link;
    QList<Request> requests;
    int connections = 0;

    LinkServer()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                serve(socket);
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }
    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(scheme).arg(m_server.serverPort()));
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            qsizetype length = 0;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            request.requestLine = lines.value(0).trimmed();
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                if (line.toLower().startsWith("authorization:"))
                    request.authorization = line.mid(14).trimmed();
            }
            if (buffer->size() < end + 4 + length)
                return;
            requests << request;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 0\r\nLink: " + link
                          + "\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
};

PublishPayload payload()
{
    PublishPayload payload;
    payload.input.article.headline = QStringLiteral("Headline");
    payload.input.article.slug = QStringLiteral("story");
    return payload;
}

QByteArray restLink(const QUrl &root)
{
    return '<' + root.toEncoded() + R"(>; rel="https://api.w.org/")";
}

} // namespace

class TestWordPressDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRestRootOnTheSitesOwnOriginIsUsed()
    {
        LinkServer site;
        site.link = restLink(site.url().resolved(QUrl(QStringLiteral("wp-json/"))));
        WordPressEndpoint endpoint(site.url(), QStringLiteral("editor"), QStringLiteral("app password"));
        const EndpointResult result = runEndpoint(endpoint, [&] { endpoint.publish(payload(), {}); });
        // The site answers the new draft with no id: the attempt fails, after reaching the root.
        QCOMPARE(result.kind, EndpointResult::Kind::Failed);
        QCOMPARE(site.requests.size(), 2);
        QCOMPARE(site.requests.at(0).requestLine, QByteArray("HEAD / HTTP/1.1"));
        QCOMPARE(site.requests.at(1).requestLine, QByteArray("POST /wp-json/wp/v2/posts HTTP/1.1"));
        QVERIFY(site.requests.at(1).authorization.startsWith("Basic "));
    }

    void aRestRootElsewhereNeverGetsTheCredentials_data()
    {
        QTest::addColumn<bool>("otherServer"); // else: the site's own host and port over https
        QTest::newRow("another port") << true;
        QTest::newRow("another scheme") << false;
    }
    void aRestRootElsewhereNeverGetsTheCredentials()
    {
        QFETCH(bool, otherServer);
        LinkServer site;
        LinkServer elsewhere;
        const QUrl root = (otherServer ? elsewhere.url() : site.url(QStringLiteral("https")))
                              .resolved(QUrl(QStringLiteral("wp-json/")));
        site.link = restLink(root);
        WordPressEndpoint endpoint(site.url(), QStringLiteral("editor"), QStringLiteral("app password"));
        const EndpointResult result = runEndpoint(endpoint, [&] { endpoint.publish(payload(), {}); });
        QCOMPARE(result.kind, EndpointResult::Kind::Failed);
        QVERIFY(!result.retryable);
        QVERIFY2(result.message.contains(root.authority()), qPrintable(result.message));
        QCOMPARE(site.connections, 1); // the HEAD, and no TLS attempt at the same port either
        QCOMPARE(site.requests.size(), 1);
        QCOMPARE(elsewhere.connections, 0);
    }

    void aRestRootGivenDirectlyNeedsNoDiscovery()
    {
        LinkServer site;
        WordPressEndpoint endpoint(site.url().resolved(QUrl(QStringLiteral("wp-json/"))), QStringLiteral("editor"),
                                   QStringLiteral("app password"));
        const EndpointResult result = runEndpoint(endpoint, [&] { endpoint.publish(payload(), {}); });
        QCOMPARE(result.kind, EndpointResult::Kind::Failed);
        QCOMPARE(site.requests.size(), 1);
        QCOMPARE(site.requests.at(0).requestLine, QByteArray("POST /wp-json/wp/v2/posts HTTP/1.1"));
    }
};

QTEST_GUILESS_MAIN(TestWordPressDiscovery)
#include "tst_wordpressdiscovery.moc"
