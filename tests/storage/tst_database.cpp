// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"
#include "migrations.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Kind = StorageError::Kind;

class DatabaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A Copydesk database at schema version 1, as an older build would have left it.
    QString makeVersion1Database(const QString &name)
    {
        const QString p = path(name);
        const bool ok = TestFiles::withRawSqlite(p, [](QSqlDatabase &db) {
            if (!Migrations::migrate(db, 0, 1).ok())
                return false;
            return TestFiles::exec(db,
                                   "INSERT INTO articles (slug, headline, body, created_at, updated_at) "
                                   "VALUES ('kept', 'Kept across the upgrade', 'body', '2026-01-01T00:00:00.000Z', "
                                   "'2026-01-01T00:00:00.000Z')");
        });
        return ok ? p : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aNewFileGetsTheSchemaAndThePragmas()
    {
        const QString p = path(QStringLiteral("new/folders/on/the/way/copydesk.db"));
        auto db = Database::open(p);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
        QVERIFY((*db)->isNew());
        QVERIFY(!(*db)->isReadOnly());
        QVERIFY((*db)->backupPath().isEmpty());
        QSqlDatabase c = (*db)->connection();
        QCOMPARE(TestFiles::scalar(c, "PRAGMA user_version").toInt(), Database::currentSchemaVersion());
        QCOMPARE(TestFiles::scalar(c, "PRAGMA application_id").toInt(), Migrations::applicationId);
        QCOMPARE(TestFiles::scalar(c, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(TestFiles::scalar(c, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(TestFiles::scalar(c, "PRAGMA synchronous").toInt(), 2); // FULL
        for (const char *table :
             {"publication", "sections", "authors", "bylines", "tags", "article_tags", "images", "revisions",
              "publish_targets", "article_remotes", "publish_jobs", "publish_log", "dictionary_words"}) {
            QSqlQuery q(c);
            QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")));
            q.addBindValue(QLatin1StringView(table));
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
    }

    void reopeningIsNeitherNewNorMigrated()
    {
        const QString p = path(QStringLiteral("reopen.db"));
        QVERIFY(Database::open(p).ok());
        auto again = Database::open(p);
        QVERIFY(again.ok());
        QVERIFY(!(*again)->isNew());
        QVERIFY((*again)->backupPath().isEmpty());
    }

    void anEmptyFileIsMigratedFromNothing()
    {
        const QString p = path(QStringLiteral("empty.db"));
        QVERIFY(TestFiles::write(p, {}));
        auto db = Database::open(p);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
        QVERIFY((*db)->isNew());
        QCOMPARE(TestFiles::scalar((*db)->connection(), "PRAGMA user_version").toInt(),
                 Database::currentSchemaVersion());
    }

    void anOlderDatabaseIsBackedUpThenMigrated()
    {
        const QString p = makeVersion1Database(QStringLiteral("version1.db"));
        QVERIFY(!p.isEmpty());
        const QByteArray before = TestFiles::sha256(p);
        auto db = Database::open(p);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
        QVERIFY(!(*db)->isNew());
        QCOMPARE(TestFiles::scalar((*db)->connection(), "PRAGMA user_version").toInt(),
                 Database::currentSchemaVersion());
        ArticleRepository articles(**db);
        auto kept = articles.findBySlug(QStringLiteral("kept"));
        QVERIFY(kept.ok());
        QCOMPARE(kept->headline, QStringLiteral("Kept across the upgrade"));

        const QString backup = (*db)->backupPath();
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(backup.startsWith(p));
        QVERIFY(TestFiles::withRawSqlite(backup, [](QSqlDatabase &b) {
            return TestFiles::scalar(b, "PRAGMA user_version").toInt() == 1
                && TestFiles::scalar(b, "SELECT headline FROM articles").toString()
                == QStringLiteral("Kept across the upgrade");
        }));
        QVERIFY(TestFiles::sha256(p) != before);
    }

    void aFailedMigrationStepIsRolledBack()
    {
        const QString p = makeVersion1Database(QStringLiteral("blocked.db"));
        QVERIFY(!p.isEmpty());
        // Something already occupies the name version 2 creates, so the step fails half-way.
        QVERIFY(TestFiles::withRawSqlite(
            p, [](QSqlDatabase &db) { return TestFiles::exec(db, "CREATE TABLE dictionary_words (x)"); }));
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::MigrationFailed);
        QVERIFY(!db.error().message.isEmpty());
        QVERIFY(TestFiles::withRawSqlite(p, [](QSqlDatabase &raw) {
            return TestFiles::scalar(raw, "PRAGMA user_version").toInt() == 1
                && TestFiles::scalar(raw, "SELECT count(*) FROM articles").toInt() == 1;
        }));
    }

    void aPathThatCannotBeCreatedIsAClearError()
    {
        const QString blocker = path(QStringLiteral("a-file"));
        QVERIFY(TestFiles::write(blocker, "not a folder"));
        auto db = Database::open(blocker + QStringLiteral("/sub/copydesk.db"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::CannotCreate);
        QVERIFY(db.error().message.contains(QStringLiteral("cannot be created")));
    }

    void aFolderIsNotADatabase()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.db")));
        auto db = Database::open(path(QStringLiteral("folder.db")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::CannotCreate);
    }

    void aFileThatIsNotSqliteIsRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("Dear editor,\nthis is a letter, not a database.\n");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("almost the header") << QByteArray("SQLite format 2\0and more bytes here", 35);
    }
    void aFileThatIsNotSqliteIsRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        const QString p = path(QStringLiteral("letter-%1.db").arg(QLatin1StringView(QTest::currentDataTag())));
        QVERIFY(TestFiles::write(p, content));
        const QByteArray before = TestFiles::sha256(p);
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::NotADatabase);
        QVERIFY(db.error().message.contains(QStringLiteral("not a Copydesk database")));
        QCOMPARE(TestFiles::sha256(p), before);
    }

    void anotherProgramsDatabaseIsRefusedAndUntouched()
    {
        const QString p = path(QStringLiteral("other.db"));
        QVERIFY(TestFiles::withRawSqlite(p, [](QSqlDatabase &db) {
            return TestFiles::exec(db, "CREATE TABLE recipes (name TEXT)")
                && TestFiles::exec(db, "INSERT INTO recipes VALUES ('soup')");
        }));
        const QByteArray before = TestFiles::sha256(p);
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::NotCopydesk);
        QCOMPARE(TestFiles::sha256(p), before);
    }

    void aCorruptDatabaseIsRefusedAndNeverOverwritten()
    {
        const QString p = path(QStringLiteral("corrupt.db"));
        {
            auto db = Database::open(p);
            QVERIFY(db.ok());
            ArticleRepository articles(**db);
            Article article;
            article.headline = QStringLiteral("Soon damaged");
            auto created = articles.create(article);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toLogString()));
        }
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4096);
        // Keep the 100-byte header; scribble over the rest of the first page, where the schema lives.
        QVERIFY(f.seek(100));
        QVERIFY(f.write(QByteArray(3000, '\x5a')) == 3000);
        f.close();
        const QByteArray before = TestFiles::sha256(p);
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::Corrupt);
        QVERIFY(db.error().message.contains(QStringLiteral("damaged")));
        QVERIFY(!db.error().detail.isEmpty());
        QCOMPARE(TestFiles::sha256(p), before);
    }

    void aDatabaseFromANewerVersionIsRefusedAndLeftByteIdentical()
    {
        const QString p = path(QStringLiteral("future.db"));
        {
            auto db = Database::open(p);
            QVERIFY(db.ok());
        }
        QVERIFY(TestFiles::withRawSqlite(
            p, [](QSqlDatabase &db) { return TestFiles::exec(db, "PRAGMA user_version = 99"); }));
        const QByteArray before = TestFiles::sha256(p);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::TooNew);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(TestFiles::sha256(p), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no backup, no journal left
    }

    void pathsWithQuotesAndSpacesWork()
    {
        const QString p = path(QStringLiteral("it's a \"desk\"; DROP TABLE x.db"));
        const QString v1 = makeVersion1Database(QStringLiteral("it's a \"desk\"; DROP TABLE x.db"));
        QCOMPARE(v1, p);
        auto db = Database::open(p);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
        QVERIFY(QFileInfo::exists((*db)->backupPath()));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
