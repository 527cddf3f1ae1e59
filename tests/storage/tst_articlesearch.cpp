// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlebulkwriter.h"
#include "articlerepository.h"
#include "articlesearch.h"
#include "authorrepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

class ArticleSearchTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_business = 0;
    qint64 m_politics = 0;
    Author m_ana;
    Author m_bo;
    Tag m_climate;
    Tag m_energy;

    qint64 store(const QString &headline, const QString &body, QList<qint64> tags = {}, QList<qint64> authors = {},
                 ArticleStatus status = ArticleStatus::Draft, qint64 section = 0)
    {
        Article a;
        a.headline = headline;
        a.body = body;
        a.tagIds = tags;
        a.authorIds = authors;
        a.status = status;
        a.sectionId = section;
        return TAKE(ArticleRepository(**m_db).create(a)).id;
    }

    QList<qint64> ids(const QString &text, const ArticleQuery &filters = {})
    {
        ArticleQuery q = filters;
        q.sort = ArticleQuery::Sort::Relevance;
        QList<qint64> found;
        for (const auto items = TAKE(ArticleSearch(**m_db).search(text, q, 100, 0, false));
             const SearchHit &hit : items)
            found.append(hit.summary.id);
        return found;
    }

    // The index as kept by the triggers must equal one rebuilt from nothing: the built-in check
    // first, then the answers to the same searches before and after a rebuild.
    void verifyMatchesRebuild(const QStringList &queries)
    {
        ArticleSearch search(**m_db);
        QVERIFY(TAKE(search.indexIsConsistent()));
        QList<QList<qint64>> before;
        for (const QString &q : queries)
            before.append(ids(q));
        QVERIFY(search.rebuildIndex().ok());
        QVERIFY(TAKE(search.indexIsConsistent()));
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(ids(queries[i]), before[i]);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_business = TAKE(SectionRepository(**m_db).add(Section{0, u"Business"_s, {}, 0})).id;
        m_politics = TAKE(SectionRepository(**m_db).add(Section{0, u"Politics"_s, {}, 0})).id;
        m_ana = TAKE(AuthorRepository(**m_db).add(Author{0, u"Ana Pereira"_s, {}}));
        m_bo = TAKE(AuthorRepository(**m_db).add(Author{0, u"Bo Lindqvist"_s, {}}));
        m_climate = TAKE(TagRepository(**m_db).add(Tag{0, u"Climate"_s, {}, TagKind::Topic}));
        m_energy = TAKE(TagRepository(**m_db).add(Tag{0, u"Energy"_s, {}, TagKind::Topic}));
    }

    void findsWordsInEveryIndexedField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("headline") << u"harbour"_s;
        QTest::newRow("body") << u"turbines"_s;
        QTest::newRow("tag") << u"climate"_s;
        QTest::newRow("byline") << u"lindqvist"_s;
        QTest::newRow("attribution") << u"Gazette"_s;
        QTest::newRow("dek") << u"councillors"_s;
        QTest::newRow("diacritics folded") << u"zurich"_s;
    }
    void findsWordsInEveryIndexedField()
    {
        QFETCH(QString, query);
        Article a;
        a.headline = u"Harbour plan approved"_s;
        a.dek = u"Councillors agree after a long night"_s;
        a.body = u"Wind turbines will line the pier, said a spokesperson in Zürich."_s;
        a.tagIds = {m_climate.id};
        a.authorIds = {m_bo.id};
        a.attribution = u"First reported by the Gazette."_s;
        const qint64 id = TAKE(ArticleRepository(**m_db).create(a)).id;
        store(u"Unrelated"_s, u"Nothing to see"_s);
        QCOMPARE(ids(query), QList<qint64>{id});
    }

    void hostileQueriesAreSearchedAsPlainWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        QTest::newRow("lone quote") << u"\""_s << 2;
        QTest::newRow("unbalanced quote") << u"\"budget cuts"_s << 1;
        QTest::newRow("lone star") << u"*"_s << 2;
        QTest::newRow("NEAR(") << u"NEAR(budget"_s << 1;
        QTest::newRow("NEAR( with comma") << u"NEAR(budget cuts, 2)"_s << 0;
        QTest::newRow("sql injection") << u"'; DROP TABLE"_s << 1;
        QTest::newRow("sql injection, more") << u"'; DROP TABLE articles; --"_s << 0;
        QTest::newRow("parentheses") << u"((budget) OR"_s << 1;
        QTest::newRow("closing parenthesis") << u"budget)"_s << 1;
        QTest::newRow("column filter") << u"body:budget"_s << 0;
        QTest::newRow("caret and minus") << u"^budget -cuts"_s << 1;
        QTest::newRow("AND keyword") << u"budget AND"_s << 1;
        QTest::newRow("NOT keyword") << u"NOT budget"_s << 0;
        QTest::newRow("backslashes") << u"\\\\ \\\" \\"_s << 2;
        QTest::newRow("only punctuation") << u"!@#$%^&()"_s << 2;
    }
    void hostileQueriesAreSearchedAsPlainWords()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        store(u"Budget cuts"_s,
              u"The council cuts the budget near the harbour and the station or the pier; "
              u"drop table talk."_s);
        store(u"Other"_s, u"Words"_s);
        ArticleSearch search(**m_db);
        auto hits = search.search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().toLogString()));
        QCOMPARE(int(hits->size()), expected);
        QCOMPARE(TAKE(search.count(query)), expected);
        QCOMPARE(TAKE(ArticleRepository(**m_db).count()), 2); // nothing was dropped
    }

    void lastWordMatchesAsAPrefixWhileTyping()
    {
        const qint64 id = store(u"Parliament votes"_s, u"The parliamentary session ended."_s);
        QCOMPARE(ids(u"parlia"_s), QList<qint64>{id});
        QCOMPARE(ids(u"parlia "_s), QList<qint64>{}); // a finished word is a whole word
        QCOMPARE(ids(u"vote"_s), QList<qint64>{id});
        QCOMPARE(ids(u"vot* session"_s), QList<qint64>{id});
    }

    void quotedWordsAreAPhrase()
    {
        const qint64 phrase = store(u"One"_s, u"the interest rate rose"_s);
        const qint64 apart = store(u"Two"_s, u"the rate of interest rose"_s);
        QCOMPARE(ids(u"\"interest rate\""_s), QList<qint64>{phrase});
        auto both = ids(u"interest rate"_s);
        std::sort(both.begin(), both.end());
        QCOMPARE(both, (QList<qint64>{phrase, apart}));
    }

    void headlineMatchesRankFirst()
    {
        const qint64 inBody = store(u"Council meeting"_s, u"Talk of the river, the river, the river and floods."_s);
        const qint64 inHeadline = store(u"River floods the town"_s, u"Water rose over the night."_s);
        QCOMPARE(ids(u"river"_s), (QList<qint64>{inHeadline, inBody}));
        ArticleQuery byRank;
        byRank.sort = ArticleQuery::Sort::Relevance;
        const auto hits = TAKE(ArticleSearch(**m_db).search(u"river"_s, byRank));
        QVERIFY(hits.at(0).rank < hits.at(1).rank);
    }

    void snippetsMarkTheMatchesAndBecomeSafeHtml()
    {
        store(u"Markets"_s, u"Shares <b>fell</b> & bonds rallied as traders fled risk."_s);
        const auto hits = TAKE(ArticleSearch(**m_db).search(u"bonds"_s));
        QCOMPARE(hits.size(), 1);
        const QString snippet = hits.at(0).snippet;
        QVERIFY2(snippet.contains(ArticleSearch::highlightStart + u"bonds"_s + ArticleSearch::highlightEnd),
                 qPrintable(snippet));
        const QString html = ArticleSearch::snippetToHtml(snippet);
        QVERIFY2(html.contains(u"<b>bonds</b>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;b&gt;fell&lt;/b&gt; &amp;"_s), qPrintable(html));
        // A stray marker never leaves a bold run open.
        QCOMPARE(ArticleSearch::snippetToHtml(ArticleSearch::highlightStart + u"a<"_s), u"<b>a&lt;</b>"_s);
    }

    void filtersCombineWithSearch()
    {
        const qint64 match = store(u"Energy prices"_s, u"Gas prices climb."_s, {m_energy.id}, {m_ana.id},
                                   ArticleStatus::InReview, m_business);
        store(u"Energy prices again"_s, u"Gas prices climb."_s, {m_energy.id}, {m_bo.id}, ArticleStatus::Draft,
              m_business);
        store(u"Energy prices in parliament"_s, u"Gas."_s, {}, {m_ana.id}, ArticleStatus::InReview, m_politics);
        ArticleQuery q;
        q.statuses = {ArticleStatus::InReview, ArticleStatus::Ready};
        q.sectionId = m_business;
        QCOMPARE(ids(u"prices"_s, q), QList<qint64>{match});
        ArticleQuery byTagAndAuthor;
        byTagAndAuthor.tagId = m_energy.id;
        byTagAndAuthor.authorId = m_ana.id;
        QCOMPARE(ids(u"gas"_s, byTagAndAuthor), QList<qint64>{match});
        QCOMPARE(TAKE(ArticleSearch(**m_db).count(u"gas"_s, byTagAndAuthor)), 1);
        ArticleQuery future;
        future.updatedFrom = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(ids(u"gas"_s, future), QList<qint64>{});
        ArticleQuery recent;
        recent.updatedFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        recent.updatedBefore = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(ids(u"gas"_s, recent).size(), 3);
    }

    void summariesCarryBylineAndWordCount()
    {
        store(u"Counted"_s, u"One two, three — four 2026 well-known 東京"_s, {}, {m_bo.id, m_ana.id});
        const auto hits = TAKE(ArticleSearch(**m_db).search(u"counted"_s));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).summary.byline, u"Bo Lindqvist, Ana Pereira"_s);
        QCOMPARE(hits.at(0).summary.wordCount, 8); // the dash is no word; each Han character is one
    }

    void indexFollowsInsertUpdateAndDelete()
    {
        ArticleRepository articles(**m_db);
        const qint64 id = store(u"Old headline"_s, u"original words"_s, {m_climate.id}, {m_ana.id});
        Article a = TAKE(articles.load(id));
        a.headline = u"New headline"_s;
        a.body = u"replacement words"_s;
        a.tagIds = {m_energy.id};
        a.authorIds = {m_bo.id};
        TAKE(articles.update(a));
        QCOMPARE(ids(u"original"_s), QList<qint64>{});
        QCOMPARE(ids(u"climate"_s), QList<qint64>{});
        QCOMPARE(ids(u"replacement energy lindqvist"_s), QList<qint64>{id});
        verifyMatchesRebuild({u"headline"_s, u"energy"_s, u"pereira"_s});
        QVERIFY(articles.remove(id).ok());
        QCOMPARE(ids(u"replacement"_s), QList<qint64>{});
        verifyMatchesRebuild({u"headline"_s, u"energy"_s});
    }

    void indexFollowsTagRenameMergeAndRemove()
    {
        TagRepository tags(**m_db);
        const Tag extra = TAKE(tags.add(Tag{0, u"Wind power"_s, {}, TagKind::Topic}));
        const qint64 first = store(u"First"_s, u"a"_s, {m_climate.id, extra.id});
        const qint64 second = store(u"Second"_s, u"b"_s, {extra.id});
        TAKE(tags.rename(m_climate.id, u"Climate crisis"_s, u"test"_s));
        QCOMPARE(ids(u"crisis"_s), QList<qint64>{first});
        TAKE(tags.merge({extra.id}, m_energy.id, u"test"_s));
        QCOMPARE(ids(u"wind"_s), QList<qint64>{});
        auto energy = ids(u"energy"_s);
        std::sort(energy.begin(), energy.end());
        QCOMPARE(energy, (QList<qint64>{first, second}));
        TAKE(tags.remove(m_energy.id, u"test"_s));
        QCOMPARE(ids(u"energy"_s), QList<qint64>{});
        verifyMatchesRebuild({u"crisis"_s, u"energy"_s, u"first"_s});
    }

    void indexFollowsAuthorRename()
    {
        const qint64 id = store(u"Story"_s, u"text"_s, {}, {m_ana.id, m_bo.id});
        Author renamed = m_ana;
        renamed.displayName = u"Ana Moreira"_s;
        QVERIFY(AuthorRepository(**m_db).update(renamed).ok());
        QCOMPARE(ids(u"moreira"_s), QList<qint64>{id});
        QCOMPARE(ids(u"pereira"_s), QList<qint64>{});
        verifyMatchesRebuild({u"moreira"_s, u"lindqvist"_s});
    }

    void aStatusOnlySaveLeavesTheIndexAlone()
    {
        ArticleRepository articles(**m_db);
        const qint64 id = store(u"Steady"_s, u"same words"_s, {m_climate.id}, {m_ana.id});
        Article a = TAKE(articles.load(id));
        a.status = ArticleStatus::Ready;
        TAKE(articles.update(a));
        QCOMPARE(ids(u"steady climate pereira"_s), QList<qint64>{id});
        verifyMatchesRebuild({u"steady"_s});
    }

    void bulkWriterStoresAndIndexesInOneGo()
    {
        int n = 0;
        const int stored = TAKE(ArticleBulkWriter(**m_db).insertAll([&]() -> std::optional<Article> {
            if (n == 50)
                return std::nullopt;
            Article a;
            a.slug = u"bulk-%1"_s.arg(n);
            a.headline = u"Bulk story %1"_s.arg(n);
            a.body = n % 2 ? u"odd harbour words"_s : u"even words"_s;
            a.tagIds = {m_climate.id};
            a.authorIds = {m_bo.id};
            ++n;
            return a;
        }));
        QCOMPARE(stored, 50);
        QCOMPARE(ids(u"harbour"_s).size(), 25);
        QCOMPARE(ids(u"climate lindqvist"_s).size(), 50);
        verifyMatchesRebuild({u"harbour"_s, u"even"_s});
        // The row-by-row triggers are back on after the bulk insert.
        const qint64 later = store(u"Later"_s, u"kingfisher"_s);
        QCOMPARE(ids(u"kingfisher"_s), QList<qint64>{later});
    }

    void sortsOtherThanRelevanceKeepTheirOrder()
    {
        store(u"Beta gas"_s, u"x"_s);
        store(u"Alpha gas"_s, u"x"_s);
        ArticleQuery q;
        q.sort = ArticleQuery::Sort::HeadlineAtoZ;
        const auto hits = TAKE(ArticleSearch(**m_db).search(u"gas"_s, q));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).summary.headline, u"Alpha gas"_s);
    }
};

QTEST_GUILESS_MAIN(ArticleSearchTest)
#include "tst_articlesearch.moc"
