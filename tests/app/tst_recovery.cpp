// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
            for (const auto &[when, count] : typing) {
                if (when >= since)
                    return lastTyped - count;
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
