// SPDX-License-Identifier: GPL-3.0-or-later
// SQL metacharacters, placeholders, FTS operators, NUL, broken UTF-16 and 10,000-character values
// in every text the store keeps come back exactly as given (product.md: "SQL metacharacters
// anywhere"), and what is on disk is valid UTF-8: what cannot be (a lone surrogate) is U+FFFD.

#include "articlerepository.h"
#include "authorrepository.h"
#include "publicationrepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QSqlQuery>
#include <QTest>

namespace {
// What the store must give back: the value, with each lone surrogate replaced by U+FFFD.
QString expected(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            out += c;
            out += value.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar::ReplacementCharacter;
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

class HostileValuesTest : public QObject
{
    Q_OBJECT

    // Every text column of every table, as bytes: each must be valid UTF-8.
    static QStringList invalidUtf8On(const QString &path)
    {
        QStringList bad;
        TestFiles::withRawSqlite(path, [&](QSqlDatabase &db) {
            QSqlQuery tables(db);
            tables.exec(
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : std::as_const(names)) {
                QSqlQuery columns(db);
                columns.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?)"));
                columns.addBindValue(table);
                columns.exec();
                while (columns.next()) {
                    if (!columns.value(1).toString().contains(QLatin1StringView("TEXT"), Qt::CaseInsensitive))
                        continue;
                    QSqlQuery cells(db);
                    // Identifiers from sqlite_master itself, quoted; a test, not the product.
                    cells.exec(QStringLiteral("SELECT CAST(\"%1\" AS BLOB) FROM \"%2\"")
                                   .arg(columns.value(0).toString(), table));
                    while (cells.next()) {
                        const QByteArray bytes = cells.value(0).toByteArray();
                        if (!QUtf8StringView(bytes).isValidUtf8())
                            bad << table + u'.' + columns.value(0).toString();
                    }
                }
            }
            return true;
        });
        return bad;
    }

private Q_SLOTS:
    void everyTextComesBackAsGiven_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quote and comment") << QStringLiteral("'; DROP TABLE articles; --");
        QTest::newRow("double quotes") << QStringLiteral("\" OR \"1\"=\"1");
        QTest::newRow("closing a statement") << QStringLiteral("Robert'); DELETE FROM tags WHERE ('1'='1");
        QTest::newRow("LIKE wildcards and escapes") << QStringLiteral("%_\\%' ESCAPE '\\ 100%");
        QTest::newRow("placeholders") << QStringLiteral("?1 ?2 :name @p $x ? ??");
        QTest::newRow("FTS5 operators") << QStringLiteral("\"unbalanced * NEAR(a b) OR AND NOT ^title: -x {a b}");
        QTest::newRow("NUL bytes") << QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after") + QChar(u'\0');
        QTest::newRow("control characters") << QStringLiteral("\x01\x07\x08\x1b[31mred\x1b[0m\x7f\r\n\t");
        QTest::newRow("Unicode") << QStringLiteral("Zürich 🚀 東京 ‮override‬ ﻿bom e\u0301");
        QTest::newRow("a lone high surrogate") << QStringLiteral("broken ") + QChar(0xD83D) + QStringLiteral(" pair");
        QTest::newRow("a lone low surrogate at the end") << QStringLiteral("end ") + QChar(0xDE80);
        QTest::newRow("10,000 characters of metacharacters") << QStringLiteral("x'\";%_?").repeated(1250);
        QTest::newRow("10,000 characters of emoji") << QStringLiteral("🚀").repeated(5000);
    }

    void everyTextComesBackAsGiven()
    {
        QFETCH(QString, value);
        const QString want = expected(value);
        TestDatabase db;

        // Names and one-line fields have rules of their own (length, no line breaks): kept
        // within them, so what is checked is the store, not the rule.
        const QString line = QString(value).replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        const QString shortLine = line.left(180).trimmed(); // names are trimmed, by design

        Section section;
        section.name = shortLine;
        auto addedSection = SectionRepository(*db).add(section);
        QVERIFY2(addedSection, qPrintable(addedSection ? QString() : addedSection.error().toLogString()));
        Author author;
        author.displayName = shortLine;
        author.bio = value;
        auto addedAuthor = AuthorRepository(*db).add(author);
        QVERIFY2(addedAuthor, qPrintable(addedAuthor ? QString() : addedAuthor.error().toLogString()));
        Tag tag;
        tag.name = shortLine;
        auto addedTag = TagRepository(*db).add(tag);
        QVERIFY2(addedTag, qPrintable(addedTag ? QString() : addedTag.error().toLogString()));

        Article a;
        a.headline = shortLine;
        a.dek = value;
        a.dateline = value;
        a.body = value;
        a.attribution = value;
        a.sourceUrl = value;
        a.notes = value;
        a.sectionId = addedSection->id;
        a.authorIds = {addedAuthor->id};
        a.tagIds = {addedTag->id};
        ArticleRepository articles(*db);
        auto created = articles.create(a);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toLogString()));
        auto loaded = articles.load(created->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->headline, expected(shortLine));
        QCOMPARE(loaded->dek, want);
        QCOMPARE(loaded->dateline, want);
        QCOMPARE(loaded->body, want);
        QCOMPARE(loaded->attribution, want);
        QCOMPARE(loaded->sourceUrl, want);
        QCOMPARE(loaded->notes, want);
        // And again through update, the path every autosave takes.
        Article edited = loaded.value();
        edited.body = value + value;
        edited.notes = value.left(1) + value;
        QVERIFY(articles.update(edited));
        QCOMPARE(articles.load(created->id)->body, want + want);
        QCOMPARE(articles.load(created->id)->notes, expected(value.left(1) + value));

        // Tag names are trimmed (TagNormalizer), by design.
        QCOMPARE(TagRepository(*db).load(addedTag->id)->name, expected(shortLine).trimmed());
        QCOMPARE(AuthorRepository(*db).load(addedAuthor->id)->displayName, expected(shortLine));
        QCOMPARE(AuthorRepository(*db).load(addedAuthor->id)->bio, want);
        auto sections = SectionRepository(*db).list();
        QVERIFY(sections);
        QVERIFY(std::any_of(sections->cbegin(), sections->cend(),
                            [&](const Section &s) { return s.name == expected(shortLine); }));

        Publication publication;
        publication.name = shortLine;
        publication.tagline = value;
        publication.homeCity = shortLine;
        QVERIFY(PublicationRepository(*db).save(publication));
        QCOMPARE(PublicationRepository(*db).load()->tagline, want);

        // Finding by the value is a query like any other.
        QVERIFY(TagRepository(*db).findByName(expected(shortLine)));

        const QStringList bad = invalidUtf8On(db.path());
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("not valid UTF-8 on disk: ") + bad.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(HostileValuesTest)
#include "tst_hostilevalues.moc"
