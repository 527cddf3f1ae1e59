// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fresh database file in a temporary folder, for tests of one repository.

#include "database.h"

#include <QTemporaryDir>

#include <memory>

class TestDatabase
{
public:
    TestDatabase()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("test.db")));
        if (!opened.ok())
            qFatal("cannot open the test database: %s", qPrintable(opened.error().toLogString()));
        m_db = std::move(opened).value();
    }

    Database &operator*() { return *m_db; }
    QString path() const { return m_db->path(); }
    /// Closes and opens the same file again, as a restart of the app would.
    void reopen()
    {
        const QString p = path();
        m_db.reset();
        m_db = std::move(Database::open(p)).value();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

/// The value of a Result, or a failed test with the storage error's words.
#define TAKE(result)                                                                                                   \
    [&](auto &&r) {                                                                                                    \
        if (!r.ok())                                                                                                   \
            qFatal("storage error: %s", qPrintable(r.error().toLogString()));                                          \
        return std::move(r).value();                                                                                   \
    }(result)
