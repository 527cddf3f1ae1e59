// SPDX-License-Identifier: GPL-3.0-or-later
// A journalist in a box, for tst_recovery: opens the window on the database named on the command
// line, starts a story and types into its body without end, printing "typed N" after each word
// and "saved N" whenever a save of N body characters has been stored. The test kills it.

#include "articlesaver.h"
#include "database.h"
#include "mainwindow.h"
#include "terminationhandler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
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
    int word = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer typing;
    // Typing stops with the request to quit, so "typed N" is the last word of what must be stored.
    QObject::connect(&termination, &TerminationHandler::terminationRequested, &typing, &QTimer::stop);
    QObject::connect(&typing, &QTimer::timeout, body, [&] {
        QTest::keyClicks(body, QStringLiteral("w%1 ").arg(word++, 4, 10, QLatin1Char('0')));
        std::printf("typed %lld %lld\n", static_cast<long long>(body->toPlainText().size()),
                    static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
    });
    QObject::connect(&termination, &TerminationHandler::terminationRequested, &app,
                     [] { QApplication::closeAllWindows(); });
    typing.start(20);
    return app.exec();
}
