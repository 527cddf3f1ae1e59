// SPDX-License-Identifier: GPL-3.0-or-later
// How long the renderer takes on long articles (product.md, "Budgets": a 10,000-word preview
// refresh under 50 ms). Not a test: run it by hand, on a quiet machine, in a release build.
#include "articlerenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace {

// Newsroom prose in the usual shapes: paragraphs with links and emphasis, subheads, quotes, lists
// and now and then a table, until the body reaches `words` words.
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

template<typename F> double medianMs(F &&work, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    RenderInput input;
    input.article.headline = QStringLiteral("Benchmark");
    input.article.published = QDateTime(QDate(2026, 5, 21), QTime(8, 15), QTimeZone::UTC);
    input.publication.name = QStringLiteral("The Harbour Ledger");
    input.tagNames = {QStringLiteral("Shipping"), QStringLiteral("Bristol")};

    const QString tenThousandWords = generatedBody(10000);
    QString oneMegabyte;
    while (oneMegabyte.toUtf8().size() < 1024 * 1024)
        oneMegabyte += tenThousandWords;

    PageOptions preview;
    preview.sourcePositions = true;
    for (const auto &[name, body] : {std::pair{"10,000 words", tenThousandWords}, std::pair{"1 MB", oneMegabyte}}) {
        input.article.body = body;
        const double bodyMs = medianMs([&] { (void)ArticleRenderer::bodyHtml(body, {}, true); }, 21);
        const double pageMs = medianMs([&] { (void)ArticleRenderer::page(input, preview); }, 21);
        out << name << " (" << body.toUtf8().size() / 1024 << " KB): bodyHtml median "
            << QString::number(bodyMs, 'f', 2) << " ms, preview page median " << QString::number(pageMs, 'f', 2)
            << " ms\n";
    }
    return 0;
}
