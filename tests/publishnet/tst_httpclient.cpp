// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient's pure parts: Retry-After, origins, and error bodies in people's words.

#include "httpclient.h"

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
    }
    void errorBodiesBecomeWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(HttpClient::errorMessage(status, body, QStringLiteral("Bad Gateway")), expected);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
