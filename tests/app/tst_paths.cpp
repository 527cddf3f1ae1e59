// SPDX-License-Identifier: GPL-3.0-or-later
// Where the program writes: only into the user's XDG folders (data, configuration, cache),
// never next to its binary, never into the working folder or elsewhere in the home folder.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

const char article[] = "---\nheadline: Harbour reopens\nsection: Business\ntags: [Port]\n---\n\nShips are back.\n";

} // namespace

class PathsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheXdgFoldersAreWritten_data()
    {
        QTest::addColumn<bool>("xdgVariables");
        QTest::addColumn<QString>("dataFolder");
        QTest::addColumn<QStringList>("allowed"); // prefixes relative to the home folder
        QTest::newRow("XDG variables set")
            << true << u"xdg-data/copydesk"_s
            << QStringList{u"xdg-data/"_s, u"xdg-config/"_s, u"xdg-cache/"_s, u"xdg-state/"_s};
        QTest::newRow("only HOME set") << false << u".local/share/copydesk"_s
                                       << QStringList{u".local/share/"_s, u".config/"_s, u".cache/"_s,
                                                      u".local/state/"_s};
    }

    void onlyTheXdgFoldersAreWritten()
    {
        QFETCH(bool, xdgVariables);
        QFETCH(QString, dataFolder);
        QFETCH(QStringList, allowed);

        QTemporaryDir home, workingFolder, binFolder, runtime, input;
        QVERIFY(home.isValid() && workingFolder.isValid() && binFolder.isValid() && runtime.isValid());
        // A private copy of the program, to see whether anything appears beside it.
        const QString program = binFolder.filePath(u"copydesk"_s);
        QVERIFY(QFile::copy(QStringLiteral(COPYDESK_EXECUTABLE), program));
        QFile story(input.filePath(u"harbour.md"_s));
        QVERIFY(story.open(QIODevice::WriteOnly));
        story.write(article);
        story.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto names = env.keys(); const QString &name : names) {
            if (name.startsWith(u"XDG_"_s))
                env.remove(name);
        }
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        if (xdgVariables) {
            env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"xdg-data"_s));
            env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"xdg-config"_s));
            env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"xdg-cache"_s));
            env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"xdg-state"_s));
        }

        auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.setWorkingDirectory(workingFolder.path());
            process.start(program, arguments);
            const bool finished = process.waitForFinished(60000);
            return finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QCOMPARE(run({u"--version"_s}), 0);
        QCOMPARE(run({u"import"_s, story.fileName()}), 0);
        QCOMPARE(run({u"list"_s}), 0);
        QCOMPARE(run({u"export"_s, u"--format"_s, u"markdown"_s, u"harbour-reopens"_s}), 0);

        // The window, up until it has opened its database, then closed as a logout would.
        QProcess window;
        window.setProcessEnvironment(env);
        window.setWorkingDirectory(workingFolder.path());
        window.start(program, {});
        QVERIFY(window.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate();
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);

        QCOMPARE(filesUnder(binFolder.path()), QStringList{u"copydesk"_s});
        QCOMPARE(filesUnder(workingFolder.path()), QStringList());
        const QStringList written = filesUnder(home.path());
        QVERIFY2(written.contains(dataFolder + u"/copydesk.db"_s), qPrintable(written.join(u", "_s)));
        for (const QString &file : written) {
            const bool inXdgFolder = std::any_of(allowed.cbegin(), allowed.cend(),
                                                 [&](const QString &prefix) { return file.startsWith(prefix); });
            QVERIFY2(inXdgFolder, qPrintable(u"written outside the XDG folders: "_s + file));
        }
    }
};

QTEST_GUILESS_MAIN(PathsTest)
#include "tst_paths.moc"
