// SPDX-License-Identifier: GPL-3.0-or-later
// A story's publishing attempts in its history: one row each, newest first, with target, outcome,
// HTTP status, address and message; never selectable (nothing to compare or restore); and the
// history panel lists them under the revisions.

#include "articlerepository.h"
#include "historypanel.h"
#include "publishjobrepository.h"
#include "publishlogmodel.h"
#include "publishlogrepository.h"
#include "publishtargetrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>

namespace {

struct Story {
    qint64 id = 0;
    qint64 target = 0;
};

Story storyWithTarget(Database &db)
{
    Article a;
    a.headline = QStringLiteral("Ferry timetable changes");
    Story s;
    s.id = TAKE(ArticleRepository(db).create(a)).id;
    PublishTarget t;
    t.name = QStringLiteral("Main site");
    t.kind = PublishTargetKind::WordPress;
    t.endpoint = QUrl(QStringLiteral("https://news.example/"));
    t.user = QStringLiteral("desk");
    s.target = TAKE(PublishTargetRepository(db).add(t)).id;
    return s;
}

void logAttempt(Database &db, const Story &s, const QDateTime &at, PublishOutcome outcome, int http, const QString &url,
                const QString &message)
{
    const PublishJob job = TAKE(PublishJobRepository(db).enqueue(s.id, s.target, PublishAction::Publish));
    PublishLogEntry e;
    e.articleId = s.id;
    e.targetId = s.target;
    e.jobId = job.id;
    e.at = at;
    e.outcome = outcome;
    e.httpStatus = http;
    e.remoteUrl = QUrl(url);
    e.message = message;
    TAKE(PublishLogRepository(db).append(e));
}

} // namespace

class TestPublishLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attemptsAreListedNewestFirstWithWhatHappened()
    {
        TestDatabase db;
        const Story s = storyWithTarget(*db);
        const QDateTime first(QDate(2026, 5, 21), QTime(9, 0), QTimeZone::UTC);
        logAttempt(*db, s, first, PublishOutcome::Retrying, 0, {}, QStringLiteral("The site did not answer."));
        logAttempt(*db, s, first.addSecs(60), PublishOutcome::Succeeded, 201,
                   QStringLiteral("https://news.example/?p=7"), QStringLiteral("Published."));

        PublishLogModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setArticle(s.id));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PublishLogModel::ColumnCount));
        const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, PublishLogModel::TargetColumn), QStringLiteral("Main site"));
        QCOMPARE(cell(0, PublishLogModel::OutcomeColumn), publishOutcomeDisplayName(PublishOutcome::Succeeded));
        QCOMPARE(cell(0, PublishLogModel::HttpColumn), QStringLiteral("201"));
        QCOMPARE(cell(0, PublishLogModel::AddressColumn), QStringLiteral("https://news.example/?p=7"));
        QCOMPARE(cell(0, PublishLogModel::MessageColumn), QStringLiteral("Published."));
        QCOMPARE(cell(1, PublishLogModel::OutcomeColumn), publishOutcomeDisplayName(PublishOutcome::Retrying));
        QCOMPARE(cell(1, PublishLogModel::HttpColumn), QStringLiteral("no answer"));
        QCOMPARE(model.index(0, 0).data(PublishLogModel::OutcomeRole).toInt(), int(PublishOutcome::Succeeded));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEnabled);
        QVERIFY(!model.headerData(PublishLogModel::HttpColumn, Qt::Horizontal).toString().isEmpty());

        logAttempt(*db, s, first.addSecs(120), PublishOutcome::Failed, 403, {}, QStringLiteral("Forbidden."));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(0, PublishLogModel::MessageColumn), QStringLiteral("Forbidden."));

        QVERIFY(model.setArticle(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void theHistoryPanelListsTheAttemptsUnderTheRevisions()
    {
        TestDatabase db;
        const Story s = storyWithTarget(*db);
        logAttempt(*db, s, QDateTime::currentDateTimeUtc(), PublishOutcome::Succeeded, 200,
                   QStringLiteral("https://news.example/?p=9"), QStringLiteral("Published."));
        HistoryPanel panel(*db);
        panel.show();
        panel.setArticle(s.id);
        auto *list = panel.findChild<QTableView *>(QStringLiteral("publishLogList"));
        QVERIFY(list);
        QCOMPARE(list->model(), panel.publishLog());
        QVERIFY(!list->accessibleName().isEmpty());
        QCOMPARE(list->selectionMode(), QAbstractItemView::NoSelection);
        QCOMPARE(panel.publishLog()->rowCount(), 1);

        logAttempt(*db, s, QDateTime::currentDateTimeUtc(), PublishOutcome::Failed, 500, {}, QStringLiteral("Oops."));
        panel.reload();
        QCOMPARE(panel.publishLog()->rowCount(), 2);
    }
};

QTEST_MAIN(TestPublishLogModel)
#include "tst_publishlogmodel.moc"
