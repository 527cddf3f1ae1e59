// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient's pure parts: Retry-After, origins, and error bodies in people's words.

#include "httpclient.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterReadsSecondsAndDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: not understood
        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
        QTest::newRow("negative") << QByteArray("-5") << 0;
        QTest::newRow("date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << 30;
        QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
        QTest::newRow("a day") << QByteArray("86400") << 86400;
        QTest::newRow("over a day") << QByteArray("86401") << 86400;
        QTest::newRow("beyond milliseconds") << QByteArray("9223372036854775") << 86400;
        QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 86400;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }
    void retryAfterReadsSecondsAndDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), QTimeZone::UTC);
        const auto parsed = HttpClient::parseRetryAfter(value, now);
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (parsed)
            QCOMPARE(parsed->count(), seconds);
    }

    void credentialsAreBoundToSchemeHostAndPort_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << QStringLiteral("https://news.example/wp-json/")
                              << QStringLiteral("https://NEWS.example:443/other") << true;
        QTest::newRow("other host") << QStringLiteral("https://news.example/")
                                    << QStringLiteral("https://evil.example/") << false;
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:8080/")
                                    << QStringLiteral("http://127.0.0.1:8081/") << false;
        QTest::newRow("downgrade") << QStringLiteral("https://news.example/") << QStringLiteral("http://news.example/")
                                   << false;
    }
    void credentialsAreBoundToSchemeHostAndPort()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(HttpClient::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void errorBodiesBecomeWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wordpress")
            << 403
            << QByteArray(
                   R"({"code":"rest_cannot_create","message":"Sorry, you are not allowed to create posts as this user.","data":{"status":403}})")
            << QStringLiteral("The site answered: Sorry, you are not allowed to create posts as this user. (HTTP 403)");
        QTest::newRow("markup in the message")
            << 400 << QByteArray(R"({"code":"x","message":"<strong>Error:</strong> bad"})")
            << QStringLiteral("The site answered: Error: bad (HTTP 400)");
        QTest::newRow("html page")
            << 401 << QByteArray("<html>nope</html>")
            << QStringLiteral("The site refused the credentials (HTTP 401); check the user and its password.");
        QTest::newRow("server")
            << 502 << QByteArray()
            << QStringLiteral("The site had an internal problem (HTTP 502 Bad Gateway); it will be tried again later.");
        QTest::newRow("a bracket that opens no tag")
            << 400 << QByteArray(R"({"message":"Use fewer than < 10 tags"})")
            << QStringLiteral("The site answered: Use fewer than 10 tags (HTTP 400)");
        QTest::newRow("a tag inside a tag") << 400 << QByteArray(R"({"message":"<scr<b>ipt>alert(1)</script> done"})")
                                            << QStringLiteral("The site answered: ipt>alert(1) done (HTTP 400)");
        QTest::newRow("placeholders in the message")
            << 409 << QByteArray(R"({"message":"Only %1 left of %2"})")
            << QStringLiteral("The site answered: Only %1 left of %2 (HTTP 409)");
        QTest::newRow("control characters")
            << 400 << QByteArray("{\"message\":\"line one\\n\\tline\\u0000two\\u001b[31m\"}")
            << QStringLiteral("The site answered: line one line two [31m (HTTP 400)");
        QTest::newRow("a long message") << 400 << "{\"message\":\"" + QByteArray(1000, 'a') + "\"}"
                                        << QStringLiteral("The site answered: ") + QString(299, u'a')
                + QStringLiteral("… (HTTP 400)");
        QTest::newRow("only markup") << 400 << QByteArray(R"({"message":"<b> </b>"})")
                                     << QStringLiteral("The site answered HTTP 400 Bad Gateway.");
    }
    void errorBodiesBecomeWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(HttpClient::errorMessage(status, body, QStringLiteral("Bad Gateway")), expected);
    }

    // The reason phrase comes from the server's status line, as untrusted as its body.
    void theReasonPhraseIsPlainText()
    {
        QCOMPARE(
            HttpClient::errorMessage(502, {}, QStringLiteral("<b>Bad</b>\r\n<i>Gateway")),
            QStringLiteral("The site had an internal problem (HTTP 502 Bad Gateway); it will be tried again later."));
    }

    // Tags are dropped in linear time: a quadratic pass over a megabyte would take minutes.
    void aHostileMessageIsReadQuickly()
    {
        const QByteArray body = "{\"message\":\"" + QByteArray(1 << 20, '<') + "x\"}";
        QElapsedTimer timer;
        timer.start();
        const QString message = HttpClient::errorMessage(400, body, {});
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(message, QStringLiteral("The site answered: x (HTTP 400)"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
