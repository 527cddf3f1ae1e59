// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressEndpoint's discovery of the REST root from a site's Link header, against servers on
// 127.0.0.1 written for the test: the credentials follow the announced root only on the site's
// own scheme, host and port.

#include "publishtesthelpers.h"
#include "recordingserver.h"
#include "wordpressendpoint.h"

namespace {

// A site whose every answer carries `link` as its Link header.
void announce(RecordingServer &site, const QByteArray &link)
{
    site.body.clear();
    site.headers = "Link: " + link + "\r\n";
}

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
        RecordingServer site;
        announce(site, restLink(site.url().resolved(QUrl(QStringLiteral("wp-json/")))));
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
        RecordingServer site;
        RecordingServer elsewhere;
        const QUrl root = (otherServer ? elsewhere.url() : site.url(QStringLiteral("/"), QStringLiteral("https")))
                              .resolved(QUrl(QStringLiteral("wp-json/")));
        announce(site, restLink(root));
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
        RecordingServer site;
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
