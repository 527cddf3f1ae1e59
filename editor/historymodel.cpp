// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "publicationrepository.h"

#include <QLocale>

HistoryModel::HistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_zone(QTimeZone::UTC)
{ }

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::timeText(const QDateTime &utc) const
{
    return QLocale().toString(utc.toTimeZone(m_zone), QLocale::ShortFormat);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevisionEntry &e = m_rows.at(index.row());
    const Revision &r = e.revision;
    switch (role) {
    case RevisionIdRole:
        return r.id;
    case CreatedRole:
        return r.created;
    case RestoredFromRole:
        return e.restoredFrom.value_or(0);
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(r.created.toTimeZone(m_zone), QLocale::LongFormat);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(r.created);
        case WhoColumn:
            return r.who;
        case KindColumn:
            if (e.restoredFrom)
                return tr("Restore");
            return r.statusTo ? tr("Status change") : tr("Edit");
        case StatusColumn:
            if (r.statusFrom && r.statusTo) {
                //: A status change in the history: "Draft → In review"
                return tr("%1 → %2").arg(statusDisplayName(*r.statusFrom), statusDisplayName(*r.statusTo));
            }
            return r.statusTo ? statusDisplayName(*r.statusTo) : QString();
        case NoteColumn:
            if (!e.note.isEmpty())
                return e.note;
            if (e.restoredFrom) {
                const int row = rowOfRevision(*e.restoredFrom);
                return row < 0 ? tr("Restored from a revision since deleted")
                               : tr("Restored from the revision of %1").arg(timeText(m_rows.at(row).revision.created));
            }
            return {};
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("Who");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool HistoryModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    return reload();
}

bool HistoryModel::reload()
{
    QList<RevisionEntry> rows;
    bool ok = true;
    if (m_articleId != 0) {
        auto entries = RevisionHistory(m_db).entries(m_articleId);
        if (entries) {
            rows = std::move(entries).value();
        } else {
            ok = false;
            Q_EMIT failed(entries.error());
        }
        // Times are shown as the desk reads them: in the publication's zone.
        if (auto publication = PublicationRepository(m_db).load())
            m_zone = publication->zone();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return ok;
}

int HistoryModel::rowOfRevision(qint64 revisionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].revision.id == revisionId)
            return int(i);
    }
    return -1;
}

qint64 HistoryModel::revisionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].revision.id : 0;
}
