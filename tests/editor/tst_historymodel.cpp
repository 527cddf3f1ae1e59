// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "historymodel.h"
#include "publicationrepository.h"
#include "revisionhistory.h"
#include "revisionrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class HistoryModelTest : public QObject
{
    Q_OBJECT

private:
    struct Story {
        Article article;
        Revision first, review, restore;
    };

    // A story with an edit, a status change and a restore.
    static Story story(TestDatabase &db)
    {
        Story s;
        Article a;
        a.headline = u"Harbour budget"_s;
        a.body = u"First words."_s;
        a = TAKE(ArticleRepository(*db).create(a));
        RevisionRepository revisions(*db);
        s.first = TAKE(revisions.record(a, u"ana"_s, a.status, RevisionRepository::Kind::SavePoint));
        a.body = u"Second words."_s;
        a.status = ArticleStatus::InReview;
        a = TAKE(ArticleRepository(*db).update(a));
        s.review = TAKE(revisions.record(a, u"ben"_s, ArticleStatus::Draft, RevisionRepository::Kind::SavePoint));
        s.restore = TAKE(RevisionHistory(*db).restore(s.first.id, u"cleo"_s)).revision;
        s.article = a;
        return s;
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        TestDatabase db;
        const Story s = story(db);
        HistoryModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setArticle(s.article.id));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.reload());
        QVERIFY(model.setArticle(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void showsWhoWhenKindStatusAndNote()
    {
        TestDatabase db;
        const Story s = story(db);
        HistoryModel model(*db);
        QVERIFY(model.setArticle(s.article.id));
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // Newest first: the restore, the status change, the first save.
        QCOMPARE(model.revisionIdAt(0), s.restore.id);
        QCOMPARE(text(0, HistoryModel::WhoColumn), u"cleo"_s);
        QCOMPARE(text(0, HistoryModel::KindColumn), u"Restore"_s);
        QVERIFY(text(0, HistoryModel::NoteColumn).startsWith(u"Restored from the revision of"_s));
        QCOMPARE(model.index(0, 0).data(HistoryModel::RestoredFromRole).toLongLong(), s.first.id);
        QCOMPARE(text(1, HistoryModel::WhoColumn), u"ben"_s);
        QCOMPARE(text(1, HistoryModel::KindColumn), u"Status change"_s);
        QCOMPARE(text(1, HistoryModel::StatusColumn), u"Draft → In review"_s);
        QCOMPARE(text(2, HistoryModel::KindColumn), u"Edit"_s);
        QCOMPARE(text(2, HistoryModel::StatusColumn), QString());
        QCOMPARE(model.index(2, 0).data(HistoryModel::RevisionIdRole).toLongLong(), s.first.id);
        QCOMPARE(model.rowOfRevision(s.review.id), 1);
        QCOMPARE(model.rowOfRevision(12345), -1);
        QCOMPARE(model.headerData(HistoryModel::WhoColumn, Qt::Horizontal).toString(), u"Who"_s);
    }

    void timesAreShownInThePublicationsTimeZone()
    {
        TestDatabase db;
        const Story s = story(db);
        Publication p = TAKE(PublicationRepository(*db).load());
        p.timeZone = u"Asia/Tokyo"_s;
        QVERIFY(PublicationRepository(*db).save(p));
        HistoryModel model(*db);
        QVERIFY(model.setArticle(s.article.id));
        const QDateTime created = model.index(2, 0).data(HistoryModel::CreatedRole).toDateTime();
        QCOMPARE(created.timeSpec(), Qt::UTC);
        const QDateTime tokyo = created.toTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(model.index(2, HistoryModel::TimeColumn).data().toString(),
                 QLocale().toString(tokyo, QLocale::ShortFormat));
    }

    void aStorageErrorIsReported()
    {
        TestDatabase db;
        const Story s = story(db);
        HistoryModel model(*db);
        QVERIFY(model.setArticle(s.article.id));
        QSignalSpy failed(&model, &HistoryModel::failed);
        QSqlQuery drop((*db).connection());
        QVERIFY(drop.exec(u"DROP TABLE revisions"_s));
        QVERIFY(!model.reload());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(HistoryModelTest)
#include "tst_historymodel.moc"
