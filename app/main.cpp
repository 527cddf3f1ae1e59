// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletransfer.h"
#include "commandline.h"
#include "database.h"
#include "desktopintegration.h"
#include "mainwindow.h"
#include "readyreporter.h"
#include "terminationhandler.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextStream>

#include <optional>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // For the benchmarks (packaging/bench): report the editor's first paint and quit.
    const bool reportReady = arguments.removeAll(QStringLiteral("--report-ready")) > 0;
    // Decided before any QApplication exists, so commands run where there is no display.
    const CommandLine::Invocation invocation = CommandLine::parse(arguments);
    if (invocation.mode != CommandLine::Mode::Window) {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationIdentity();
        CommandLine::installTranslations();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::runHeadless(invocation, out, err);
    }

    QApplication app(argc, argv);
    CommandLine::setApplicationIdentity();
    DesktopIntegration::apply();
    // Outside a desktop that names an icon theme, the freedesktop one most systems ship.
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    CommandLine::installTranslations();
    QTextStream err(stderr);
    auto opened = CommandLine::openDatabase(invocation.databasePath);
    if (!opened) {
        const StorageError &error = opened.error();
        err << QCoreApplication::translate("main", "copydesk: %1").arg(error.message) << '\n';
        if (!error.detail.isEmpty())
            err << QCoreApplication::translate("main", "(details: %1)").arg(error.detail) << '\n';
        err.flush();
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Copydesk"), error.message);
        return ExitCode::Failure;
    }
    const std::unique_ptr<Database> db = std::move(opened).value();

    // Imported before the window exists, so the story list already shows the story.
    std::optional<Result<ImportOutcome>> imported;
    if (!invocation.file.isEmpty()) {
        imported = ArticleTransfer::importFile(*db, invocation.file);
        if (imported->ok()) {
            for (const auto items = imported->value().warnings; const QString &warning : items)
                err << QCoreApplication::translate("main", "copydesk: %1: %2").arg(invocation.file, warning) << '\n';
        } else {
            err << QCoreApplication::translate("main", "copydesk: %1").arg(imported->error().message) << '\n';
        }
        err.flush();
    }

    MainWindow window(*db);
    // A logout or `kill` closes the window as the user would, so the story is saved first.
    TerminationHandler termination;
    QObject::connect(&termination, &TerminationHandler::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    if (auto *body = window.findChild<QPlainTextEdit *>(QStringLiteral("body")); body && reportReady)
        new ReadyReporter(body->viewport());
    window.show();
    if (imported && imported->ok()) {
        window.showArticle(imported->value().id);
    } else if (imported) {
        // Not modal: the window is usable while the message is read.
        auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("main", "Copydesk"),
                                    QCoreApplication::translate("main", "The file could not be opened."),
                                    QMessageBox::Ok, &window);
        box->setInformativeText(imported->error().message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return app.exec();
}
