// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowservice.h"

#include "articlerepository.h"
#include "database.h"
#include "revisionrepository.h"
#include "workflow.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

StorageError refused(const QString &message, const QString &detail)
{
    return StorageError{StorageError::Kind::Invalid, message, detail};
}
} // namespace

WorkflowService::WorkflowService(Database &db)
    : m_db(db)
{ }

Result<Article> WorkflowService::transition(qint64 articleId, ArticleStatus to, const QString &actorLogin,
                                            const QString &note)
{
    return m_db.inTransaction([&]() -> Result<Article> {
        auto actor = UserRepository(m_db).load(actorLogin);
        if (!actor)
            return actor.error();
        ArticleRepository articles(m_db);
        auto loaded = articles.load(articleId);
        if (!loaded)
            return loaded.error();
        Article article = std::move(loaded).value();
        const ArticleStatus from = article.status;
        const QString detail = QStringLiteral("%1 -> %2 by %3").arg(statusKey(from), statusKey(to), actorLogin);
        if (const QString why = Workflow::refusal(from, to, actor->role); !why.isEmpty())
            return refused(why, detail);
        const auto rule = Workflow::find(from, to);
        if (rule->needsNote && note.trimmed().isEmpty())
            return refused(Tr::tr("Say why the story goes back, so its writer knows what to change."), detail);
        if (to == ArticleStatus::Scheduled && !article.scheduled.isValid())
            return refused(Tr::tr("Set the time to publish the story before scheduling it."), detail);
        if (to == ArticleStatus::Published && !article.published.isValid())
            article.published = QDateTime::currentDateTimeUtc();
        article.status = to;
        auto stored = articles.update(article);
        if (!stored)
            return stored.error();
        auto recorded = RevisionRepository(m_db).record(stored.value(), actorLogin, from,
                                                        RevisionRepository::Kind::SavePoint, note.trimmed());
        if (!recorded)
            return recorded.error();
        return stored;
    });
}
