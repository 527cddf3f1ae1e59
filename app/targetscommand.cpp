// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetscommand.h"

#include "commandline.h"
#include "credentialstore.h"
#include "database.h"
#include "publishtargetrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TargetsCommand)
};

QString usage()
{
    return Tr::tr("Usage: copydesk targets add NAME --kind wordpress|ninjs --url URL [--user USER] [--database PATH]\n"
                  "       copydesk targets list [--json] [--database PATH]\n"
                  "       copydesk targets remove NAME [--database PATH]\n"
                  "\n"
                  "Configures where stories are published. The password (WordPress application password)\n"
                  "or token (ninjs bearer token) is read from standard input and kept only in the system\n"
                  "keychain, never in the database; without a keychain nothing is stored.\n"
                  "\n"
                  "Options:\n"
                  "  --kind KIND      wordpress or ninjs\n"
                  "  --url URL        the site (WordPress) or the endpoint (ninjs); https:// only,\n"
                  "                   except http:// on this computer (127.0.0.1, localhost)\n"
                  "  --user USER      the WordPress user the application password belongs to\n"
                  "  --json           (list) a JSON array of objects with name, kind, url, user, created\n"
                  "  --database PATH  use the database at PATH\n");
}

// Reads the secret: the first line of standard input, without echo when it is a terminal.
QString readSecret(const QString &name, QTextStream &err)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << Tr::tr("Password or token for '%1': ").arg(name);
        err.flush();
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = terminal ? in.readLine() : in.readAll();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
    }
    // Only the line end goes: spaces can be part of an application password ("abcd efgh ...").
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int add(const QString &name, const QCommandLineParser &parser, const QCommandLineOption &kindOption,
        const QCommandLineOption &urlOption, const QCommandLineOption &userOption, CommandContext &context)
{
    if (!parser.isSet(kindOption))
        return context.fail(Tr::tr("targets add: say what kind of target it is: --kind wordpress or --kind ninjs"),
                            ExitCode::Usage);
    const auto kind = publishTargetKindFromKey(parser.value(kindOption));
    if (!kind)
        return context.fail(
            Tr::tr("targets add: unknown kind '%1' (use wordpress or ninjs)").arg(parser.value(kindOption)),
            ExitCode::Usage);
    if (!parser.isSet(urlOption))
        return context.fail(Tr::tr("targets add: give the address with --url https://..."), ExitCode::Usage);
    PublishTarget target;
    target.name = name;
    target.kind = *kind;
    target.endpoint = QUrl(parser.value(urlOption), QUrl::StrictMode);
    target.user = parser.value(userOption);
    if (auto checked = PublishTargetRepository::checkTarget(target); !checked)
        return context.fail(Tr::tr("targets add: %1").arg(checked.error().message), ExitCode::Usage);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    PublishTargetRepository targets(*db);
    if (auto existing = targets.findByName(name); existing)
        return context.fail(Tr::tr("targets add: there is already a target called '%1'").arg(name), ExitCode::Failure);

    const QString secret = readSecret(name, context.err);
    if (secret.isEmpty())
        return context.fail(Tr::tr("targets add: no password or token on standard input; pipe it in, e.g. "
                                   "secret-tool lookup ... | copydesk targets add ..."),
                            ExitCode::Failure);

    // The secret first: a target without its secret in the keychain would be useless.
    CredentialStore store;
    const CredentialResult stored = store.write(name, secret)->waitForFinished();
    if (!stored.ok()) {
        context.fail(Tr::tr("targets add: %1").arg(stored.message), ExitCode::Failure);
        if (!stored.detail.isEmpty())
            context.err << Tr::tr("(details: %1)").arg(stored.detail) << '\n';
        return ExitCode::Failure;
    }
    auto added = targets.add(target);
    if (!added) {
        // Leave nothing behind that the desk cannot see.
        (void)store.remove(name)->waitForFinished();
        return context.fail(added.error());
    }
    context.out << Tr::tr("Added %1 target '%2' at %3; its secret is in the system keychain.")
                       .arg(publishTargetKindKey(added->kind), added->name, added->endpoint.toString())
                << '\n';
    return ExitCode::Success;
}

QString oneField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

int list(bool json, CommandContext &context)
{
    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    const auto targets = PublishTargetRepository(*db).list();
    if (!targets)
        return context.fail(targets.error());
    if (json) {
        QJsonArray array;
        for (const PublishTarget &t : targets.value()) {
            array.append(QJsonObject{
                {QStringLiteral("name"), t.name},
                {QStringLiteral("kind"), publishTargetKindKey(t.kind)},
                {QStringLiteral("url"), t.endpoint.toString()},
                {QStringLiteral("user"), t.user},
                {QStringLiteral("created"), t.created.toUTC().toString(Qt::ISODate)},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    for (const PublishTarget &t : targets.value()) {
        context.out << oneField(t.name) << '\t' << publishTargetKindKey(t.kind) << '\t' << t.endpoint.toString() << '\t'
                    << oneField(t.user) << '\n';
    }
    return ExitCode::Success;
}

int remove(const QString &name, CommandContext &context)
{
    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    PublishTargetRepository targets(*db);
    const auto target = targets.findByName(name);
    if (!target) {
        if (target.error().kind == StorageError::Kind::NotFound)
            return context.fail(Tr::tr("targets remove: there is no target called '%1'").arg(name), ExitCode::Failure);
        return context.fail(target.error());
    }
    CredentialStore store;
    const CredentialResult removed = store.remove(name)->waitForFinished();
    if (!removed.ok())
        return context.fail(Tr::tr("targets remove: %1 The target was kept.").arg(removed.message), ExitCode::Failure);
    if (auto r = targets.remove(target->id); !r)
        return context.fail(r.error());
    context.out << Tr::tr("Removed target '%1' and its secret.").arg(name) << '\n';
    return ExitCode::Success;
}

} // namespace

int TargetsCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(QStringLiteral("kind"), QString(), QStringLiteral("kind"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QString(), QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), QString(), QStringLiteral("user"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({kindOption, urlOption, userOption, jsonOption, databaseOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("copydesk targets")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return context.fail(unknown.isEmpty() ? parser.errorText()
                                              : Tr::tr("targets: unknown option '%1'").arg(unknown.constFirst()),
                            ExitCode::Usage);
    }
    if (parser.isSet(helpOption)) {
        context.out << usage();
        return ExitCode::Success;
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return context.fail(Tr::tr("targets: say what to do: add, list or remove"), ExitCode::Usage);
    const QString action = words.takeFirst();
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);
    const bool addOptions = parser.isSet(kindOption) || parser.isSet(urlOption) || parser.isSet(userOption);
    if (action == QLatin1StringView("add")) {
        if (words.size() != 1)
            return context.fail(words.isEmpty() ? Tr::tr("targets add: name the target: targets add NAME --kind ...")
                                                : Tr::tr("targets add: unexpected argument '%1'").arg(words.at(1)),
                                ExitCode::Usage);
        if (parser.isSet(jsonOption))
            return context.fail(Tr::tr("targets add: --json only goes with list"), ExitCode::Usage);
        return add(words.constFirst(), parser, kindOption, urlOption, userOption, context);
    }
    if (addOptions)
        return context.fail(Tr::tr("targets %1: --kind, --url and --user only go with add").arg(action),
                            ExitCode::Usage);
    if (action == QLatin1StringView("list")) {
        if (!words.isEmpty())
            return context.fail(Tr::tr("targets list: unexpected argument '%1'").arg(words.constFirst()),
                                ExitCode::Usage);
        return list(parser.isSet(jsonOption), context);
    }
    if (action == QLatin1StringView("remove")) {
        if (words.size() != 1)
            return context.fail(Tr::tr("targets remove: name one target"), ExitCode::Usage);
        if (parser.isSet(jsonOption))
            return context.fail(Tr::tr("targets remove: --json only goes with list"), ExitCode::Usage);
        return remove(words.constFirst(), context);
    }
    return context.fail(Tr::tr("targets: unknown action '%1' (use add, list or remove)").arg(action), ExitCode::Usage);
}
