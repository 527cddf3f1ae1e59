// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "database.h"
#include "samplenewsroom.h"
#include "testfiles.h"
#include "types.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void parsing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<CommandLine::Mode>("mode");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("subcommandArguments");

        using M = CommandLine::Mode;
        const QString db = QStringLiteral("x.db");
        QTest::newRow("nothing") << QStringList{} << M::Window << QString() << QString() << QStringList{};
        QTest::newRow("file") << QStringList{QStringLiteral("story.md")} << M::Window << QString()
                              << QStringLiteral("story.md") << QStringList{};
        QTest::newRow("database after file")
            << QStringList{QStringLiteral("story.md"), QStringLiteral("--database"), db} << M::Window << db
            << QStringLiteral("story.md") << QStringList{};
        QTest::newRow("database=") << QStringList{QStringLiteral("--database=x.db")} << M::Window << db << QString()
                                   << QStringList{};
        QTest::newRow("Qt's own options") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")}
                                          << M::Window << QString() << QString() << QStringList{};
        QTest::newRow("two files") << QStringList{QStringLiteral("a.md"), QStringLiteral("b.md")} << M::Invalid
                                   << QString() << QString() << QStringList{};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << M::Invalid << QString()
                                        << QString() << QStringList{};
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << M::Version << QString() << QString()
                                 << QStringList{};
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << M::Help << QString() << QString() << QStringList{};
        QTest::newRow("subcommand keeps its options")
            << QStringList{QStringLiteral("--database"), db,
                           QStringLiteral("list"),       QStringLiteral("--json"),
                           QStringLiteral("--status"),   QStringLiteral("draft")}
            << M::Subcommand << db << QString()
            << QStringList{QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("draft")};
        QTest::newRow("subcommand --help is the subcommand's")
            << QStringList{QStringLiteral("list"), QStringLiteral("--help")} << M::Subcommand << QString() << QString()
            << QStringList{QStringLiteral("--help")};
    }

    void parsing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(CommandLine::Mode, mode);
        QFETCH(QString, database);
        QFETCH(QString, file);
        QFETCH(QStringList, subcommandArguments);

        const auto invocation = CommandLine::parse(QStringList{QStringLiteral("copydesk")} + arguments);
        QCOMPARE(invocation.mode, mode);
        if (mode == CommandLine::Mode::Invalid) {
            QVERIFY(!invocation.error.isEmpty());
            return;
        }
        QCOMPARE(invocation.databasePath, database);
        QCOMPARE(invocation.file, file);
        QCOMPARE(invocation.subcommandArguments, subcommandArguments);
    }

    void versionPrintsTheProjectVersion()
    {
        const Run run = copydesk({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("copydesk " COPYDESK_VERSION "\n"));
        QCOMPARE(run.err, QString());
    }

    void helpPrintsUsageAndTheCommands()
    {
        const Run run = copydesk({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1StringView("Usage: copydesk")));
        QVERIFY(run.out.contains(QLatin1StringView("--database PATH")));
        QVERIFY(run.out.contains(QLatin1StringView("\n  list ")));
    }

    void anUnknownOptionIsAUsageError()
    {
        const Run run = copydesk({QStringLiteral("--frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1StringView("frobnicate")));
        QCOMPARE(run.out, QString());
    }

    void listPrintsTheStories()
    {
        const QString path = seededDatabase();
        const Run run = copydesk({QStringLiteral("list"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            QVERIFY(statusFromKey(fields.at(1)).has_value());
            QVERIFY(!fields.at(2).isEmpty());
        }
        QVERIFY(run.out.contains(
            QLatin1StringView("westgate-robotics-opens-its-warehouse-software-to-outside-developers\tin_review\t")));
    }

    void listTakesTheDatabaseBeforeTheCommandToo()
    {
        const QString path = seededDatabase();
        const Run run = copydesk({QStringLiteral("--database"), path, QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 3);
    }

    void listFiltersByStatus()
    {
        const QString path = seededDatabase();
        const Run run = copydesk({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("ready"),
                                  QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst().section(u'\t', 1, 1), QStringLiteral("ready"));
    }

    void listAsJsonIsAnArrayOfStories()
    {
        const QString path = seededDatabase();
        const Run run =
            copydesk({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(document.isArray(), qPrintable(error.errorString()));
        const QJsonArray stories = document.array();
        QCOMPARE(stories.size(), 3);
        for (const QJsonValue &value : stories) {
            const QJsonObject story = value.toObject();
            for (const char *key : {"slug", "headline", "status", "section", "updated"})
                QVERIFY2(!story.value(QLatin1StringView(key)).toString().isEmpty(), key);
            const QString updated = story.value(QLatin1StringView("updated")).toString();
            QVERIFY(updated.endsWith(u'Z'));
            QVERIFY(QDateTime::fromString(updated, Qt::ISODate).isValid());
        }
    }

    void anUnknownStatusIsAUsageError()
    {
        const QString path = seededDatabase();
        const Run run = copydesk({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus"),
                                  QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1StringView("bogus")));
        QVERIFY(run.err.contains(QLatin1StringView("in_review"))); // says what would have been right
        QCOMPARE(run.out, QString());
    }

    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone()
    {
        const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
        const QByteArray bytes = "Meeting notes, not a database.\n";
        QVERIFY(TestFiles::write(path, bytes));
        const Run run = copydesk({QStringLiteral("list"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(QLatin1StringView("copydesk: ")));
        QVERIFY(run.err.contains(QLatin1StringView("(details: ")));
        QCOMPARE(run.out, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QVERIFY(!QFile::exists(path + QLatin1StringView("-wal")));
    }

    void theDefaultDatabaseStartsWithTheSampleNewsroom()
    {
        const Run run = copydesk({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 3);
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("data/copydesk/copydesk.db"))));
    }

    void aDatabaseNamedOnTheCommandLineStartsEmpty()
    {
        const Run run =
            copydesk({QStringLiteral("list"), QStringLiteral("--database"), m_dir->filePath(QStringLiteral("new.db"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
    }

private:
    QString seededDatabase()
    {
        const QString path = m_dir->filePath(QStringLiteral("newsroom.db"));
        auto opened = Database::open(path);
        if (!opened) {
            qWarning() << opened.error().toLogString();
            return {};
        }
        if (auto seeded = SampleNewsroom::seed(*opened.value()); !seeded)
            qWarning() << seeded.error().toLogString();
        return path;
    }

    /// Runs the built program with no display at all: commands must not need one.
    Run copydesk(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QLatin1StringView(name));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COPYDESK_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            qWarning() << "copydesk did not finish normally:" << process.errorString();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
