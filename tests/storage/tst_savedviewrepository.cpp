// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "savedviewrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class SavedViewRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewDatabaseHasTheDefaultViews()
    {
        TestDatabase db;
        const auto views = TAKE(SavedViewRepository(*db).list());
        QStringList names;
        for (const SavedView &v : views)
            names << v.name;
        QCOMPARE(names, (QStringList{u"My drafts"_s, u"In review"_s, u"Scheduled today"_s}));
        QVERIFY(views.at(0).definition.mine);
        QCOMPARE(views.at(0).definition.statuses, QList<ArticleStatus>{ArticleStatus::Draft});
        QCOMPARE(views.at(2).definition.scheduled, ViewDefinition::Period::Today);
    }

    void definitionsSurviveTheDatabase()
    {
        TestDatabase db;
        SavedViewRepository views(*db);
        ViewDefinition d;
        d.search = u"\"wind farm\" '; DROP TABLE saved_views; --"_s;
        d.statuses = {ArticleStatus::Ready, ArticleStatus::Scheduled};
        d.sectionId = 3;
        d.tagId = 7;
        d.authorId = 11;
        d.updated = ViewDefinition::Period::Between;
        d.updatedFrom = QDate(2026, 1, 1);
        d.updatedTo = QDate(2026, 1, 31);
        d.sort = ArticleQuery::Sort::WordsMostFirst;
        const SavedView added = TAKE(views.add(u"  Long reads  "_s, d));
        QCOMPARE(added.name, u"Long reads"_s);
        db.reopen();
        const auto all = TAKE(SavedViewRepository(*db).list());
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.last(), added);
    }

    void namesAreUniqueAndRequired()
    {
        TestDatabase db;
        SavedViewRepository views(*db);
        auto taken = views.add(u"In review"_s, {});
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().kind, StorageError::Kind::Conflict);
        QVERIFY(taken.error().message.contains(u"In review"_s));
        auto empty = views.add(u"  "_s, {});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind, StorageError::Kind::Invalid);
    }

    void viewsCanBeRenamedAndRemoved()
    {
        TestDatabase db;
        SavedViewRepository views(*db);
        SavedView view = TAKE(views.list()).at(1);
        view.name = u"Waiting for an editor"_s;
        QVERIFY(views.update(view).ok());
        QCOMPARE(TAKE(views.list()).at(1).name, view.name);
        QVERIFY(views.remove(view.id).ok());
        QCOMPARE(TAKE(views.list()).size(), 2);
    }

    void malformedJsonKeepsWhatItKnows()
    {
        const ViewDefinition d =
            ViewDefinition::fromJson(QJsonObject{{u"statuses"_s, QJsonArray{u"draft"_s, u"nonsense"_s, 5}},
                                                 {u"sort"_s, u"sideways"_s},
                                                 {u"updated"_s, u"tomorrow"_s},
                                                 {u"future"_s, true}});
        QCOMPARE(d.statuses, QList<ArticleStatus>{ArticleStatus::Draft});
        QCOMPARE(d.sort, ArticleQuery::Sort::Relevance);
        QCOMPARE(d.updated, ViewDefinition::Period::Any);
    }

    void myDraftsAreTheCurrentUsersDrafts()
    {
        TestDatabase db;
        const Author me = TAKE(AuthorRepository(*db).add(Author{0, u"Ana Pereira"_s, {}}));
        const Author other = TAKE(AuthorRepository(*db).add(Author{0, u"Bo Lindqvist"_s, {}}));
        ArticleRepository articles(*db);
        Article mine;
        mine.headline = u"Mine"_s;
        mine.authorIds = {other.id, me.id};
        TAKE(articles.create(mine));
        Article theirs;
        theirs.headline = u"Theirs"_s;
        theirs.authorIds = {other.id};
        TAKE(articles.create(theirs));
        Article myReview = mine;
        myReview.headline = u"Mine in review"_s;
        myReview.status = ArticleStatus::InReview;
        TAKE(articles.create(myReview));

        SavedViewRepository views(*db);
        const ViewDefinition myDrafts = TAKE(views.list()).at(0).definition;
        const ArticleQuery query = TAKE(views.resolve(myDrafts, u"Ana Pereira"_s));
        const auto rows = TAKE(articles.list(query));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).headline, u"Mine"_s);
        // Someone who is no author has no drafts, rather than everyone's.
        QCOMPARE(TAKE(articles.list(TAKE(views.resolve(myDrafts, u"Nobody"_s)))).size(), 0);
    }

    void scheduledTodayFollowsTheCalendar()
    {
        TestDatabase db;
        ArticleRepository articles(*db);
        const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
        const QDateTime now(QDate(2026, 6, 10), QTime(23, 30), zone); // 21:30 UTC
        for (const auto &[headline, when] :
             {std::pair{u"Tonight"_s, QDateTime(QDate(2026, 6, 10), QTime(23, 45), zone)},
              std::pair{u"Tomorrow"_s, QDateTime(QDate(2026, 6, 11), QTime(0, 5), zone)},
              std::pair{u"Yesterday"_s, QDateTime(QDate(2026, 6, 9), QTime(12, 0), zone)}}) {
            Article a;
            a.headline = headline;
            a.status = ArticleStatus::Scheduled;
            a.scheduled = when.toUTC();
            TAKE(articles.create(a));
        }
        SavedViewRepository views(*db);
        const ViewDefinition today = TAKE(views.list()).at(2).definition;
        const auto rows = TAKE(articles.list(TAKE(views.resolve(today, {}, now.toUTC(), zone))));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).headline, u"Tonight"_s);
    }
};

QTEST_GUILESS_MAIN(SavedViewRepositoryTest)
#include "tst_savedviewrepository.moc"
