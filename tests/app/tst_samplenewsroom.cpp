// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "database.h"
#include "publicationrepository.h"
#include "samplenewsroom.h"
#include "sectionrepository.h"
#include "tagrepository.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class SampleNewsroomTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Database::open(m_dir->filePath(QStringLiteral("sample.db")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toLogString()));
        m_db = std::move(opened).value();
        QVERIFY(m_db->isNew());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void theSampleIsCompiledIntoTheProgram() { QVERIFY(QFile::exists(SampleNewsroom::resourcePath())); }

    void seedingFillsANewDatabase()
    {
        const auto seeded = SampleNewsroom::seed(*m_db);
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().toLogString()));

        auto publication = PublicationRepository(*m_db).load();
        QVERIFY(publication);
        QVERIFY(!publication->name.isEmpty());
        QVERIFY(!publication->tagline.isEmpty());
        QVERIFY(!publication->homeCity.isEmpty());
        QCOMPARE(publication->locale, QStringLiteral("en_GB"));
        QVERIFY(QTimeZone(publication->timeZone.toLatin1()).isValid());

        auto sections = SectionRepository(*m_db).list();
        QVERIFY(sections);
        QCOMPARE(sections->size(), 3);

        auto authors = AuthorRepository(*m_db).list();
        QVERIFY(authors);
        QCOMPARE(authors->size(), 2);
        for (const Author &author : std::as_const(authors.value()))
            QVERIFY2(!author.bio.isEmpty(), qPrintable(author.displayName));

        auto tags = TagRepository(*m_db).list();
        QVERIFY(tags);
        QCOMPARE(tags->size(), 12);
        QSet<TagKind> kinds;
        for (const Tag &tag : std::as_const(tags.value()))
            kinds.insert(tag.kind);
        QCOMPARE(kinds.size(), 4);

        ArticleRepository articles(*m_db);
        auto stories = articles.list();
        QVERIFY(stories);
        QCOMPARE(stories->size(), 3);
        QSet<ArticleStatus> statuses;
        for (const ArticleSummary &summary : std::as_const(stories.value())) {
            auto article = articles.load(summary.id);
            QVERIFY(article);
            QVERIFY(!article->headline.isEmpty());
            QVERIFY(!article->dek.isEmpty());
            QVERIFY(!summary.sectionName.isEmpty());
            QVERIFY(!article->authorIds.isEmpty());
            QVERIFY(!article->tagIds.isEmpty());
            QVERIFY(!article->dateline.isEmpty());
            QVERIFY(!article->attribution.isEmpty());
            // A subhead, a quote and a list, so the preview has something to show.
            QVERIFY(article->body.contains(QLatin1StringView("\n## ")));
            QVERIFY(article->body.contains(QLatin1StringView("\n> ")));
            QVERIFY(article->body.contains(QLatin1StringView("\n- "))
                    || article->body.contains(QLatin1StringView("\n1. ")));
            statuses.insert(article->status);
        }
        QCOMPARE(statuses.size(), 3);
    }

    void aFailedSeedAddsNothing()
    {
        QVERIFY(SampleNewsroom::seed(*m_db));
        // The second time the tags are taken, after sections and authors went in: all of it goes.
        QVERIFY(!SampleNewsroom::seed(*m_db));
        QCOMPARE(SectionRepository(*m_db).list()->size(), 3);
        QCOMPARE(AuthorRepository(*m_db).list()->size(), 2);
        QCOMPARE(ArticleRepository(*m_db).count().value(), 3);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(SampleNewsroomTest)
#include "tst_samplenewsroom.moc"
