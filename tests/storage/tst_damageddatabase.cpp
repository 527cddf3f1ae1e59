// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged file (truncated, bit-flipped, zeroed, not SQLite at all) is met with a clear message and
// is never written to: its bytes are the same after Copydesk had it open (product.md: "a corrupt
// database gets a clear message and loses nothing"). Many variants of one healthy database.

#include "articlerepository.h"
#include "database.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Kind = StorageError::Kind;

namespace {
enum class Damage { TruncateTo, Zero, FlipBit, Replace };
constexpr qsizetype page = 4096;
} // namespace

class DamagedDatabaseTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_healthy; ///< a checkpointed database with three stories, in one file

    // What the user sees must say what is wrong in plain words, not SQLite's.
    static bool isClear(const StorageError &e)
    {
        return !e.message.isEmpty() && !e.message.contains(QLatin1StringView("SQLITE_"))
            && !e.message.contains(QLatin1StringView("[SQLite")) && !e.message.contains(QLatin1StringView("malformed"))
            && !e.message.contains(QLatin1StringView("fetch row"))
            && (e.kind == Kind::NotADatabase || e.kind == Kind::Corrupt || e.kind == Kind::NotCopydesk
                || e.kind == Kind::TooNew);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("healthy.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            ArticleRepository articles(*db.value());
            for (int i = 0; i < 3; ++i) {
                Article a;
                a.headline = QStringLiteral("Story %1").arg(i);
                a.body = QStringLiteral("A paragraph of story %1. ").arg(i).repeated(400);
                QVERIFY(articles.create(a));
            }
        } // closing folds the WAL into the file
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_healthy = f.readAll();
        QVERIFY(m_healthy.size() >= 8 * page);
    }

    void aDamagedFileGetsAClearMessageAndIsNeverWritten_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<qsizetype>("where");
        QTest::addColumn<QByteArray>("bytes"); // Replace: the whole file
        QTest::addColumn<bool>("mustRefuse"); // the damage is where opening looks

        const qsizetype size = m_healthy.size();
        for (const qsizetype to : {qsizetype(10), qsizetype(99), qsizetype(100), page - 1, page, 2 * page, size / 2,
                                   size - page, size - 1}) {
            QTest::addRow("truncated to %lld bytes", static_cast<long long>(to))
                << Damage::TruncateTo << to << QByteArray() << (to < page);
        }
        QTest::newRow("zeroed: magic") << Damage::Zero << qsizetype(0) << QByteArray(16, '\0') << true;
        QTest::newRow("zeroed: header") << Damage::Zero << qsizetype(0) << QByteArray(100, '\0') << true;
        QTest::newRow("zeroed: page 1") << Damage::Zero << qsizetype(0) << QByteArray(page, '\0') << true;
        QTest::newRow("zeroed: schema of page 1")
            << Damage::Zero << qsizetype(100) << QByteArray(page - 100, '\0') << true;
        for (qsizetype p = 1; p * page < size; ++p) {
            QTest::addRow("zeroed: page %lld", static_cast<long long>(p + 1))
                << Damage::Zero << p * page << QByteArray(page, '\0') << false;
        }
        QTest::newRow("zeroed: whole file") << Damage::Zero << qsizetype(0) << QByteArray(size, '\0') << true;
        // https://sqlite.org/fileformat.html#the_database_header
        // Header fields (the magic, page size, format versions, payload fractions, schema format,
        // text encoding) must be refused at once; the reserved-space byte and page 1's b-tree
        // (from byte 100) may open, to fail with a clear message where they are read.
        for (const qsizetype at : {0, 15, 16, 17, 18, 19, 21, 22, 23, 44, 47, 56, 59})
            QTest::addRow("bit flipped at %lld", static_cast<long long>(at))
                << Damage::FlipBit << at << QByteArray() << true;
        for (const qsizetype at : {20, 100, 103, 105, 107})
            QTest::addRow("bit flipped at %lld", static_cast<long long>(at))
                << Damage::FlipBit << at << QByteArray() << false;
        // The b-tree page type byte of every later page, and a byte in the middle of each.
        for (qsizetype p = 1; p * page < size; ++p) {
            QTest::addRow("bit flipped: type of page %lld", static_cast<long long>(p + 1))
                << Damage::FlipBit << p * page << QByteArray() << false;
            QTest::addRow("bit flipped: middle of page %lld", static_cast<long long>(p + 1))
                << Damage::FlipBit << p * page + page / 2 << QByteArray() << false;
        }
        const auto replaced = [](const char *name, const QByteArray &bytes) {
            QTest::newRow(name) << Damage::Replace << qsizetype(0) << bytes << true;
        };
        replaced("not SQLite: a letter", QByteArrayLiteral("Dear editor,\nthis is a letter.\n"));
        replaced("not SQLite: HTML", QByteArrayLiteral("<!doctype html><html><body>Not a database</body></html>"));
        replaced("not SQLite: JSON", QByteArrayLiteral("{\"articles\": []}"));
        replaced("not SQLite: PNG", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 20));
        replaced("not SQLite: gzip", QByteArray("\x1f\x8b\x08\0\0\0\0\0\0\x03", 10).repeated(50));
        replaced("not SQLite: a WAL file", QByteArray("\x37\x7f\x06\x82\0\x2d\xe2\x18", 8) + QByteArray(4088, 'w'));
        replaced("not SQLite: one byte", QByteArrayLiteral("S"));
        replaced("not SQLite: binary noise", [] {
            QByteArray noise(3 * page, '\0');
            quint32 x = 2463534242u;
            for (char &c : noise) {
                x ^= x << 13, x ^= x >> 17, x ^= x << 5;
                c = char(x);
            }
            return noise;
        }());
        replaced("only the SQLite header", QByteArray("SQLite format 3\0", 16));
        replaced("the SQLite header, then noise", QByteArray("SQLite format 3\0", 16) + QByteArray(page, '\xa5'));
        replaced("SQLite 2",
                 QByteArray("** This file contains an SQLite 2.1 database **", 47) + QByteArray(page, '\0'));
    }

    void aDamagedFileGetsAClearMessageAndIsNeverWritten()
    {
        QFETCH(Damage, damage);
        QFETCH(qsizetype, where);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, mustRefuse);

        QByteArray damaged = m_healthy;
        switch (damage) {
        case Damage::TruncateTo:
            damaged.truncate(where);
            break;
        case Damage::Zero:
            damaged.replace(where, bytes.size(), bytes);
            break;
        case Damage::FlipBit:
            damaged[where] = char(damaged.at(where) ^ 0x10);
            break;
        case Damage::Replace:
            damaged = bytes;
            break;
        }
        const QString path = m_dir.filePath(
            QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u':')));
        QVERIFY(TestFiles::write(path, damaged));
        const QByteArray before = TestFiles::sha256(path);

        QStringList problems;
        {
            auto db = Database::open(path);
            if (!db) {
                if (!isClear(db.error()))
                    problems << QStringLiteral("unclear refusal: %1").arg(db.error().toLogString());
            } else {
                if (mustRefuse)
                    problems << QStringLiteral("opened, though the damage is where opening looks");
                // Whatever opened is read to the end, as the story list and the editor would.
                ArticleRepository articles(*db.value());
                auto list = articles.list();
                if (!list) {
                    if (!isClear(list.error()) && list.error().kind != Kind::QueryFailed)
                        problems << QStringLiteral("unclear error listing: %1").arg(list.error().toLogString());
                } else {
                    for (const ArticleSummary &summary : std::as_const(list.value())) {
                        auto loaded = articles.load(summary.id);
                        if (!loaded && loaded.error().message.isEmpty())
                            problems << QStringLiteral("loading without a message");
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(TestFiles::sha256(path), before);
        QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0,
                 "something was written to the WAL of a damaged database");
    }

    // A WAL left behind full of noise (a crash of another program, a bad copy) is no reason to lose
    // the database: SQLite checks each frame's checksum and ignores what does not match.
    void aGarbageWalBesideAHealthyFileIsIgnored()
    {
        const QString path = m_dir.filePath(QStringLiteral("with-bad-wal.db"));
        QVERIFY(TestFiles::write(path, m_healthy));
        QVERIFY(TestFiles::write(path + QStringLiteral("-wal"), QByteArray(3 * page, '\x5a')));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toLogString()));
        auto list = ArticleRepository(*db.value()).list();
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
    }
};

QTEST_GUILESS_MAIN(DamagedDatabaseTest)
#include "tst_damageddatabase.moc"
