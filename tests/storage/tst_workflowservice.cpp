// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "revisionrepository.h"
#include "testdatabase.h"
#include "userrepository.h"
#include "workflowservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using S = ArticleStatus;

class WorkflowServiceTest : public QObject
{
    Q_OBJECT

private:
    // A desk with an editor (ada, first) and a journalist (joe), and one draft.
    struct Desk {
        TestDatabase db;
        qint64 articleId = 0;
        Desk()
        {
            TAKE(UserRepository(*db).ensure(u"ada"_s, u"Ada"_s));
            TAKE(UserRepository(*db).ensure(u"joe"_s, u"Joe"_s));
            Article a;
            a.headline = u"Council approves the budget"_s;
            a.body = u"Words."_s;
            articleId = TAKE(ArticleRepository(*db).create(a)).id;
        }
        Result<Article> move(S to, const QString &who, const QString &note = {})
        {
            return WorkflowService(*db).transition(articleId, to, who, note);
        }
        S status() { return TAKE(ArticleRepository(*db).load(articleId)).status; }
    };

private Q_SLOTS:
    void aTransitionIsARevisionWithWhoWhenAndTheChange()
    {
        Desk desk;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Article stored = TAKE(desk.move(S::InReview, u"joe"_s));
        QCOMPARE(stored.status, S::InReview);
        desk.db.reopen();
        QCOMPARE(desk.status(), S::InReview);
        const QList<Revision> revisions = TAKE(RevisionRepository(*desk.db).list(desk.articleId));
        QVERIFY(!revisions.isEmpty());
        const Revision &r = revisions.first();
        QCOMPARE(r.who, u"joe"_s);
        QCOMPARE(r.statusFrom, S::Draft);
        QCOMPARE(r.statusTo, S::InReview);
        QVERIFY(r.created >= before);
        QCOMPARE(r.snapshot.status, S::InReview);
        QVERIFY(r.note.isEmpty());
    }

    void sendingBackKeepsTheNote()
    {
        Desk desk;
        TAKE(desk.move(S::InReview, u"joe"_s));
        TAKE(desk.move(S::Draft, u"ada"_s, u"  Needs a second source.  "_s));
        desk.db.reopen();
        const Revision r = TAKE(RevisionRepository(*desk.db).list(desk.articleId)).constFirst();
        QCOMPARE(r.who, u"ada"_s);
        QCOMPARE(r.statusFrom, S::InReview);
        QCOMPARE(r.statusTo, S::Draft);
        QCOMPARE(r.note, u"Needs a second source."_s);
        QCOMPARE(TAKE(RevisionRepository(*desk.db).load(r.id)).note, r.note);
    }

    void sendingBackWithoutANoteIsRefused()
    {
        Desk desk;
        TAKE(desk.move(S::InReview, u"joe"_s));
        const int revisions = int(TAKE(RevisionRepository(*desk.db).list(desk.articleId)).size());
        auto r = desk.move(S::Draft, u"ada"_s, u"   "_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Kind::Invalid);
        QCOMPARE(desk.status(), S::InReview);
        QCOMPARE(TAKE(RevisionRepository(*desk.db).list(desk.articleId)).size(), revisions);
    }

    void aJournalistCannotApproveOrPublish()
    {
        Desk desk;
        TAKE(desk.move(S::InReview, u"joe"_s));
        auto approve = desk.move(S::Ready, u"joe"_s);
        QVERIFY(!approve.ok());
        QVERIFY(approve.error().message.contains(u"editor"_s));
        QCOMPARE(desk.status(), S::InReview);
        TAKE(desk.move(S::Ready, u"ada"_s));
        QVERIFY(!desk.move(S::Published, u"joe"_s).ok());
        QCOMPARE(desk.status(), S::Ready);
    }

    void aMoveTheTableDoesNotHaveIsRefused()
    {
        Desk desk;
        QVERIFY(!desk.move(S::Published, u"ada"_s).ok()); // a draft is not published in one step
        QVERIFY(!desk.move(S::Draft, u"ada"_s, u"note"_s).ok()); // already a draft
        QCOMPARE(desk.status(), S::Draft);
    }

    void aStrangerCannotMoveAStory()
    {
        Desk desk;
        auto r = desk.move(S::InReview, u"mallory"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Kind::NotFound);
        QCOMPARE(desk.status(), S::Draft);
    }

    void publishingSetsThePublishedTimeAndSchedulingNeedsOne()
    {
        Desk desk;
        TAKE(desk.move(S::InReview, u"joe"_s));
        TAKE(desk.move(S::Ready, u"ada"_s));
        QVERIFY(!desk.move(S::Scheduled, u"ada"_s).ok());
        const Article published = TAKE(desk.move(S::Published, u"ada"_s));
        QVERIFY(published.published.isValid());
        QCOMPARE(TAKE(ArticleRepository(*desk.db).load(desk.articleId)).published, published.published);
    }

    void theWholeLifeOfAStory()
    {
        Desk desk;
        Article a = TAKE(ArticleRepository(*desk.db).load(desk.articleId));
        a.scheduled = QDateTime::currentDateTimeUtc().addDays(1);
        TAKE(ArticleRepository(*desk.db).update(a));
        for (S to : {S::InReview, S::Ready, S::Scheduled, S::Published, S::Updated, S::Unpublished, S::Draft})
            QVERIFY2(desk.move(to, to == S::InReview ? u"joe"_s : u"ada"_s).ok(), qPrintable(statusKey(to)));
        const QList<Revision> revisions = TAKE(RevisionRepository(*desk.db).list(desk.articleId));
        int changes = 0;
        for (const Revision &r : revisions)
            changes += r.statusTo.has_value() ? 1 : 0;
        QCOMPARE(changes, 7);
    }
};

QTEST_GUILESS_MAIN(WorkflowServiceTest)
#include "tst_workflowservice.moc"
