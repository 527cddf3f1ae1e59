// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefile.h"

#include <QTest>

Q_DECLARE_METATYPE(ArticleFile)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::UTC);
}

// Field by field, so a failure names the field.
void compareFiles(const ArticleFile &actual, const ArticleFile &expected)
{
    QCOMPARE(actual.headline, expected.headline);
    QCOMPARE(actual.dek, expected.dek);
    QCOMPARE(actual.section, expected.section);
    QCOMPARE(actual.slug, expected.slug);
    QCOMPARE(actual.byline, expected.byline);
    QCOMPARE(actual.dateline, expected.dateline);
    QCOMPARE(actual.published, expected.published);
    QCOMPARE(actual.scheduled, expected.scheduled);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.heroImage, expected.heroImage);
    QCOMPARE(actual.heroAlt, expected.heroAlt);
    QCOMPARE(actual.heroCaption, expected.heroCaption);
    QCOMPARE(actual.heroCredit, expected.heroCredit);
    QCOMPARE(actual.attribution, expected.attribution);
    QCOMPARE(actual.sourceUrl, expected.sourceUrl);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.extraFrontMatter, expected.extraFrontMatter);
    QCOMPARE(actual.body, expected.body);
}

// Strings YAML gives meaning to, or that a careless writer would mangle.
const QStringList awkward{
    QStringLiteral("Zürich — 東京 — Москва 🎉👩‍👩‍👧"),
    QStringLiteral("He said \"no\" and 'maybe'"),
    QStringLiteral("Key: value"),
    QStringLiteral("#hashtag"),
    QStringLiteral("C# and F# # not a comment"),
    QStringLiteral("- dash"),
    QStringLiteral("[bracket"),
    QStringLiteral("{brace}"),
    QStringLiteral("'single"),
    QStringLiteral("\"double"),
    QStringLiteral(" leading and trailing "),
    QStringLiteral("null"),
    QStringLiteral("~"),
    QStringLiteral("true"),
    QStringLiteral("0123"),
    QStringLiteral("ends with colon:"),
    QStringLiteral("%percent @at `tick !bang &amp *star |pipe >gt ?q"),
    QStringLiteral("back\\slash"),
    QStringLiteral("tab\there"),
    QStringLiteral("line one\nline two\n\nline four\n"),
    QStringLiteral("control \u0007 and \u2028 and \u00a0nbsp"),
    QStringLiteral("a, b [c] {d}"),
};

} // namespace

class ArticleFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachWayOfWritingValues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ArticleFile>("expected");

        ArticleFile plain;
        plain.headline = QStringLiteral("Harbour bridge reopens after repairs");
        plain.dek = QStringLiteral("Traffic returns, with a 30 km/h limit");
        plain.section = QStringLiteral("Transport");
        plain.slug = QStringLiteral("bridge-reopens");
        plain.dateline = QStringLiteral("Hobart");
        plain.status = QStringLiteral("in_review");
        plain.heroImage = QStringLiteral("images/bridge.png");
        plain.heroAlt = QStringLiteral("The bridge at dawn");
        plain.sourceUrl = QStringLiteral("https://example.com/story?id=1");
        plain.body = QStringLiteral("The bridge *reopened*.\n");
        QTest::newRow("plain values") << QByteArray("---\n"
                                                    "headline: Harbour bridge reopens after repairs\n"
                                                    "dek: Traffic returns, with a 30 km/h limit\n"
                                                    "section: Transport\n"
                                                    "slug: bridge-reopens\n"
                                                    "dateline: Hobart\n"
                                                    "status: in_review\n"
                                                    "hero_image: images/bridge.png\n"
                                                    "hero_alt: The bridge at dawn\n"
                                                    "source_url: https://example.com/story?id=1\n"
                                                    "---\n"
                                                    "\n"
                                                    "The bridge *reopened*.\n")
                                      << plain;

        ArticleFile quoted;
        quoted.headline = QStringLiteral("Minister: \"No comment\"");
        quoted.dek = QStringLiteral("It's 'fine'");
        quoted.notes = QStringLiteral("first line\nsecond line\n");
        quoted.attribution = QStringLiteral("  spaced  ");
        QTest::newRow("quoted strings and a block scalar") << QByteArray("---\n"
                                                                         "headline: \"Minister: \\\"No comment\\\"\"\n"
                                                                         "dek: 'It''s ''fine'''\n"
                                                                         "notes: |\n"
                                                                         "  first line\n"
                                                                         "  second line\n"
                                                                         "attribution: \"  spaced  \"\n"
                                                                         "---\n")
                                                           << quoted;

        ArticleFile flow;
        flow.byline = {QStringLiteral("Jane Doe"), QStringLiteral("Smith, John")};
        flow.tags = {QStringLiteral("OpenAI"), QStringLiteral("Élections 2024")};
        QTest::newRow("flow lists") << QByteArray("---\nbyline: [Jane Doe, \"Smith, John\"]\n"
                                                  "tags: [OpenAI, Élections 2024]\n---\n")
                                    << flow;
        QTest::newRow("block lists") << QByteArray("---\nbyline:\n  - Jane Doe\n  - \"Smith, John\"\n"
                                                   "tags:\n- OpenAI\n- Élections 2024\n---\n")
                                     << flow;

        ArticleFile single;
        single.byline = {QStringLiteral("Jane Doe")};
        QTest::newRow("one name without brackets") << QByteArray("---\nbyline: Jane Doe\n---\n") << single;

        ArticleFile dates;
        dates.published = utc(2024, 5, 1, 7, 30);
        dates.scheduled = utc(2024, 5, 2, 5, 0);
        QTest::newRow("dates with offsets become UTC")
            << QByteArray("---\npublished: 2024-05-01T09:30:00+02:00\nscheduled: 2024-05-02T00:00:00-05:00\n---\n")
            << dates;
        ArticleFile zulu;
        zulu.published = utc(2024, 12, 31, 23, 59);
        QTest::newRow("a date in UTC") << QByteArray("---\npublished: 2024-12-31T23:59:00Z\n---\n") << zulu;

        ArticleFile crlf = plain;
        crlf.body = QStringLiteral("The bridge *reopened*.\nSecond line.\n");
        QTest::newRow("CRLF line ends") << QByteArray(
            "---\r\nheadline: Harbour bridge reopens after repairs\r\n"
            "dek: Traffic returns, with a 30 km/h limit\r\nsection: Transport\r\n"
            "slug: bridge-reopens\r\ndateline: Hobart\r\nstatus: in_review\r\n"
            "hero_image: images/bridge.png\r\nhero_alt: The bridge at dawn\r\n"
            "source_url: https://example.com/story?id=1\r\n---\r\n\r\n"
            "The bridge *reopened*.\r\nSecond line.\r\n")
                                        << crlf;

        ArticleFile bom;
        bom.headline = QStringLiteral("With a BOM");
        bom.body = QStringLiteral("Body.\n");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF---\nheadline: With a BOM\n---\n\nBody.\n") << bom;

        ArticleFile exactBody;
        exactBody.headline = QStringLiteral("Body kept exactly");
        exactBody.body = QStringLiteral("\n  Indented start\n\n---\n\nA rule above; trailing spaces  \n\n\n");
        QTest::newRow("body byte for byte")
            << QByteArray("---\nheadline: Body kept exactly\n---\n\n\n  Indented start\n\n---\n\n"
                          "A rule above; trailing spaces  \n\n\n")
            << exactBody;

        ArticleFile empty;
        empty.body = QStringLiteral("Just text.\n");
        QTest::newRow("empty front matter") << QByteArray("---\n---\nJust text.\n") << empty;

        ArticleFile heading;
        heading.headline = QStringLiteral("Floods close the valley road");
        heading.body = QStringLiteral("Water rose overnight.\n\n# Not a headline\n");
        QTest::newRow("no front matter, first heading is the headline")
            << QByteArray("\n# Floods close the valley road #\n\nWater rose overnight.\n\n# Not a headline\n")
            << heading;

        ArticleFile bare;
        bare.body = QStringLiteral("Water rose overnight.\n\n# A later heading\n");
        QTest::newRow("no front matter, no heading") << bare.body.toUtf8() << bare;
    }

    void readsEachWayOfWritingValues()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ArticleFile, expected);
        const auto parsed = ArticleFile::parse(bytes);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        compareFiles(parsed.value(), expected);
    }

    void aFileWithoutFrontMatterSaysSo()
    {
        const auto parsed = ArticleFile::parse("# Headline\n\nBody\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->warnings.size(), 1);
        QVERIFY(parsed->warnings.constFirst().contains(QLatin1StringView("front matter")));
    }

    void unknownKeysAreKeptVerbatimWithAWarning()
    {
        const QByteArray bytes = "---\n"
                                 "headline: Kept\n"
                                 "legacy_id: 42\n"
                                 "x_custom:\n"
                                 "  nested: [1, 2]   # a comment\n"
                                 "  other: 'q'\n"
                                 "\n"
                                 "dek: After the unknown ones\n"
                                 "Wire-Code: \"AB: 7\"\n"
                                 "---\n"
                                 "Body\n";
        const auto parsed = ArticleFile::parse(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->dek, QStringLiteral("After the unknown ones"));
        QCOMPARE(parsed->extraFrontMatter,
                 QStringLiteral("legacy_id: 42\n"
                                "x_custom:\n"
                                "  nested: [1, 2]   # a comment\n"
                                "  other: 'q'\n"
                                "Wire-Code: \"AB: 7\"\n"));
        QCOMPARE(parsed->warnings,
                 QStringList({QStringLiteral("line 3: unknown key 'legacy_id' kept"),
                              QStringLiteral("line 4: unknown key 'x_custom' kept"),
                              QStringLiteral("line 9: unknown key 'Wire-Code' kept")}));

        const QByteArray written = parsed->toBytes();
        QVERIFY(written.contains("dek: After the unknown ones\nlegacy_id: 42\nx_custom:\n"
                                 "  nested: [1, 2]   # a comment\n  other: 'q'\nWire-Code: \"AB: 7\"\n---\n"));
        const auto again = ArticleFile::parse(written);
        QVERIFY(again.ok());
        QCOMPARE(again->extraFrontMatter, parsed->extraFrontMatter);
        QCOMPARE(again->toBytes(), written);
    }

    void aDekWaiverIsWrittenOnlyWhenGivenAndReadBack()
    {
        const auto parsed = ArticleFile::parse("---\nheadline: No dek\ndek_waived: true\n---\n\nBody\n");
        QVERIFY(parsed.ok());
        QVERIFY(parsed->dekWaived);
        QVERIFY(parsed->warnings.isEmpty());
        QVERIFY(parsed->toBytes().startsWith("---\nheadline: No dek\ndek_waived: true\n---\n"));
        ArticleFile plain = parsed.value();
        plain.dekWaived = false;
        QVERIFY(!plain.toBytes().contains("dek_waived"));
        const auto refused = ArticleFile::parse("---\nheadline: x\ndek_waived: maybe\n---\n");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("line 3")));
    }

    // product.md: invalid UTF-8 loses nothing; it is stored as valid UTF-8 with U+FFFD, and said.
    void bytesThatAreNotUtf8BecomeReplacementCharactersNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("lines");

        const QString fffd(QChar::ReplacementCharacter);
        QTest::newRow("Latin-1 in the body")
            << QByteArray("---\nheadline: Fine\n---\n\nCaf\xE9 au lait\n") << QStringLiteral("Fine")
            << QStringLiteral("Caf%1 au lait\n").arg(fffd) << QStringLiteral("line(s) 5:");
        QTest::newRow("a broken sequence in the front matter")
            << QByteArray("---\nheadline: Bad \xC3\x28 byte\n---\n") << QStringLiteral("Bad %1( byte").arg(fffd)
            << QString() << QStringLiteral("line(s) 2:");
        QTest::newRow("NUL bytes") << QByteArray("---\nheadline: A\0B\n---\n\nx\0y\n", 27)
                                   << QStringLiteral("A%1B").arg(fffd) << QStringLiteral("x%1y\n").arg(fffd)
                                   << QStringLiteral("line(s) 2, 5:");
        QTest::newRow("a lone continuation byte and an overlong NUL")
            << QByteArray("# T\x80itle\n\nOver\xC0\x80long\n") << QStringLiteral("T%1itle").arg(fffd)
            << QStringLiteral("Over%1%1long\n").arg(fffd) << QStringLiteral("line(s) 1, 3:");
    }

    void bytesThatAreNotUtf8BecomeReplacementCharactersNamingTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, headline);
        QFETCH(QString, body);
        QFETCH(QString, lines);
        const auto parsed = ArticleFile::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toLogString()));
        QCOMPARE(parsed->headline, headline);
        QCOMPARE(parsed->body, body);
        QVERIFY(parsed->headline.toUtf8().isValidUtf8() && !parsed->body.contains(QChar(u'\0')));
        QVERIFY2(std::any_of(parsed->warnings.cbegin(), parsed->warnings.cend(),
                             [&](const QString &w) { return w.startsWith(lines); }),
                 qPrintable(parsed->warnings.join(u'|')));
    }

    void badFilesAreRefusedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");

        QTest::newRow("no closing ---") << QByteArray("---\nheadline: Open\n\nBody without end\n") << 1
                                        << QStringLiteral("closing");
        QTest::newRow("bad YAML") << QByteArray("---\nheadline: Fine\ndek: \"closed\" then more\n---\nBody\n") << 3
                                  << QStringLiteral("YAML");
        QTest::newRow("a colon in a plain value")
            << QByteArray("---\nheadline: Fine\n\ndek: Minister: no\n---\n") << 4 << QStringLiteral("YAML");
        QTest::newRow("bad YAML indentation")
            << QByteArray("---\nheadline: Fine\nbyline:\n  - A\n - B\n---\n") << 5 << QStringLiteral("YAML");
        QTest::newRow("not a mapping") << QByteArray("---\n- a\n- b\n---\n") << 2 << QStringLiteral("key: value");
        QTest::newRow("a list where text belongs")
            << QByteArray("---\nslug: x\nheadline: [a, b]\n---\n") << 3 << QStringLiteral("'headline' must be text");
        QTest::newRow("a mapping where a list belongs")
            << QByteArray("---\ntags:\n  a: b\n---\n") << 2 << QStringLiteral("'tags' must be a list");
        QTest::newRow("a date that is not a date")
            << QByteArray("---\nheadline: x\n\npublished: yesterday\n---\n") << 4 << QStringLiteral("'published'");
        QTest::newRow("a date without an offset")
            << QByteArray("---\nscheduled: 2024-05-01T09:30:00\n---\n") << 2 << QStringLiteral("offset");
        QTest::newRow("an unknown status")
            << QByteArray("---\nstatus: finished\n---\n") << 2 << QStringLiteral("in_review");
        QTest::newRow("a key twice") << QByteArray("---\nheadline: a\ndek: b\nheadline: c\n---\n") << 4
                                     << QStringLiteral("twice");
    }

    void badFilesAreRefusedNamingTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, says);
        const auto parsed = ArticleFile::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, StorageError::Kind::Invalid);
        const QString message = parsed.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void writesTheCanonicalForm()
    {
        ArticleFile file;
        file.notes = QStringLiteral("Check the figures");
        file.tags = {QStringLiteral("Budget"), QStringLiteral("Tax, income")};
        file.headline = QStringLiteral("Budget: winners and losers");
        file.byline = {QStringLiteral("Ana Ruiz")};
        file.published = QDateTime(QDate(2024, 5, 1), QTime(9, 30), QTimeZone::fromSecondsAheadOfUtc(7200));
        file.status = QStringLiteral("published");
        file.body = QStringLiteral("Text.\n");
        QCOMPARE(file.toBytes(),
                 QByteArray("---\n"
                            "headline: \"Budget: winners and losers\"\n"
                            "byline: [Ana Ruiz]\n"
                            "published: 2024-05-01T07:30:00Z\n"
                            "status: published\n"
                            "tags: [Budget, \"Tax, income\"]\n"
                            "notes: Check the figures\n"
                            "---\n"
                            "\n"
                            "Text.\n"));
    }

    void writingIsByteStable_data()
    {
        QTest::addColumn<ArticleFile>("file");
        for (const QString &text : awkward) {
            ArticleFile file;
            file.headline = text;
            file.dek = text;
            file.section = text;
            file.slug = text;
            file.byline = {text, QStringLiteral("Second Author")};
            file.dateline = text;
            file.status = QStringLiteral("draft");
            file.tags = {QStringLiteral("plain"), text};
            file.heroImage = text;
            file.heroAlt = text;
            file.heroCaption = text;
            file.heroCredit = text;
            file.attribution = text;
            file.sourceUrl = text;
            file.notes = text;
            file.body = text;
            QTest::newRow(qPrintable(text.left(20).replace(u'\n', u' '))) << file;
        }
        ArticleFile full;
        full.headline = QStringLiteral("Ça déménage à Zürich");
        full.published = QDateTime(QDate(2024, 2, 29), QTime(23, 15, 1, 250), QTimeZone::UTC);
        full.scheduled = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::UTC);
        full.extraFrontMatter = QStringLiteral("legacy_id: 42\nx_custom:\n  - a\n  - b\n");
        full.body = QStringLiteral("---\nnot front matter\n---\n");
        QTest::newRow("dates, extra keys and a body of rules") << full;
    }

    void writingIsByteStable()
    {
        QFETCH(ArticleFile, file);
        const QByteArray written = file.toBytes();
        const auto parsed = ArticleFile::parse(written);
        QVERIFY2(parsed.ok(),
                 parsed.ok() ? "" : qPrintable(parsed.error().message + u'\n' + QString::fromUtf8(written)));
        compareFiles(parsed.value(), file);
        QCOMPARE(parsed->toBytes(), written);
    }
};

QTEST_GUILESS_MAIN(ArticleFileTest)
#include "tst_articlefile.moc"
