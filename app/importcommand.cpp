// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "articletransfer.h"
#include "commandline.h"
#include "database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

QString usage()
{
    return Tr::tr("Usage: copydesk import FILE... [--database PATH]\n"
                  "\n"
                  "Imports article files (Markdown with a front-matter block) and prints the slug of\n"
                  "each story, one per line. A file imported before is not imported again: its story's\n"
                  "slug is printed and stderr says it was reopened. Warnings (unknown keys kept, new\n"
                  "sections or tags) go to stderr. Each file is imported completely or not at all.\n"
                  "\n"
                  "Options:\n"
                  "  --database PATH  use the database at PATH\n");
}

} // namespace

int ImportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({databaseOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("copydesk import")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return context.fail(unknown.isEmpty() ? parser.errorText()
                                              : Tr::tr("import: unknown option '%1'").arg(unknown.constFirst()),
                            ExitCode::Usage);
    }
    if (parser.isSet(helpOption)) {
        context.out << usage();
        return ExitCode::Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.fail(Tr::tr("import: name at least one file to import"), ExitCode::Usage);
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    bool allImported = true;
    for (const QString &file : files) {
        const auto imported = ArticleTransfer::importFile(*db, file);
        if (!imported) {
            context.fail(imported.error());
            allImported = false;
            continue;
        }
        const QString name = QDir::toNativeSeparators(file);
        for (const QString &warning : imported->warnings)
            context.err << Tr::tr("copydesk: %1: %2").arg(name, warning) << '\n';
        if (imported->reopened) {
            context.err
                << Tr::tr("copydesk: %1 was imported before; not imported again (story '%2')").arg(name, imported->slug)
                << '\n';
        }
        context.out << imported->slug << '\n';
        context.out.flush();
    }
    return allImported ? ExitCode::Success : ExitCode::Failure;
}
