// SPDX-License-Identifier: GPL-3.0-or-later
// The publishing queue against the real WordPress of the fixture: jobs survive a restart and go
// out when the site answers again, Retry-After is honoured, an unknown outcome leads to a lookup,
// a remote edit asks before overwriting, and every attempt is logged on the article.

#include "articleremoterepository.h"
#include "faultproxy.h"
#include "publishjobrepository.h"
#include "publishlogrepository.h"
#include "publishqueue.h"
#include "publishtargetrepository.h"
#include "publishtesthelpers.h"
#include "wordpressendpoint.h"

#include <QElapsedTimer>
#include <QUuid>

using namespace std::chrono_literals;

class TestPublishQueue : public QObject
{
    Q_OBJECT

private:
    WordPressSite m_site;

    QString uniqueSlug(const QString &base) { return base + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8); }

    qint64 addTarget(Database &db, const QUrl &endpoint)
    {
        PublishTarget target;
        target.name = QStringLiteral("Test site");
        target.kind = PublishTargetKind::WordPress;
        target.endpoint = endpoint;
        target.user = m_site.user;
        return TAKE(PublishTargetRepository(db).add(target)).id;
    }

    // Endpoints to `root` (the fixture's REST root, or a proxy's) with the fixture's password.
    PublishQueue::EndpointFactory factoryFor(const QUrl &root)
    {
        return [this, root](const PublishTarget &target, PublishQueue::EndpointDone done) {
            auto endpoint = std::make_unique<WordPressEndpoint>(root, target.user, m_site.password);
            endpoint->http().setTransferTimeout(1500ms);
            done(std::move(endpoint), QString(), false);
        };
    }

    // Waits until the job is done or given up; returns every attempt's outcome.
    QList<PublishOutcome> runUntilSettled(PublishQueue &queue, qint64 jobId, int timeoutMs = 60000)
    {
        QList<PublishOutcome> outcomes;
        bool settled = false;
        QObject context;
        connect(&queue, &PublishQueue::attemptFinished, &context,
                [&](const PublishJob &job, PublishOutcome outcome, const EndpointResult &) {
                    if (job.id != jobId)
                        return;
                    outcomes << outcome;
                    settled = outcome != PublishOutcome::Retrying && outcome != PublishOutcome::Unknown;
                });
        if (!QTest::qWaitFor([&] { return settled; }, timeoutMs))
            qWarning() << "the job did not settle; outcomes so far:" << outcomes.size();
        return outcomes;
    }

private Q_SLOTS:
    void initTestCase() { m_site = WordPressSite::fromFixture(); }

    void backoffDoublesUpToItsCeiling()
    {
        TestDatabase db;
        PublishQueue queue(*db, {});
        queue.setBackoff(1s, 10s);
        QCOMPARE(queue.backoff(1), 1000ms);
        QCOMPARE(queue.backoff(2), 2000ms);
        QCOMPARE(queue.backoff(4), 8000ms);
        QCOMPARE(queue.backoff(5), 10000ms);
        QCOMPARE(queue.backoff(40), 10000ms);
    }

    void aJobSurvivesARestartAndGoesOutWhenTheSiteAnswers()
    {
        TestDatabase db;
        const QString slug = uniqueSlug(QStringLiteral("restart"));
        const Article article = makeSampleArticle(*db, slug);
        const qint64 target = addTarget(*db, m_site.restRoot);
        qint64 jobId = 0;
        {
            // The site is unreachable: nothing listens on the address.
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            QUrl down = m_site.restRoot;
            down.setPort(closed.serverPort());
            closed.close();
            PublishQueue queue(*db, factoryFor(down));
            queue.setBackoff(300ms, 300ms);
            jobId = TAKE(queue.enqueue(article.id, target, PublishAction::Publish)).id;
            QSignalSpy attempts(&queue, &PublishQueue::attemptFinished);
            queue.start();
            QVERIFY(attempts.wait(20000));
            QCOMPARE(attempts.first().at(1).value<PublishOutcome>(), PublishOutcome::Retrying);
        }
        // Everything destroyed; the program starts again on the same database.
        db.reopen();
        QCOMPARE(TAKE(PublishJobRepository(*db).load(jobId)).state, PublishJobState::Pending);
        PublishQueue queue(*db, factoryFor(m_site.restRoot));
        queue.start();
        QCOMPARE(runUntilSettled(queue, jobId), QList<PublishOutcome>{PublishOutcome::Succeeded});

        QCOMPARE(m_site.postsWithSlug(slug).size(), 1);
        QCOMPARE(TAKE(PublishJobRepository(*db).load(jobId)).state, PublishJobState::Done);
        const auto remote = TAKE(ArticleRemoteRepository(*db).find(article.id, target));
        QVERIFY(remote.has_value());
        QCOMPARE(remote->remoteId,
                 QString::number(m_site.postsWithSlug(slug).at(0).toObject().value(u"id").toInteger()));
        QVERIFY(remote->url.isValid());
        QVERIFY(remote->remoteModified.isValid());

        const auto log = TAKE(PublishLogRepository(*db).list(article.id));
        QCOMPARE(log.size(), 2); // newest first
        QCOMPARE(log.at(0).outcome, PublishOutcome::Succeeded);
        QCOMPARE(log.at(0).httpStatus, 200);
        QCOMPARE(log.at(0).remoteId, remote->remoteId);
        QCOMPARE(log.at(0).remoteUrl, remote->url);
        QCOMPARE(log.at(0).targetId, target);
        QVERIFY(log.at(0).at.isValid());
        QCOMPARE(log.at(1).outcome, PublishOutcome::Retrying);
        QCOMPARE(log.at(1).httpStatus, 0);
        QVERIFY(!log.at(1).message.isEmpty());
    }

    void retryAfterIsHonoured()
    {
        TestDatabase db;
        const QString slug = uniqueSlug(QStringLiteral("retry-after"));
        const Article article = makeSampleArticle(*db, slug);
        const qint64 target = addTarget(*db, m_site.restRoot);
        FaultProxy proxy(m_site.url);
        FaultProxy::Rule busy("POST", "rest_route=/wp/v2/posts", FaultProxy::Fault::Status429);
        busy.retryAfter = "2";
        proxy.addRule(busy);
        PublishQueue queue(*db, factoryFor(proxy.restRoot()));
        queue.setBackoff(100ms, 100ms);
        QElapsedTimer clock;
        QList<qint64> attemptTimes;
        connect(&queue, &PublishQueue::jobStarted, this, [&] { attemptTimes << clock.elapsed(); });
        clock.start();
        const qint64 jobId = TAKE(queue.enqueue(article.id, target, PublishAction::Publish)).id;
        queue.start();
        QCOMPARE(runUntilSettled(queue, jobId),
                 (QList<PublishOutcome>{PublishOutcome::Retrying, PublishOutcome::Succeeded}));
        QCOMPARE(attemptTimes.size(), 2);
        QVERIFY2(attemptTimes.at(1) - attemptTimes.at(0) >= 1900,
                 qPrintable(QString::number(attemptTimes.at(1) - attemptTimes.at(0))));
        QCOMPARE(TAKE(PublishLogRepository(*db).list(article.id)).constLast().httpStatus, 429);
        QCOMPARE(m_site.postsWithSlug(slug).size(), 1);
    }

    void anUnansweredCreateIsLookedUpBeforeTheRetry()
    {
        TestDatabase db;
        const QString slug = uniqueSlug(QStringLiteral("queue-unknown"));
        const Article article = makeSampleArticle(*db, slug);
        const qint64 target = addTarget(*db, m_site.restRoot);
        FaultProxy proxy(m_site.url);
        FaultProxy::Rule silent("POST", "rest_route=/wp/v2/posts", FaultProxy::Fault::SilentAfterForward);
        proxy.addRule(silent);
        PublishQueue queue(*db, factoryFor(proxy.restRoot()));
        queue.setBackoff(100ms, 100ms);
        const int postsBefore = m_site.postCount();
        const qint64 jobId = TAKE(queue.enqueue(article.id, target, PublishAction::Publish)).id;
        queue.start();
        QCOMPARE(runUntilSettled(queue, jobId),
                 (QList<PublishOutcome>{PublishOutcome::Unknown, PublishOutcome::Succeeded}));
        QCOMPARE(m_site.postsWithSlug(slug).size(), 1);
        QCOMPARE(m_site.postCount(), postsBefore + 1);
        QVERIFY(!TAKE(PublishJobRepository(*db).load(jobId)).outcomeUnknown);
    }

    void aRemoteEditAsksBeforeOverwritingAndRepublishKeepsThePost()
    {
        TestDatabase db;
        const QString slug = uniqueSlug(QStringLiteral("queue-conflict"));
        const Article article = makeSampleArticle(*db, slug);
        const qint64 target = addTarget(*db, m_site.restRoot);
        PublishQueue queue(*db, factoryFor(m_site.restRoot));
        queue.start();
        const qint64 first = TAKE(queue.enqueue(article.id, target, PublishAction::Publish)).id;
        QCOMPARE(runUntilSettled(queue, first), QList<PublishOutcome>{PublishOutcome::Succeeded});
        const QString id = TAKE(ArticleRemoteRepository(*db).find(article.id, target))->remoteId;
        const int posts = m_site.postCount();

        // Republish without a remote edit: the same post, no new one.
        const qint64 again = TAKE(queue.enqueue(article.id, target, PublishAction::Publish)).id;
        QCOMPARE(runUntilSettled(queue, again), QList<PublishOutcome>{PublishOutcome::Succeeded});
        QCOMPARE(TAKE(ArticleRemoteRepository(*db).find(article.id, target))->remoteId, id);
        QCOMPARE(m_site.postCount(), posts);

        QTest::qWait(1100);
        QVERIFY(m_site
                    .call("POST", QStringLiteral("wp/v2/posts/") + id, {},
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("Fixed on the site")}})
                    .ok());
        QSignalSpy asked(&queue, &PublishQueue::conflict);
        const qint64 third = TAKE(queue.enqueue(article.id, target, PublishAction::Publish)).id;
        QCOMPARE(runUntilSettled(queue, third), QList<PublishOutcome>{PublishOutcome::Conflict});
        QCOMPARE(asked.size(), 1);

        const qint64 agreed = TAKE(queue.enqueue(article.id, target, PublishAction::Publish, true)).id;
        QCOMPARE(runUntilSettled(queue, agreed), QList<PublishOutcome>{PublishOutcome::Succeeded});
        QCOMPARE(
            m_site
                .call("GET", QStringLiteral("wp/v2/posts/") + id, {{QStringLiteral("context"), QStringLiteral("edit")}})
                .json()
                .object()
                .value(u"title")
                .toObject()
                .value(u"raw")
                .toString(),
            article.headline);

        const qint64 off = TAKE(queue.enqueue(article.id, target, PublishAction::Unpublish)).id;
        QCOMPARE(runUntilSettled(queue, off), QList<PublishOutcome>{PublishOutcome::Succeeded});
        QCOMPARE(m_site.postsWithSlug(slug).at(0).toObject().value(u"status").toString(), QStringLiteral("draft"));
        QCOMPARE(m_site.postCount(), posts);
    }
};

QTEST_GUILESS_MAIN(TestPublishQueue)
#include "tst_publishqueue.moc"
