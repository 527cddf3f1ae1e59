// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagscommand.h"

#include "commandline.h"
#include "database.h"
#include "tagrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TagsCommand)
};

QString usage()
{
    return Tr::tr("Usage: copydesk tags list [--json] [--database PATH]\n"
                  "       copydesk tags rename OLD NEW [--database PATH]\n"
                  "       copydesk tags merge FROM... INTO [--database PATH]\n"
                  "\n"
                  "Lists, renames and merges the desk's tags. Names match regardless of case, spaces\n"
                  "and punctuation (\"open ai\" is \"OpenAI\"). Every story follows a rename or merge.\n"
                  "\n"
                  "  list             slug, kind, number of stories and name, separated by tabs\n"
                  "  rename OLD NEW   gives the tag OLD the name NEW\n"
                  "  merge FROM INTO  moves the stories of each FROM tag to INTO and deletes FROM\n"
                  "\n"
                  "Options:\n"
                  "  --json           (list) print a JSON array of objects with name, slug, kind,\n"
                  "                   description, count and lastUsed (ISO 8601, UTC, or null)\n"
                  "  --database PATH  use the database at PATH\n");
}

// Who the revision history names for a change made from a script.
QString who()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? Tr::tr("command line") : Tr::tr("%1 (command line)").arg(user);
}

QString oneField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

int list(Database &db, bool json, CommandContext &context)
{
    const auto tags = TagRepository(db).usage();
    if (!tags)
        return context.fail(tags.error());
    if (json) {
        QJsonArray array;
        for (const TagUsage &u : tags.value()) {
            array.append(QJsonObject{
                {QStringLiteral("name"), u.tag.name},
                {QStringLiteral("slug"), u.tag.slug},
                {QStringLiteral("kind"), tagKindKey(u.tag.kind)},
                {QStringLiteral("description"), u.description},
                {QStringLiteral("count"), u.articleCount},
                {QStringLiteral("lastUsed"),
                 u.lastUsed.isValid() ? QJsonValue(u.lastUsed.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    for (const TagUsage &u : tags.value()) {
        context.out << u.tag.slug << '\t' << tagKindKey(u.tag.kind) << '\t' << u.articleCount << '\t'
                    << oneField(u.tag.name) << '\n';
    }
    return ExitCode::Success;
}

// The tag `name` stands for, or an error already printed (nullopt).
std::optional<Tag> find(Database &db, const QString &command, const QString &name, CommandContext &context)
{
    auto tag = TagRepository(db).findByName(name);
    if (tag)
        return tag.value();
    if (tag.error().kind == StorageError::Kind::NotFound)
        context.fail(Tr::tr("tags %1: there is no tag called '%2'").arg(command, name), ExitCode::Failure);
    else
        context.fail(tag.error());
    return std::nullopt;
}

int rename(Database &db, const QStringList &words, CommandContext &context)
{
    const auto tag = find(db, QStringLiteral("rename"), words.at(0), context);
    if (!tag)
        return ExitCode::Failure;
    const auto renamed = TagRepository(db).rename(tag->id, words.at(1), who());
    if (!renamed)
        return context.fail(renamed.error());
    const auto count = TagRepository(db).affectedArticles(tag->id);
    context.out << Tr::tr("Renamed '%1' to '%2'; stories changed: %3.")
                       .arg(tag->name, renamed->name)
                       .arg(count ? count.value() : 0)
                << '\n';
    return ExitCode::Success;
}

int merge(Database &db, const QStringList &words, CommandContext &context)
{
    QList<qint64> from;
    std::optional<Tag> into;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto tag = find(db, QStringLiteral("merge"), words.at(i), context);
        if (!tag)
            return ExitCode::Failure;
        if (i + 1 == words.size())
            into = tag;
        else
            from.append(tag->id);
    }
    const auto merged = TagRepository(db).merge(from, into->id, who());
    if (!merged)
        return context.fail(merged.error());
    context.out << Tr::tr("Merged into '%1'; stories changed: %2.").arg(into->name).arg(merged.value()) << '\n';
    return ExitCode::Success;
}

} // namespace

int TagsCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({jsonOption, databaseOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("copydesk tags")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return context.fail(unknown.isEmpty() ? parser.errorText()
                                              : Tr::tr("tags: unknown option '%1'").arg(unknown.constFirst()),
                            ExitCode::Usage);
    }
    if (parser.isSet(helpOption)) {
        context.out << usage();
        return ExitCode::Success;
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return context.fail(Tr::tr("tags: say what to do: list, rename or merge"), ExitCode::Usage);
    const QString action = words.takeFirst();
    const bool isList = action == QLatin1StringView("list");
    const bool isRename = action == QLatin1StringView("rename");
    const bool isMerge = action == QLatin1StringView("merge");
    if (!isList && !isRename && !isMerge)
        return context.fail(Tr::tr("tags: unknown action '%1' (use list, rename or merge)").arg(action),
                            ExitCode::Usage);
    if (isList && !words.isEmpty())
        return context.fail(Tr::tr("tags list: unexpected argument '%1'").arg(words.constFirst()), ExitCode::Usage);
    if (isRename && words.size() != 2)
        return context.fail(Tr::tr("tags rename: name the tag and its new name: tags rename OLD NEW"), ExitCode::Usage);
    if (isMerge && words.size() < 2)
        return context.fail(Tr::tr("tags merge: name at least one tag and the tag to merge it into"), ExitCode::Usage);
    if (!isList && parser.isSet(jsonOption))
        return context.fail(Tr::tr("tags %1: --json only goes with list").arg(action), ExitCode::Usage);
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    if (isList)
        return list(*db, parser.isSet(jsonOption), context);
    if (isRename)
        return rename(*db, words, context);
    return merge(*db, words, context);
}
