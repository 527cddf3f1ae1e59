// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishfixture.h"
#include "publishjobrepository.h"

#include <QTest>

class PublishJobRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEnqueuedJobIsPendingAndDueAtOnce()
    {
        TestDatabase db;
        const qint64 story = addStory(*db, "Queued");
        const qint64 site = addTarget(*db, "site");
        const PublishJob job = TAKE(PublishJobRepository(*db).enqueue(story, site, PublishAction::Publish));
        QVERIFY(job.id > 0);
        QCOMPARE(job.state, PublishJobState::Pending);
        QCOMPARE(job.attempts, 0);
        QVERIFY(!job.outcomeUnknown);
        QVERIFY(job.created.isValid());
        const auto due = TAKE(PublishJobRepository(*db).nextDue());
        QVERIFY(due.has_value());
        QVERIFY(*due <= QDateTime::currentDateTimeUtc());
    }

    void enqueueingTwiceReusesTheUnfinishedJob()
    {
        TestDatabase db;
        PublishJobRepository jobs(*db);
        const qint64 story = addStory(*db, "Twice");
        const qint64 site = addTarget(*db, "site");
        const PublishJob first = TAKE(jobs.enqueue(story, site, PublishAction::Publish));
        const PublishJob second = TAKE(jobs.enqueue(story, site, PublishAction::Publish, 0, true));
        QCOMPARE(second.id, first.id);
        QVERIFY(second.overwriteRemote);
        const PublishJob unpublish = TAKE(jobs.enqueue(story, site, PublishAction::Unpublish));
        QVERIFY(unpublish.id != first.id);
        QCOMPARE(TAKE(jobs.unfinished()).size(), 2);
    }

    void claimingMarksSendingAndCountsTheAttempt()
    {
        TestDatabase db;
        PublishJobRepository jobs(*db);
        const PublishJob job = TAKE(jobs.enqueue(addStory(*db, "Go"), addTarget(*db, "site"), PublishAction::Publish));
        const auto claimed = TAKE(jobs.claimNext());
        QVERIFY(claimed.has_value());
        QCOMPARE(claimed->id, job.id);
        QCOMPARE(claimed->state, PublishJobState::Sending);
        QCOMPARE(claimed->attempts, 1);
        QVERIFY(!TAKE(jobs.claimNext()).has_value());
    }

    void aJobWaitingToRetryIsNotDueBeforeItsTime()
    {
        TestDatabase db;
        PublishJobRepository jobs(*db);
        const PublishJob job =
            TAKE(jobs.enqueue(addStory(*db, "Later"), addTarget(*db, "site"), PublishAction::Publish));
        QVERIFY(TAKE(jobs.claimNext()).has_value());
        const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(120);
        QVERIFY(jobs.retryLater(job.id, retryAt, QStringLiteral("503 Service Unavailable"), false).ok());
        QVERIFY(!TAKE(jobs.claimNext()).has_value());
        QCOMPARE(*TAKE(jobs.nextDue()), retryAt.addMSecs(0));
        const auto claimed = TAKE(jobs.claimNext(retryAt.addSecs(1)));
        QVERIFY(claimed.has_value());
        QCOMPARE(claimed->attempts, 2);
        QCOMPARE(claimed->lastError, QStringLiteral("503 Service Unavailable"));
        QVERIFY(!claimed->outcomeUnknown);
    }

    void aTimedOutCreateLeavesTheOutcomeUnknownUntilDone()
    {
        TestDatabase db;
        PublishJobRepository jobs(*db);
        const PublishJob job =
            TAKE(jobs.enqueue(addStory(*db, "Timeout"), addTarget(*db, "site"), PublishAction::Publish));
        QVERIFY(TAKE(jobs.claimNext()).has_value());
        QVERIFY(jobs.retryLater(job.id, QDateTime::currentDateTimeUtc(), QStringLiteral("timed out"), true).ok());
        auto again = TAKE(jobs.claimNext(QDateTime::currentDateTimeUtc().addSecs(1)));
        QVERIFY(again->outcomeUnknown);
        // A later failure with a clear answer does not forget that the first one was unknown.
        QVERIFY(jobs.retryLater(job.id, QDateTime::currentDateTimeUtc(), QStringLiteral("500"), false).ok());
        QVERIFY(TAKE(jobs.load(job.id)).outcomeUnknown);
        QVERIFY(TAKE(jobs.claimNext(QDateTime::currentDateTimeUtc().addSecs(1))).has_value());
        QVERIFY(jobs.markDone(job.id).ok());
        const PublishJob done = TAKE(jobs.load(job.id));
        QCOMPARE(done.state, PublishJobState::Done);
        QVERIFY(!done.outcomeUnknown);
        QVERIFY(!TAKE(jobs.nextDue()).has_value());
    }

    void setOutcomeUnknownMarksARequestInFlight()
    {
        TestDatabase db;
        PublishJobRepository jobs(*db);
        const PublishJob job =
            TAKE(jobs.enqueue(addStory(*db, "Flight"), addTarget(*db, "site"), PublishAction::Publish));
        QVERIFY(jobs.setOutcomeUnknown(job.id, true).ok());
        QVERIFY(TAKE(jobs.load(job.id)).outcomeUnknown);
        QVERIFY(jobs.setOutcomeUnknown(job.id, false).ok());
        QVERIFY(!TAKE(jobs.load(job.id)).outcomeUnknown);
        QCOMPARE(jobs.setOutcomeUnknown(job.id + 100, true).error().kind, StorageError::Kind::NotFound);
    }

    void aJobCutOffByACrashIsDueAgainWithItsOutcomeUnknown()
    {
        TestDatabase db;
        qint64 id = 0;
        {
            PublishJobRepository jobs(*db);
            id = TAKE(jobs.enqueue(addStory(*db, "Crash"), addTarget(*db, "site"), PublishAction::Publish)).id;
            QVERIFY(TAKE(jobs.claimNext()).has_value());
        }
        db.reopen(); // the program died while sending
        PublishJobRepository jobs(*db);
        QVERIFY(!TAKE(jobs.claimNext()).has_value());
        QCOMPARE(TAKE(jobs.recoverInterrupted()), 1);
        const auto claimed = TAKE(jobs.claimNext());
        QVERIFY(claimed.has_value());
        QCOMPARE(claimed->id, id);
        QVERIFY(claimed->outcomeUnknown);
        QCOMPARE(claimed->attempts, 2);
    }

    void jobsOfOneStoryAndTargetRunInOrder()
    {
        TestDatabase db;
        PublishJobRepository jobs(*db);
        const qint64 story = addStory(*db, "Order");
        const qint64 site = addTarget(*db, "site");
        const qint64 wire = addTarget(*db, "wire");
        const PublishJob publish = TAKE(jobs.enqueue(story, site, PublishAction::Publish));
        const PublishJob unpublish = TAKE(jobs.enqueue(story, site, PublishAction::Unpublish));
        const PublishJob toWire = TAKE(jobs.enqueue(story, wire, PublishAction::Publish));
        QCOMPARE(TAKE(jobs.claimNext())->id, publish.id);
        // The unpublish waits while the publish is sending; another target does not.
        QCOMPARE(TAKE(jobs.claimNext())->id, toWire.id);
        QVERIFY(!TAKE(jobs.claimNext()).has_value());
        QVERIFY(jobs.retryLater(publish.id, QDateTime::currentDateTimeUtc().addSecs(60), QStringLiteral("429"), false)
                    .ok());
        QVERIFY(!TAKE(jobs.claimNext()).has_value());
        QCOMPARE(TAKE(jobs.claimNext(QDateTime::currentDateTimeUtc().addSecs(61)))->id, publish.id);
        QVERIFY(jobs.markFailed(publish.id, QStringLiteral("The password was refused.")).ok());
        QCOMPARE(TAKE(jobs.claimNext())->id, unpublish.id);
        QCOMPARE(TAKE(jobs.load(publish.id)).state, PublishJobState::Failed);
        QCOMPARE(TAKE(jobs.load(publish.id)).lastError, QStringLiteral("The password was refused."));
    }

    void listShowsTheStorysJobsNewestFirst()
    {
        TestDatabase db;
        PublishJobRepository jobs(*db);
        const qint64 story = addStory(*db, "History");
        const qint64 site = addTarget(*db, "site");
        const PublishJob first = TAKE(jobs.enqueue(story, site, PublishAction::Publish));
        QVERIFY(jobs.markDone(first.id).ok());
        const PublishJob second = TAKE(jobs.enqueue(story, site, PublishAction::Publish));
        QVERIFY(second.id != first.id);
        const QList<PublishJob> all = TAKE(jobs.list(story));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, second.id);
        QCOMPARE(TAKE(jobs.unfinished()).size(), 1);
    }

    void aJobForAMissingStoryIsRefused()
    {
        TestDatabase db;
        auto job = PublishJobRepository(*db).enqueue(999, addTarget(*db, "site"), PublishAction::Publish);
        QVERIFY(!job.ok());
        QVERIFY(!job.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(PublishJobRepositoryTest)
#include "tst_publishjobrepository.moc"
