// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishjobrepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

constexpr auto columns = "id, article_id, target_id, action, revision_id, state, attempts, next_attempt_at, "
                         "last_error, outcome_unknown, overwrite_remote, created_at, updated_at";

PublishJob jobFrom(const QSqlQuery &q)
{
    PublishJob j;
    j.id = q.value(0).toLongLong();
    j.articleId = q.value(1).toLongLong();
    j.targetId = q.value(2).toLongLong();
    j.action = publishActionFromKey(q.value(3).toString()).value_or(PublishAction::Publish);
    j.revisionId = q.value(4).toLongLong();
    j.state = publishJobStateFromKey(q.value(5).toString()).value_or(PublishJobState::Pending);
    j.attempts = q.value(6).toInt();
    j.nextAttempt = Sql::toDateTime(q.value(7));
    j.lastError = q.value(8).toString();
    j.outcomeUnknown = q.value(9).toBool();
    j.overwriteRemote = q.value(10).toBool();
    j.created = Sql::toDateTime(q.value(11));
    j.updated = Sql::toDateTime(q.value(12));
    return j;
}

QVariant now()
{
    return Sql::fromDateTime(QDateTime::currentDateTimeUtc());
}

StorageError notFound(qint64 jobId)
{
    return StorageError{StorageError::Kind::NotFound, Tr::tr("That publishing job no longer exists."),
                        QStringLiteral("publish job %1").arg(jobId)};
}

QString pendingKey()
{
    return publishJobStateKey(PublishJobState::Pending);
}

QString sendingKey()
{
    return publishJobStateKey(PublishJobState::Sending);
}
} // namespace

PublishJobRepository::PublishJobRepository(Database &db)
    : m_db(db)
{ }

Result<PublishJob> PublishJobRepository::enqueue(qint64 articleId, qint64 targetId, PublishAction action,
                                                 qint64 revisionId, bool overwriteRemote)
{
    return m_db.inTransaction([&]() -> Result<PublishJob> {
        QSqlQuery q(m_db.connection());
        if (auto r =
                Sql::exec(q,
                          QStringLiteral("SELECT id, state FROM publish_jobs WHERE article_id = ? AND target_id = ? "
                                         "AND action = ? AND state IN (?, ?) ORDER BY id LIMIT 1"),
                          {articleId, targetId, publishActionKey(action), pendingKey(), sendingKey()},
                          "find unfinished publish job");
            !r)
            return r.error();
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const bool pending = q.value(1).toString() == pendingKey();
            q.finish();
            if (pending) {
                if (auto r = Sql::exec(q,
                                       QStringLiteral("UPDATE publish_jobs SET revision_id = ?, overwrite_remote = ?, "
                                                      "updated_at = ? WHERE id = ?"),
                                       {Sql::nullIfZero(revisionId), overwriteRemote ? 1 : 0, now(), id},
                                       "refresh publish job");
                    !r)
                    return r.error();
            }
            return load(id);
        }
        const QVariant created = now();
        if (auto r = Sql::exec(q,
                               QStringLiteral("INSERT INTO publish_jobs (article_id, target_id, action, revision_id, "
                                              "state, overwrite_remote, created_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {articleId, targetId, publishActionKey(action), Sql::nullIfZero(revisionId),
                                pendingKey(), overwriteRemote ? 1 : 0, created, created},
                               "enqueue publish job");
            !r) {
            StorageError e = r.error();
            if (e.kind == StorageError::Kind::Invalid)
                e.message = Tr::tr("The story or the publishing target no longer exists.");
            return e;
        }
        return load(q.lastInsertId().toLongLong());
    });
}

Result<std::optional<PublishJob>> PublishJobRepository::claimNext(const QDateTime &when)
{
    return m_db.inTransaction([&]() -> Result<std::optional<PublishJob>> {
        QSqlQuery q(m_db.connection());
        // An earlier job of the same story and target goes first, even while it waits to retry:
        // a publish must not be overtaken by the unpublish queued after it.
        if (auto r = Sql::exec(
                q,
                QStringLiteral("SELECT j.id FROM publish_jobs j WHERE j.state = ? "
                               "AND (j.next_attempt_at IS NULL OR j.next_attempt_at <= ?) "
                               "AND NOT EXISTS (SELECT 1 FROM publish_jobs o WHERE o.article_id = j.article_id "
                               " AND o.target_id = j.target_id AND (o.state = ? OR (o.state = ? AND o.id < j.id))) "
                               "ORDER BY coalesce(j.next_attempt_at, j.created_at), j.id LIMIT 1"),
                {pendingKey(), Sql::fromDateTime(when), sendingKey(), pendingKey()}, "find due publish job");
            !r)
            return r.error();
        if (!q.next())
            return std::optional<PublishJob>();
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        if (auto r = Sql::exec(q,
                               QStringLiteral("UPDATE publish_jobs SET state = ?, attempts = attempts + 1, "
                                              "updated_at = ? WHERE id = ? AND state = ?"),
                               {sendingKey(), now(), id, pendingKey()}, "claim publish job");
            !r)
            return r.error();
        auto job = load(id);
        if (!job)
            return job.error();
        return std::optional<PublishJob>(job.value());
    });
}

Result<void> PublishJobRepository::setState(qint64 jobId, PublishJobState state, const QString &error, const char *what)
{
    QSqlQuery q(m_db.connection());
    const bool done = state == PublishJobState::Done;
    if (auto r = Sql::exec(q,
                           QStringLiteral("UPDATE publish_jobs SET state = ?, last_error = ?, updated_at = ?, "
                                          "outcome_unknown = CASE WHEN ? THEN 0 ELSE outcome_unknown END, "
                                          "next_attempt_at = NULL WHERE id = ?"),
                           {publishJobStateKey(state), Sql::nullIfEmpty(error), now(), done ? 1 : 0, jobId}, what);
        !r)
        return r;
    if (q.numRowsAffected() == 0)
        return notFound(jobId);
    return {};
}

Result<void> PublishJobRepository::markDone(qint64 jobId)
{
    return setState(jobId, PublishJobState::Done, QString(), "mark publish job done");
}

Result<void> PublishJobRepository::markFailed(qint64 jobId, const QString &error)
{
    return setState(jobId, PublishJobState::Failed, error, "mark publish job failed");
}

Result<void> PublishJobRepository::retryLater(qint64 jobId, const QDateTime &nextAttempt, const QString &error,
                                              bool outcomeUnknown)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("UPDATE publish_jobs SET state = ?, next_attempt_at = ?, last_error = ?, "
                                          "outcome_unknown = CASE WHEN ? THEN 1 ELSE outcome_unknown END, "
                                          "updated_at = ? WHERE id = ?"),
                           {pendingKey(), Sql::fromDateTime(nextAttempt), Sql::nullIfEmpty(error),
                            outcomeUnknown ? 1 : 0, now(), jobId},
                           "retry publish job later");
        !r)
        return r;
    if (q.numRowsAffected() == 0)
        return notFound(jobId);
    return {};
}

Result<void> PublishJobRepository::setOutcomeUnknown(qint64 jobId, bool unknown)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, QStringLiteral("UPDATE publish_jobs SET outcome_unknown = ?, updated_at = ? WHERE id = ?"),
                      {unknown ? 1 : 0, now(), jobId}, "set publish job outcome");
        !r)
        return r;
    if (q.numRowsAffected() == 0)
        return notFound(jobId);
    return {};
}

Result<int> PublishJobRepository::recoverInterrupted()
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("UPDATE publish_jobs SET state = ?, outcome_unknown = 1, "
                                          "next_attempt_at = NULL, updated_at = ? WHERE state = ?"),
                           {pendingKey(), now(), sendingKey()}, "recover interrupted publish jobs");
        !r)
        return r.error();
    return q.numRowsAffected();
}

Result<PublishJob> PublishJobRepository::load(qint64 jobId)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, QStringLiteral("SELECT %1 FROM publish_jobs WHERE id = ?").arg(QLatin1StringView(columns)),
                      {jobId}, "load publish job");
        !r)
        return r.error();
    if (!q.next())
        return notFound(jobId);
    return jobFrom(q);
}

Result<QList<PublishJob>> PublishJobRepository::list(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT %1 FROM publish_jobs WHERE article_id = ? ORDER BY id DESC")
                               .arg(QLatin1StringView(columns)),
                           {articleId}, "list publish jobs");
        !r)
        return r.error();
    QList<PublishJob> jobs;
    while (q.next())
        jobs.append(jobFrom(q));
    return jobs;
}

Result<QList<PublishJob>> PublishJobRepository::unfinished()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT %1 FROM publish_jobs WHERE state IN (?, ?) ORDER BY id")
                               .arg(QLatin1StringView(columns)),
                           {pendingKey(), sendingKey()}, "list unfinished publish jobs");
        !r)
        return r.error();
    QList<PublishJob> jobs;
    while (q.next())
        jobs.append(jobFrom(q));
    return jobs;
}

Result<std::optional<QDateTime>> PublishJobRepository::nextDue()
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT min(coalesce(next_attempt_at, created_at)) FROM publish_jobs "
                                          "WHERE state = ?"),
                           {pendingKey()}, "next due publish job");
        !r)
        return r.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(Sql::toDateTime(q.value(0)));
}
