// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "articlerepository.h"
#include "commandline.h"
#include "database.h"
#include "publicationrepository.h"
#include "publishchecklist.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimeZone>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

QString usage()
{
    return Tr::tr("Usage: copydesk check SLUG [--json] [--database PATH]\n"
                  "\n"
                  "Runs the pre-publish checklist on the story with this slug: headline, section,\n"
                  "byline, tags, dek, alt text of every image, links, scheduled time. Each line says\n"
                  "'fail' (blocks publishing), 'warn' (may be overridden) or 'ok'. The exit code is 0\n"
                  "only when nothing fails.\n"
                  "\n"
                  "Options:\n"
                  "  --json           a JSON object: slug, blocked, and items (check, severity, title,\n"
                  "                   message, line)\n"
                  "  --database PATH  use the database at PATH\n");
}

QString severityKey(ChecklistItem::Severity severity)
{
    switch (severity) {
    case ChecklistItem::Severity::Passed:
        return QStringLiteral("ok");
    case ChecklistItem::Severity::Warning:
        return QStringLiteral("warn");
    case ChecklistItem::Severity::Failure:
        return QStringLiteral("fail");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace

int CheckCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({jsonOption, databaseOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("copydesk check")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return context.fail(unknown.isEmpty() ? parser.errorText()
                                              : Tr::tr("check: unknown option '%1'").arg(unknown.constFirst()),
                            ExitCode::Usage);
    }
    if (parser.isSet(helpOption)) {
        context.out << usage();
        return ExitCode::Success;
    }
    const QStringList slugs = parser.positionalArguments();
    if (slugs.size() != 1) {
        return context.fail(slugs.isEmpty() ? Tr::tr("check: name the slug of the story to check")
                                            : Tr::tr("check: unexpected argument '%1'").arg(slugs.at(1)),
                            ExitCode::Usage);
    }
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    const auto article = ArticleRepository(*db).findBySlug(slugs.constFirst());
    if (!article) {
        if (article.error().kind == StorageError::Kind::NotFound)
            return context.fail(Tr::tr("check: there is no story with the slug '%1'").arg(slugs.constFirst()),
                                ExitCode::Failure);
        return context.fail(article.error());
    }
    const auto publication = PublicationRepository(*db).load();
    const QTimeZone zone = publication ? QTimeZone(publication->timeZone.toUtf8()) : QTimeZone(QTimeZone::UTC);
    const QList<ChecklistItem> items = PublishChecklist::check(article.value(), QDateTime::currentDateTimeUtc(),
                                                               zone.isValid() ? zone : QTimeZone::UTC);
    const bool blocked = PublishChecklist::blocks(items);

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ChecklistItem &i : items) {
            array.append(QJsonObject{
                {QStringLiteral("check"), i.check},
                {QStringLiteral("severity"), severityKey(i.severity)},
                {QStringLiteral("title"), i.title},
                {QStringLiteral("message"), i.message},
                {QStringLiteral("line"), i.line},
            });
        }
        const QJsonObject object{{QStringLiteral("slug"), article->slug},
                                 {QStringLiteral("blocked"), blocked},
                                 {QStringLiteral("items"), array}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return blocked ? ExitCode::Failure : ExitCode::Success;
    }
    // Problems first: they are what the desk came to read.
    const QList<ChecklistItem> problems = PublishChecklist::problems(items);
    for (const ChecklistItem &i : problems)
        context.out << severityKey(i.severity) << '\t' << i.title << ": " << i.message << '\n';
    for (const ChecklistItem &i : items) {
        if (i.severity == ChecklistItem::Severity::Passed)
            context.out << severityKey(i.severity) << '\t' << i.title << ": " << i.message << '\n';
    }
    const auto failures = std::count_if(problems.cbegin(), problems.cend(), [](const ChecklistItem &i) {
        return i.severity == ChecklistItem::Severity::Failure;
    });
    // Counts as numerals after a colon: the command line runs without the plural translations.
    if (blocked)
        context.out << Tr::tr("Not ready to publish. Problems to fix: %1.").arg(QLocale().toString(failures)) << '\n';
    else if (!problems.isEmpty())
        context.out << Tr::tr("Ready to publish once the warnings above have been seen. Warnings: %1.")
                           .arg(QLocale().toString(problems.size()))
                    << '\n';
    else
        context.out << Tr::tr("Ready to publish.") << '\n';
    return blocked ? ExitCode::Failure : ExitCode::Success;
}
