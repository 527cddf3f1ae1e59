// SPDX-License-Identifier: GPL-3.0-or-later
// Input meant to hurt, through the real window: a 50 MB paste, a 1,000,000-line article file,
// Markdown built to be slow or to nest without end, and files of broken UTF-8. Each is refused or
// handled without freezing the window (a heartbeat timer on the GUI thread measures the longest
// pause; budget 200 ms, the test fails only on gross stalls of a second, as the machine is shared),
// and nothing the journalist had is lost (product.md, "Promises about data and input").

#include "articlerepository.h"
#include "database.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "markdownbody.h"
#include "previewhtml.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

namespace {
constexpr qint64 stallBudgetMs = 200;
constexpr qint64 grossStallMs = 1000;

/// The longest time the GUI thread did not get back to its event loop while it lived.
class StallMeter
{
public:
    explicit StallMeter(QObject *context)
    {
        m_clock.start();
        m_last = 0;
        QObject::connect(&m_heartbeat, &QTimer::timeout, context, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_heartbeat.start(5);
    }
    qint64 longestMs()
    {
        const qint64 now = m_clock.elapsed();
        return std::max(m_longest, now - m_last);
    }

private:
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// Closes every message box that opens, keeping what it said.
class MessageCatcher
{
public:
    explicit MessageCatcher(QObject *context)
    {
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                messages << box->text() + u'\n' + box->informativeText();
                box->accept();
            }
        });
        m_timer.start(10);
    }
    QStringList messages;

private:
    QTimer m_timer;
};

void reportStall(const char *what, qint64 ms)
{
    qInfo("%s: longest GUI-thread stall %lld ms (budget %lld ms)%s", what, static_cast<long long>(ms),
          static_cast<long long>(stallBudgetMs), ms > stallBudgetMs ? " OVER BUDGET" : "");
}
} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QPlainTextEdit *m_body = nullptr;

private Q_SLOTS:
    void init()
    {
        auto db = Database::open(
            m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(db);
        m_db = std::move(db).value();
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        m_window->newArticle();
        m_body = m_window->findChild<QPlainTextEdit *>(QStringLiteral("body"));
        QVERIFY(m_body);
        m_body->setFocus();
        QTest::keyClicks(m_body, QStringLiteral("Words already written. "));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void aFiftyMegabytePasteIsRefusedWithoutFreezing()
    {
        auto *mime = new QMimeData;
        mime->setText(
            QStringLiteral("Fifty megabytes of pasted text, line after line.\n").repeated(50 * 1024 * 1024 / 49));
        QGuiApplication::clipboard()->setMimeData(mime);
        MessageCatcher catcher(this);
        StallMeter stall(this);
        QTest::keyClick(m_body, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!catcher.messages.isEmpty(), 10000);
        const qint64 longest = stall.longestMs();
        reportStall("50 MB paste", longest);
        QVERIFY2(catcher.messages.first().contains(QLatin1StringView("MB")), qPrintable(catcher.messages.first()));
        QCOMPARE(m_body->toPlainText(), QStringLiteral("Words already written. "));
        QVERIFY2(longest < grossStallMs, qPrintable(QString::number(longest)));
    }

    void aMillionLineFileIsRefusedWithoutFreezing()
    {
        const QString path = m_dir.filePath(QStringLiteral("million.md"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray lines = "---\nheadline: A million lines\n---\n\n";
            for (int i = 0; i < 1000000; ++i)
                lines += QByteArray::number(i) + "\n"; // 6.9 MB: under the size limit, over the line limit
            QVERIFY(file.write(lines) == lines.size());
        }
        auto *actions = m_window->findChild<FileActions *>();
        QVERIFY(actions);
        MessageCatcher catcher(this);
        StallMeter stall(this);
        QElapsedTimer clock;
        clock.start();
        const qint64 imported = actions->importFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(!catcher.messages.isEmpty() || imported != 0, 10000);
        QTest::qWait(300); // the story list and the preview catch up
        const qint64 longest = stall.longestMs();
        reportStall("1,000,000-line import", longest);
        // Refused, saying why; or taken, and shown without a frozen window.
        if (imported == 0)
            QVERIFY2(catcher.messages.join(u' ').contains(QLatin1StringView("lines")),
                     qPrintable(catcher.messages.join(u' ')));
        QVERIFY(m_body->toPlainText().startsWith(QLatin1StringView("Words already written.")) || imported != 0);
        QVERIFY2(longest < grossStallMs, qPrintable(QString::number(longest)));
    }

    void pathologicalMarkdownRendersOrIsCutOffQuickly_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("50,000 nested emphasis markers")
            << QString(25000, u'*') + QStringLiteral("deep") + QString(25000, u'*');
        QTest::newRow("50,000 alternating emphasis openers")
            << QStringLiteral("*_").repeated(25000) + QStringLiteral("x");
        QTest::newRow("50,000 strong openers without closers") << QStringLiteral("**a ").repeated(50000);
        QTest::newRow("10,000 nested quotes") << QString(10000, u'>') + QStringLiteral(" deep");
        QTest::newRow("10,000 nested lists") << QStringLiteral("- ").repeated(10000) + QStringLiteral("deep");
        QTest::newRow("10,000 nested ordered lists") << QStringLiteral("1. ").repeated(10000) + QStringLiteral("deep");
        QTest::newRow("10,000 quotes and lists") << QStringLiteral("> - ").repeated(5000) + QStringLiteral("deep");
        QString refs;
        for (int i = 0; i < 300000; ++i)
            refs += QStringLiteral("[r%1]: /u%1\n").arg(i);
        for (int i = 0; i < 1000; ++i)
            refs += QStringLiteral("[r%1] ").arg(i * 299);
        QTest::newRow("300,000 link references") << refs;
    }

    // The renderer (the export's and publishing's path) and the preview's document, each within
    // 2 s; a stack overflow would end the test process.
    void pathologicalMarkdownRendersOrIsCutOffQuickly()
    {
        QFETCH(QString, markdown);
        QElapsedTimer clock;
        clock.start();
        const QString html = MarkdownBody::toHtml(markdown, {});
        const qint64 renderMs = clock.elapsed();
        QVERIFY(!html.isEmpty());
        clock.restart();
        RenderInput input;
        input.article.headline = QStringLiteral("Pathological");
        input.article.body = markdown;
        std::unique_ptr<QTextDocument> document(PreviewHtml::document(input, PageOptions{}, thread()));
        const qint64 previewMs = clock.elapsed();
        qInfo("%s: rendered in %lld ms, preview document in %lld ms", QTest::currentDataTag(),
              static_cast<long long>(renderMs), static_cast<long long>(previewMs));
        QVERIFY(document);
        QVERIFY2(renderMs < 2000, qPrintable(QString::number(renderMs)));
        QVERIFY2(previewMs < 2000, qPrintable(QString::number(previewMs)));
    }

    // Typed into the real editor: the preview follows without freezing the window.
    void pathologicalMarkdownInTheEditorDoesNotFreezeTheWindow()
    {
        StallMeter stall(this);
        m_body->setPlainText(QString(10000, u'>') + QStringLiteral(" deep ") + QString(25000, u'*'));
        // Key by key, as a person types: each key is its own event.
        for (const char key : {' ', 'm', 'o', 'r', 'e'}) {
            QTest::keyClick(m_body, key);
            QTest::qWait(50);
        }
        QTest::qWait(2500);
        const qint64 longest = stall.longestMs();
        reportStall("10,000 nested quotes in the editor", longest);
        QVERIFY2(longest < grossStallMs, qPrintable(QString::number(longest)));
    }

    // A file of broken UTF-8 and NUL bytes is imported, its damage replaced by U+FFFD, and stored
    // as valid UTF-8.
    void brokenUtf8InAFileIsStoredAsReplacementCharacters()
    {
        const QString path = m_dir.filePath(QStringLiteral("latin1.md"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(
                "---\nheadline: Caf\xE9\nnotes: a\0b\ndek: \xC3\x28\n---\n\nna\xEFve \xF0\x9F\x9A body\n", 58));
        }
        auto *actions = m_window->findChild<FileActions *>();
        MessageCatcher catcher(this);
        const qint64 id = actions->importFiles({path});
        QVERIFY2(id != 0, qPrintable(catcher.messages.join(u' ')));
        auto stored = ArticleRepository(*m_db).load(id);
        QVERIFY(stored);
        const QString fffd(QChar::ReplacementCharacter);
        QCOMPARE(stored->headline, QStringLiteral("Caf") + fffd);
        QCOMPARE(stored->notes, QStringLiteral("a") + fffd + QStringLiteral("b"));
        QCOMPARE(stored->dek, fffd + QStringLiteral("("));
        QVERIFY(stored->body.contains(QStringLiteral("na") + fffd + QStringLiteral("ve")));
        QVERIFY(!stored->body.contains(QChar(u'\0')));
    }
};

QTEST_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
