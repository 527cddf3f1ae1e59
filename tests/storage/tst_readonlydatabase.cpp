// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"
#include "testfiles.h"
#include "unprivileged.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Kind = StorageError::Kind;

class ReadOnlyDatabaseTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // A database with one story, written while everything is still writable.
    QString makeDatabase(const QString &folder)
    {
        QDir().mkpath(m_dir->filePath(folder));
        const QString p = m_dir->filePath(folder + QStringLiteral("/desk.db"));
        auto db = Database::open(p);
        if (!db)
            return {};
        ArticleRepository articles(**db);
        Article a;
        a.headline = QStringLiteral("Readable, not writable");
        a.body = QStringLiteral("Body text");
        return articles.create(a).ok() ? p : QString();
    }

    static void checkReadOnly(const QString &p)
    {
        const QByteArray before = TestFiles::sha256(p);
        auto db = Database::open(p);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toLogString()));
        QVERIFY((*db)->isReadOnly());
        QVERIFY((*db)->readOnlyReason().contains(QStringLiteral("read-only")));

        ArticleRepository articles(**db);
        auto list = articles.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().headline, QStringLiteral("Readable, not writable"));

        auto loaded = articles.load(list->first().id);
        QVERIFY(loaded.ok());
        loaded->body = QStringLiteral("An edit that cannot be kept");
        auto saved = articles.update(*loaded);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Kind::ReadOnly);
        QVERIFY(!saved.error().message.isEmpty());
        db = StorageError{}; // close before comparing bytes
        QCOMPARE(TestFiles::sha256(p), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Unprivileged::dropRootIfNeeded());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aReadOnlyFileOpensReadOnlyAndSaysSo()
    {
        const QString p = makeDatabase(QStringLiteral("file"));
        QVERIFY(!p.isEmpty());
        QVERIFY(QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        checkReadOnly(p);
    }

    void aReadOnlyFolderOpensReadOnlyAndSaysSo()
    {
        const QString p = makeDatabase(QStringLiteral("folder"));
        QVERIFY(!p.isEmpty());
        const QString folder = m_dir->filePath(QStringLiteral("folder"));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        checkReadOnly(p);
        QVERIFY(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("desk.db")});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void aNewDatabaseInAReadOnlyFolderIsAClearError()
    {
        const QString folder = m_dir->filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        auto db = Database::open(folder + QStringLiteral("/new.db"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Kind::CannotCreate);
        QVERIFY(db.error().message.contains(QStringLiteral("read-only")));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void cleanupTestCase() { m_dir.reset(); }
};

QTEST_GUILESS_MAIN(ReadOnlyDatabaseTest)
#include "tst_readonlydatabase.moc"
