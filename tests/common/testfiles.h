// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the tests: file fingerprints and a raw SQLite connection for setting up
// databases the app itself would never write (another program's, a future version's, a damaged one).

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <functional>

namespace TestFiles {

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Runs `work` on a plain SQLite connection to `path` (no Copydesk pragmas or migrations).
inline bool withRawSqlite(const QString &path, const std::function<bool(QSqlDatabase &)> &work)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline bool exec(QSqlDatabase &db, const char *sql)
{
    QSqlQuery q(db);
    return q.exec(QLatin1StringView(sql));
}

inline QVariant scalar(QSqlDatabase db, const char *sql)
{
    QSqlQuery q(db);
    if (!q.exec(QLatin1StringView(sql)) || !q.next())
        return {};
    return q.value(0);
}

} // namespace TestFiles
