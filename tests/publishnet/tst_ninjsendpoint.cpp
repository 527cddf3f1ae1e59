// SPDX-License-Identifier: GPL-3.0-or-later
// The ninjs endpoint against a server on 127.0.0.1 written for the test: PUT <endpoint>/<uri>
// with the bearer token, the document as the body; unpublish sends it canceled; errors in words.

#include "ninjsdocument.h"
#include "ninjsendpoint.h"
#include "publishpayloadbuilder.h"
#include "publishtesthelpers.h"
#include "recordingserver.h"

namespace {

// The answer a ninjs receiver gives: `status`, and an error's words when it is not 2xx.
void answerWith(RecordingServer &server, const QByteArray &status)
{
    server.status = status;
    server.body = status.startsWith('2') ? "{}" : R"({"message":"The wire is closed today."})";
}

PublishPayload payload()
{
    PublishPayload payload;
    payload.input.article.slug = QStringLiteral("story");
    payload.ninjsUri = QStringLiteral("urn:copydesk:courier:article:7");
    payload.ninjs = R"({"uri":"urn:copydesk:courier:article:7","pubstatus":"usable","headlines":[{"value":"H"}]})";
    return payload;
}

} // namespace

class TestNinjsEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemAddressesKeepTheUriInOnePathSegment_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no slash") << QStringLiteral("https://wire.example/in")
                                  << QStringLiteral("https://wire.example/in/urn%3Acopydesk%3Ac%3Aarticle%3A7");
        QTest::newRow("slash") << QStringLiteral("https://wire.example/in/")
                               << QStringLiteral("https://wire.example/in/urn%3Acopydesk%3Ac%3Aarticle%3A7");
    }
    void itemAddressesKeepTheUriInOnePathSegment()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, expected);
        QCOMPARE(NinjsEndpoint::itemUrl(QUrl(endpoint), QStringLiteral("urn:copydesk:c:article:7"))
                     .toString(QUrl::FullyEncoded),
                 expected);
    }

    void publishPutsTheDocumentWithTheBearerToken()
    {
        RecordingServer server;
        answerWith(server, "201 Created");
        NinjsEndpoint endpoint(server.url(QStringLiteral("/ninjs")), QStringLiteral("s3cret-token"));
        const EndpointResult result = runEndpoint(endpoint, [&] { endpoint.publish(payload(), {}); });
        QVERIFY2(result.kind == EndpointResult::Kind::Live, qPrintable(result.message));
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).requestLine,
                 QByteArray("PUT /ninjs/urn%3Acopydesk%3Acourier%3Aarticle%3A7 HTTP/1.1"));
        QCOMPARE(server.requests.at(0).authorization, QByteArray("Bearer s3cret-token"));
        QCOMPARE(QJsonDocument::fromJson(server.requests.at(0).body), QJsonDocument::fromJson(payload().ninjs));
    }

    void aStoredStoryGoesOutAsItsOwnNinjsDocument()
    {
        TestDatabase db;
        const Article article = makeSampleArticle(*db, QStringLiteral("ninjs-story"));
        const PublishPayload built = TAKE(PublishPayloadBuilder::build(*db, article.id));
        const Publication publication = TAKE(PublicationRepository(*db).load());
        QCOMPARE(built.ninjsUri, NinjsDocument::uriFor(article, publication));
        QVERIFY(built.ninjsUri.startsWith(u"urn:copydesk:"));

        RecordingServer server;
        answerWith(server, "201 Created");
        NinjsEndpoint endpoint(server.url(QStringLiteral("/ninjs")), QStringLiteral("t"));
        const EndpointResult result = runEndpoint(endpoint, [&] { endpoint.publish(built, {}); });
        QVERIFY2(result.kind == EndpointResult::Kind::Live, qPrintable(result.message));
        QCOMPARE(server.requests.size(), 1);
        const QByteArray expectedLine = "PUT /ninjs/" + QUrl::toPercentEncoding(built.ninjsUri) + " HTTP/1.1";
        QCOMPARE(server.requests.at(0).requestLine, expectedLine);
        QVERIFY(!server.requests.at(0).body.isEmpty());
        const QJsonObject sent = QJsonDocument::fromJson(server.requests.at(0).body).object();
        QCOMPARE(sent.value(u"uri").toString(), built.ninjsUri);
        QCOMPARE(sent.value(u"headlines").toArray().at(0).toObject().value(u"value").toString(), article.headline);
        QCOMPARE(sent, TAKE(NinjsDocument::forArticle(*db, article.id)));
    }

    void unpublishSendsTheDocumentCanceled()
    {
        RecordingServer server;
        answerWith(server, "200 OK");
        NinjsEndpoint endpoint(server.url(QStringLiteral("/ninjs/")), QStringLiteral("t"));
        const EndpointResult result = runEndpoint(endpoint, [&] { endpoint.unpublish(payload(), {}); });
        QCOMPARE(result.kind, EndpointResult::Kind::Unpublished);
        QCOMPARE(QJsonDocument::fromJson(server.requests.at(0).body).object().value(u"pubstatus").toString(),
                 QStringLiteral("canceled"));
    }

    void refusalsBecomeWordsAndOnlyServerTroubleIsRetried_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("403") << QByteArray("403 Forbidden") << false;
        QTest::newRow("503") << QByteArray("503 Service Unavailable") << true;
    }
    void refusalsBecomeWordsAndOnlyServerTroubleIsRetried()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, retryable);
        RecordingServer server;
        answerWith(server, status);
        NinjsEndpoint endpoint(server.url(QStringLiteral("/ninjs")), QStringLiteral("t"));
        const EndpointResult result = runEndpoint(endpoint, [&] { endpoint.publish(payload(), {}); });
        QCOMPARE(result.kind, EndpointResult::Kind::Failed);
        QCOMPARE(result.retryable, retryable);
        QVERIFY2(result.message.contains(QStringLiteral("The wire is closed today.")), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestNinjsEndpoint)
#include "tst_ninjsendpoint.moc"
