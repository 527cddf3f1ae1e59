// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleremoterepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

constexpr auto columns = "article_id, target_id, remote_id, remote_url, revision_id, published_at, remote_modified";

ArticleRemote remoteFrom(const QSqlQuery &q)
{
    ArticleRemote r;
    r.articleId = q.value(0).toLongLong();
    r.targetId = q.value(1).toLongLong();
    r.remoteId = q.value(2).toString();
    r.url = QUrl(q.value(3).toString());
    r.revisionId = q.value(4).toLongLong();
    r.published = Sql::toDateTime(q.value(5));
    r.remoteModified = Sql::toDateTime(q.value(6));
    return r;
}
} // namespace

ArticleRemoteRepository::ArticleRemoteRepository(Database &db)
    : m_db(db)
{ }

Result<void> ArticleRemoteRepository::save(const ArticleRemote &remote)
{
    if (remote.remoteId.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("The target did not say where it stored the story."),
                            QStringLiteral("empty remote id")};
    QSqlQuery q(m_db.connection());
    return Sql::exec(q,
                     QStringLiteral("INSERT INTO article_remotes (%1) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (article_id, target_id) DO UPDATE SET remote_id = excluded.remote_id, "
                                    "remote_url = excluded.remote_url, revision_id = excluded.revision_id, "
                                    "published_at = excluded.published_at, remote_modified = excluded.remote_modified")
                         .arg(QLatin1StringView(columns)),
                     {remote.articleId, remote.targetId, remote.remoteId,
                      Sql::nullIfEmpty(remote.url.isEmpty() ? QString() : remote.url.toString()),
                      Sql::nullIfZero(remote.revisionId), Sql::fromDateTime(remote.published),
                      Sql::fromDateTime(remote.remoteModified)},
                     "save article remote");
}

Result<std::optional<ArticleRemote>> ArticleRemoteRepository::find(qint64 articleId, qint64 targetId)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT %1 FROM article_remotes WHERE article_id = ? AND target_id = ?")
                               .arg(QLatin1StringView(columns)),
                           {articleId, targetId}, "find article remote");
        !r)
        return r.error();
    if (!q.next())
        return std::optional<ArticleRemote>();
    return std::optional<ArticleRemote>(remoteFrom(q));
}

Result<QList<ArticleRemote>> ArticleRemoteRepository::list(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT %1 FROM article_remotes WHERE article_id = ? ORDER BY target_id")
                               .arg(QLatin1StringView(columns)),
                           {articleId}, "list article remotes");
        !r)
        return r.error();
    QList<ArticleRemote> remotes;
    while (q.next())
        remotes.append(remoteFrom(q));
    return remotes;
}

Result<void> ArticleRemoteRepository::remove(qint64 articleId, qint64 targetId)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("DELETE FROM article_remotes WHERE article_id = ? AND target_id = ?"),
                     {articleId, targetId}, "remove article remote");
}
