// SPDX-License-Identifier: GPL-3.0-or-later
// GUI-thread cost of a preview refresh on long articles (product.md, "Budgets": a 10,000-word
// refresh under 50 ms of GUI-thread time). Not a test: run it by hand, on a quiet machine:
//   QT_QPA_PLATFORM=offscreen build/…/tests/editor/bench_preview [SCREENSHOT.png]
// Every event the GUI thread handles is timed; the rendering itself runs on a worker and is not.
#include "previewpane.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace {

// The GUI thread's time, event by event; nested events count in the one that sent them.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !recording)
            return nestedNotify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const bool result = nestedNotify(receiver, event);
        events.push_back({double(timer.nsecsElapsed()) / 1e6, renderedNow});
        renderedNow = false;
        return result;
    }

    struct Handled {
        double ms;
        bool applied; ///< the event in which the new page was shown
    };
    std::vector<Handled> events;
    bool recording = false;
    bool renderedNow = false;

private:
    bool nestedNotify(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    int m_depth = 0;
};

// The same prose as bench_renderer: paragraphs with links and emphasis, subheads, quotes, lists
// and now and then a table.
QString generatedBody(qsizetype words)
{
    static const QStringList sentence =
        QStringLiteral(
            "The harbour authority said on Thursday that *container traffic* had risen by a fifth since the new "
            "rota began, and that [the full figures](https://example.com/figures) would follow next month.")
            .split(u' ');
    QString body;
    qsizetype count = 0;
    for (int block = 0; count < words; ++block) {
        if (block % 12 == 5)
            body += QStringLiteral("## What changes on the quay\n\n");
        if (block % 12 == 8)
            body += QStringLiteral("> \"Nobody got everything they wanted,\" said one crane driver.\n\n");
        if (block % 12 == 10)
            body += QStringLiteral("- Night shifts capped at two.\n- Overtime by seniority.\n\n");
        if (block % 40 == 20)
            body += QStringLiteral("| Berth | Ships | ~~Delay~~ |\n|---|--:|--:|\n| 4 | 12 | 3 h |\n\n");
        for (int s = 0; s < 3; ++s) {
            body += sentence.join(u' ') + u' ';
            count += sentence.size();
        }
        body += QStringLiteral("\n\n");
    }
    return body;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    TimingApplication app(argc, argv);
    QTextStream out(stdout);

    QPlainTextEdit editor;
    PreviewPane pane;
    pane.setFollowEditor(false);
    pane.setInputProvider([] {
        RenderInput input;
        input.article.headline = QStringLiteral("Benchmark");
        input.article.published = QDateTime(QDate(2026, 5, 21), QTime(8, 15), QTimeZone::UTC);
        input.publication.name = QStringLiteral("The Harbour Ledger");
        input.tagNames = {QStringLiteral("Shipping"), QStringLiteral("Bristol")};
        return input;
    });
    pane.setSource(&editor);
    QObject::connect(&pane, &PreviewPane::rendered, &app, [&app] { app.renderedNow = true; });
    pane.resize(1000, 900);
    pane.show();

    const QString tenThousandWords = generatedBody(10000);
    QString oneMegabyte;
    while (oneMegabyte.toUtf8().size() < 1024 * 1024)
        oneMegabyte += tenThousandWords;

    constexpr int runs = 5;
    for (const auto &[name, body, settleMs] :
         {std::tuple{"10,000 words", tenThousandWords, 1500}, std::tuple{"1 MB", oneMegabyte, 6000}}) {
        std::vector<double> applied, later, longest;
        for (int run = 0; run < runs; ++run) {
            editor.setPlainText(body + QString::number(run)); // a change, so the page is new
            app.events.clear();
            app.recording = true;
            pane.refreshNow();
            QElapsedTimer wait;
            wait.start();
            while (wait.elapsed() < settleMs)
                app.processEvents(QEventLoop::AllEvents, 50);
            app.recording = false;
            const auto shown =
                std::find_if(app.events.cbegin(), app.events.cend(), [](const auto &event) { return event.applied; });
            if (shown == app.events.cend()) {
                out << "no page shown within " << settleMs << " ms\n";
                return 1;
            }
            double after = 0;
            double worst = 0;
            for (auto it = shown + 1; it != app.events.cend(); ++it) {
                after += it->ms;
                worst = std::max(worst, it->ms);
            }
            applied.push_back(shown->ms);
            later.push_back(after);
            longest.push_back(worst);
        }
        for (auto *times : {&applied, &later, &longest})
            std::sort(times->begin(), times->end());
        out << name << " (" << body.toUtf8().size() / 1024 << " KB), median of " << runs << ": page shown in one event "
            << ms(applied[runs / 2]) << " ms; then layout and paint " << ms(later[runs / 2])
            << " ms over later events, the longest " << ms(longest[runs / 2]) << " ms; document height "
            << qRound(pane.browser()->document()->documentLayout()->documentSize().height()) << " px\n";
        out.flush();
    }
    if (argc > 1) // a look at the page as laid out: bench_preview FILE.png
        pane.grab().save(QString::fromLocal8Bit(argv[1]));
    return 0;
}
