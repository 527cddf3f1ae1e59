// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Decided before any QApplication exists, so commands run where there is no display.
    const CommandLine::Invocation invocation = CommandLine::parse(arguments);
    if (invocation.mode != CommandLine::Mode::Window) {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::runHeadless(invocation, out, err);
    }

    QApplication app(argc, argv);
    CommandLine::setApplicationIdentity();
    QTextStream err(stderr);
    if (!invocation.file.isEmpty()) {
        err << QCoreApplication::translate("main",
                                           "copydesk: opening article files is not available yet; "
                                           "ignoring %1")
                   .arg(invocation.file)
            << Qt::endl;
    }

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

    MainWindow window(*db);
    window.show();
    return app.exec();
}
