// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

/// One open Copydesk database: an SQLite file in WAL mode with foreign keys on and
/// synchronous=FULL, migrated to the current schema (with a backup copy first).
///
/// open() never damages what it is given: a file that is not a database, belongs to another
/// program, is corrupt or was written by a newer Copydesk is refused and left as it was; a file
/// or folder that cannot be written is opened read-only and says so.
class Database
{
public:
    /// Opens (creating if needed) the database at `path`.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    /// The schema version this build of Copydesk writes (`PRAGMA user_version`).
    static int currentSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the database is read-only, in the user's words; empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The copy made before the last migration; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    /// True when open() created the schema from nothing (a new database to seed).
    bool isNew() const { return m_isNew; }

    /// The connection, for the repositories in this library. Nothing outside storage/ runs SQL.
    QSqlDatabase connection() const;

    /// Runs `work` in a transaction: committed when it returns success, rolled back otherwise.
    template<typename Work> auto inTransaction(Work work) -> decltype(work())
    {
        if (auto begun = begin(); !begun)
            return begun.error();
        auto result = work();
        if (!result) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed)
            return committed.error();
        return result;
    }

private:
    explicit Database(QString path, QString connectionName);
    Result<void> begin();
    Result<void> commit();
    void rollback();

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_backupPath;
    bool m_readOnly = false;
    bool m_isNew = false;
    int m_transactionDepth = 0; // nested inTransaction() calls join the outer transaction

    friend class DatabaseOpener;
};
