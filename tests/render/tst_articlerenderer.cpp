// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerenderer.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString attack = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");

QByteArray pngBytes()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

RenderInput sample()
{
    RenderInput input;
    input.article.headline = QStringLiteral("Harbour bridge reopens");
    input.article.dek = QStringLiteral("Traffic returns after six months");
    input.article.dateline = QStringLiteral("Hobart");
    input.article.body = QStringLiteral("The bridge reopened.\n");
    input.article.published = QDateTime(QDate(2024, 5, 1), QTime(7, 30), QTimeZone::UTC);
    input.article.hero = HeroImage{1, QStringLiteral("image/png"), QStringLiteral("The bridge"),
                                   QStringLiteral("At dawn"), QStringLiteral("Photo: A. Lee")};
    input.article.attribution = QStringLiteral("The Mercury");
    input.article.sourceUrl = QStringLiteral("https://example.com/bridge");
    input.sectionName = QStringLiteral("Transport");
    input.authors = {Author{1, QStringLiteral("Jane Doe"), QStringLiteral("Jane covers transport.")}};
    input.tagNames = {QStringLiteral("Bridges")};
    input.publication.name = QStringLiteral("The Daily Desk");
    input.heroData = pngBytes();
    return input;
}

} // namespace

class ArticleRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldIsEscaped_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"headline", "dek", "dateline", "section", "author", "bio", "tag", "alt", "caption",
                                  "credit", "attribution", "source_url", "publication", "locale"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void everyFieldIsEscaped()
    {
        QFETCH(QString, field);
        RenderInput input = sample();
        Article &a = input.article;
        const QHash<QString, std::function<void()>> set{
            {QStringLiteral("headline"), [&] { a.headline = attack; }},
            {QStringLiteral("dek"), [&] { a.dek = attack; }},
            {QStringLiteral("dateline"), [&] { a.dateline = attack; }},
            {QStringLiteral("section"), [&] { input.sectionName = attack; }},
            {QStringLiteral("author"), [&] { input.authors[0].displayName = attack; }},
            {QStringLiteral("bio"), [&] { input.authors[0].bio = attack; }},
            {QStringLiteral("tag"), [&] { input.tagNames = {attack}; }},
            {QStringLiteral("alt"), [&] { a.hero->altText = attack; }},
            {QStringLiteral("caption"), [&] { a.hero->caption = attack; }},
            {QStringLiteral("credit"), [&] { a.hero->credit = attack; }},
            {QStringLiteral("attribution"), [&] { a.attribution = attack; }},
            {QStringLiteral("source_url"), [&] { a.sourceUrl = QStringLiteral("https://x.test/") + attack; }},
            {QStringLiteral("publication"), [&] { input.publication.name = attack; }},
            {QStringLiteral("locale"), [&] { input.publication.locale = attack; }},
        };
        set.value(field)();
        const QString html = ArticleRenderer::page(input);
        QVERIFY2(!html.contains(QLatin1StringView("<script")), qPrintable(html));
        QVERIFY(!html.contains(QLatin1StringView("<img src=x")));
        QVERIFY(!html.contains(QLatin1StringView("\"><img")));
        if (field != QLatin1StringView("locale")) // a bad locale name falls back to C, so it is not shown
            QVERIFY2(html.contains(QLatin1StringView("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img")),
                     qPrintable(html));
    }

    void showsEveryPublishedField()
    {
        const QString html = ArticleRenderer::page(sample());
        QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1StringView("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("<title>Harbour bridge reopens — The Daily Desk</title>")));
        for (const char *text : {"Transport", "<h1>Harbour bridge reopens</h1>", "Traffic returns after six months",
                                 "Hobart", "By Jane Doe", "Jane covers transport.", "alt=\"The bridge\"", "At dawn",
                                 "Photo: A. Lee", "<td class=\"tag\">Bridges</td>", "The bridge reopened.",
                                 "First reported by <a href=\"https://example.com/bridge\">The Mercury</a>."})
            QVERIFY2(html.contains(QString::fromUtf8(text)), text);
        QVERIFY(html.contains(QLatin1StringView("<img src=\"data:image/png;base64,")
                              + QString::fromLatin1(sample().heroData.toBase64())));
    }

    void notesAreNeverShown()
    {
        RenderInput input = sample();
        input.article.notes = QStringLiteral("Do not print: source is the mayor's aide");
        QVERIFY(!ArticleRenderer::page(input).contains(QLatin1StringView("mayor's aide")));
        QVERIFY(!ArticleRenderer::page(input).contains(QLatin1StringView("mayor&#39;s aide")));
    }

    void attributionLinksOnlyToWebAddresses()
    {
        RenderInput input = sample();
        input.article.sourceUrl = QStringLiteral("javascript:alert(1)");
        const QString html = ArticleRenderer::page(input);
        QVERIFY(html.contains(QLatin1StringView("First reported by The Mercury.")));
        QVERIFY(!html.contains(QLatin1StringView("javascript:")));
    }

    void rawHtmlInTheBodyIsOmitted()
    {
        const QString html = ArticleRenderer::bodyHtml(
            QStringLiteral("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b> <iframe src=x></iframe>\n"));
        QVERIFY2(!html.contains(QLatin1StringView("<script")), qPrintable(html));
        QVERIFY(!html.contains(QLatin1StringView("onclick")));
        QVERIFY(!html.contains(QLatin1StringView("<iframe")));
        QVERIFY(html.contains(QLatin1StringView("raw HTML omitted")));
        QVERIFY(html.contains(QLatin1StringView("Text ")));
    }

    void dangerousLinksLoseTheirAddress_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("javascript:") << QStringLiteral("[a](javascript:alert(1))");
        QTest::newRow("upper case") << QStringLiteral("[a](JavaScript:alert(1))");
        QTest::newRow("entity tab inside") << QStringLiteral("[a](java&#9;script:alert(1))");
        QTest::newRow("leading space entity") << QStringLiteral("[a](&#32;javascript:alert(1))");
        QTest::newRow("vbscript: autolink") << QStringLiteral("<vbscript:msgbox(1)>");
        QTest::newRow("file:") << QStringLiteral("[a](file:///etc/passwd)");
        QTest::newRow("data: link") << QStringLiteral("[a](data:text/html;base64,PHNjcmlwdD4=)");
        QTest::newRow("data: image") << QStringLiteral("![a](data:image/svg+xml;base64,PHN2Zz4=)");
        QTest::newRow("reference link") << QStringLiteral("[a][r]\n\n[r]: javascript:alert(1)");
    }

    void dangerousLinksLoseTheirAddress()
    {
        QFETCH(QString, markdown);
        const QString html = ArticleRenderer::bodyHtml(markdown + QStringLiteral("\n\n[fine](https://example.com/)"));
        static const QRegularExpression bad(QStringLiteral("(href|src)=\"[^\"]*(javascript|vbscript|file|data):"),
                                            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!bad.match(html).hasMatch(), qPrintable(html));
        QVERIFY(html.contains(QLatin1StringView("<a href=\"https://example.com/\">fine</a>")));
    }

    void rendersGfmTablesStrikethroughAndAutolinks()
    {
        const QString html = ArticleRenderer::bodyHtml(
            QStringLiteral("| Party | Seats |\n|---|--:|\n| Green | 12 |\n\n~~old~~ new, see www.example.com\n"));
        QVERIFY2(html.contains(QLatin1StringView("<table>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1StringView("<td>Green</td>")));
        QVERIFY(html.contains(QLatin1StringView("<td align=\"right\">12</td>")));
        QVERIFY(html.contains(QLatin1StringView("<del>old</del>")));
        QVERIFY(html.contains(QLatin1StringView("<a href=\"http://www.example.com\">www.example.com</a>")));
    }

    void storedImagesBecomeDataUris()
    {
        const QByteArray png = pngBytes();
        int askedFor = 0;
        const ArticleRenderer::ImageResolver resolve = [&](qint64 id) -> std::optional<std::pair<QByteArray, QString>> {
            askedFor = int(id);
            if (id != 7)
                return std::nullopt;
            return std::pair{png, QStringLiteral("image/png")};
        };
        const QString html = ArticleRenderer::bodyHtml(QStringLiteral("![Map](copydesk-image:7)"), resolve);
        QCOMPARE(askedFor, 7);
        QVERIFY2(html.contains(QLatin1StringView("<img src=\"data:image/png;base64,")
                               + QString::fromLatin1(png.toBase64()) + QLatin1StringView("\" alt=\"Map\"")),
                 qPrintable(html));

        const QString unknown = ArticleRenderer::bodyHtml(QStringLiteral("![Map](copydesk-image:8)"), resolve);
        QVERIFY(!unknown.contains(QLatin1StringView("copydesk-image")));
        QVERIFY(!unknown.contains(QLatin1StringView("data:")));
        QVERIFY(!ArticleRenderer::bodyHtml(QStringLiteral("![Map](copydesk-image:7)"))
                     .contains(QLatin1StringView("copydesk-image")));
    }

    void datesFollowThePublicationsLocaleAndTimeZone_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en_GB, Berlin") << QStringLiteral("en_GB") << QStringLiteral("Europe/Berlin")
                                       << QStringList{QStringLiteral("Wednesday"), QStringLiteral("1 May 2024"),
                                                      QStringLiteral("09:30"), QStringLiteral("lang=\"en-GB\"")};
        QTest::newRow("de_DE, Berlin") << QStringLiteral("de_DE") << QStringLiteral("Europe/Berlin")
                                       << QStringList{QStringLiteral("Mittwoch"), QStringLiteral("1. Mai 2024"),
                                                      QStringLiteral("09:30"), QStringLiteral("lang=\"de-DE\"")};
        QTest::newRow("en_GB, New York") << QStringLiteral("en_GB") << QStringLiteral("America/New_York")
                                         << QStringList{QStringLiteral("1 May 2024"), QStringLiteral("03:30")};
        QTest::newRow("en_GB, late in Sydney") << QStringLiteral("en_GB") << QStringLiteral("Australia/Sydney")
                                               << QStringList{QStringLiteral("1 May 2024"), QStringLiteral("17:30")};
    }

    void datesFollowThePublicationsLocaleAndTimeZone()
    {
        QFETCH(QString, locale);
        QFETCH(QString, timeZone);
        QFETCH(QStringList, expected);
        RenderInput input = sample();
        input.publication.locale = locale;
        input.publication.timeZone = timeZone;
        const QString html = ArticleRenderer::page(input);
        for (const QString &text : expected)
            QVERIFY2(html.contains(text), qPrintable(text + u'\n' + html.section(QLatin1StringView("<header>"), 1, 1)));
        QVERIFY(html.contains(QLatin1StringView("<time datetime=\"2024-05-01T07:30:00Z\">")));
    }

    void mastheadDateIsInThePublicationsLocaleAndZone_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("expected");
        // 22:30 UTC on Wednesday is already Thursday in Brisbane, Berlin, Paris and Istanbul, and still
        // Wednesday in New York and London.
        QTest::newRow("en_AU") << QStringLiteral("en_AU") << QStringLiteral("Australia/Brisbane")
                               << QStringLiteral("Brisbane") << QStringLiteral("THURSDAY, 21 MAY 2026 · BRISBANE");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("Europe/Berlin") << QStringLiteral("Berlin")
                               << QStringLiteral("DONNERSTAG, 21. MAI 2026 · BERLIN");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("Europe/Paris") << QStringLiteral("Paris")
                               << QStringLiteral("JEUDI 21 MAI 2026 · PARIS");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("America/New_York")
                               << QStringLiteral("New York") << QStringLiteral("WEDNESDAY, MAY 20, 2026 · NEW YORK");
        QTest::newRow("tr_TR upper-cases the Turkish way")
            << QStringLiteral("tr_TR") << QStringLiteral("Europe/Istanbul") << QStringLiteral("izmir")
            << QStringLiteral("21 MAYIS 2026 PERŞEMBE · İZMİR");
        QTest::newRow("no city") << QStringLiteral("en_GB") << QStringLiteral("Europe/London") << QString()
                                 << QStringLiteral("WEDNESDAY, 20 MAY 2026");
    }

    void mastheadDateIsInThePublicationsLocaleAndZone()
    {
        QFETCH(QString, locale);
        QFETCH(QString, timeZone);
        QFETCH(QString, city);
        QFETCH(QString, expected);
        RenderInput input = sample();
        input.article.published = QDateTime(QDate(2026, 5, 20), QTime(22, 30), QTimeZone::UTC);
        input.publication = Publication{QStringLiteral("Ledger"), QString(), city, locale, timeZone};
        QCOMPARE(ArticleRenderer::mastheadDate(input), expected);
        QVERIFY(ArticleRenderer::page(input).contains(expected));
    }

    void mastheadDateIsPublishedElseScheduledElseUpdatedElseCreated_data()
    {
        QTest::addColumn<int>("datesSet"); // published, scheduled, updated, created: the first n left out
        QTest::addColumn<QString>("expected");
        QTest::newRow("published") << 0 << QStringLiteral("MONDAY, 1 JUNE 2026");
        QTest::newRow("scheduled") << 1 << QStringLiteral("TUESDAY, 2 JUNE 2026");
        QTest::newRow("updated") << 2 << QStringLiteral("WEDNESDAY, 3 JUNE 2026");
        QTest::newRow("created") << 3 << QStringLiteral("THURSDAY, 4 JUNE 2026");
        QTest::newRow("none") << 4 << QString();
    }

    void mastheadDateIsPublishedElseScheduledElseUpdatedElseCreated()
    {
        QFETCH(int, datesSet);
        QFETCH(QString, expected);
        RenderInput input = sample();
        input.publication.timeZone = QStringLiteral("UTC");
        Article &a = input.article;
        QDateTime *dates[] = {&a.published, &a.scheduled, &a.updated, &a.created};
        for (int i = 0; i < 4; ++i)
            *dates[i] = i < datesSet ? QDateTime() : QDateTime(QDate(2026, 6, 1 + i), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(ArticleRenderer::mastheadDate(input), expected);
    }
};

QTEST_GUILESS_MAIN(ArticleRendererTest)
#include "tst_articlerenderer.moc"
