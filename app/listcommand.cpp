// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "articlerepository.h"
#include "commandline.h"
#include "database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
};

QString statusKeys()
{
    QStringList keys;
    for (ArticleStatus status : allStatuses())
        keys << statusKey(status);
    return keys.join(QLatin1StringView(", "));
}

// One story per line: a tab or line break inside a headline would split it into two fields.
QString oneField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

QString usage()
{
    return Tr::tr("Usage: copydesk list [--status STATUS] [--json] [--database PATH]\n"
                  "\n"
                  "Lists the stories, newest change first: slug, status and headline, separated by tabs.\n"
                  "\n"
                  "Options:\n"
                  "  --status STATUS  only stories with this status (%1)\n"
                  "  --json           print a JSON array of objects with slug, headline, status,\n"
                  "                   section and updated (ISO 8601, UTC)\n"
                  "  --database PATH  use the database at PATH\n")
        .arg(statusKeys());
}

} // namespace

int ListCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption(QStringLiteral("status"), QString(), QStringLiteral("status"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({statusOption, jsonOption, databaseOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("copydesk list")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return context.fail(unknown.isEmpty() ? parser.errorText()
                                              : Tr::tr("list: unknown option '%1'").arg(unknown.constFirst()),
                            ExitCode::Usage);
    }
    if (parser.isSet(helpOption)) {
        context.out << usage();
        return ExitCode::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(Tr::tr("list: unexpected argument '%1'").arg(parser.positionalArguments().constFirst()),
                            ExitCode::Usage);
    }

    ArticleQuery query;
    if (parser.isSet(statusOption)) {
        const QString key = parser.value(statusOption);
        query.status = statusFromKey(key);
        if (!query.status) {
            return context.fail(Tr::tr("list: unknown status '%1' (use one of: %2)").arg(key, statusKeys()),
                                ExitCode::Usage);
        }
    }
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    const auto stories = ArticleRepository(*db).list(query);
    if (!stories)
        return context.fail(stories.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ArticleSummary &story : stories.value()) {
            array.append(QJsonObject{
                {QStringLiteral("slug"), story.slug},
                {QStringLiteral("headline"), story.headline},
                {QStringLiteral("status"), statusKey(story.status)},
                {QStringLiteral("section"), story.sectionName},
                {QStringLiteral("updated"), story.updated.toUTC().toString(Qt::ISODate)},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    for (const ArticleSummary &story : stories.value())
        context.out << story.slug << '\t' << statusKey(story.status) << '\t' << oneField(story.headline) << '\n';
    return ExitCode::Success;
}
