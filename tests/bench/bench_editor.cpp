// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's budgets (product.md, "Budgets"), measured in-process through the real MainWindow
// with highlighting, spelling and the preview on. Not a test: prints one JSON line per metric.
//   QT_QPA_PLATFORM=offscreen build/…/tests/bench/bench_editor [--keys N] [--runs N]
// GUI-thread times come from GuiThreadClock (every event the GUI thread handles is timed): each
// metric in wall time, and the *_cpu_ms ones in the GUI thread's CPU time, which a busy machine
// (other processes on the same cores) does not inflate.
#include "articlesaver.h"
#include "articletransfer.h"
#include "database.h"
#include "guithreadclock.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "newstext.h"
#include "previewpane.h"
#include "spellchecker.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <functional>

namespace {

GuiThreadClock *app()
{
    return static_cast<GuiThreadClock *>(QCoreApplication::instance());
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Runs the event loop until `done` or `timeoutMs`; false on the timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void spin(int ms)
{
    spinUntil([] { return false; }, ms);
}

/// Kilobytes from /proc: VmRSS and VmHWM of status, Pss of smaps_rollup.
double procKb(const QString &file, const QString &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression line(QStringLiteral("^%1:\\s+(\\d+) kB").arg(key), QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(f.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() : 0;
}

void printMemory(const QString &when)
{
    const QJsonObject extra{{QStringLiteral("platform"), QGuiApplication::platformName()}};
    BenchStats::print(when + QStringLiteral("_rss"), QStringLiteral("MB"),
                      {procKb(QStringLiteral("/proc/self/status"), QStringLiteral("VmRSS")) / 1024}, 0, extra);
    BenchStats::print(when + QStringLiteral("_peak_rss"), QStringLiteral("MB"),
                      {procKb(QStringLiteral("/proc/self/status"), QStringLiteral("VmHWM")) / 1024}, 0, extra);
    BenchStats::print(when + QStringLiteral("_pss"), QStringLiteral("MB"),
                      {procKb(QStringLiteral("/proc/self/smaps_rollup"), QStringLiteral("Pss")) / 1024}, 100, extra);
}

struct Bench {
    MainWindow &window;
    MarkdownEdit *body;
    PreviewPane *preview;
    ArticleSaver *saver;
    int rendered = 0;
    int saved = 0;

    /// Opens a story: the GUI thread's time in showArticle() (load, setPlainText, highlighting,
    /// spelling), the time to the first page of the preview, and the longest event meanwhile.
    void open(qint64 id, std::vector<double> &load, std::vector<double> &preview, std::vector<double> &longest,
              std::vector<double> *loadCpu = nullptr)
    {
        const int before = rendered;
        const qint64 start = app()->now();
        const qint64 cpuStart = GuiThreadClock::cpuNow();
        window.showArticle(id);
        const qint64 loaded = app()->now();
        if (loadCpu)
            loadCpu->push_back(ms(GuiThreadClock::cpuNow() - cpuStart));
        if (!spinUntil([&] { return rendered > before; }, 600000))
            qFatal("no preview within ten minutes");
        const qint64 shown = app()->now();
        spin(1000); // the page's layout and paint follow the event that showed it
        double worst = ms(loaded - start);
        for (const auto &event : app()->eventsBetween(loaded, app()->now()))
            worst = std::max(worst, ms(event.ns));
        load.push_back(ms(loaded - start));
        preview.push_back(ms(shown - start));
        longest.push_back(worst);
    }

    /// Puts the cursor at the end of the paragraph nearest the middle of the body.
    void cursorToMiddle()
    {
        QTextBlock block = body->document()->findBlock(body->document()->characterCount() / 2);
        while (block.isValid() && block.text().isEmpty())
            block = block.next();
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        body->setTextCursor(cursor);
        body->setFocus();
    }
};

QString writeArticle(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 import(Database &db, const QString &path)
{
    auto imported = ArticleTransfer::importFile(db, path);
    if (!imported)
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(imported.error().message));
    return imported.value().id;
}

} // namespace

int main(int argc, char *argv[])
{
    GuiThreadClock application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto option = [&](const QString &name, int fallback) {
        const auto at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
    };
    const int keys = option(QStringLiteral("--keys"), 400);
    const int runs = option(QStringLiteral("--runs"), 7);
    // The "1 MB" story's size; smaller under callgrind, where the worker's render is 50 times slower.
    const int largeKb = option(QStringLiteral("--large-kb"), 1024);
    // --only open|typing|autosave|preview: one part, e.g. under callgrind.
    const auto only = arguments.indexOf(QStringLiteral("--only"));
    auto wanted = [&](const QString &part) { return only < 0 || arguments.value(only + 1) == part; };

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!opened)
        qFatal("cannot open the database: %s", qPrintable(opened.error().message));
    Database &db = *opened.value();
    const qint64 small = import(db, writeArticle(dir, QStringLiteral("7k.md"), NewsText::articleFile(7 * 1024)));
    const qint64 large = import(db, writeArticle(dir, QStringLiteral("1m.md"), NewsText::articleFile(largeKb * 1024)));
    // 10,000 words of the same prose: about 6.3 bytes a word, Markdown included.
    const QByteArray tenThousandWords = NewsText::articleFile(63 * 1024);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto wordCount = QString::fromUtf8(tenThousandWords).split(space, Qt::SkipEmptyParts).size();
    const qint64 words = import(db, writeArticle(dir, QStringLiteral("10kwords.md"), tenThousandWords));

    MainWindow window(db);
    window.show();
    Bench bench{window, window.findChild<MarkdownEdit *>(QStringLiteral("body")), window.findChild<PreviewPane *>(),
                window.findChild<ArticleSaver *>()};
    if (!bench.body || !bench.preview || !bench.saver)
        qFatal("the window has no body, preview or saver");
    QObject::connect(bench.preview, &PreviewPane::rendered, &window, [&bench] { ++bench.rendered; });
    QObject::connect(bench.saver, &ArticleSaver::saved, &window, [&bench] { ++bench.saved; });
    spin(500);
    const QJsonObject setting{
        {QStringLiteral("spelling"),
         bench.body->spellChecker() ? bench.body->spellChecker()->language() : QStringLiteral("off")},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("large_kb"), largeKb}};

    // 1. Opening: 7 KB and 1 MB in turn, so each open is a real one.
    std::vector<double> load7, preview7, longest7, load1m, preview1m, longest1m, load1mCpu;
    for (int run = 0; run < (wanted(QStringLiteral("open")) ? runs : 1); ++run) {
        bench.open(small, load7, preview7, longest7);
        if (run == 0)
            printMemory(QStringLiteral("memory_7kb_open"));
        bench.open(large, load1m, preview1m, longest1m, &load1mCpu);
        if (run == 0)
            printMemory(QStringLiteral("memory_1mb_open"));
    }
    if (wanted(QStringLiteral("open"))) {
        BenchStats::print(QStringLiteral("open_7kb_gui_ms"), QStringLiteral("ms"), load7, 0, setting);
        BenchStats::print(QStringLiteral("open_7kb_first_preview_ms"), QStringLiteral("ms"), preview7, 0, setting);
        BenchStats::print(QStringLiteral("open_1mb_gui_ms"), QStringLiteral("ms"), load1m, 0, setting);
        BenchStats::print(QStringLiteral("open_1mb_gui_cpu_ms"), QStringLiteral("ms"), load1mCpu, 0, setting);
        BenchStats::print(QStringLiteral("open_1mb_first_preview_ms"), QStringLiteral("ms"), preview1m, 0, setting);
        BenchStats::print(QStringLiteral("open_1mb_longest_event_ms"), QStringLiteral("ms"), longest1m, 16, setting);
    }

    // 2. Typing into the 1 MB body: each key is its press and release, the re-highlighting and
    // spelling they cause, and the posted events (layout, paint) handled right after. A pause
    // after every sentence lets the preview and the autosave run, as they do for a journalist.
    std::vector<double> perKey, perKeyCpu;
    bench.cursorToMiddle();
    const QString typed = QStringLiteral(" The council said it would look again at the plan next week.");
    const qint64 typingStart = app()->now();
    for (int i = 0; i < (wanted(QStringLiteral("typing")) ? keys : 0); ++i) {
        const QChar c = typed.at(i % typed.size());
        const qint64 start = app()->now();
        const qint64 cpuStart = GuiThreadClock::cpuNow();
        QTest::keyClick(bench.body, c.toLatin1());
        QCoreApplication::processEvents();
        perKey.push_back(ms(app()->now() - start));
        perKeyCpu.push_back(ms(GuiThreadClock::cpuNow() - cpuStart));
        spin(i % typed.size() == typed.size() - 1 ? 1200 : 60);
    }
    std::vector<double> everyEvent, everyEventCpu;
    for (const auto &event : app()->eventsBetween(typingStart, app()->now())) {
        everyEvent.push_back(ms(event.ns));
        everyEventCpu.push_back(ms(event.cpuNs));
    }
    if (wanted(QStringLiteral("typing"))) {
        BenchStats::print(QStringLiteral("keystroke_1mb_ms"), QStringLiteral("ms"), perKey, 2, setting);
        BenchStats::print(QStringLiteral("keystroke_1mb_cpu_ms"), QStringLiteral("ms"), perKeyCpu, 2, setting);
        BenchStats::print(QStringLiteral("typing_1mb_every_gui_event_cpu_ms"), QStringLiteral("ms"), everyEventCpu, 16,
                          setting);
        BenchStats::print(QStringLiteral("typing_1mb_every_gui_event_ms"), QStringLiteral("ms"), everyEvent, 16,
                          setting);
    }

    // 3. Autosave of the 1 MB story: the snapshot taken on the GUI thread, then every event until
    // the worker's answer has been handled.
    std::vector<double> saveGui, saveGuiCpu, saveSnapshot, saveTotal;
    // The preview hidden (it then renders nothing), so its page is not counted as the save's; the
    // save is started at once, before the saver's own timer would.
    bench.preview->hide();
    spin(2000); // a save still under way from the typing above
    for (int run = 0; run < (wanted(QStringLiteral("autosave")) ? runs * 2 : 0); ++run) {
        QTest::keyClick(bench.body, 'x');
        QCoreApplication::processEvents();
        const int before = bench.saved;
        const qint64 start = app()->now();
        const qint64 cpuStart = GuiThreadClock::cpuNow();
        bench.saver->saveSoon();
        const qint64 sent = app()->now();
        double guiCpu = ms(GuiThreadClock::cpuNow() - cpuStart);
        if (!spinUntil([&] { return bench.saved > before; }, 30000))
            qFatal("no save within 30 s");
        const qint64 done = app()->now();
        double gui = ms(sent - start);
        for (const auto &event : app()->eventsBetween(sent, done)) {
            gui += ms(event.ns);
            guiCpu += ms(event.cpuNs);
        }
        saveGui.push_back(gui);
        saveGuiCpu.push_back(guiCpu);
        saveSnapshot.push_back(ms(sent - start));
        saveTotal.push_back(ms(done - start));
        spin(100);
    }
    if (wanted(QStringLiteral("autosave"))) {
        BenchStats::print(QStringLiteral("autosave_1mb_gui_ms"), QStringLiteral("ms"), saveGui, 5, setting);
        BenchStats::print(QStringLiteral("autosave_1mb_gui_cpu_ms"), QStringLiteral("ms"), saveGuiCpu, 5, setting);
        BenchStats::print(QStringLiteral("autosave_1mb_snapshot_ms"), QStringLiteral("ms"), saveSnapshot, 0, setting);
        BenchStats::print(QStringLiteral("autosave_1mb_total_ms"), QStringLiteral("ms"), saveTotal, 0, setting);
    }

    // 4. Preview refresh of 10,000 words: the GUI thread's time from the refresh to a second after
    // the page is shown (parse, swap, layout, paint), and the time until the page is shown.
    std::vector<double> load10k, preview10k, longest10k, refreshGui, refreshGuiCpu, refreshTotal;
    bench.preview->show();
    if (!wanted(QStringLiteral("preview")))
        return 0;
    bench.open(words, load10k, preview10k, longest10k);
    bench.cursorToMiddle();
    for (int run = 0; run < runs * 2; ++run) {
        QTest::keyClick(bench.body, 'y'); // a change, so the page is new
        QCoreApplication::processEvents();
        bench.saver->flush(); // stored now, so no autosave falls in the measured second
        const int before = bench.rendered;
        const qint64 start = app()->now();
        const qint64 cpuStart = GuiThreadClock::cpuNow();
        bench.preview->refreshNow();
        const qint64 asked = app()->now();
        double guiCpu = ms(GuiThreadClock::cpuNow() - cpuStart);
        if (!spinUntil([&] { return bench.rendered > before; }, 30000))
            qFatal("no preview within 30 s");
        const qint64 shown = app()->now();
        spin(1000);
        double gui = ms(asked - start);
        for (const auto &event : app()->eventsBetween(asked, app()->now())) {
            gui += ms(event.ns);
            guiCpu += ms(event.cpuNs);
        }
        refreshGui.push_back(gui);
        refreshGuiCpu.push_back(guiCpu);
        refreshTotal.push_back(ms(shown - start));
    }
    QJsonObject counted = setting;
    counted[QStringLiteral("words")] = qint64(wordCount);
    BenchStats::print(QStringLiteral("preview_10k_words_gui_ms"), QStringLiteral("ms"), refreshGui, 50, counted);
    BenchStats::print(QStringLiteral("preview_10k_words_gui_cpu_ms"), QStringLiteral("ms"), refreshGuiCpu, 50, counted);
    BenchStats::print(QStringLiteral("preview_10k_words_total_ms"), QStringLiteral("ms"), refreshTotal, 0, setting);
    BenchStats::print(QStringLiteral("open_10k_words_gui_ms"), QStringLiteral("ms"), load10k, 0, setting);
    return 0;
}
