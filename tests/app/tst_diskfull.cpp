// SPDX-License-Identifier: GPL-3.0-or-later
// The disk fills up while a journalist types: the window says so in plain words, the words stay
// in the editor, and once space is freed they are all stored (product.md: a full disk loses nothing).
//
// The database lives on a 2 MB tmpfs, filled to the last byte by another file. Mounting needs root
// (CI runs the tests as root in the build root); without it the test limits the size of the files
// this process may write (RLIMIT_FSIZE) instead, which SQLite meets as a write error.

#include "articlerepository.h"
#include "database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

class DiskFullTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_filler;

    // Writes until the file system says no more.
    bool fillTheDisk()
    {
        if (!m_mounted) {
            // Any file of this process may grow no further than 64 KB from now on.
            const rlimit limit{64 * 1024, RLIM_INFINITY};
            return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
        }
        QFile filler(m_filler);
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        return true;
    }

    void freeTheDisk()
    {
        if (!m_mounted) {
            const rlimit limit{RLIM_INFINITY, RLIM_INFINITY};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        QFile::remove(m_filler);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A write past the limit raises SIGXFSZ, which would end the process instead of failing the write.
        std::signal(SIGXFSZ, SIG_IGN);
        m_mounted = ::mount("copydesk-test", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, "size=2m") == 0;
        qInfo("disk full by %s", m_mounted ? "a full 2 MB tmpfs" : "RLIMIT_FSIZE (not root: no tmpfs)");
        m_filler = m_dir.filePath(QStringLiteral("filler"));
    }

    void cleanupTestCase()
    {
        freeTheDisk();
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }

    void aFullDiskIsSaidPlainlyAndLosesNoWord()
    {
        const QString path = m_dir.filePath(QStringLiteral("newsroom.db"));
        QString typed;
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().toLogString()));
            MainWindow window(*db.value());
            window.show();
            window.newArticle();
            auto *body = window.findChild<QPlainTextEdit *>(QStringLiteral("body"));
            QVERIFY(body);
            body->setFocus();
            const QString before = QStringLiteral("Words written while the disk had room. ");
            QTest::keyClicks(body, before);
            typed += before;
            QTRY_VERIFY_WITH_TIMEOUT(!window.isWindowModified(), 5000);

            QVERIFY(fillTheDisk());
            QStringList shown;
            QTimer answer;
            connect(&answer, &QTimer::timeout, this, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    shown << box->text() + u'\n' + box->informativeText();
                    box->accept();
                }
            });
            answer.start(20);
            // Long enough that its pages cannot fit in what is left of the disk.
            const QString during =
                QStringLiteral("Words written on a full disk, every one of them kept. ").repeated(60);
            body->insertPlainText(during);
            QTest::keyClicks(body, QStringLiteral("The end."));
            typed += during + QStringLiteral("The end.");
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
            qInfo() << "shown:" << shown.first();
            QVERIFY(shown.first().contains(QLatin1StringView("still in the editor")));
            if (m_mounted)
                QVERIFY2(shown.first().contains(QLatin1StringView("disk is full")), qPrintable(shown.first()));
            QVERIFY(!shown.first().contains(QLatin1StringView("SQLITE"), Qt::CaseInsensitive));
            QCOMPARE(body->toPlainText(), typed);
            QVERIFY(window.isWindowModified());

            freeTheDisk();
            // No key is pressed: the retry a few seconds later stores everything by itself.
            QTRY_VERIFY_WITH_TIMEOUT(!window.isWindowModified(), 10000);
            QCOMPARE(shown.size(), 1); // one message, not one per failed autosave
            window.close();
        }
        auto db = Database::open(path);
        QVERIFY(db);
        ArticleRepository articles(*db.value());
        auto list = articles.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(articles.load(list->first().id)->body, typed);
    }
};

QTEST_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
