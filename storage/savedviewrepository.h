// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"
#include "storageerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

class Database;

/// What a saved view shows: words to search and the story list's filters. "Mine" and the
/// relative periods are kept as such, so "My drafts" is each user's own and "Scheduled today"
/// is today's whenever it is opened.
struct ViewDefinition {
    enum class Period { Any, Today, Last7Days, Last30Days, Between };

    QString search;
    QList<ArticleStatus> statuses; ///< any of these; empty: any
    qint64 sectionId = 0;
    qint64 tagId = 0;
    qint64 authorId = 0; ///< ignored when `mine`
    bool mine = false; ///< the current user is in the byline
    Period updated = Period::Any;
    QDate updatedFrom, updatedTo; ///< both inclusive, for Period::Between
    Period scheduled = Period::Any; ///< Today: scheduled to go out today
    ArticleQuery::Sort sort = ArticleQuery::Sort::Relevance;

    QJsonObject toJson() const;
    /// Unknown or malformed members are ignored, never an error: a view from a newer Copydesk
    /// still opens, with the filters this one knows.
    static ViewDefinition fromJson(const QJsonObject &json);
    bool operator==(const ViewDefinition &) const = default;
};

struct SavedView {
    qint64 id = 0;
    QString name;
    ViewDefinition definition;
    bool operator==(const SavedView &) const = default;
};

/// The desk's saved views of the story list, in the database so a shared newsroom shares them.
class SavedViewRepository
{
public:
    explicit SavedViewRepository(Database &db);

    Result<QList<SavedView>> list(); ///< in the order they were added
    /// Stores a view; a name another view has is a Conflict.
    Result<SavedView> add(const QString &name, const ViewDefinition &definition);
    Result<void> update(const SavedView &view);
    Result<void> remove(qint64 id);

    /// The filters of `definition` as of `now` for `currentUser` (an author's display name;
    /// "mine" matches nothing when no author has that name). Days start at midnight in `zone`.
    Result<ArticleQuery> resolve(const ViewDefinition &definition, const QString &currentUser,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                 const QTimeZone &zone = QTimeZone::systemTimeZone());

    /// "My drafts", "In review" and "Scheduled today" (the searchIndex migration step).
    static Result<void> createDefaults(QSqlDatabase &db);

private:
    Database &m_db;
};
