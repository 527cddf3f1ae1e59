// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the side-by-side benchmark (packaging/bench): the least a Qt 6 program can do to
// show a text file, a QPlainTextEdit and nothing else.
//   bench_plaintext [--report-ready] [FILE]
#include "readyreporter.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList arguments = QApplication::arguments();
    const bool reportReady = arguments.removeAll(QStringLiteral("--report-ready")) > 0;
    QPlainTextEdit editor;
    if (arguments.size() > 1) {
        QFile file(arguments.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        editor.setPlainText(QString::fromUtf8(file.readAll()));
    }
    if (reportReady)
        new ReadyReporter(editor.viewport());
    editor.resize(1000, 800);
    editor.show();
    return app.exec();
}
