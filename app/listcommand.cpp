// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "articlerepository.h"
#include "articlesearch.h"
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
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
};

QString statusKeys()
{
    QStringList keys;
    for (const auto items = allStatuses(); ArticleStatus status : items)
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
    return Tr::tr("Usage: copydesk list [--status STATUS] [--search WORDS] [--tag TAG] [--json] [--database PATH]\n"
                  "\n"
                  "Lists the stories, newest change first (best match first with --search): slug, status\n"
                  "and headline, separated by tabs.\n"
                  "\n"
                  "Options:\n"
                  "  --status STATUS  only stories with this status (%1); repeat it or separate\n"
                  "                   with commas for several\n"
                  "  --search WORDS   only stories with these words in the headline, dek, body, tags,\n"
                  "                   byline or attribution; \"quoted words\" are a phrase and word* a prefix\n"
                  "  --tag TAG        only stories with this tag (its name, in any case)\n"
                  "  --json           print a JSON array of objects with slug, headline, status,\n"
                  "                   section, byline, words and updated (ISO 8601, UTC); with --search\n"
                  "                   also snippet (the matched words in [brackets])\n"
                  "  --database PATH  use the database at PATH\n")
        .arg(statusKeys());
}

// Brackets stand for the highlight in plain text: a terminal or a script has no bold.
QString plainSnippet(QString snippet)
{
    return oneField(snippet.replace(ArticleSearch::highlightStart, u'[').replace(ArticleSearch::highlightEnd, u']'));
}

} // namespace

int ListCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption(QStringLiteral("status"), QString(), QStringLiteral("status"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QString(), QStringLiteral("words"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), QString(), QStringLiteral("tag"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({statusOption, searchOption, tagOption, jsonOption, databaseOption, helpOption});
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
    for (const auto items = parser.values(statusOption); const QString &value : items) {
        for (const auto items = value.split(u',', Qt::SkipEmptyParts); const QString &key : items) {
            const auto status = statusFromKey(key.trimmed());
            if (!status) {
                return context.fail(Tr::tr("list: unknown status '%1' (use one of: %2)").arg(key, statusKeys()),
                                    ExitCode::Usage);
            }
            query.statuses.append(*status);
        }
    }
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    if (parser.isSet(tagOption)) {
        const auto tag = TagRepository(*db).findByName(parser.value(tagOption));
        if (!tag)
            return context.fail(tag.error());
        query.tagId = tag->id;
    }
    const QString words = parser.value(searchOption);
    const bool searching = !ArticleSearch::matchExpression(words).isEmpty();
    query.sort = searching ? ArticleQuery::Sort::Relevance : ArticleQuery::Sort::UpdatedNewestFirst;
    const auto stories = ArticleSearch(*db).search(words, query, -1, 0, searching);
    if (!stories)
        return context.fail(stories.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const SearchHit &hit : stories.value()) {
            const ArticleSummary &story = hit.summary;
            QJsonObject object{
                {QStringLiteral("slug"), story.slug},
                {QStringLiteral("headline"), story.headline},
                {QStringLiteral("status"), statusKey(story.status)},
                {QStringLiteral("section"), story.sectionName},
                {QStringLiteral("byline"), story.byline},
                {QStringLiteral("words"), story.wordCount},
                {QStringLiteral("updated"), story.updated.toUTC().toString(Qt::ISODate)},
            };
            if (searching)
                object.insert(QStringLiteral("snippet"), plainSnippet(hit.snippet));
            array.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    for (const SearchHit &hit : stories.value()) {
        const ArticleSummary &story = hit.summary;
        context.out << story.slug << '\t' << statusKey(story.status) << '\t' << oneField(story.headline) << '\n';
    }
    return ExitCode::Success;
}
