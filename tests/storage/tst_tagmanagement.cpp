// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "migrations.h"
#include "revisionrepository.h"
#include "taghistory.h"
#include "tagrepository.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = StorageError::Kind;

namespace {
const QString who = u"Desk Editor"_s;

Tag addTag(Database &db, const QString &name, TagKind kind = TagKind::Topic)
{
    return TAKE(TagRepository(db).add(Tag{0, name, {}, kind}));
}

qint64 addArticle(Database &db, const QString &headline, const QList<qint64> &tagIds)
{
    Article a;
    a.headline = headline;
    a.tagIds = tagIds;
    return TAKE(ArticleRepository(db).create(a)).id;
}

QList<qint64> tagsOf(Database &db, qint64 articleId)
{
    return TAKE(ArticleRepository(db).load(articleId)).tagIds;
}

qsizetype revisionsOf(Database &db, qint64 articleId)
{
    return TAKE(RevisionRepository(db).list(articleId)).size();
}

TagUsage usageOf(Database &db, qint64 tagId)
{
    for (const auto items = TAKE(TagRepository(db).usage()); const TagUsage &u : items) {
        if (u.tag.id == tagId)
            return u;
    }
    return {};
}
} // namespace

class TagManagementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNearDuplicateIsRefusedAndTheExistingTagOffered_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("lower case") << u"openai"_s;
        QTest::newRow("space") << u"Open AI"_s;
        QTest::newRow("hyphen") << u"Open-AI"_s;
        QTest::newRow("accent and dots") << u"Ópen.A.I."_s;
    }
    void aNearDuplicateIsRefusedAndTheExistingTagOffered()
    {
        QFETCH(QString, variant);
        TestDatabase db;
        TagRepository tags(*db);
        const Tag openai = addTag(*db, u"OpenAI"_s, TagKind::Organisation);
        auto refused = tags.add(Tag{0, variant, {}, TagKind::Topic});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Conflict);
        QVERIFY2(refused.error().message.contains(u"“OpenAI”"_s), qPrintable(refused.error().message));
        const std::optional<Tag> similar = TAKE(tags.findSimilar(variant));
        QVERIFY(similar.has_value());
        QCOMPARE(similar->id, openai.id);
        QCOMPARE(TAKE(tags.findByName(variant)).id, openai.id);
        QCOMPARE(TAKE(tags.list()).size(), 1);
    }

    void useCountsMatchTheUsageTable()
    {
        TestDatabase db;
        const qint64 a = addTag(*db, QStringLiteral("Ports")).id;
        const qint64 b = addTag(*db, QStringLiteral("Rail")).id;
        const qint64 unused = addTag(*db, QStringLiteral("Air")).id;
        addArticle(*db, QStringLiteral("One"), {a, b});
        addArticle(*db, QStringLiteral("Two"), {a});
        const QHash<qint64, int> counts = TAKE(TagRepository(*db).useCounts());
        QCOMPARE(counts.value(a), 2);
        QCOMPARE(counts.value(b), 1);
        QVERIFY(!counts.contains(unused));
        QCOMPARE(usageOf(*db, a).articleCount, counts.value(a));
    }

    void aDifferentNameIsNotSimilar()
    {
        TestDatabase db;
        addTag(*db, u"OpenAI"_s);
        QVERIFY(!TAKE(TagRepository(*db).findSimilar(u"Open Source"_s)).has_value());
        QCOMPARE(TagRepository(*db).findByName(u"Open Source"_s).error().kind, Kind::NotFound);
    }

    void renamingATagUpdatesEveryArticle()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const Tag ai = addTag(*db, u"Open AI"_s);
        const Tag other = addTag(*db, u"Climate"_s);
        const qint64 a = addArticle(*db, u"One"_s, {other.id, ai.id});
        const qint64 b = addArticle(*db, u"Two"_s, {ai.id});
        const qint64 untouched = addArticle(*db, u"Three"_s, {other.id});
        const Tag renamed = TAKE(tags.rename(ai.id, u"OpenAI"_s, who));
        QCOMPARE(renamed.name, u"OpenAI"_s);
        QCOMPARE(renamed.slug, u"openai"_s);
        QCOMPARE(TAKE(tags.load(ai.id)), renamed);
        QCOMPARE(tagsOf(*db, a), (QList<qint64>{other.id, ai.id}));
        QCOMPARE(TAKE(tags.findByName(u"openai"_s)).id, ai.id);
        QCOMPARE(revisionsOf(*db, a), 1);
        QCOMPARE(revisionsOf(*db, b), 1);
        QCOMPARE(revisionsOf(*db, untouched), 0);
        QCOMPARE(TAKE(RevisionRepository(*db).list(b)).constFirst().who, who);
    }

    void renamingKeepsAHandMadeSlug()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const Tag t = TAKE(tags.add(Tag{0, u"Reserve Bank"_s, u"rba"_s, TagKind::Organisation}));
        QCOMPARE(TAKE(tags.rename(t.id, u"Reserve Bank of Australia"_s, who)).slug, u"rba"_s);
    }

    void renamingOntoAnotherTagIsAConflict_data()
    {
        QTest::addColumn<QString>("newName");
        QTest::newRow("same name") << u"Climate"_s;
        QTest::newRow("near duplicate") << u"CLIMATE!"_s;
    }
    void renamingOntoAnotherTagIsAConflict()
    {
        QFETCH(QString, newName);
        TestDatabase db;
        TagRepository tags(*db);
        addTag(*db, u"Climate"_s);
        const Tag weather = addTag(*db, u"Weather"_s);
        auto refused = tags.rename(weather.id, newName, who);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Conflict);
        QCOMPARE(TAKE(tags.load(weather.id)).name, u"Weather"_s);
    }

    void renamingOnlyTheCaseIsAllowed()
    {
        TestDatabase db;
        const Tag t = addTag(*db, u"openai"_s);
        QCOMPARE(TAKE(TagRepository(*db).rename(t.id, u"OpenAI"_s, who)).name, u"OpenAI"_s);
    }

    void mergingKeepsOneCopyAndAddsUpCounts()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const Tag a = addTag(*db, u"AI"_s);
        const Tag b = addTag(*db, u"Machine learning"_s);
        const Tag into = addTag(*db, u"Artificial intelligence"_s);
        const qint64 onlyA = addArticle(*db, u"Only A"_s, {a.id});
        const qint64 both = addArticle(*db, u"Both"_s, {b.id, a.id});
        const qint64 withInto = addArticle(*db, u"Into and B"_s, {into.id, b.id});
        const qint64 intoOnly = addArticle(*db, u"Into only"_s, {into.id});

        QCOMPARE(TAKE(tags.merge({a.id, b.id}, into.id, who)), 3);

        QCOMPARE(tagsOf(*db, onlyA), QList<qint64>{into.id});
        QCOMPARE(tagsOf(*db, both), QList<qint64>{into.id});
        QCOMPARE(tagsOf(*db, withInto), QList<qint64>{into.id});
        QCOMPARE(usageOf(*db, into.id).articleCount, 4);
        QCOMPARE(TAKE(tags.list()).size(), 1);
        QCOMPARE(tags.load(a.id).error().kind, Kind::NotFound);
        QCOMPARE(revisionsOf(*db, both), 1);
        QCOMPARE(revisionsOf(*db, intoOnly), 0);
    }

    void mergingKeepsTheMergedTagsPlace()
    {
        TestDatabase db;
        const Tag first = addTag(*db, u"First"_s);
        const Tag old = addTag(*db, u"Old"_s);
        const Tag last = addTag(*db, u"Last"_s);
        const Tag into = addTag(*db, u"New"_s);
        const qint64 article = addArticle(*db, u"Story"_s, {first.id, old.id, last.id});
        QCOMPARE(TAKE(TagRepository(*db).merge({old.id}, into.id, who)), 1);
        QCOMPARE(tagsOf(*db, article), (QList<qint64>{first.id, into.id, last.id}));
    }

    void mergingIntoItselfOrNothingIsRefused()
    {
        TestDatabase db;
        const Tag t = addTag(*db, u"Alone"_s);
        QCOMPARE(TagRepository(*db).merge({t.id}, t.id, who).error().kind, Kind::Invalid);
        QCOMPARE(TagRepository(*db).merge({9999}, t.id, who).error().kind, Kind::NotFound);
        QVERIFY(TagRepository(*db).load(t.id).ok());
    }

    void deletingATagSaysHowManyArticlesHadIt()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const Tag gone = addTag(*db, u"Gone"_s);
        const Tag kept = addTag(*db, u"Kept"_s);
        const qint64 a = addArticle(*db, u"A"_s, {gone.id, kept.id});
        addArticle(*db, u"B"_s, {gone.id});
        addArticle(*db, u"C"_s, {kept.id});
        QCOMPARE(TAKE(tags.affectedArticles(gone.id)), 2);
        QCOMPARE(TAKE(tags.remove(gone.id, who)), 2);
        QCOMPARE(tagsOf(*db, a), QList<qint64>{kept.id});
        QCOMPARE(tags.load(gone.id).error().kind, Kind::NotFound);
        QCOMPARE(TAKE(tags.affectedArticles(kept.id)), 2);
        QCOMPARE(tags.remove(gone.id, who).error().kind, Kind::NotFound);
    }

    void usageListsCountsAndLastUse()
    {
        TestDatabase db;
        const Tag used = addTag(*db, u"Used"_s, TagKind::Place);
        const Tag unused = addTag(*db, u"Unused"_s);
        Article early;
        early.headline = u"Early"_s;
        early.tagIds = {used.id};
        early.updated = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC);
        Article late = early;
        late.headline = u"Late"_s;
        late.updated = QDateTime(QDate(2026, 5, 6), QTime(7, 8), QTimeZone::UTC);
        TAKE(ArticleRepository(*db).create(early));
        TAKE(ArticleRepository(*db).create(late));
        QVERIFY(TagRepository(*db).setDescription(used.id, u"  Where it happened  "_s).ok());

        const TagUsage u = usageOf(*db, used.id);
        QCOMPARE(u.articleCount, 2);
        QCOMPARE(u.lastUsed, late.updated);
        QCOMPARE(u.tag.kind, TagKind::Place);
        QCOMPARE(u.description, u"Where it happened"_s);
        QCOMPARE(usageOf(*db, unused.id).articleCount, 0);
        QVERIFY(!usageOf(*db, unused.id).lastUsed.isValid());
    }

    void kindAndDescriptionOfAMissingTagAreNotFound()
    {
        TestDatabase db;
        const Tag t = addTag(*db, u"Person"_s);
        QVERIFY(TagRepository(*db).setKind(t.id, TagKind::Person).ok());
        QCOMPARE(TAKE(TagRepository(*db).load(t.id)).kind, TagKind::Person);
        QCOMPARE(TagRepository(*db).setKind(t.id + 1, TagKind::Person).error().kind, Kind::NotFound);
        QCOMPARE(TagRepository(*db).setDescription(t.id + 1, u"x"_s).error().kind, Kind::NotFound);
    }

    void bulkAddAndRemoveCountOnlyRealChanges()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const Tag t = addTag(*db, u"Bulk"_s);
        const Tag other = addTag(*db, u"Other"_s);
        const qint64 had = addArticle(*db, u"Had it"_s, {t.id});
        const qint64 plain = addArticle(*db, u"Plain"_s, {other.id});
        QCOMPARE(TAKE(tags.addToArticles(t.id, {had, plain, plain}, who)), 1);
        QCOMPARE(tagsOf(*db, plain), (QList<qint64>{other.id, t.id}));
        QCOMPARE(revisionsOf(*db, had), 0);
        QCOMPARE(revisionsOf(*db, plain), 1);
        QCOMPARE(TAKE(tags.removeFromArticles(t.id, {had, plain}, who)), 2);
        QCOMPARE(TAKE(tags.affectedArticles(t.id)), 0);
        QCOMPARE(tags.addToArticles(t.id, {plain + 100}, who).error().kind, Kind::Invalid);
        QCOMPARE(tagsOf(*db, plain), QList<qint64>{other.id});
    }

    void sqlMetacharactersAreJustText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("drop table") << u"x'); DROP TABLE tags;--"_s;
        QTest::newRow("or true") << u"a' OR '1'='1"_s;
        QTest::newRow("like wildcards") << u"100% _real_"_s;
        QTest::newRow("double quotes") << u"\"quoted\" \\ backslash"_s;
    }
    void sqlMetacharactersAreJustText()
    {
        QFETCH(QString, name);
        TestDatabase db;
        TagRepository tags(*db);
        const Tag plain = addTag(*db, u"Plain"_s);
        const qint64 article = addArticle(*db, u"Story"_s, {plain.id});
        QCOMPARE(TAKE(tags.rename(plain.id, name, who)).name, name);
        QCOMPARE(TAKE(tags.findByName(name)).id, plain.id);
        const Tag second = addTag(*db, name + u" two"_s);
        QCOMPARE(TAKE(tags.merge({second.id}, plain.id, who)), 0);
        QCOMPARE(TAKE(tags.list()).size(), 1);
        QCOMPARE(tagsOf(*db, article), QList<qint64>{plain.id});
    }

    void tenThousandCharacterNamesWork()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const QString longName = QString(u"Überlänge "_s).repeated(1000);
        const Tag t = addTag(*db, longName);
        QCOMPARE(TAKE(tags.load(t.id)).name, longName.trimmed());
        QVERIFY(t.slug.size() <= 80);
        QCOMPARE(TAKE(tags.findSimilar(longName.toUpper().remove(u' '))).value().id, t.id);
        const QString other = QString(u"x"_s).repeated(10000);
        QCOMPARE(TAKE(tags.rename(t.id, other, who)).name, other);
    }

    void undoPutsMergedTagsAndTheirArticlesBack()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const Tag a = addTag(*db, u"Open AI"_s, TagKind::Organisation);
        QVERIFY(tags.setDescription(a.id, u"The lab"_s).ok());
        const Tag into = addTag(*db, u"Artificial intelligence"_s);
        const qint64 onlyA = addArticle(*db, u"Only A"_s, {a.id});
        const qint64 both = addArticle(*db, u"Both"_s, {into.id, a.id});
        const TagSnapshot before = TAKE(TagHistory(*db).capture({a.id, into.id}));
        QCOMPARE(TAKE(tags.merge({a.id}, into.id, who)), 2);

        QVERIFY(TagHistory(*db).restore(before, who).ok());
        QCOMPARE(TAKE(tags.load(a.id)), a);
        QCOMPARE(usageOf(*db, a.id).description, u"The lab"_s);
        QCOMPARE(tagsOf(*db, onlyA), QList<qint64>{a.id});
        QCOMPARE(tagsOf(*db, both), (QList<qint64>{into.id, a.id}));
        QCOMPARE(TAKE(tags.findSimilar(u"openai"_s)).value().id, a.id);
        QCOMPARE(revisionsOf(*db, onlyA), 2);
    }

    void undoOfARenameAndOfADelete()
    {
        TestDatabase db;
        TagRepository tags(*db);
        const Tag t = addTag(*db, u"Sydney"_s, TagKind::Place);
        const qint64 article = addArticle(*db, u"Harbour"_s, {t.id});
        const TagSnapshot before = TAKE(TagHistory(*db).capture({t.id}));
        TAKE(tags.rename(t.id, u"Sydney NSW"_s, who));
        QVERIFY(TagHistory(*db).restore(before, who).ok());
        QCOMPARE(TAKE(tags.load(t.id)), t);
        QCOMPARE(TAKE(tags.remove(t.id, who)), 1);
        QVERIFY(TagHistory(*db).restore(before, who).ok());
        QCOMPARE(TAKE(tags.load(t.id)), t);
        QCOMPARE(tagsOf(*db, article), QList<qint64>{t.id});
    }

    void upgradingAVersion3DatabaseKeysItsTags()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.db"_s);
        QVERIFY(TestFiles::withRawSqlite(path, [](QSqlDatabase &raw) {
            return Migrations::migrate(raw, 0, 3).ok()
                && TestFiles::exec(raw,
                                   "INSERT INTO tags (id, name, name_key, slug) VALUES "
                                   "(1, 'OpenAI', 'openai', 'openai'), (2, 'Open AI', 'open ai', 'open-ai'), "
                                   "(3, 'São Paulo', 'são paulo', 'sao-paulo')")
                && TestFiles::exec(raw,
                                   "INSERT INTO articles (id, slug, headline, created_at, updated_at) VALUES "
                                   "(1, 'one', 'One', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                && TestFiles::exec(raw, "INSERT INTO article_tags VALUES (1, 1, 0), (1, 2, 1)");
        }));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        TagRepository tags(db);
        QCOMPARE(usageOf(db, 1).nearDuplicate, false);
        QCOMPARE(usageOf(db, 2).nearDuplicate, true);
        QCOMPARE(usageOf(db, 2).articleCount, 1);
        QCOMPARE(TAKE(tags.findSimilar(u"open-ai"_s)).value().id, 1);
        QCOMPARE(tags.add(Tag{0, u"Sao Paulo"_s, {}, TagKind::Place}).error().kind, Kind::Conflict);
        QCOMPARE(TAKE(tags.merge({2}, 1, who)), 1);
        QCOMPARE(tagsOf(db, 1), QList<qint64>{1});
        QCOMPARE(usageOf(db, 3).description, QString());
    }
};

QTEST_GUILESS_MAIN(TagManagementTest)
#include "tst_tagmanagement.moc"
