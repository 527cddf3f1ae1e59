// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishqueue.h"

#include "articleremoterepository.h"
#include "httpclient.h"
#include "publishjobrepository.h"
#include "publishlogrepository.h"
#include "publishpayloadbuilder.h"
#include "publishtargetrepository.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PublishQueue)
};

using namespace std::chrono;

} // namespace

PublishQueue::PublishQueue(Database &db, EndpointFactory factory, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_factory(std::move(factory))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublishQueue::runNext);
}

PublishQueue::~PublishQueue() = default;

void PublishQueue::setBackoff(milliseconds initial, milliseconds maximum)
{
    m_initialDelay = initial;
    m_maximumDelay = maximum;
}

milliseconds PublishQueue::backoff(int attempts) const
{
    const int doublings = std::clamp(attempts - 1, 0, 20);
    return std::min<milliseconds>(m_maximumDelay, m_initialDelay * (qint64(1) << doublings));
}

bool PublishQueue::check(const Result<void> &result)
{
    if (!result)
        Q_EMIT storageFailed(result.error());
    return result.ok();
}

void PublishQueue::start()
{
    auto recovered = PublishJobRepository(m_db).recoverInterrupted();
    if (!recovered)
        Q_EMIT storageFailed(recovered.error());
    else if (*recovered > 0)
        qCInfo(lcPublishNet) << *recovered
                             << "publishing job(s) were cut off by a crash; they will look before they create";
    scheduleNext();
}

Result<PublishJob> PublishQueue::enqueue(qint64 articleId, qint64 targetId, PublishAction action, bool overwriteRemote)
{
    auto job = PublishJobRepository(m_db).enqueue(articleId, targetId, action, 0, overwriteRemote);
    if (job)
        scheduleNext();
    return job;
}

// One timer for the next due job; nothing runs while a job is in flight.
void PublishQueue::scheduleNext()
{
    if (isBusy())
        return;
    auto due = PublishJobRepository(m_db).nextDue();
    if (!due) {
        Q_EMIT storageFailed(due.error());
        return;
    }
    if (!due->has_value()) {
        m_timer.stop();
        Q_EMIT idle();
        return;
    }
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(**due));
    m_timer.start(milliseconds(wait));
    if (wait > 0)
        Q_EMIT idle();
}

void PublishQueue::runNext()
{
    if (isBusy())
        return;
    PublishJobRepository jobs(m_db);
    auto claimed = jobs.claimNext();
    if (!claimed) {
        Q_EMIT storageFailed(claimed.error());
        return;
    }
    if (!claimed->has_value()) {
        scheduleNext();
        return;
    }
    m_current = **claimed;
    Q_EMIT jobStarted(m_current);
    auto target = PublishTargetRepository(m_db).find(m_current.targetId);
    if (!target) {
        EndpointResult result;
        result.message = target.error().message;
        finishAttempt(m_current, result);
        return;
    }
    const PublishJob job = m_current;
    m_factory(
        *target,
        [this, job, target = *target](std::unique_ptr<PublishEndpoint> endpoint, const QString &error, bool retryable) {
            if (!endpoint) {
                EndpointResult result;
                result.message = error;
                result.retryable = retryable;
                finishAttempt(job, result);
                return;
            }
            m_endpoint = std::move(endpoint);
            attempt(job, target);
        });
}

void PublishQueue::attempt(PublishJob job, const PublishTarget &target)
{
    auto payload = PublishPayloadBuilder::build(m_db, job.articleId);
    if (!payload) {
        EndpointResult result;
        result.message = payload.error().message;
        finishAttempt(job, result);
        return;
    }
    auto stored = ArticleRemoteRepository(m_db).find(job.articleId, job.targetId);
    if (!stored) {
        Q_EMIT storageFailed(stored.error());
        EndpointResult result;
        result.message = stored.error().message;
        result.retryable = true;
        finishAttempt(job, result);
        return;
    }
    RemoteState remote;
    if (stored->has_value()) {
        remote.remoteId = (*stored)->remoteId;
        remote.remoteModified = (*stored)->remoteModified;
    }
    remote.outcomeUnknown = job.outcomeUnknown;
    remote.overwriteRemote = job.overwriteRemote;

    // A crash from here until the remote id is stored leaves the job marked: look before creating.
    if (remote.remoteId.isEmpty() && job.action == PublishAction::Publish
        && !check(PublishJobRepository(m_db).setOutcomeUnknown(job.id, true))) {
        EndpointResult result;
        result.retryable = true;
        finishAttempt(job, result);
        return;
    }

    PublishEndpoint *endpoint = m_endpoint.get();
    connect(endpoint, &PublishEndpoint::remoteCreated, this, [this, job](const QString &remoteId, const QUrl &url) {
        ArticleRemote record;
        auto existing = ArticleRemoteRepository(m_db).find(job.articleId, job.targetId);
        if (existing && existing->has_value())
            record = **existing;
        record.articleId = job.articleId;
        record.targetId = job.targetId;
        record.remoteId = remoteId;
        if (url.isValid())
            record.url = url;
        if (check(ArticleRemoteRepository(m_db).save(record)))
            check(PublishJobRepository(m_db).setOutcomeUnknown(job.id, false));
    });
    connect(endpoint, &PublishEndpoint::progress, this,
            [this, job](const QString &step) { Q_EMIT progress(job, step); });
    connect(endpoint, &PublishEndpoint::finished, this,
            [this, job](const EndpointResult &result) { finishAttempt(job, result); });
    qCInfo(lcPublishNet) << "job" << job.id << publishActionKey(job.action) << "article" << job.articleId << "to"
                         << target.name << "attempt" << job.attempts;
    if (job.action == PublishAction::Publish)
        endpoint->publish(*payload, remote);
    else
        endpoint->unpublish(*payload, remote);
}

void PublishQueue::record(const PublishJob &job, PublishOutcome outcome, const EndpointResult &result)
{
    PublishLogEntry entry;
    entry.articleId = job.articleId;
    entry.targetId = job.targetId;
    entry.jobId = job.id;
    entry.outcome = outcome;
    entry.httpStatus = result.httpStatus;
    entry.remoteId = result.remoteId;
    entry.remoteUrl = result.url;
    entry.message = result.message;
    auto appended = PublishLogRepository(m_db).append(entry);
    if (!appended)
        Q_EMIT storageFailed(appended.error());
}

void PublishQueue::finishAttempt(const PublishJob &job, const EndpointResult &result)
{
    PublishJobRepository jobs(m_db);
    PublishOutcome outcome = PublishOutcome::Failed;
    if (result.succeeded()) {
        ArticleRemote remote;
        auto existing = ArticleRemoteRepository(m_db).find(job.articleId, job.targetId);
        if (existing && existing->has_value())
            remote = **existing;
        remote.articleId = job.articleId;
        remote.targetId = job.targetId;
        if (!result.remoteId.isEmpty())
            remote.remoteId = result.remoteId;
        if (result.url.isValid())
            remote.url = result.url;
        if (result.remoteModified.isValid())
            remote.remoteModified = result.remoteModified;
        remote.revisionId = job.revisionId;
        remote.published = QDateTime::currentDateTimeUtc();
        if (!remote.remoteId.isEmpty())
            check(ArticleRemoteRepository(m_db).save(remote));
        check(jobs.markDone(job.id));
        outcome = PublishOutcome::Succeeded;
    } else if (result.kind == EndpointResult::Kind::Conflict) {
        check(jobs.markFailed(job.id, result.message));
        outcome = PublishOutcome::Conflict;
    } else if (result.retryable && job.attempts < m_maxAttempts) {
        milliseconds wait = backoff(job.attempts);
        if (result.retryAfter)
            wait = std::max<milliseconds>(wait, std::min<milliseconds>(*result.retryAfter, hours(6)));
        const bool unknown = result.kind == EndpointResult::Kind::Unknown || job.outcomeUnknown;
        auto stored = ArticleRemoteRepository(m_db).find(job.articleId, job.targetId);
        const bool haveId = stored && stored->has_value();
        check(jobs.retryLater(job.id, QDateTime::currentDateTimeUtc().addMSecs(wait.count()), result.message,
                              unknown && !haveId));
        outcome = result.kind == EndpointResult::Kind::Unknown ? PublishOutcome::Unknown : PublishOutcome::Retrying;
    } else {
        const QString message = result.retryable
            ? Tr::tr("Given up after %n attempts: %1", nullptr, job.attempts).arg(result.message)
            : result.message;
        check(jobs.markFailed(job.id, message));
    }
    record(job, outcome, result);

    auto reloaded = jobs.load(job.id);
    const PublishJob finished = reloaded ? *reloaded : job;
    m_current = {};
    if (m_endpoint) {
        m_endpoint->disconnect(this);
        m_endpoint.release()->deleteLater();
    }
    Q_EMIT attemptFinished(finished, outcome, result);
    if (outcome == PublishOutcome::Conflict)
        Q_EMIT conflict(finished, result);
    scheduleNext();
}
