// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishtypes.h"
#include "storageerror.h"

#include <QList>

#include <optional>

class Database;

/// The publishing queue. A job is written before any request goes out and survives a restart;
/// the runner claims due jobs one at a time and reports back how each attempt ended.
///
/// Life of a job: enqueue() → Pending → claimNext() → Sending → markDone() / markFailed() /
/// retryLater() (Pending again, due at a later time). A job still Sending when the program starts
/// was cut off by a crash: recoverInterrupted() makes it Pending with outcomeUnknown set, so the
/// runner looks the item up on the target before it creates anything again.
class PublishJobRepository
{
public:
    explicit PublishJobRepository(Database &db);

    /// Queues `action` of the article to the target, due now. An unfinished job for the same
    /// article, target and action is reused rather than doubled (a pending one takes the new
    /// revision and consent); the returned job says which.
    Result<PublishJob> enqueue(qint64 articleId, qint64 targetId, PublishAction action, qint64 revisionId = 0,
                               bool overwriteRemote = false);

    /// Takes the oldest due Pending job, marks it Sending and counts the attempt; nullopt when
    /// nothing is due. Jobs of one article and target run in order and never two at a time.
    Result<std::optional<PublishJob>> claimNext(const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// The job reached its goal; clears outcomeUnknown and the last error.
    Result<void> markDone(qint64 jobId);
    /// Given up for good (a rejected password, a checklist failure, too many attempts).
    Result<void> markFailed(qint64 jobId, const QString &error);
    /// Back to Pending, due at `nextAttempt` (UTC). Pass outcomeUnknown when the last request may
    /// have changed the remote without an answer reaching us.
    Result<void> retryLater(qint64 jobId, const QDateTime &nextAttempt, const QString &error, bool outcomeUnknown);
    /// Set before sending a request that may create something, cleared once its answer is stored,
    /// so that a crash in between leaves the job marked.
    Result<void> setOutcomeUnknown(qint64 jobId, bool unknown);

    /// At start-up: every job left Sending becomes Pending, due now, with outcomeUnknown set.
    /// Returns how many were recovered.
    Result<int> recoverInterrupted();

    Result<PublishJob> load(qint64 jobId);
    /// The article's jobs, newest first.
    Result<QList<PublishJob>> list(qint64 articleId);
    /// Every Pending or Sending job, oldest first (for the status bar and the queue view).
    Result<QList<PublishJob>> unfinished();
    /// When the next Pending job is due (possibly in the past), or nullopt when none waits; the
    /// runner sets its timer by this.
    Result<std::optional<QDateTime>> nextDue();

private:
    Result<void> setState(qint64 jobId, PublishJobState state, const QString &error, const char *what);

    Database &m_db;
};
