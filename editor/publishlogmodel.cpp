// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishlogmodel.h"

#include "publicationrepository.h"
#include "publishlogrepository.h"

#include <QLocale>

PublishLogModel::PublishLogModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_zone(QTimeZone::UTC)
{ }

int PublishLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PublishLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PublishLogModel::flags(const QModelIndex &index) const
{
    // Shown and readable, never chosen: there is no diff or restore of an attempt.
    return index.isValid() ? Qt::ItemIsEnabled : Qt::NoItemFlags;
}

QVariant PublishLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PublishLogEntry &e = m_rows.at(index.row());
    switch (role) {
    case OutcomeRole:
        return int(e.outcome);
    case RemoteUrlRole:
        return e.remoteUrl;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.at.toTimeZone(m_zone), QLocale::LongFormat);
        if (index.column() == MessageColumn || index.column() == AddressColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toTimeZone(m_zone), QLocale::ShortFormat);
        case TargetColumn:
            return e.targetName.isEmpty() ? tr("(removed target)") : e.targetName;
        case OutcomeColumn:
            return publishOutcomeDisplayName(e.outcome);
        case HttpColumn:
            return e.httpStatus == 0 ? tr("no answer") : QLocale().toString(e.httpStatus);
        case AddressColumn:
            return e.remoteUrl.toDisplayString();
        case MessageColumn:
            return e.message;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PublishLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpColumn:
        //: The HTTP status code the site answered a publishing attempt with
        return tr("HTTP");
    case AddressColumn:
        return tr("Address");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

bool PublishLogModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    return reload();
}

bool PublishLogModel::reload()
{
    QList<PublishLogEntry> rows;
    bool ok = true;
    if (m_articleId != 0) {
        auto entries = PublishLogRepository(m_db).list(m_articleId);
        if (entries) {
            rows = std::move(entries).value();
        } else {
            ok = false;
            Q_EMIT failed(entries.error());
        }
        if (auto publication = PublicationRepository(m_db).load())
            m_zone = publication->zone();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return ok;
}
