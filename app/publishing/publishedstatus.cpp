// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedstatus.h"

#include "articlerepository.h"
#include "database.h"
#include "revisionrepository.h"
#include "userrepository.h"
#include "workflow.h"
#include "workflowservice.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PublishedStatus)
};
} // namespace

std::optional<ArticleStatus> PublishedStatus::after(ArticleStatus current, PublishAction action,
                                                    EndpointResult::Kind kind)
{
    using S = ArticleStatus;
    if (action == PublishAction::Unpublish) {
        if (kind != EndpointResult::Kind::Unpublished)
            return std::nullopt;
        if (current == S::Published || current == S::Updated)
            return S::Unpublished;
        // A scheduled post taken back before its time was never out: it is ready again.
        if (current == S::Scheduled)
            return S::Ready;
        return std::nullopt;
    }
    if (kind == EndpointResult::Kind::Scheduled)
        return current == S::Scheduled ? std::nullopt : std::optional(S::Scheduled);
    if (kind != EndpointResult::Kind::Live)
        return std::nullopt;
    if (current == S::Published)
        return S::Updated;
    if (current == S::Updated)
        return std::nullopt; // republished again: still "updated"
    return S::Published;
}

Result<std::optional<Article>> PublishedStatus::follow(Database &db, qint64 articleId, PublishAction action,
                                                       EndpointResult::Kind kind, const QString &login,
                                                       const QString &targetName)
{
    return db.inTransaction([&]() -> Result<std::optional<Article>> {
        ArticleRepository articles(db);
        auto loaded = articles.load(articleId);
        if (!loaded)
            return loaded.error();
        Article article = std::move(loaded).value();
        const ArticleStatus from = article.status;
        const auto to = after(from, action, kind);
        if (!to)
            return std::optional<Article>();
        const QString note = action == PublishAction::Unpublish ? Tr::tr("Taken off %1").arg(targetName)
                                                                : Tr::tr("Published to %1").arg(targetName);

        // A scheduled post goes live at its time without anyone pressing anything, so that time is
        // its publication time (and what the site shows as its date).
        if (*to == ArticleStatus::Scheduled && !article.published.isValid() && article.scheduled.isValid()) {
            article.published = article.scheduled;
            auto stored = articles.update(article);
            if (!stored)
                return stored.error();
        }

        // The workflow's own move when it has one and the person may make it, so the history
        // reads as any other status change.
        // Asked first rather than tried: a refused transition inside this transaction would roll it back.
        const auto actor = UserRepository(db).load(login);
        if (actor && Workflow::refusal(from, *to, actor->role).isEmpty()
            && (*to != ArticleStatus::Scheduled || article.scheduled.isValid())) {
            auto moved = WorkflowService(db).transition(articleId, *to, login, note);
            if (!moved)
                return moved.error();
            return std::optional<Article>(std::move(moved).value());
        }
        // Otherwise (a draft or a story in review published straight away, a login with no profile
        // on this desk, as from a script) the site already shows the story: a status that denied
        // it would mislead the desk. The checklist and the publish permission were checked before
        // sending, so the status is set directly and the history says it came from publishing.
        article.status = *to;
        if (*to == ArticleStatus::Published && !article.published.isValid())
            article.published = QDateTime::currentDateTimeUtc();
        auto stored = articles.update(article);
        if (!stored)
            return stored.error();
        auto recorded = RevisionRepository(db).record(*stored, login, from, RevisionRepository::Kind::SavePoint, note);
        if (!recorded)
            return recorded.error();
        return std::optional<Article>(std::move(stored).value());
    });
}
