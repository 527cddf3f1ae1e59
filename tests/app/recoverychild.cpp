// SPDX-License-Identifier: GPL-3.0-or-later
// A journalist in a box, for tst_recovery: opens the window on the database named on the command
// line, starts a story and types into its body without end, printing "typed N" after each word
// and "saved N" whenever a save of N body characters has been stored. The test kills it.
// With a second argument "human:SEED" it types one key at a time at a typist's pace instead (40 to
// 160 ms between keys, drawn from SEED), printing "typed N MS" after each key.

#include "articlesaver.h"
#include "database.h"
#include "mainwindow.h"
#include "terminationhandler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().size() < 2)
        return 2;
    auto opened = Database::open(app.arguments().at(1));
    if (!opened)
        return 1;
    MainWindow window(*opened.value());
    TerminationHandler termination;
    window.show();
    window.newArticle();
    auto *body = window.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    auto *saver = window.findChild<ArticleSaver *>();
    if (!body || !saver)
        return 3;
    QObject::connect(saver, &ArticleSaver::saved, &app, [](const Article &stored, bool) {
        std::printf("saved %lld\n", static_cast<long long>(stored.body.size()));
        std::fflush(stdout);
    });
    body->setFocus();
    QElapsedTimer clock;
    clock.start();
    const auto report = [&] {
        std::printf("typed %lld %lld\n", static_cast<long long>(body->toPlainText().size()),
                    static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
    };
    QTimer typing;
    // Typing stops with the request to quit, so "typed N" is the last word of what must be stored.
    QObject::connect(&termination, &TerminationHandler::terminationRequested, &typing, &QTimer::stop);
    QObject::connect(&termination, &TerminationHandler::terminationRequested, &app,
                     [] { QApplication::closeAllWindows(); });
    int word = 0;
    const QString mode = app.arguments().value(2);
    if (!mode.startsWith(QLatin1StringView("human:"))) {
        QObject::connect(&typing, &QTimer::timeout, body, [&] {
            QTest::keyClicks(body, QStringLiteral("w%1 ").arg(word++, 4, 10, QLatin1Char('0')));
            report();
        });
        typing.start(20);
        return app.exec();
    }
    // The same words, one key at a time, each after a pause of its own.
    QRandomGenerator random(mode.mid(6).toUInt());
    QString text;
    qsizetype next = 0;
    typing.setSingleShot(true);
    QObject::connect(&typing, &QTimer::timeout, body, [&] {
        if (next == text.size()) {
            text += QStringLiteral("w%1 ").arg(word++, 4, 10, QLatin1Char('0'));
        }
        QTest::keyClick(body, text.at(next++).toLatin1());
        report();
        typing.start(random.bounded(40, 161));
    });
    typing.start(0);
    return app.exec();
}
