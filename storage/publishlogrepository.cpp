// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishlogrepository.h"

#include "database.h"
#include "sqlquery_p.h"

PublishLogRepository::PublishLogRepository(Database &db)
    : m_db(db)
{ }

Result<PublishLogEntry> PublishLogRepository::append(PublishLogEntry entry)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.at = entry.at.toUTC();
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("INSERT INTO publish_log (article_id, target_id, job_id, at, outcome, "
                                          "http_status, message, remote_id, remote_url) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {entry.articleId, Sql::nullIfZero(entry.targetId), Sql::nullIfZero(entry.jobId),
                            Sql::fromDateTime(entry.at), publishOutcomeKey(entry.outcome),
                            entry.httpStatus == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(entry.httpStatus),
                            Sql::notNull(entry.message), Sql::nullIfEmpty(entry.remoteId),
                            Sql::nullIfEmpty(entry.remoteUrl.isEmpty() ? QString() : entry.remoteUrl.toString())},
                           "append publish log");
        !r)
        return r.error();
    entry.id = q.lastInsertId().toLongLong();
    entry.targetName.clear();
    return entry;
}

Result<QList<PublishLogEntry>> PublishLogRepository::list(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT l.id, l.article_id, l.target_id, t.name, l.job_id, l.at, l.outcome, "
                                          "l.http_status, l.remote_id, l.remote_url, l.message FROM publish_log l "
                                          "LEFT JOIN publish_targets t ON t.id = l.target_id "
                                          "WHERE l.article_id = ? ORDER BY l.at DESC, l.id DESC"),
                           {articleId}, "list publish log");
        !r)
        return r.error();
    QList<PublishLogEntry> entries;
    while (q.next()) {
        PublishLogEntry e;
        e.id = q.value(0).toLongLong();
        e.articleId = q.value(1).toLongLong();
        e.targetId = q.value(2).toLongLong();
        e.targetName = q.value(3).toString();
        e.jobId = q.value(4).toLongLong();
        e.at = Sql::toDateTime(q.value(5));
        e.outcome = publishOutcomeFromKey(q.value(6).toString()).value_or(PublishOutcome::Failed);
        e.httpStatus = q.value(7).toInt();
        e.remoteId = q.value(8).toString();
        e.remoteUrl = QUrl(q.value(9).toString());
        e.message = q.value(10).toString();
        entries.append(e);
    }
    return entries;
}
