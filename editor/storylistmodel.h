// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"
#include "articlesearch.h"
#include "storageerror.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

/// The story list: one row per story that the filters and search words let through, newest change
/// first unless sorted otherwise. Lazy: it counts the rows and reads them a page at a time as the
/// view asks for them, keeping a few pages, so 100,000 stories open at once and cost little memory.
/// With search words it shows the best match first and a snippet per story (SnippetRole).
/// It reports storage errors with failed() and leaves showing them to the window.
class StoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeadlineColumn, SectionColumn, StatusColumn, BylineColumn, UpdatedColumn, WordsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        SlugRole,
        StatusRole, ///< the translated status name
        StatusKeyRole, ///< "draft", "in_review", ...
        SectionRole,
        UpdatedRole, ///< QDateTime in UTC
        UpdatedTextRole, ///< the update time in local time, in the user's short format
        BylineRole, ///< the authors' names, comma-separated
        WordCountRole, ///< int
        SnippetRole, ///< HTML: the matched words in <b>, everything else escaped; empty unless searching
    };
    Q_ENUM(Role)

    /// Rows read per query; the view asks for one screen at a time.
    static constexpr int pageSize = 200;

    explicit StoryListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// `column` defaults to the headline, so list-style callers keep working.
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Sorts through ArticleQuery's named sorts (never a column name passed to SQL).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Counts the rows again and forgets the pages read. Returns false (and emits failed()) on an
    /// error, keeping the rows it had.
    bool reload();
    /// Shows only the stories with this tag (0: all stories) and reloads.
    bool setTagFilter(qint64 tagId);
    qint64 tagFilter() const { return m_query.tagId; }
    /// Filters and search words together, then reloads. Sort, limit and offset of `query` are
    /// ignored: the model keeps its own sort.
    bool setSearch(const QString &text, const ArticleQuery &query);
    /// Shows an answer computed elsewhere (off the GUI thread, StorySearch): the row count and
    /// the first page for these words and filters. Later pages are read as they are needed.
    void showResults(const QString &text, const ArticleQuery &query, int count, const QList<SearchHit> &firstPage);
    QString searchText() const { return m_text; }
    /// The filters in force, with the model's sort.
    ArticleQuery query() const;

    /// The row showing the article among the rows read so far (and the first pages), or -1.
    int rowOfId(qint64 id) const;
    qint64 idAt(int row) const;
    /// Shows a saved article's new headline, status and time in its row, without moving it, so the
    /// row under the user's cursor stays where it is while they type.
    void updateArticle(const Article &article);

Q_SIGNALS:
    void failed(const StorageError &error);

private:
    const SearchHit *hitAt(int row) const;
    bool fetchPage(int page) const;
    void clearPages();

    Database &m_db;
    ArticleQuery m_query;
    QString m_text;
    int m_count = 0;
    // Pages read so far, with the order they were last used in, so the oldest can be dropped.
    mutable QHash<int, QList<SearchHit>> m_pages;
    mutable QList<int> m_recent;
};
