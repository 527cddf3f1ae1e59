// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// SQLite's primary result codes (sqlite3.h); Qt reports them as the native error code.
enum : int {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};
} // namespace

namespace Sql {

StorageError errorFrom(const QSqlError &error, const char *what)
{
    StorageError e;
    const QString text = error.databaseText();
    int native = error.nativeErrorCode().toInt();
    if (native == 0) {
        // Qt reports no code for a failed COMMIT (where a full disk shows first in WAL mode):
        // SQLite's own words for its result codes (sqlite3_errstr) say which it was.
        static const std::pair<const char *, int> words[] = {
            {"database or disk is full", SqliteFull}, {"database disk image is malformed", SqliteCorrupt},
            {"file is not a database", SqliteNotADb}, {"attempt to write a readonly database", SqliteReadOnly},
            {"database is locked", SqliteBusy},       {"database table is locked", SqliteLocked},
            {"disk I/O error", SqliteIoErr},
        };
        for (const auto &[phrase, code] : words) {
            if (text.contains(QLatin1StringView(phrase)))
                native = code;
        }
    }
    e.detail = QStringLiteral("%1: %2 [SQLite %3]").arg(QLatin1StringView(what), error.text(), error.nativeErrorCode());
    switch (native & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        e.kind = StorageError::Kind::Busy;
        e.message = Tr::tr("The database is in use by another program. Try again in a moment.");
        break;
    case SqliteReadOnly:
        e.kind = StorageError::Kind::ReadOnly;
        e.message = Tr::tr("The database is read-only, so the change was not saved.");
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        e.kind = StorageError::Kind::Corrupt;
        e.message = Tr::tr("The database file is damaged. Nothing was written to it; restore it from a backup.");
        break;
    case SqliteFull:
        e.kind = StorageError::Kind::DiskFull;
        e.message = Tr::tr("The disk is full, so the change was not saved. Free some space and save again.");
        break;
    case SqliteIoErr:
        e.kind = StorageError::Kind::QueryFailed;
        e.message = Tr::tr("The database file could not be read or written (input/output error).");
        break;
    case SqliteConstraint:
        if (text.contains(QLatin1StringView("UNIQUE"))) {
            e.kind = StorageError::Kind::Conflict;
            e.message = Tr::tr("That name is already taken.");
        } else {
            e.kind = StorageError::Kind::Invalid;
            e.message = Tr::tr("The change breaks a rule of the article and was not saved.");
        }
        break;
    default:
        e.kind = StorageError::Kind::QueryFailed;
        e.message = Tr::tr("The database could not carry out the change.");
        break;
    }
    return e;
}

// A lone UTF-16 surrogate (a broken paste, a bad file) reaches SQLite as bytes that are not UTF-8,
// and comes back joined to the character after it: the text would change. It is stored as U+FFFD.
static QVariant validText(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString)
        return v;
    const QString text = v.toString();
    if (QStringView(text).isValidUtf16())
        return v;
    QString fixed = text;
    for (qsizetype i = 0; i < fixed.size(); ++i) {
        if (fixed.at(i).isHighSurrogate() && i + 1 < fixed.size() && fixed.at(i + 1).isLowSurrogate())
            ++i;
        else if (fixed.at(i).isSurrogate())
            fixed[i] = QChar::ReplacementCharacter;
    }
    return fixed;
}

Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values, const char *what)
{
    if (!query.prepare(statement))
        return errorFrom(query.lastError(), what);
    for (const QVariant &v : values)
        query.addBindValue(validText(v));
    return exec(query, what);
}

Result<void> exec(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return errorFrom(query.lastError(), what);
    return {};
}

QVariant fromDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1StringView("")) : text;
}

} // namespace Sql
