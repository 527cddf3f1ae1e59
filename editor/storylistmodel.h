// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"
#include "storageerror.h"
#include "types.h"

#include <QAbstractListModel>
#include <QList>

class Database;

/// The story list: one row per stored article, newest change first. It reports storage errors
/// with failed() and leaves showing them to the window.
class StoryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        SlugRole,
        StatusRole, ///< the translated status name
        StatusKeyRole, ///< "draft", "in_review", ...
        SectionRole,
        UpdatedRole, ///< QDateTime in UTC
        UpdatedTextRole, ///< the update time in local time, in the user's short format
    };
    Q_ENUM(Role)

    explicit StoryListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the list again from the store. Returns false (and emits failed()) on an error,
    /// keeping the rows it had.
    bool reload();
    /// Shows only the stories with this tag (0: all stories) and reloads.
    bool setTagFilter(qint64 tagId);
    qint64 tagFilter() const { return m_query.tagId; }
    /// The row showing the article, or -1.
    int rowOfId(qint64 id) const;
    qint64 idAt(int row) const;
    /// Shows a saved article's new headline, status and time in its row, without moving it, so the
    /// row under the user's cursor stays where it is while they type.
    void updateArticle(const Article &article);

Q_SIGNALS:
    void failed(const StorageError &error);

private:
    ArticleRepository m_articles;
    ArticleQuery m_query;
    QList<ArticleSummary> m_rows;
};
