// SPDX-License-Identifier: GPL-3.0-or-later
// copydesk-archivegen PATH [--articles N] [--tags N] [--authors N] [--seed S]
// Makes a benchmark archive (ArchiveGenerator) in a new database at PATH and prints what it made.

#include "archivegenerator.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes a deterministic newsroom archive for benchmarks."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("the database to create (must not exist)"));
    const ArchiveSpec defaults;
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("stories to make"),
                                      QStringLiteral("n"), QString::number(defaults.articles));
    const QCommandLineOption tags(QStringLiteral("tags"), QStringLiteral("tags to make"), QStringLiteral("n"),
                                  QString::number(defaults.tags));
    const QCommandLineOption authors(QStringLiteral("authors"), QStringLiteral("authors to make"), QStringLiteral("n"),
                                     QString::number(defaults.authors));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("s"),
                                  QString::number(defaults.seed));
    parser.addOptions({articles, tags, authors, seed});
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: copydesk-archivegen PATH [--articles N] [--tags N] [--authors N] [--seed S]\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFile::exists(path)) {
        err << "copydesk-archivegen: " << path << " exists; give a new path\n";
        return 2;
    }
    ArchiveSpec spec;
    spec.articles = parser.value(articles).toInt();
    spec.tags = parser.value(tags).toInt();
    spec.authors = parser.value(authors).toInt();
    spec.seed = parser.value(seed).toUInt();
    auto db = Database::open(path);
    if (!db) {
        err << "copydesk-archivegen: " << db.error().message << '\n';
        return 1;
    }
    const auto report = ArchiveGenerator::generate(*db.value(), spec);
    if (!report) {
        err << "copydesk-archivegen: " << report.error().message << " (" << report.error().detail << ")\n";
        return 1;
    }
    out << "articles=" << report->articles << " tags=" << report->tags << " authors=" << report->authors
        << " sections=" << report->sections << " generate_ms=" << report->milliseconds << '\n';
    return 0;
}
