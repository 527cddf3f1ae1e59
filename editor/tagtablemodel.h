// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "tagrepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

class Database;

/// The tag manager's table: one row per tag with its kind, number of stories and last use.
/// It sorts itself (sort() reorders the rows, and a reload keeps the order), so that a
/// TagFilterProxy over it only filters: re-sorting 50,000 rows on every keystroke would not fit
/// in a frame. Storage errors are reported with failed().
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CountColumn, LastUsedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        SortRole, ///< the column's raw value: folded name, kind (int), count (int), last used (QDateTime, UTC)
        KindRole, ///< TagKind as int
        NearDuplicateRole, ///< bool: an old near-duplicate waiting to be merged
    };
    Q_ENUM(Role)

    using Loader = std::function<Result<QList<TagUsage>>()>;

    /// Rows come from `loader` (the app passes TagRepository::usage, tests pass their own).
    explicit TagTableModel(Loader loader, QObject *parent = nullptr);
    /// Rows come from the tag store of `db`.
    explicit TagTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Ties, and the name column, go by case-folded name.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Reads the tags again. Returns false (and emits failed()) on an error, keeping the old rows.
    bool reload();
    /// The row of the tag, or -1.
    int rowOfId(qint64 id) const;
    const TagUsage &usageAt(int row) const { return m_rows.at(row); }
    /// The case-folded name and TagNormalizer key of a row, for fast filtering without QVariant.
    const QString &foldedNameAt(int row) const { return m_folded.at(row); }
    const QString &matchKeyAt(int row) const { return m_keys.at(row); }

    /// The translated name of a kind ("Organisation").
    static QString kindName(TagKind kind);

Q_SIGNALS:
    void failed(const StorageError &error);

private:
    /// The row order for the current sort column and order.
    QList<int> sortedOrder() const;

    Loader m_loader;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<TagUsage> m_rows;
    QList<QString> m_folded;
    QList<QString> m_keys;
};
