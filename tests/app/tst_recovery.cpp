// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

// What recoverychild types: "w0000 w0001 w0002 ..."
static QString typedText(qsizetype length)
{
    QString text;
    for (int i = 0; text.size() < length; ++i)
        text += QStringLiteral("w%1 ").arg(i, 4, 10, QLatin1Char('0'));
    return text.left(length);
}

class RecoveryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Child {
        qsizetype lastSaved = -1;
        qsizetype lastTyped = -1;
        QList<std::pair<qint64, qsizetype>> typing; ///< (milliseconds, characters typed by then)

        /// How many characters were typed in the last `ms` milliseconds before the child stopped.
        qsizetype typedInLast(qint64 ms) const
        {
            if (typing.isEmpty())
                return 0;
            const qint64 since = typing.constLast().first - ms;
            // The first key inside the window counts too: measure from what there was before it.
            qsizetype before = 0;
            for (const auto &[when, count] : typing) {
                if (when >= since)
                    return lastTyped - before;
                before = count;
            }
            return 0;
        }
    };

    // Runs the child until it has stored at least `savedAtLeast` characters, then `stop`s it.
    static Child runChild(const QString &db, qsizetype savedAtLeast, const std::function<void(QProcess &)> &stop)
    {
        QProcess process;
        process.setProgram(QStringLiteral(RECOVERY_CHILD));
        process.setArguments({db, QStringLiteral("-platform"), QStringLiteral("offscreen")});
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        Child seen;
        const auto readLines = [&] {
            while (process.canReadLine()) {
                const QByteArray line = process.readLine().trimmed();
                const QList<QByteArray> words = line.split(' ');
                const qsizetype n = words.value(1).toLongLong();
                if (words.first() == "saved") {
                    seen.lastSaved = n;
                } else if (words.first() == "typed") {
                    seen.lastTyped = n;
                    seen.typing.append({words.value(2).toLongLong(), n});
                }
            }
        };
        QElapsedTimer clock;
        clock.start();
        while (seen.lastSaved < savedAtLeast && clock.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            readLines();
        }
        stop(process);
        process.waitForFinished(30000);
        readLines();
        return seen;
    }

    // What SQLite itself says of the file, before Copydesk's own opening code touches it.
    static QString integrity(const QString &path)
    {
        QString answer;
        const QString name = QStringLiteral("integrity-%1").arg(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return QStringLiteral("<cannot open>");
            QSqlQuery q(db);
            answer = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("<no answer>");
        }
        QSqlDatabase::removeDatabase(name);
        return answer;
    }

    // One run of the kill test: a child typing at a typist's pace, killed at a random moment.
    struct KillRound {
        int index = 0;
        QString path;
        std::unique_ptr<QProcess> process;
        Child seen;
        QElapsedTimer started;
        qint64 killAt = -1; ///< ms after start, once known
        qint64 afterFirstKey = -1; ///< ms after the first key, or -1 for a kill at a moment after start
    };

    static void readLines(KillRound &round)
    {
        while (round.process->canReadLine()) {
            const QList<QByteArray> words = round.process->readLine().trimmed().split(' ');
            const qsizetype n = words.value(1).toLongLong();
            if (words.first() == "saved") {
                round.seen.lastSaved = n;
            } else if (words.first() == "typed") {
                round.seen.lastTyped = n;
                round.seen.typing.append({words.value(2).toLongLong(), n});
            }
        }
    }

    /// Empty when the round kept every promise, otherwise what went wrong.
    static QString checkKilled(const KillRound &round)
    {
        const QString where =
            QStringLiteral("round %1 (killed %2 ms after %3): ")
                .arg(round.index)
                .arg(round.afterFirstKey >= 0 ? round.afterFirstKey : round.killAt)
                .arg(round.afterFirstKey >= 0 ? QStringLiteral("the first key") : QStringLiteral("start"));
        if (round.process->exitStatus() != QProcess::CrashExit)
            return where
                + QStringLiteral("the child ended before it was killed (exit code %1)").arg(round.process->exitCode());
        if (!QFile::exists(round.path))
            return round.seen.lastTyped <= 0 ? QString() : where + QStringLiteral("typed, but no database file");
        const QString check = integrity(round.path);
        if (check != u"ok")
            return where + QStringLiteral("integrity_check says %1").arg(check);
        auto db = Database::open(round.path);
        if (!db)
            return where + QStringLiteral("cannot be opened again: %1").arg(db.error().toLogString());
        ArticleRepository articles(*db.value());
        auto list = articles.list();
        if (!list || list->size() > 1)
            return where + QStringLiteral("expected at most one story");
        const QString body = list->isEmpty() ? QString() : articles.load(list->first().id)->body;
        if (body != typedText(body.size()))
            return where + QStringLiteral("the stored body is not what was typed: %1").arg(body.right(40));
        if (body.size() < round.seen.lastSaved)
            return where
                + QStringLiteral("a reported save was lost: %1 < %2").arg(body.size()).arg(round.seen.lastSaved);
        const qsizetype lost = std::max<qsizetype>(0, round.seen.lastTyped) - body.size();
        if (lost > round.seen.typedInLast(2000))
            return where
                + QStringLiteral("typed %1, stored %2, but only %3 in the last 2 s")
                      .arg(round.seen.lastTyped)
                      .arg(body.size())
                      .arg(round.seen.typedInLast(2000));
        return QString();
    }

    static QString storedBody(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            return QStringLiteral("<cannot open: %1>").arg(db.error().toLogString());
        ArticleRepository articles(*db.value());
        auto list = articles.list();
        if (!list || list->size() != 1)
            return QStringLiteral("<expected one story>");
        return articles.load(list->first().id)->body;
    }

private Q_SLOTS:
    void aKilledEditorLosesAtMostTheLastSecond()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.db"));
        const Child child = runChild(path, 300, [](QProcess &p) {
            QTest::qWait(300); // typing goes on past the last save
            p.kill();
        });
        QVERIFY2(child.lastSaved >= 300, "the child never reported a save");
        const QString body = storedBody(path);
        // Nothing reported as saved is lost, and what is there is exactly what was typed.
        QVERIFY2(body.size() >= child.lastSaved,
                 qPrintable(QStringLiteral("%1 < %2").arg(body.size()).arg(child.lastSaved)));
        QCOMPARE(body, typedText(body.size()));
        // At most the last second is lost (product.md); half a second more for the write itself
        // and a busy machine. Measured in what the child typed, whatever its speed.
        const qsizetype lost = child.lastTyped - body.size();
        QVERIFY2(lost <= child.typedInLast(1500),
                 qPrintable(QStringLiteral("typed %1, stored %2, typed in the last 1.5 s: %3")
                                .arg(child.lastTyped)
                                .arg(body.size())
                                .arg(child.typedInLast(1500))));
    }

    // Many short sessions, each killed (SIGKILL) at a random moment: mostly while typing, some
    // while the window starts and creates the database. COPYDESK_KILL_ROUNDS sets the number of
    // rounds; COPYDESK_LONG_TESTS=1 makes it 2,000.
    void killedAtRandomMomentsNothingSavedIsLostNorMoreThanTwoSeconds()
    {
        int rounds = qEnvironmentVariableIntValue("COPYDESK_LONG_TESTS") ? 2000 : 200;
        if (qEnvironmentVariableIsSet("COPYDESK_KILL_ROUNDS"))
            rounds = qEnvironmentVariableIntValue("COPYDESK_KILL_ROUNDS");
        // Many at once: a child mostly waits between keys (about 0.2 s of CPU per round).
        const int parallel = 16;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill test: %d rounds, seed %u", rounds, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Rounds killed while typing start from a ready database, so their time goes to typing;
        // the rounds killed at any moment create theirs, and may be killed while doing so.
        const QString ready = dir.filePath(QStringLiteral("ready.db"));
        QVERIFY(Database::open(ready));

        std::vector<std::unique_ptr<KillRound>> running;
        QStringList failures;
        int startedRounds = 0;
        int checked = 0;
        int killedWhileTyping = 0;
        QElapsedTimer total;
        total.start();
        while (checked < rounds && total.elapsed() < 600000) {
            while (int(running.size()) < parallel && startedRounds < rounds) {
                auto round = std::make_unique<KillRound>();
                round->index = startedRounds++;
                round->path = dir.filePath(QStringLiteral("kill-%1.db").arg(round->index));
                // One in eight is killed at any moment of its first 1.5 s, start-up included.
                if (random.bounded(8) == 0)
                    round->killAt = random.bounded(1500);
                else // Up to 4.5 s: only a kill more than 2 s in can show more than 2 s lost.
                    round->afterFirstKey = random.bounded(4500);
                if (round->afterFirstKey >= 0)
                    QVERIFY(QFile::copy(ready, round->path));
                round->process = std::make_unique<QProcess>();
                round->process->setProgram(QStringLiteral(RECOVERY_CHILD));
                round->process->setArguments({round->path, QStringLiteral("human:%1").arg(random.generate()),
                                              QStringLiteral("-platform"), QStringLiteral("offscreen")});
                round->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
                round->process->start();
                round->started.start();
                running.push_back(std::move(round));
            }
            QTest::qWait(5);
            for (auto it = running.begin(); it != running.end();) {
                KillRound &round = **it;
                readLines(round);
                if (round.killAt < 0 && !round.seen.typing.isEmpty())
                    round.killAt = round.started.elapsed() + round.afterFirstKey;
                if (round.killAt >= 0 && round.started.elapsed() >= round.killAt
                    && round.process->state() != QProcess::NotRunning) {
                    round.process->kill();
                }
                if (round.process->state() == QProcess::NotRunning || round.started.elapsed() > 60000) {
                    round.process->kill();
                    round.process->waitForFinished(10000);
                    readLines(round);
                    if (const QString failure = checkKilled(round); !failure.isEmpty())
                        failures << failure;
                    if (round.seen.lastTyped > 0)
                        ++killedWhileTyping;
                    ++checked;
                    QFile::remove(round.path);
                    it = running.erase(it);
                } else {
                    ++it;
                }
            }
        }
        qInfo("kill test: %d rounds in %lld ms, %d of them killed while typing", checked,
              static_cast<long long>(total.elapsed()), killedWhileTyping);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
        QCOMPARE(checked, rounds);
        // Most rounds must have been killed while typing, or the test proves little.
        QVERIFY(killedWhileTyping >= rounds / 2);
    }

    void aTerminatedEditorLosesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("terminated.db"));
        const Child child = runChild(path, 200, [](QProcess &p) { p.terminate(); });
        QVERIFY(child.lastTyped >= 200);
        const QString body = storedBody(path);
        QCOMPARE(body.size(), child.lastTyped);
        QCOMPARE(body, typedText(child.lastTyped));
    }
};

QTEST_GUILESS_MAIN(RecoveryTest)
#include "tst_recovery.moc"
