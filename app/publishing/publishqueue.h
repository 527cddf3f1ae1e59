// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishendpoint.h"
#include "publishtypes.h"
#include "storageerror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class Database;

/// Runs the publishing queue of the job table (PublishJobRepository), one job at a time.
///
/// A job is written before any request goes out; the remote id is stored the moment the target
/// answers with one; every attempt is logged on the article (PublishLogRepository) with its time,
/// target, HTTP status and remote id and address. A failure worth retrying waits with exponential
/// backoff, and at least as long as a 429/503's Retry-After; an unanswered request that may have
/// created something marks the job, so the next attempt looks before it creates. Jobs survive a
/// restart: a new queue on the same database picks them up (start()). No polling: one timer is
/// set for the next due job.
class PublishQueue : public QObject
{
    Q_OBJECT

public:
    /// Makes the endpoint for a target, usually after reading its secret from the keychain; calls
    /// `done` with the endpoint, or with null and the reason (and whether to try again later).
    using EndpointDone =
        std::function<void(std::unique_ptr<PublishEndpoint> endpoint, const QString &error, bool retryable)>;
    using EndpointFactory = std::function<void(const PublishTarget &target, EndpointDone done)>;

    PublishQueue(Database &db, EndpointFactory factory, QObject *parent = nullptr);
    ~PublishQueue() override;

    /// Recovers jobs a crash left half-sent and runs whatever is due.
    void start();
    /// Writes the job, then runs it as soon as the queue is free. `overwriteRemote`: the desk
    /// agreed to overwrite edits made on the site (after conflict()).
    Result<PublishJob> enqueue(qint64 articleId, qint64 targetId, PublishAction action, bool overwriteRemote = false);

    /// The first wait after a failure; it doubles with every attempt up to maximumDelay.
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    /// After this many attempts a job is given up (Failed) and needs a person.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    bool isBusy() const { return m_current.id != 0; }

    /// The wait before the attempt after `attempts` failed ones.
    std::chrono::milliseconds backoff(int attempts) const;

Q_SIGNALS:
    void jobStarted(const PublishJob &job);
    void progress(const PublishJob &job, const QString &step);
    /// An attempt ended: `outcome` says whether it is done, waits for another try, or was given up.
    void attemptFinished(const PublishJob &job, PublishOutcome outcome, const EndpointResult &result);
    /// The piece was edited on the site since it was last published; the job was set aside. Ask
    /// the desk, and enqueue again with overwriteRemote to go ahead.
    void conflict(const PublishJob &job, const EndpointResult &result);
    /// Nothing is due now (jobs may still wait for a later time).
    void idle();
    /// A storage error the queue could not get past; the job stays in the table.
    void storageFailed(const StorageError &error);

private:
    void scheduleNext();
    void runNext();
    void attempt(PublishJob job, const PublishTarget &target);
    void record(const PublishJob &job, PublishOutcome outcome, const EndpointResult &result);
    void finishAttempt(const PublishJob &job, const EndpointResult &result);
    bool check(const Result<void> &result);

    Database &m_db;
    EndpointFactory m_factory;
    QTimer m_timer;
    PublishJob m_current;
    std::unique_ptr<PublishEndpoint> m_endpoint;
    std::chrono::milliseconds m_initialDelay{std::chrono::seconds(10)};
    std::chrono::milliseconds m_maximumDelay{std::chrono::minutes(30)};
    int m_maxAttempts = 12;
};
