// SPDX-License-Identifier: GPL-3.0-or-later
// A power cut at any moment keeps every save the app reported, and never leaves a corrupt file
// (product.md: at most the last second of typing is lost to a power cut).
//
// The app saves through ArticleSaver, as it does while a journalist types, on a database whose
// every write, sync and deletion PowerLossVfs records. The test then builds, for many cut points,
// the files a disk could hold had the power gone just then (each file as of its last sync plus a
// random part of the writes after it) and opens them as the app would after a restart.

#include "articlerepository.h"
#include "articlesaver.h"
#include "database.h"
#include "powerlossvfs.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class PowerLossTest : public QObject
{
    Q_OBJECT

    struct Reported {
        qsizetype moment; ///< ops recorded when the app was told the save was stored
        QString body;
    };

    // What SQLite says of the files, opened as a restarted program would (recovering the WAL).
    static QString integrity(const QString &path)
    {
        QString answer;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            if (!db.open())
                return QStringLiteral("<cannot open>");
            QSqlQuery q(db);
            answer = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("<no answer>");
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The SQLite this test links must be the one Qt's driver uses, or the VFS sees nothing;
        // recordsTheDriversWrites() proves it does.
        QVERIFY(PowerLossVfs::install());
    }

    void recordsTheDriversWrites()
    {
        QTemporaryDir dir;
        PowerLossVfs::record(dir.path());
        {
            auto db = Database::open(dir.filePath(QStringLiteral("probe.db")));
            QVERIFY(db);
        }
        const QList<PowerLossVfs::Op> ops = PowerLossVfs::stop();
        QVERIFY2(ops.size() > 10, "Qt's SQLite driver does not go through the libsqlite3 this test registered on");
        QVERIFY(
            std::any_of(ops.cbegin(), ops.cend(), [](const auto &op) { return op.kind == PowerLossVfs::Op::Sync; }));
    }

    void everyReportedSaveSurvivesACutAtAnyMoment()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("power-loss test: seed %u", seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newsroom.db"));
        PowerLossVfs::record(dir.path());

        // A session of typing, saved as the app saves; halfway the app quits and starts again
        // (closing checkpoints the WAL into the database file, which must be cut-safe too).
        QList<Reported> reported;
        Article editing;
        QString body;
        for (int session = 0; session < 2; ++session) {
            auto db = Database::open(path);
            QVERIFY(db);
            if (session == 0) {
                Article a;
                a.headline = QStringLiteral("Power cut");
                editing = TAKE(ArticleRepository(*db.value()).create(a));
            }
            ArticleSaver saver(*db.value(), QStringLiteral("ana"));
            saver.setSource([&] { return ArticleSaver::Snapshot{editing, std::nullopt}; });
            saver.setArticle(editing);
            QObject::connect(&saver, &ArticleSaver::saved, &saver, [&](const Article &stored, bool) {
                reported.append({PowerLossVfs::recorded(), stored.body});
            });
            for (int edit = 0; edit < 25; ++edit) {
                // Some edits are long, so pages split and the WAL grows.
                body += QStringLiteral("Paragraph %1 of session %2. ")
                            .arg(edit)
                            .arg(session)
                            .repeated(1 + random.bounded(60));
                body += u'\n';
                editing.body = body;
                saver.edited();
                saver.saveSoon();
                const qsizetype before = reported.size();
                QTRY_VERIFY_WITH_TIMEOUT(reported.size() > before, 10000);
            }
            QVERIFY(saver.flush());
        }
        const QList<PowerLossVfs::Op> ops = PowerLossVfs::stop();
        QVERIFY(reported.size() >= 40);

        // Cut points: just before and just after every sync (where it matters most), and at random.
        QList<qsizetype> cuts;
        for (qsizetype i = 0; i < ops.size(); ++i) {
            if (ops.at(i).kind == PowerLossVfs::Op::Sync)
                cuts << i << i + 1;
        }
        for (int i = 0; i < 200; ++i)
            cuts << random.bounded(ops.size() + 1);
        cuts << ops.size();
        qInfo("power-loss test: %lld operations, %lld reported saves, %lld cut points",
              static_cast<long long>(ops.size()), static_cast<long long>(reported.size()),
              static_cast<long long>(cuts.size()));

        const auto chance = [&random](int n) { return int(random.bounded(n)); };
        QStringList failures;
        for (const qsizetype cut : std::as_const(cuts)) {
            QTemporaryDir after;
            const QHash<QString, QByteArray> disk = PowerLossVfs::diskAt(ops, cut, chance);
            for (auto it = disk.cbegin(); it != disk.cend(); ++it) {
                // The shared-memory index is rebuilt from the WAL after a restart.
                if (it.key().endsWith(QLatin1StringView("-shm")))
                    continue;
                QFile file(after.filePath(QFileInfo(it.key()).fileName()));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(it.value());
            }
            const QString restored = after.filePath(QStringLiteral("newsroom.db"));
            const QString where = QStringLiteral("cut before op %1 of %2: ").arg(cut).arg(ops.size());
            // The last save the app had been told was stored when the power went.
            qsizetype mustHave = -1;
            for (qsizetype i = 0; i < reported.size() && reported.at(i).moment <= cut; ++i)
                mustHave = i;
            if (!QFile::exists(restored)) {
                if (mustHave >= 0)
                    failures << where + QStringLiteral("the database file is gone");
                continue;
            }
            if (const QString check = integrity(restored); check != u"ok") {
                failures << where + QStringLiteral("integrity_check: %1").arg(check);
                continue;
            }
            auto db = Database::open(restored);
            if (!db) {
                failures << where + db.error().toLogString();
                continue;
            }
            if (mustHave < 0)
                continue;
            auto stored = ArticleRepository(*db.value()).load(editing.id);
            if (!stored) {
                failures << where + QStringLiteral("the story is gone: %1").arg(stored.error().toLogString());
                continue;
            }
            // That save or a later one, never an older one nor a mixture.
            bool found = false;
            for (qsizetype i = mustHave; i < reported.size() && !found; ++i)
                found = reported.at(i).body == stored->body;
            if (!found)
                failures << where
                        + QStringLiteral("reported save %1 (%2 characters) is lost; the body has %3")
                              .arg(mustHave)
                              .arg(reported.at(mustHave).body.size())
                              .arg(stored->body.size());
        }
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 cuts failed:\n").arg(failures.size()).arg(cuts.size())
                            + failures.mid(0, 10).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(PowerLossTest)
#include "tst_powerloss.moc"
