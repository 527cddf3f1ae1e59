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
                const qsizetype n = line.mid(line.indexOf(' ') + 1).toLongLong();
                if (line.startsWith("saved "))
                    seen.lastSaved = n;
                else if (line.startsWith("typed "))
                    seen.lastTyped = n;
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
        // One second of typing at 50 words a second is at most ~300 characters behind.
        QVERIFY2(child.lastTyped - body.size() <= 400,
                 qPrintable(QStringLiteral("typed %1, stored %2").arg(child.lastTyped).arg(body.size())));
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
