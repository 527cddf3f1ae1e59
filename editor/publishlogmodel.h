// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishtypes.h"
#include "storageerror.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Database;

/// A story's publishing attempts, newest first, for its history: when (in the publication's
/// time zone), which target, how it ended, the HTTP status, the remote address and the message.
/// Read-only: attempts are facts, nothing to compare or restore. Reports errors with failed().
class PublishLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TargetColumn, OutcomeColumn, HttpColumn, AddressColumn, MessageColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< PublishOutcome as int
        RemoteUrlRole, ///< QUrl
    };
    Q_ENUM(Role)

    explicit PublishLogModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Shows article `articleId`'s attempts (0: none); false (and failed()) on an error.
    bool setArticle(qint64 articleId);
    /// Reads the same article's attempts again (after one finished).
    bool reload();

Q_SIGNALS:
    void failed(const StorageError &error);

private:
    Database &m_db;
    qint64 m_articleId = 0;
    QList<PublishLogEntry> m_rows;
    QTimeZone m_zone;
};
