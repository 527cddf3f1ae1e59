// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "sqlquery_p.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUrl>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcDatabase, "copydesk.storage.database")

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

StorageError makeError(StorageError::Kind kind, QString message, QString detail)
{
    return StorageError{kind, std::move(message), std::move(detail)};
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("copydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// access() rather than the permission bits: it answers for this user (and root may write a 0444 file).
bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

bool hasSqliteHeader(const QString &path, QString *readError)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *readError = f.errorString();
        return false;
    }
    static constexpr char magic[] = "SQLite format 3"; // followed by a NUL: 16 bytes in all
    return f.read(sizeof magic) == QByteArray(magic, sizeof magic);
}

// The fields of the 100-byte header that SQLite reads without checking, or takes for a reason to
// open the file read-only (https://sqlite.org/fileformat.html#the_database_header): a damaged one
// would let a damaged file be opened and written to. A file too short for a header is left to
// SQLite, which says it is not a database.
bool headerIsSane(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(100);
    if (h.size() < 100)
        return true;
    const auto byte = [&h](int i) { return quint8(h.at(i)); };
    const int pageSize = byte(16) << 8 | byte(17);
    const bool pageSizeOk = pageSize == 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) == 0);
    const bool versionsOk = (byte(18) == 1 || byte(18) == 2) && (byte(19) == 1 || byte(19) == 2);
    const bool fractionsOk = byte(21) == 64 && byte(22) == 32 && byte(23) == 32;
    const quint32 schemaFormat = quint32(byte(44)) << 24 | byte(45) << 16 | byte(46) << 8 | byte(47);
    const quint32 encoding = quint32(byte(56)) << 24 | byte(57) << 16 | byte(58) << 8 | byte(59);
    return pageSizeOk && versionsOk && fractionsOk && schemaFormat <= 4 && encoding <= 3;
}

struct Inspection {
    int userVersion = 0;
    int applicationId = 0;
    int schemaObjects = 0;
};

// Reads what decides whether we may touch the file, without writing, so that a refused file is
// left exactly as it was.
Result<Inspection> inspect(const QString &path, bool immutable)
{
    const QString name = nextConnectionName();
    Result<Inspection> result = Inspection{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            // Not QSQLITE_OPEN_READONLY: a read-only connection to a WAL database leaves -wal and -shm
            // files behind, where a normal one removes them on close. query_only forbids writes.
            db.setDatabaseName(path);
        }
        if (!db.open()) {
            result = Sql::errorFrom(db.lastError(), "open for inspection");
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA query_only = ON"));
            Inspection found;
            const auto readInt = [&q](const char *sql, int *out) {
                if (!q.exec(QLatin1StringView(sql)) || !q.next())
                    return false;
                *out = q.value(0).toInt();
                return true;
            };
            if (!readInt("PRAGMA user_version", &found.userVersion)
                || !readInt("PRAGMA application_id", &found.applicationId)
                || !readInt("SELECT count(*) FROM sqlite_master", &found.schemaObjects)) {
                result = Sql::errorFrom(q.lastError(), "inspect schema");
            } else {
                result = found;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// VACUUM INTO writes a consistent copy even while the WAL holds recent pages.
Result<QString> backUp(QSqlDatabase &db, const QString &path, int version)
{
    const QString backup = QStringLiteral("%1.backup-v%2-%3")
                               .arg(path)
                               .arg(version)
                               .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(backup);
    QSqlQuery q(db);
    if (auto done = Sql::exec(q, QStringLiteral("VACUUM INTO ?"), {backup}, "back up before migration"); !done) {
        StorageError e = done.error();
        e.kind = StorageError::Kind::MigrationFailed;
        e.message = Tr::tr("The database needs an upgrade, but no backup copy could be written next to it, "
                           "so it was left as it was.");
        return e;
    }
    return backup;
}
} // namespace

class DatabaseOpener
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &requestedPath);
};

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString &requestedPath)
{
    using Kind = StorageError::Kind;
    const QFileInfo info(requestedPath);
    const QString path = info.absoluteFilePath();
    const QString folder = info.absolutePath();

    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return makeError(Kind::CannotCreate,
                         Tr::tr("The folder %1 cannot be created, so the database cannot be opened there.").arg(folder),
                         QStringLiteral("mkpath failed for %1").arg(folder));
    }
    if (info.isDir()) {
        return makeError(Kind::CannotCreate, Tr::tr("%1 is a folder, not a database file.").arg(path),
                         QStringLiteral("path is a directory"));
    }

    const bool exists = info.exists();
    const bool empty = !exists || info.size() == 0;
    const bool folderWritable = writable(folder);
    const bool fileWritable = exists ? writable(path) : folderWritable;

    if (!exists && !folderWritable) {
        return makeError(Kind::CannotCreate,
                         Tr::tr("A new database cannot be created in %1: the folder is read-only.").arg(folder),
                         QStringLiteral("access(W_OK) failed for %1").arg(folder));
    }

    Inspection found;
    if (!empty) {
        QString readError;
        if (!hasSqliteHeader(path, &readError)) {
            if (!readError.isEmpty()) {
                return makeError(Kind::CannotCreate, Tr::tr("The file %1 cannot be read.").arg(path), readError);
            }
            return makeError(
                Kind::NotADatabase,
                Tr::tr("%1 is not a Copydesk database (it is not an SQLite file). It was not changed.").arg(path),
                QStringLiteral("missing SQLite header"));
        }
        if (!headerIsSane(path)) {
            return makeError(Kind::Corrupt,
                             Tr::tr("The database %1 is damaged and cannot be opened. It was not changed; "
                                    "restore it from a backup.")
                                 .arg(path),
                             QStringLiteral("the SQLite header is damaged"));
        }
        auto inspected = inspect(path, !folderWritable);
        if (!inspected) {
            StorageError e = inspected.error();
            if (e.kind == Kind::Corrupt || e.kind == Kind::QueryFailed) {
                e.kind = Kind::Corrupt;
                e.message = Tr::tr("The database %1 is damaged and cannot be opened. It was not changed; "
                                   "restore it from a backup.")
                                .arg(path);
            }
            return e;
        }
        found = *inspected;
        if ((found.applicationId != 0 && found.applicationId != Migrations::applicationId)
            || (found.userVersion == 0 && found.schemaObjects > 0)) {
            return makeError(
                Kind::NotCopydesk,
                Tr::tr("%1 is a database of another program, not of Copydesk. It was not changed.").arg(path),
                QStringLiteral("application_id=%1 user_version=%2 objects=%3")
                    .arg(found.applicationId)
                    .arg(found.userVersion)
                    .arg(found.schemaObjects));
        }
        if (found.userVersion > Migrations::latestVersion()) {
            return makeError(
                Kind::TooNew,
                Tr::tr("%1 was written by a newer version of Copydesk. Update Copydesk to open it; "
                       "the file was not changed.")
                    .arg(path),
                QStringLiteral("user_version %1 > known %2").arg(found.userVersion).arg(Migrations::latestVersion()));
        }
    }

    const bool readOnly = !fileWritable || !folderWritable;
    if (readOnly && found.userVersion < Migrations::latestVersion()) {
        return makeError(Kind::ReadOnly,
                         Tr::tr("%1 needs an upgrade to this version of Copydesk, but it is read-only.").arg(path),
                         QStringLiteral("user_version %1, file writable %2, folder writable %3")
                             .arg(found.userVersion)
                             .arg(fileWritable)
                             .arg(folderWritable));
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    database->m_readOnly = readOnly;
    if (readOnly) {
        database->m_readOnlyReason = !fileWritable
            ? Tr::tr("The database file is read-only; changes cannot be saved.")
            : Tr::tr("The database's folder is read-only; changes cannot be saved.");
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly && !folderWritable) {
        // Without a writable folder SQLite cannot make its -shm file; immutable=1 reads without it.
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        StorageError e = Sql::errorFrom(db.lastError(), "open");
        e.kind = Kind::CannotCreate;
        e.message = Tr::tr("The database %1 cannot be opened.").arg(path);
        return e;
    }

    QSqlQuery q(db);
    const auto pragma = [&q](const QString &statement) -> Result<void> {
        if (!q.exec(statement))
            return Sql::errorFrom(q.lastError(), "pragma");
        return {};
    };
    if (auto r = pragma(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r.error();
    if (!readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
            || q.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
            StorageError e = Sql::errorFrom(q.lastError(), "journal_mode=WAL");
            e.detail += QStringLiteral(" (journal mode is %1)").arg(q.value(0).toString());
            return e;
        }
        if (auto r = pragma(QStringLiteral("PRAGMA synchronous = FULL")); !r)
            return r.error();
    }
    q.finish();

    if (found.userVersion < Migrations::latestVersion()) {
        if (found.userVersion > 0) {
            auto backup = backUp(db, path, found.userVersion);
            if (!backup)
                return backup.error();
            database->m_backupPath = *backup;
            qCInfo(lcDatabase) << "backed up" << path << "to" << *backup << "before migrating from version"
                               << found.userVersion;
        }
        if (auto migrated = Migrations::migrate(db, found.userVersion); !migrated)
            return migrated.error();
        database->m_isNew = found.userVersion == 0;
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return DatabaseOpener::open(path);
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && !m_readOnly) {
            // Fold the WAL back into the file so a clean quit leaves one self-contained file.
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Database::begin()
{
    if (m_transactionDepth++ > 0)
        return {};
    // IMMEDIATE takes the write lock at once, so a transaction that reads before it writes waits
    // for another connection's write (busy timeout) instead of failing with SQLITE_BUSY_SNAPSHOT
    // when that write lands in between (seen with the autosave worker during a restore).
    QSqlQuery query(connection());
    if (!query.exec(m_readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        m_transactionDepth = 0;
        return Sql::errorFrom(query.lastError(), "begin transaction");
    }
    return {};
}

Result<void> Database::commit()
{
    if (--m_transactionDepth > 0)
        return {};
    QSqlDatabase db = connection();
    if (!db.commit()) {
        StorageError e = Sql::errorFrom(db.lastError(), "commit");
        db.rollback();
        return e;
    }
    return {};
}

void Database::rollback()
{
    if (--m_transactionDepth > 0)
        return;
    connection().rollback();
}
