// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Database;

/// Which stories the story list asks for, and in which order. Every filter set narrows the list;
/// ArticleSearch takes the same filters next to its words.
struct ArticleQuery {
    /// Sort orders are named, never passed through as column names.
    enum class Sort {
        UpdatedNewestFirst,
        UpdatedOldestFirst,
        HeadlineAtoZ,
        CreatedNewestFirst,
        HeadlineZtoA,
        SectionAtoZ,
        SectionZtoA,
        StatusFirstToLast, ///< draft, in review, ready, ... (the workflow's order)
        StatusLastToFirst,
        BylineAtoZ,
        BylineZtoA,
        WordsFewestFirst,
        WordsMostFirst,
        CreatedOldestFirst,
        Relevance, ///< best match first when searching; newest change first otherwise
    };

    std::optional<ArticleStatus> status; ///< one status (kept for older callers; joins `statuses`)
    QList<ArticleStatus> statuses; ///< any of these; empty (and no `status`): any
    qint64 sectionId = 0; ///< 0: any
    qint64 tagId = 0; ///< 0: any
    qint64 authorId = 0; ///< 0: any; -1: none (a "my stories" view for someone not in the byline)
    QDateTime updatedFrom; ///< updated at or after (UTC); invalid: no lower bound
    QDateTime updatedBefore; ///< updated before; invalid: no upper bound
    QDateTime scheduledFrom; ///< scheduled at or after; invalid: no lower bound
    QDateTime scheduledBefore; ///< scheduled before; invalid: no upper bound
    Sort sort = Sort::UpdatedNewestFirst;
    int limit = -1; ///< -1: all
    int offset = 0;

    /// True when no filter narrows the list (sort, limit and offset aside).
    bool isUnfiltered() const;
    bool operator==(const ArticleQuery &) const = default;
};

/// Stores whole articles: the row, the byline, the tags and the hero image's words.
class ArticleRepository
{
public:
    explicit ArticleRepository(Database &db);

    /// Stores a new article. With slugAuto (or an empty slug) the slug is made from the headline; a
    /// taken slug gets "-2", "-3", ... Created/updated times are set now when not given.
    /// Returns the article as stored.
    Result<Article> create(Article article);
    /// Stores every field of an existing article (by id) and sets `updated` to now. With slugAuto
    /// and never published, the slug follows the headline (kept unique); a hand-made slug that
    /// another story has is a Conflict.
    Result<Article> update(Article article);
    Result<Article> load(qint64 id);
    Result<Article> findBySlug(const QString &slug);
    Result<void> remove(qint64 id);

    /// The article imported from the file at `path` (an absolute, clean path), if any.
    Result<std::optional<qint64>> findBySourcePath(const QString &path);
    Result<void> setSourcePath(qint64 id, const QString &path);

    Result<QList<ArticleSummary>> list(const ArticleQuery &query = {});
    Result<int> count();
    /// How many stories the query's filters let through (limit and offset ignored).
    Result<int> count(const ArticleQuery &query);

    /// `base` if no other article has it, else the first free "base-N".
    Result<QString> uniqueSlug(const QString &base, qint64 exceptArticleId = 0);

private:
    Result<void> validate(const Article &article);
    Result<void> writeRelations(const Article &article);
    Result<QList<qint64>> relationIds(const char *table, const char *column, qint64 articleId);
    Result<Article> loadWhere(const char *column, const QVariant &value);

    Database &m_db;
};
