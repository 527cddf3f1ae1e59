// SPDX-License-Identifier: GPL-3.0-or-later
// After a publish or unpublish the story's status follows the site: through the workflow's own
// move when it has one (by the editor, in the history), directly when the site got ahead of the
// workflow (a draft published straight away, a login with no profile); the published time is set.

#include "articlerepository.h"
#include "publishedstatus.h"
#include "revisionhistory.h"
#include "testdatabase.h"
#include "userrepository.h"

#include <QTest>

using S = ArticleStatus;
using K = EndpointResult::Kind;

class TestPublishedStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStatusFollowsWhatTheSiteNowShows_data()
    {
        QTest::addColumn<S>("current");
        QTest::addColumn<PublishAction>("action");
        QTest::addColumn<K>("kind");
        QTest::addColumn<std::optional<S>>("expected");
        const auto row = [](const char *name, S current, PublishAction action, K kind, std::optional<S> expected) {
            QTest::newRow(name) << current << action << kind << expected;
        };
        row("ready goes live", S::Ready, PublishAction::Publish, K::Live, S::Published);
        row("scheduled goes live early", S::Scheduled, PublishAction::Publish, K::Live, S::Published);
        row("draft goes live", S::Draft, PublishAction::Publish, K::Live, S::Published);
        row("republished", S::Published, PublishAction::Publish, K::Live, S::Updated);
        row("republished again", S::Updated, PublishAction::Publish, K::Live, std::nullopt);
        row("back after unpublishing", S::Unpublished, PublishAction::Publish, K::Live, S::Published);
        row("ready scheduled", S::Ready, PublishAction::Publish, K::Scheduled, S::Scheduled);
        row("scheduled again", S::Scheduled, PublishAction::Publish, K::Scheduled, std::nullopt);
        row("taken off", S::Published, PublishAction::Unpublish, K::Unpublished, S::Unpublished);
        row("update taken off", S::Updated, PublishAction::Unpublish, K::Unpublished, S::Unpublished);
        row("schedule withdrawn", S::Scheduled, PublishAction::Unpublish, K::Unpublished, S::Ready);
        row("draft taken off", S::Draft, PublishAction::Unpublish, K::Unpublished, std::nullopt);
        row("conflict", S::Ready, PublishAction::Publish, K::Conflict, std::nullopt);
    }
    void theStatusFollowsWhatTheSiteNowShows()
    {
        QFETCH(S, current);
        QFETCH(PublishAction, action);
        QFETCH(K, kind);
        QFETCH(std::optional<S>, expected);
        QCOMPARE(PublishedStatus::after(current, action, kind), expected);
    }

    void anEditorPublishingAReadyStoryMakesTheWorkflowsMove()
    {
        TestDatabase db;
        TAKE(UserRepository(*db).ensure(QStringLiteral("ada"), QStringLiteral("Ada")));
        Article a;
        a.headline = QStringLiteral("Council votes");
        a.status = S::Ready;
        a = TAKE(ArticleRepository(*db).create(a));
        const auto moved = TAKE(PublishedStatus::follow(*db, a.id, PublishAction::Publish, K::Live,
                                                        QStringLiteral("ada"), QStringLiteral("Site")));
        QVERIFY(moved.has_value());
        QCOMPARE(moved->status, S::Published);
        QVERIFY(moved->published.isValid());
        const Article stored = TAKE(ArticleRepository(*db).load(a.id));
        QCOMPARE(stored.status, S::Published);
        const RevisionEntry latest = TAKE(RevisionHistory(*db).entries(a.id)).constFirst();
        QCOMPARE(latest.revision.who, QStringLiteral("ada"));
        QCOMPARE(latest.revision.statusFrom, std::optional(S::Ready));
        QCOMPARE(latest.revision.statusTo, std::optional(S::Published));
        QVERIFY2(latest.note.contains(QStringLiteral("Site")), qPrintable(latest.note));
    }

    void aDraftPublishedByAScriptIsRecordedAsPublishedAllTheSame()
    {
        TestDatabase db;
        Article a;
        a.headline = QStringLiteral("Storm warning");
        a = TAKE(ArticleRepository(*db).create(a));
        const auto moved = TAKE(PublishedStatus::follow(*db, a.id, PublishAction::Publish, K::Live,
                                                        QStringLiteral("cron"), QStringLiteral("Wire")));
        QVERIFY(moved.has_value());
        const Article stored = TAKE(ArticleRepository(*db).load(a.id));
        QCOMPARE(stored.status, S::Published);
        QVERIFY(stored.published.isValid());
        const RevisionEntry latest = TAKE(RevisionHistory(*db).entries(a.id)).constFirst();
        QCOMPARE(latest.revision.who, QStringLiteral("cron"));
        QCOMPARE(latest.revision.statusTo, std::optional(S::Published));
    }

    void aScheduledPostTakesItsTimeAsThePublicationTime()
    {
        TestDatabase db;
        TAKE(UserRepository(*db).ensure(QStringLiteral("ada"), QStringLiteral("Ada")));
        Article a;
        a.headline = QStringLiteral("Budget embargoed");
        a.status = S::Ready;
        a.scheduled = QDateTime::currentDateTimeUtc().addDays(1);
        a = TAKE(ArticleRepository(*db).create(a));
        TAKE(PublishedStatus::follow(*db, a.id, PublishAction::Publish, K::Scheduled, QStringLiteral("ada"),
                                     QStringLiteral("Site")));
        const Article stored = TAKE(ArticleRepository(*db).load(a.id));
        QCOMPARE(stored.status, S::Scheduled);
        QCOMPARE(stored.published.toSecsSinceEpoch(), a.scheduled.toSecsSinceEpoch());
    }

    void nothingChangesWhenTheStatusAlreadySaysSo()
    {
        TestDatabase db;
        Article a;
        a.headline = QStringLiteral("Old news");
        a = TAKE(ArticleRepository(*db).create(a));
        const int revisions = int(TAKE(RevisionHistory(*db).entries(a.id)).size());
        const auto moved = TAKE(PublishedStatus::follow(*db, a.id, PublishAction::Unpublish, K::Unpublished,
                                                        QStringLiteral("ada"), QStringLiteral("Site")));
        QVERIFY(!moved.has_value());
        QCOMPARE(TAKE(RevisionHistory(*db).entries(a.id)).size(), revisions);
    }
};

QTEST_GUILESS_MAIN(TestPublishedStatus)
#include "tst_publishedstatus.moc"
