// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the side-by-side benchmark's Markdown files: the same news-like text as the in-process
// benchmarks (newstext.h), byte for byte on every machine.
//   bench_article BYTES FILE.md
#include "newstext.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const qsizetype bytes = arguments.size() == 3 ? arguments.at(1).toLongLong(&ok) : 0;
    if (!ok || bytes <= 0)
        return 2;
    QFile file(arguments.at(2));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    return file.write(NewsText::articleFile(bytes)) > 0 ? 0 : 1;
}
