// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "articletransfer.h"
#include "database.h"
#include "testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QByteArray story(const QByteArray &headline, const QByteArray &extra = {})
{
    return "---\nheadline: " + headline
        + "\nbyline: [Jane Doe]\nsection: Business\ntags: [Markets, Ünïcödé 🎉]\nstatus: ready\n"
          "published: 2024-05-01T09:30:00+02:00\n"
        + extra + "---\n\nShares *rose* in Zürich.\n";
}

} // namespace

class ImportExportCommandTest : public QObject
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

    void importPrintsTheSlugOfEachStory()
    {
        const QString a = write(QStringLiteral("a.md"), story("Markets rally", "legacy_id: 7\n"));
        const QString b = write(QStringLiteral("b.md"), story("Bonds slip"));
        const Run run = copydesk({QStringLiteral("import"), a, b, QStringLiteral("--database"), database()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("markets-rally\nbonds-slip\n"));
        QVERIFY2(run.err.contains(QLatin1StringView("a.md: line 8: unknown key 'legacy_id' kept")),
                 qPrintable(run.err));
    }

    void importingAgainSaysTheStoryWasReopened()
    {
        const QString a = write(QStringLiteral("a.md"), story("Markets rally"));
        QCOMPARE(copydesk({QStringLiteral("import"), a, QStringLiteral("--database"), database()}).exitCode, 0);
        const Run again = copydesk({QStringLiteral("--database"), database(), QStringLiteral("import"), a});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray("markets-rally\n"));
        QVERIFY(again.err.contains(QLatin1StringView("imported before")));
        QCOMPARE(storyCount(), 1);
    }

    void aFailingFileIsReportedAndTheOthersStillImported()
    {
        const QString bad = write(QStringLiteral("bad.md"), "---\nheadline: Open ended\n");
        const QString good = write(QStringLiteral("good.md"), story("Markets rally"));
        const Run run = copydesk({QStringLiteral("import"), bad, QStringLiteral("missing.md"), good,
                                  QStringLiteral("--database"), database()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray("markets-rally\n"));
        QVERIFY2(run.err.contains(QLatin1StringView("bad.md: line 1: ")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1StringView("missing.md")));
        QCOMPARE(storyCount(), 1);
    }

    void importWithoutFilesIsAUsageError()
    {
        const Run run = copydesk({QStringLiteral("import"), QStringLiteral("--database"), database()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void markdownExportRoundTrips()
    {
        QImage image(3, 2, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(m_dir->filePath(QStringLiteral("hero.png"))));
        const QString a = write(QStringLiteral("a.md"),
                                story("\"Markets: a rally\"", "hero_image: hero.png\nhero_alt: A chart\nx_desk: 3\n"));
        QCOMPARE(copydesk({QStringLiteral("import"), a, QStringLiteral("--database"), database()}).out,
                 QByteArray("markets-a-rally\n"));

        const Run exported = copydesk({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"),
                                       QStringLiteral("markets-a-rally"), QStringLiteral("--database"), database()});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.err, QString());
        QVERIFY(exported.out.startsWith("---\nheadline: \"Markets: a rally\"\n"));
        QVERIFY(exported.out.contains("tags: [Markets, Ünïcödé 🎉]\n"));
        QVERIFY(exported.out.contains("hero_image: data:image/png;base64,"));
        {
            auto db = Database::open(database());
            QVERIFY(db.ok());
            QCOMPARE(exported.out,
                     ArticleTransfer::exportMarkdown(*db.value(), QStringLiteral("markets-a-rally")).value());
        }

        const QString copy = write(QStringLiteral("copy.md"), exported.out);
        const QString other = m_dir->filePath(QStringLiteral("other.db"));
        QCOMPARE(copydesk({QStringLiteral("import"), copy, QStringLiteral("--database"), other}).exitCode, 0);
        const Run again = copydesk(
            {QStringLiteral("export"), QStringLiteral("markets-a-rally"), QStringLiteral("--database"), other});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, exported.out);
    }

    void htmlExportIsAPageWithTheHeadlineEscaped()
    {
        const QString a = write(QStringLiteral("a.md"), story("\"<script>alert(1)</script> & more\"", "slug: risky\n"));
        QCOMPARE(copydesk({QStringLiteral("import"), a, QStringLiteral("--database"), database()}).exitCode, 0);
        const Run run = copydesk({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                                  QStringLiteral("risky"), QStringLiteral("--database"), database()});
        QCOMPARE(run.exitCode, 0);
        const QString html = QString::fromUtf8(run.out);
        QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>")));
        QVERIFY2(html.contains(QLatin1StringView("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h1>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QLatin1StringView("<script>")));
        QVERIFY(html.contains(QStringLiteral("Ünïcödé 🎉")));
    }

    void exportErrorsHaveTheirExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown slug") << QStringList{QStringLiteral("export"), QStringLiteral("no-such-story")} << 1
                                      << QStringLiteral("no-such-story");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                       QStringLiteral("pdf"), QStringLiteral("markets-rally")}
                                        << 2 << QStringLiteral("pdf");
        QTest::newRow("no slug") << QStringList{QStringLiteral("export")} << 2 << QStringLiteral("slug");
        QTest::newRow("two slugs") << QStringList{QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("b")}
                                   << 2 << QStringLiteral("'b'");
    }

    void exportErrorsHaveTheirExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QCOMPARE(copydesk({QStringLiteral("import"), write(QStringLiteral("a.md"), story("Markets rally")),
                           QStringLiteral("--database"), database()})
                     .exitCode,
                 0);
        const Run run = copydesk(arguments + QStringList{QStringLiteral("--database"), database()});
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(run.err.startsWith(QLatin1StringView("copydesk: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }

private:
    QString database() const { return m_dir->filePath(QStringLiteral("news.db")); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        if (!TestFiles::write(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    int storyCount()
    {
        auto db = Database::open(database());
        return db.ok() ? ArticleRepository(*db.value()).count().value() : -1;
    }

    Run copydesk(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QLatin1StringView(name));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(COPYDESK_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            qWarning() << "copydesk did not finish normally:" << process.errorString();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(ImportExportCommandTest)
#include "tst_importexportcommand.moc"
