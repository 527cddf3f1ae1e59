// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "database.h"
#include "imagerepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class ArticleRepositoryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    template<typename T> static T take(Result<T> r)
    {
        if (!r.ok())
            qFatal("storage error: %s", qPrintable(r.error().toLogString()));
        return std::move(r).value();
    }

    // Every field set, in the words a desk really uses, plus the text that breaks naive code.
    Article fullArticle(const QString &text)
    {
        SectionRepository sections(*m_db);
        AuthorRepository authors(*m_db);
        TagRepository tags(*m_db);
        const Section section = take(sections.add(Section{0, QStringLiteral("Section ") + text, {}, 0}));
        const Author first = take(authors.add(Author{0, QStringLiteral("Åsa Lindqvist ") + text, text}));
        const Author second =
            take(authors.add(Author{0, QStringLiteral("李明 ") + text, QStringLiteral("Tech reporter")}));
        const Tag t1 = take(tags.add(Tag{0, QStringLiteral("OpenAI ") + text, {}, TagKind::Organisation}));
        const Tag t2 = take(tags.add(Tag{0, QStringLiteral("Zürich ") + text, {}, TagKind::Place}));

        Article a;
        a.headline = QStringLiteral("Headline: ") + text;
        a.dek = QStringLiteral("Dek — ") + text;
        a.sectionId = section.id;
        a.authorIds = {second.id, first.id}; // byline order is kept, not sorted
        a.dateline = QStringLiteral("Москва");
        a.created = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), QTimeZone::UTC);
        a.published = QDateTime(QDate(2026, 3, 2), QTime(6, 0), QTimeZone::UTC);
        a.scheduled = QDateTime(QDate(2026, 3, 2), QTime(5, 0), QTimeZone::UTC);
        a.body = QStringLiteral("## Subhead\n\n> “A quote” — ") + text + QStringLiteral("\n\n- one\n- two\n");
        a.tagIds = {t2.id, t1.id};
        a.attribution = QStringLiteral("First reported by ") + text;
        a.sourceUrl = QStringLiteral("https://example.org/story?id=1&x='y'");
        a.status = ArticleStatus::InReview;
        a.notes = QStringLiteral("Check the figures with ") + text;
        a.dekWaived = true;
        a.extraFrontMatter = QStringLiteral("legacy_id: 42\n");
        return a;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1StringView(QTest::currentTestFunction())));
        m_db = take(Database::open(m_path));
    }
    void cleanup() { m_db.reset(); }

    void everyFieldSurvivesAReopen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("plain words");
        QTest::newRow("non-latin") << QStringLiteral("Ελληνικά, русский, 日本語, العربية, עברית");
        QTest::newRow("emoji") << QStringLiteral("🚀📰 👩🏽‍💻 🇬🇧");
        QTest::newRow("sql metacharacters") << QStringLiteral("'; DROP TABLE articles; -- \" % _ \\ ? :name");
        QTest::newRow("markup") << QStringLiteral("<script>alert(1)</script> & &amp; <b>");
        QTest::newRow("control and nul") << QStringLiteral("tab\tnew\nline") + QChar(0x0001);
    }
    void everyFieldSurvivesAReopen()
    {
        QFETCH(QString, text);
        ArticleRepository articles(*m_db);
        Article written = take(articles.create(fullArticle(text)));
        QVERIFY(written.id > 0);
        QVERIFY(!written.slug.isEmpty());

        ImageRepository images(*m_db);
        static constexpr char raw[] = "\x89PNG\r\n\x1a\n pretend pixels \0 with a NUL";
        const QByteArray bytes(raw, sizeof raw - 1);
        const HeroImage hero =
            take(images.setHero(written.id, bytes,
                                HeroImage{0, QStringLiteral("image/png"), QStringLiteral("Alt: ") + text,
                                          QStringLiteral("Caption ") + text, QStringLiteral("Photo: ") + text}));
        written.hero = hero;

        m_db.reset();
        m_db = take(Database::open(m_path));
        ArticleRepository reopened(*m_db);
        const Article read = take(reopened.load(written.id));
        QCOMPARE(read.headline, written.headline);
        QCOMPARE(read.dek, written.dek);
        QCOMPARE(read.authorIds, written.authorIds);
        QCOMPARE(read.tagIds, written.tagIds);
        QCOMPARE(read.body, written.body);
        QCOMPARE(read.created, written.created);
        QCOMPARE(read.published, written.published);
        QCOMPARE(read.scheduled, written.scheduled);
        QVERIFY(read.hero.has_value());
        QCOMPARE(*read.hero, hero);
        QVERIFY(read == written); // and every field not named above
        QCOMPARE(take(ImageRepository(*m_db).data(hero.imageId)), bytes);
        QCOMPARE(take(reopened.findBySlug(written.slug)).id, written.id);
    }

    void updateStoresEveryChangeAndTheTime()
    {
        ArticleRepository articles(*m_db);
        Article a = take(articles.create(fullArticle(QStringLiteral("v1"))));
        const QDateTime firstUpdate = a.updated;
        QTest::qWait(5);
        a.headline = QStringLiteral("Changed headline");
        a.body += QStringLiteral("\nMore words.");
        a.authorIds.removeLast();
        a.tagIds = {};
        a.status = ArticleStatus::Ready;
        a.dekWaived = false;
        a.sourceUrl.clear();
        const Article saved = take(articles.update(a));
        QVERIFY(saved.updated > firstUpdate);
        const Article read = take(articles.load(a.id));
        QCOMPARE(read, saved);
        QVERIFY(read.sourceUrl.isEmpty());
    }

    void slugsAreMadeFromTheHeadlineAndKeptUnique()
    {
        ArticleRepository articles(*m_db);
        Article a;
        a.headline = QStringLiteral("Zürich’s budget: “Ça déménage”");
        const Article one = take(articles.create(a));
        const Article two = take(articles.create(a));
        QCOMPARE(one.slug, QStringLiteral("zurichs-budget-ca-demenage"));
        QCOMPARE(two.slug, QStringLiteral("zurichs-budget-ca-demenage-2"));

        Article clash = two;
        clash.slug = one.slug;
        clash.slugAuto = false; // edited by hand
        auto refused = articles.update(clash);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Conflict);
        QVERIFY(refused.error().message.contains(one.slug));
        QCOMPARE(take(articles.load(two.id)).slug, two.slug); // nothing changed
    }

    void anAutomaticSlugFollowsTheHeadlineUntilPublished()
    {
        ArticleRepository articles(*m_db);
        Article a;
        a.headline = QStringLiteral("First words");
        a = take(articles.create(a));
        QCOMPARE(a.slug, QStringLiteral("first-words"));
        a.headline = QStringLiteral("Better words");
        a = take(articles.update(a));
        QCOMPARE(a.slug, QStringLiteral("better-words"));

        a.slugAuto = false;
        a.slug = QStringLiteral("my-own");
        a.headline = QStringLiteral("Third words");
        a = take(articles.update(a));
        QCOMPARE(a.slug, QStringLiteral("my-own"));
        QCOMPARE(take(articles.load(a.id)).slugAuto, false);

        a.slugAuto = true;
        a.published = QDateTime::currentDateTimeUtc();
        a.headline = QStringLiteral("Corrected after publication");
        a = take(articles.update(a));
        QCOMPARE(a.slug, QStringLiteral("my-own")); // the published address stays
    }

    void theSourceFileOfAnImportIsRemembered()
    {
        ArticleRepository articles(*m_db);
        Article a;
        a.headline = QStringLiteral("Imported");
        a = take(articles.create(a));
        QVERIFY(!take(articles.findBySourcePath(QStringLiteral("/tmp/story.md"))).has_value());
        QVERIFY(articles.setSourcePath(a.id, QStringLiteral("/tmp/story.md")).ok());
        QCOMPARE(take(articles.findBySourcePath(QStringLiteral("/tmp/story.md"))).value_or(0), a.id);
    }

    void aHeadlineOverTheHardLimitIsRefused()
    {
        ArticleRepository articles(*m_db);
        Article a;
        a.headline = QString(ArticleLimits::headlineHard, QChar(u'x'));
        QVERIFY(articles.create(a).ok());
        // 200 emoji are 400 UTF-16 units but 200 characters: allowed.
        a.headline =
            QString(ArticleLimits::headlineHard, QChar(u'x')).replace(QStringLiteral("x"), QStringLiteral("🚀"));
        QVERIFY(articles.create(a).ok());
        a.headline += QStringLiteral("!");
        auto refused = articles.create(a);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QCOMPARE(take(articles.count()), 2);
    }

    void listFiltersAndSortsFromAnAllowList()
    {
        ArticleRepository articles(*m_db);
        const Article a = take(articles.create(fullArticle(QStringLiteral("a"))));
        Article plain;
        plain.headline = QStringLiteral("Another story");
        plain.status = ArticleStatus::Draft;
        const Article b = take(articles.create(plain));

        auto all = take(articles.list());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().id, b.id); // newest first
        QCOMPARE(all.last().sectionName, QStringLiteral("Section a"));

        ArticleQuery byStatus;
        byStatus.status = ArticleStatus::InReview;
        QCOMPARE(take(articles.list(byStatus)).size(), 1);

        ArticleQuery byTag;
        byTag.tagId = a.tagIds.first();
        auto tagged = take(articles.list(byTag));
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(tagged.first().id, a.id);

        ArticleQuery byAuthor;
        byAuthor.authorId = a.authorIds.first();
        QCOMPARE(take(articles.list(byAuthor)).size(), 1);

        ArticleQuery bySection;
        bySection.sectionId = a.sectionId;
        QCOMPARE(take(articles.list(bySection)).size(), 1);

        ArticleQuery az;
        az.sort = ArticleQuery::Sort::HeadlineAtoZ;
        QCOMPARE(take(articles.list(az)).constFirst().headline, QStringLiteral("Another story"));

        ArticleQuery page;
        page.limit = 1;
        page.offset = 1;
        auto second = take(articles.list(page));
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().id, a.id);
    }

    void removingAnArticleTakesItsRelationsAndImagesWithIt()
    {
        ArticleRepository articles(*m_db);
        const Article a = take(articles.create(fullArticle(QStringLiteral("gone"))));
        ImageRepository images(*m_db);
        const HeroImage hero =
            take(images.setHero(a.id, QByteArray("img"), HeroImage{0, QStringLiteral("image/png"), {}, {}, {}}));
        QVERIFY(articles.remove(a.id).ok());
        auto missing = articles.load(a.id);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, StorageError::Kind::NotFound);
        auto noImage = images.data(hero.imageId);
        QVERIFY(!noImage.ok());
        QCOMPARE(noImage.error().kind, StorageError::Kind::NotFound);
    }

    void aBylineNamingAMissingAuthorIsRefusedWhole()
    {
        ArticleRepository articles(*m_db);
        Article a;
        a.headline = QStringLiteral("Ghost writer");
        a.authorIds = {987654};
        auto refused = articles.create(a);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QCOMPARE(take(articles.count()), 0); // the transaction took the article row back too
    }
};

QTEST_GUILESS_MAIN(ArticleRepositoryTest)
#include "tst_articlerepository.moc"
