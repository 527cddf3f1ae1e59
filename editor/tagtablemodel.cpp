// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtablemodel.h"

#include "tagnormalizer.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

TagTableModel::TagTableModel(Loader loader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(std::move(loader))
{ }

TagTableModel::TagTableModel(Database &db, QObject *parent)
    : TagTableModel([&db] { return TagRepository(db).usage(); }, parent)
{ }

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TagTableModel::kindName(TagKind kind)
{
    switch (kind) {
    case TagKind::Topic:
        return tr("Topic");
    case TagKind::Organisation:
        return tr("Organisation");
    case TagKind::Person:
        return tr("Person");
    case TagKind::Place:
        return tr("Place");
    }
    return {};
}

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagUsage &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.tag.name;
        case KindColumn:
            return kindName(row.tag.kind);
        case CountColumn:
            return QLocale().toString(row.articleCount);
        case LastUsedColumn:
            return row.lastUsed.isValid() ? QLocale().toString(row.lastUsed.toLocalTime().date(), QLocale::ShortFormat)
                                          : QString();
        default:
            break;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return m_folded.at(index.row());
        case KindColumn:
            return int(row.tag.kind);
        case CountColumn:
            return row.articleCount;
        case LastUsedColumn:
            return row.lastUsed;
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (row.nearDuplicate)
            return tr("An older near-duplicate of another tag: merge it into that one.");
        return row.description.isEmpty() ? QVariant() : QVariant(row.description);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.tag.id;
    case KindRole:
        return int(row.tag.kind);
    case NearDuplicateRole:
        return row.nearDuplicate;
    default:
        return {};
    }
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case CountColumn:
        return tr("Stories");
    case LastUsedColumn:
        return tr("Last Used");
    default:
        break;
    }
    return {};
}

bool TagTableModel::reload()
{
    auto rows = m_loader();
    if (!rows) {
        Q_EMIT failed(rows.error());
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows).value();
    m_folded.clear();
    m_keys.clear();
    m_folded.reserve(m_rows.size());
    m_keys.reserve(m_rows.size());
    for (const TagUsage &u : std::as_const(m_rows)) {
        m_folded.append(u.tag.name.toCaseFolded());
        // Loaders other than the store (tests) may leave the key out.
        m_keys.append(u.matchKey.isNull() ? TagNormalizer::matchKey(u.tag.name) : u.matchKey);
    }
    const QList<int> order = sortedOrder();
    QList<TagUsage> rowsInOrder;
    QList<QString> folded;
    QList<QString> keys;
    rowsInOrder.reserve(order.size());
    folded.reserve(order.size());
    keys.reserve(order.size());
    for (int from : order) {
        rowsInOrder.append(std::move(m_rows[from]));
        folded.append(std::move(m_folded[from]));
        keys.append(std::move(m_keys[from]));
    }
    m_rows = std::move(rowsInOrder);
    m_folded = std::move(folded);
    m_keys = std::move(keys);
    endResetModel();
    return true;
}

void TagTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QList<int> newOrder = sortedOrder();
    QList<int> newRowOf(newOrder.size());
    QList<TagUsage> rows;
    QList<QString> folded;
    QList<QString> keys;
    rows.reserve(newOrder.size());
    folded.reserve(newOrder.size());
    keys.reserve(newOrder.size());
    for (int to = 0; to < newOrder.size(); ++to) {
        const int from = newOrder.at(to);
        newRowOf[from] = to;
        rows.append(std::move(m_rows[from]));
        folded.append(std::move(m_folded[from]));
        keys.append(std::move(m_keys[from]));
    }
    m_rows = std::move(rows);
    m_folded = std::move(folded);
    m_keys = std::move(keys);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QList<int> TagTableModel::sortedOrder() const
{
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    const auto byName = [this](int a, int b) { return m_folded.at(a).compare(m_folded.at(b)); };
    const auto compare = [&](int a, int b) {
        const TagUsage &x = m_rows.at(a);
        const TagUsage &y = m_rows.at(b);
        int c = 0;
        switch (m_sortColumn) {
        case KindColumn:
            c = int(x.tag.kind) - int(y.tag.kind);
            break;
        case CountColumn:
            c = x.articleCount - y.articleCount;
            break;
        case LastUsedColumn:
            c = x.lastUsed < y.lastUsed ? -1 : (y.lastUsed < x.lastUsed ? 1 : 0);
            break;
        default:
            break;
        }
        if (c == 0)
            c = byName(a, b);
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    std::stable_sort(order.begin(), order.end(), compare);
    return order;
}

int TagTableModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).tag.id == id)
            return int(row);
    }
    return -1;
}
