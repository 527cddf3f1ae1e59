// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: prints how long WordDiff takes on a 1 MB article body, for the note.
// Build the bench_worddiff target (an optimised build gives the figures that matter) and run it.
#include "worddiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

namespace {
QString longBody(qsizetype bytes, quint32 seed)
{
    static const QStringList words{
        QStringLiteral("harbour"),  QStringLiteral("council"), QStringLiteral("budget"),    QStringLiteral("the"),
        QStringLiteral("minister"), QStringLiteral("said"),    QStringLiteral("on"),        QStringLiteral("Tuesday"),
        QStringLiteral("cranes"),   QStringLiteral("idle"),    QStringLiteral("overnight"), QStringLiteral("a"),
        QStringLiteral("report"),   QStringLiteral("found"),   QStringLiteral("Zürich"),    QStringLiteral("東京")};
    QRandomGenerator random(seed);
    QString body;
    int count = 0;
    while (body.size() < bytes) {
        body += words.at(random.bounded(int(words.size())));
        body += ++count % 120 == 0 ? QStringLiteral(".\n\n") : QStringLiteral(" ");
    }
    return body;
}

QString edited(const QString &body, int edits)
{
    QString after = body;
    qsizetype at = 0;
    for (int i = 0; i < edits; ++i) {
        at = after.indexOf(u'\n', at + (edits < 100 ? 150000 : 1));
        if (at < 0)
            break;
        after.insert(at - 1, QStringLiteral(" (updated)"));
        at += 12;
    }
    return after;
}

void measure(const char *what, const QString &before, const QString &after)
{
    qint64 best = -1;
    qsizetype segments = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        segments = WordDiff::compare(before, after).size();
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    std::printf("%-40s %6lld ms (best of 3), %lld segments\n", what, best, qint64(segments));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString body = longBody(1024 * 1024, 2);
    measure("1 MB, identical", body, body);
    measure("1 MB, 5 edits", body, edited(body, 5));
    measure("1 MB, an edit in every paragraph", body, edited(body, 100000));
    measure("1 MB, paragraphs moved", body, body.section(u'\n', 200) + body.section(u'\n', 0, 199));
    QString oneParagraph = body;
    oneParagraph.replace(QStringLiteral(".\n\n"), QStringLiteral(". "));
    QString oneParagraphEdited = oneParagraph;
    oneParagraphEdited.insert(100, QStringLiteral("early "));
    oneParagraphEdited.insert(oneParagraphEdited.size() - 100, QStringLiteral("late "));
    measure("1 MB as one paragraph, 2 edits", oneParagraph, oneParagraphEdited);
    measure("1 MB, rewritten throughout", body, longBody(1024 * 1024, 5));
    return 0;
}
