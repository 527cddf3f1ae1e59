// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishfixture.h"
#include "publishjobrepository.h"
#include "publishlogrepository.h"

#include <QTest>

class PublishLogRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldOfALineIsKept()
    {
        TestDatabase db;
        const qint64 story = addStory(*db, "Logged");
        const qint64 site = addTarget(*db, "site");
        const PublishJob job = TAKE(PublishJobRepository(*db).enqueue(story, site, PublishAction::Publish));
        PublishLogEntry e;
        e.articleId = story;
        e.targetId = site;
        e.jobId = job.id;
        e.at = QDateTime(QDate(2026, 5, 21), QTime(10, 0, 0, 5), QTimeZone::UTC);
        e.outcome = PublishOutcome::Succeeded;
        e.httpStatus = 201;
        e.remoteId = QStringLiteral("42");
        e.remoteUrl = QUrl(QStringLiteral("https://news.example/?p=42"));
        e.message = QStringLiteral("Published.");
        const PublishLogEntry stored = TAKE(PublishLogRepository(*db).append(e));
        QVERIFY(stored.id > 0);
        db.reopen();
        const QList<PublishLogEntry> lines = TAKE(PublishLogRepository(*db).list(story));
        QCOMPARE(lines.size(), 1);
        PublishLogEntry expected = e;
        expected.id = stored.id;
        expected.targetName = QStringLiteral("site");
        QCOMPARE(lines.constFirst(), expected);
    }

    void linesComeNewestFirstAndOnlyForTheirStory()
    {
        TestDatabase db;
        PublishLogRepository log(*db);
        const qint64 story = addStory(*db, "Many");
        const qint64 other = addStory(*db, "Other");
        const qint64 site = addTarget(*db, "site");
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
        const PublishOutcome outcomes[] = {PublishOutcome::Unknown, PublishOutcome::Retrying,
                                           PublishOutcome::Succeeded};
        for (int i = 0; i < 3; ++i) {
            PublishLogEntry e;
            e.articleId = story;
            e.targetId = site;
            e.at = t0.addSecs(i);
            e.outcome = outcomes[i];
            QVERIFY(log.append(e).ok());
        }
        QVERIFY(log.append(PublishLogEntry{0, other, site, {}, 0, {}, PublishOutcome::Failed, 500, {}, {}, {}}).ok());
        const QList<PublishLogEntry> lines = TAKE(log.list(story));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).outcome, PublishOutcome::Succeeded);
        QCOMPARE(lines.at(2).outcome, PublishOutcome::Unknown);
        QCOMPARE(lines.at(2).httpStatus, 0);
        QVERIFY(lines.at(0).at > lines.at(1).at);
    }

    void aLineWithoutTimeIsStampedNow()
    {
        TestDatabase db;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const PublishLogEntry stored = TAKE(PublishLogRepository(*db).append(
            PublishLogEntry{0, addStory(*db, "Now"), 0, {}, 0, {}, PublishOutcome::Failed, 0, {}, {}, {}}));
        QVERIFY(stored.at >= before);
        QVERIFY(stored.at <= QDateTime::currentDateTimeUtc());
    }

    void linesOutliveTheirTargetAndJob()
    {
        TestDatabase db;
        const qint64 story = addStory(*db, "Outlive");
        const qint64 site = addTarget(*db, "site");
        const PublishJob job = TAKE(PublishJobRepository(*db).enqueue(story, site, PublishAction::Publish));
        QVERIFY(PublishLogRepository(*db)
                    .append(PublishLogEntry{0,
                                            story,
                                            site,
                                            {},
                                            job.id,
                                            {},
                                            PublishOutcome::Failed,
                                            401,
                                            {},
                                            {},
                                            QStringLiteral("The password was refused.")})
                    .ok());
        QVERIFY(PublishTargetRepository(*db).remove(site).ok());
        const QList<PublishLogEntry> lines = TAKE(PublishLogRepository(*db).list(story));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst().targetId, 0);
        QCOMPARE(lines.constFirst().targetName, QString());
        QCOMPARE(lines.constFirst().jobId, 0);
        QCOMPARE(lines.constFirst().httpStatus, 401);
    }

    void outcomeKeysRoundTrip()
    {
        for (auto o : {PublishOutcome::Succeeded, PublishOutcome::Retrying, PublishOutcome::Failed,
                       PublishOutcome::Unknown, PublishOutcome::Conflict}) {
            QCOMPARE(publishOutcomeFromKey(publishOutcomeKey(o)), o);
            QVERIFY(!publishOutcomeDisplayName(o).isEmpty());
        }
        QVERIFY(!publishOutcomeFromKey(u"nonsense").has_value());
    }
};

QTEST_GUILESS_MAIN(PublishLogRepositoryTest)
#include "tst_publishlogrepository.moc"
