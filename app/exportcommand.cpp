// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "articlerepository.h"
#include "articletransfer.h"
#include "commandline.h"
#include "database.h"
#include "ninjsdocument.h"

#include <QCommandLineParser>
#include <QFileDevice>
#include <QJsonDocument>
#include <QTextStream>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

QString usage()
{
    return Tr::tr("Usage: copydesk export [--format markdown|html|ninjs] SLUG [--database PATH]\n"
                  "\n"
                  "Writes the story with this slug to standard output.\n"
                  "\n"
                  "Options:\n"
                  "  --format FORMAT  markdown (the default): an article file that 'copydesk import'\n"
                  "                   reads back, with the hero image inside as a data: URI;\n"
                  "                   html: a standalone web page;\n"
                  "                   ninjs: an IPTC ninjs 2.1 JSON document, as sent to ninjs targets\n"
                  "  --database PATH  use the database at PATH\n");
}

// The bytes as they are: through the stream's file when it has one, so nothing is re-encoded.
void writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (auto *file = qobject_cast<QFileDevice *>(out.device())) {
        file->write(bytes);
        file->flush();
        return;
    }
    out << QString::fromUtf8(bytes);
}

} // namespace

int ExportCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                          QStringLiteral("markdown"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({formatOption, databaseOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("copydesk export")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return context.fail(unknown.isEmpty() ? parser.errorText()
                                              : Tr::tr("export: unknown option '%1'").arg(unknown.constFirst()),
                            ExitCode::Usage);
    }
    if (parser.isSet(helpOption)) {
        context.out << usage();
        return ExitCode::Success;
    }
    const QString format = parser.value(formatOption);
    const bool html = format == QLatin1StringView("html");
    const bool ninjs = format == QLatin1StringView("ninjs");
    if (!html && !ninjs && format != QLatin1StringView("markdown")) {
        return context.fail(Tr::tr("export: unknown format '%1' (use markdown, html or ninjs)").arg(format),
                            ExitCode::Usage);
    }
    const QStringList slugs = parser.positionalArguments();
    if (slugs.size() != 1) {
        return context.fail(slugs.isEmpty() ? Tr::tr("export: name the slug of the story to export")
                                            : Tr::tr("export: unexpected argument '%1'").arg(slugs.at(1)),
                            ExitCode::Usage);
    }
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    if (ninjs) {
        const auto article = ArticleRepository(*db).findBySlug(slugs.constFirst());
        if (!article && article.error().kind == StorageError::Kind::NotFound)
            return context.fail(Tr::tr("export: there is no story with the slug '%1'").arg(slugs.constFirst()),
                                ExitCode::Failure);
        if (!article)
            return context.fail(article.error());
        const auto document = NinjsDocument::forArticle(*db, article->id);
        if (!document)
            return context.fail(document.error());
        writeBytes(context.out, QJsonDocument(document.value()).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    const auto bytes = html ? ArticleTransfer::exportHtml(*db, slugs.constFirst())
                            : ArticleTransfer::exportMarkdown(*db, slugs.constFirst());
    if (!bytes)
        return context.fail(bytes.error());
    writeBytes(context.out, bytes.value());
    return ExitCode::Success;
}
