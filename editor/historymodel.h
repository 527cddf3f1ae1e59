// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revisionhistory.h"
#include "storageerror.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Database;

/// A story's revisions, newest first: when (in the publication's time zone), who, what kind of
/// save it was, the status change and the workflow's note. Reports storage errors with failed().
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, WhoColumn, KindColumn, StatusColumn, NoteColumn, ColumnCount };
    enum Role {
        RevisionIdRole = Qt::UserRole + 1, ///< qint64
        CreatedRole, ///< QDateTime in UTC
        RestoredFromRole, ///< qint64, 0 when the revision is not a restore
    };
    Q_ENUM(Role)

    explicit HistoryModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the history of article `articleId` (0: none). Returns false and emits failed() on
    /// an error, showing no rows.
    bool setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    /// Reads the same article's history again (after a save or a restore).
    bool reload();
    /// The row of revision `revisionId`, or -1.
    int rowOfRevision(qint64 revisionId) const;
    qint64 revisionIdAt(int row) const;

Q_SIGNALS:
    void failed(const StorageError &error);

private:
    QString timeText(const QDateTime &utc) const;

    Database &m_db;
    qint64 m_articleId = 0;
    QList<RevisionEntry> m_rows;
    QTimeZone m_zone;
};
