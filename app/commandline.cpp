// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "checkcommand.h"
#include "database.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "language.h"
#include "listcommand.h"
#include "publishcommand.h"
#include "samplenewsroom.h"
#include "tagscommand.h"
#include "targetscommand.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcCommandLine, "copydesk.commandline")

namespace {

// Options QGuiApplication and QApplication take for themselves (-platform offscreen, -style
// fusion, ...). They are accepted here so that our parser, which runs before any QApplication
// exists, does not call them unknown; Qt removes them when the window starts.
const QStringList qtOptionsWithValue{
    QStringLiteral("platform"),
    QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"),
    QStringLiteral("plugin"),
    QStringLiteral("qwindowgeometry"),
    QStringLiteral("geometry"),
    QStringLiteral("qwindowtitle"),
    QStringLiteral("title"),
    QStringLiteral("qwindowicon"),
    QStringLiteral("icon"),
    QStringLiteral("style"),
    QStringLiteral("stylesheet"),
    QStringLiteral("session"),
    QStringLiteral("display"),
    QStringLiteral("name"),
    QStringLiteral("qmljsdebugger"),
};
const QStringList qtFlags{
    QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
    QStringLiteral("dograb"),  QStringLiteral("sync"),
};

struct TopLevelParser {
    QCommandLineParser parser;
    QCommandLineOption database{QStringLiteral("database"), QString(), QStringLiteral("path")};
    QCommandLineOption version{QStringLiteral("version")};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}};

    explicit TopLevelParser(QCommandLineParser::OptionsAfterPositionalArgumentsMode mode)
    {
        // Qt's own options are single-dash words (-platform), so read every option as a word.
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.setOptionsAfterPositionalArgumentsMode(mode);
        parser.addOptions({database, version, help});
        for (const QString &name : qtOptionsWithValue)
            parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
        for (const QString &name : qtFlags)
            parser.addOption(QCommandLineOption(name));
    }

    QString error() const
    {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return CommandLine::tr("unknown option '%1'").arg(unknown.constFirst());
        return parser.errorText();
    }
};

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &subcommand : CommandLine::subcommands()) {
        if (subcommand.name == name)
            return &subcommand;
    }
    return nullptr;
}

} // namespace

std::unique_ptr<Database> CommandContext::openDatabase()
{
    auto opened = CommandLine::openDatabase(databasePath);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

int CommandContext::fail(const QString &message, int exitCode)
{
    err << CommandLine::tr("copydesk: %1").arg(message) << '\n';
    return exitCode;
}

int CommandContext::fail(const StorageError &error)
{
    err << CommandLine::tr("copydesk: %1").arg(error.message) << '\n';
    if (!error.detail.isEmpty())
        err << CommandLine::tr("(details: %1)").arg(error.detail) << '\n';
    return ExitCode::Failure;
}

CommandLine::Invocation CommandLine::parse(const QStringList &arguments)
{
    Invocation invocation;
    {
        // First with options after the first word left alone, as they may be a subcommand's.
        TopLevelParser top(QCommandLineParser::ParseAsPositionalArguments);
        if (!top.parser.parse(arguments)) {
            invocation.mode = Mode::Invalid;
            invocation.error = top.error();
            return invocation;
        }
        invocation.databasePath = top.parser.value(top.database);
        if (top.parser.isSet(top.version)) {
            invocation.mode = Mode::Version;
            return invocation;
        }
        if (top.parser.isSet(top.help)) {
            invocation.mode = Mode::Help;
            return invocation;
        }
        QStringList words = top.parser.positionalArguments();
        if (!words.isEmpty() && words.constFirst() == QLatin1StringView("help")) {
            invocation.mode = Mode::Help;
            return invocation;
        }
        if (!words.isEmpty() && findSubcommand(words.constFirst())) {
            invocation.mode = Mode::Subcommand;
            invocation.subcommand = words.takeFirst();
            invocation.subcommandArguments = words;
            return invocation;
        }
    }

    // The window: options may come after the file too (copydesk story.md --database x.db).
    TopLevelParser window(QCommandLineParser::ParseAsOptions);
    if (!window.parser.parse(arguments)) {
        invocation.mode = Mode::Invalid;
        invocation.error = window.error();
        return invocation;
    }
    invocation.databasePath = window.parser.value(window.database);
    const QStringList files = window.parser.positionalArguments();
    if (files.size() > 1) {
        invocation.mode = Mode::Invalid;
        invocation.error = tr("unexpected argument '%1'").arg(files.at(1));
        return invocation;
    }
    invocation.mode = Mode::Window;
    invocation.file = files.value(0);
    return invocation;
}

int CommandLine::runHeadless(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    switch (invocation.mode) {
    case Mode::Version:
        out << versionText() << '\n';
        return ExitCode::Success;
    case Mode::Help:
        out << usage();
        return ExitCode::Success;
    case Mode::Invalid:
        err << tr("copydesk: %1").arg(invocation.error) << '\n' << tr("Try 'copydesk --help'.") << '\n';
        return ExitCode::Usage;
    case Mode::Subcommand:
        break;
    case Mode::Window:
        Q_ASSERT_X(false, "CommandLine::runHeadless", "the window is started by main()");
        return ExitCode::Usage;
    }
    const Subcommand *subcommand = findSubcommand(invocation.subcommand);
    CommandContext context{invocation.databasePath, out, err};
    if (!subcommand)
        return context.fail(tr("unknown command '%1'").arg(invocation.subcommand), ExitCode::Usage);
    return subcommand->run(invocation.subcommandArguments, context);
}

const QList<Subcommand> &CommandLine::subcommands()
{
    static const QList<Subcommand> all{
        {QStringLiteral("list"), tr("List the stories, newest change first"), &ListCommand::run},
        {QStringLiteral("import"), tr("Import article files and print their slugs"), &ImportCommand::run},
        {QStringLiteral("export"), tr("Write one story to stdout as Markdown, HTML or ninjs"), &ExportCommand::run},
        {QStringLiteral("tags"), tr("List, rename and merge tags"), &TagsCommand::run},
        {QStringLiteral("check"), tr("Run the pre-publish checklist on a story"), &CheckCommand::run},
        {QStringLiteral("targets"), tr("Add, list and remove publishing targets"), &TargetsCommand::run},
        {QStringLiteral("publish"), tr("Publish a story to a target (after the checklist)"), &PublishCommand::publish},
        {QStringLiteral("unpublish"), tr("Take a story off a target"), &PublishCommand::unpublish},
    };
    return all;
}

QString CommandLine::usage()
{
    QString text = tr("Usage: copydesk [--database PATH] [FILE.md]\n"
                      "       copydesk [--database PATH] COMMAND [OPTIONS]\n"
                      "\n"
                      "Copydesk is a newsroom editor. Without a command it opens its window.\n"
                      "\n"
                      "Options:\n"
                      "  --database PATH  use the database at PATH instead of the default one\n"
                      "                   (%1)\n"
                      "  --version        print the version and exit\n"
                      "  -h, --help       print this help and exit\n"
                      "\n"
                      "Commands:\n")
                       .arg(defaultDatabasePath());
    for (const Subcommand &subcommand : subcommands())
        text += QStringLiteral("  %1  %2\n").arg(subcommand.name.leftJustified(15), subcommand.summary);
    text += tr("\nRun 'copydesk COMMAND --help' for a command's options.\n");
    return text;
}

QString CommandLine::versionText()
{
    return QStringLiteral("copydesk %1").arg(QLatin1StringView(COPYDESK_VERSION));
}

void CommandLine::setApplicationIdentity()
{
    // No organisation name: it would add a level to the data folder (~/.local/share/copydesk).
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(COPYDESK_VERSION));
}

void CommandLine::installTranslations()
{
    Language::install();
}

QString CommandLine::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1StringView("/copydesk.db");
}

Result<std::unique_ptr<Database>> CommandLine::openDatabase(const QString &path)
{
    const bool isDefault = path.isEmpty();
    auto opened = Database::open(isDefault ? defaultDatabasePath() : path);
    if (!opened)
        return opened;
    Database &db = *opened.value();
    if (isDefault && db.isNew() && !db.isReadOnly()) {
        // An empty sample is no reason to refuse a working database: log it and go on.
        if (auto seeded = SampleNewsroom::seed(db); !seeded)
            qCWarning(lcCommandLine) << "could not add the sample newsroom:" << seeded.error().toLogString();
    }
    return opened;
}
