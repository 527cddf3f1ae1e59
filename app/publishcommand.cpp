// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishcommand.h"

#include "articlerepository.h"
#include "commandline.h"
#include "credentialstore.h"
#include "currentuser.h"
#include "database.h"
#include "endpointfactory.h"
#include "publicationrepository.h"
#include "publishchecklist.h"
#include "publishedstatus.h"
#include "publishqueue.h"
#include "publishtargetrepository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)
};

QString usage(bool publish)
{
    return publish
        ? Tr::tr("Usage: copydesk publish SLUG --target NAME [--accept-warnings] [--overwrite] [--database PATH]\n"
                 "\n"
                 "Runs the pre-publish checklist, then publishes the story to the target.\n"
                 "Exit code 0 only when the story is live or scheduled.\n"
                 "\n"
                 "Options:\n"
                 "  --target NAME      the publishing target ('copydesk targets list')\n"
                 "  --accept-warnings  go ahead although the checklist has warnings\n"
                 "  --overwrite        replace edits made on the site since the last publish\n"
                 "  --database PATH    use the database at PATH\n")
        : Tr::tr("Usage: copydesk unpublish SLUG --target NAME [--database PATH]\n"
                 "\n"
                 "Takes the story off the target (back to draft there).\n");
}

// How long the command line waits for retries before leaving the job to the app's queue.
constexpr int patienceMs = 120000;

int run(const QStringList &arguments, CommandContext &context, PublishAction action)
{
    const bool publishing = action == PublishAction::Publish;
    const QString name = publishActionKey(action);
    QCommandLineParser parser;
    const QCommandLineOption targetOption(QStringLiteral("target"), QString(), QStringLiteral("name"));
    const QCommandLineOption warningsOption(QStringLiteral("accept-warnings"));
    const QCommandLineOption overwriteOption(QStringLiteral("overwrite"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QString(), QStringLiteral("path"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({targetOption, databaseOption, helpOption});
    if (publishing)
        parser.addOptions({warningsOption, overwriteOption});
    if (!parser.parse(QStringList{QStringLiteral("copydesk ") + name} + arguments))
        return context.fail(parser.errorText(), ExitCode::Usage);
    if (parser.isSet(helpOption)) {
        context.out << usage(publishing);
        return ExitCode::Success;
    }
    const QStringList slugs = parser.positionalArguments();
    if (slugs.size() != 1)
        return context.fail(Tr::tr("%1: name the slug of one story").arg(name), ExitCode::Usage);
    if (!parser.isSet(targetOption))
        return context.fail(Tr::tr("%1: name the target with --target NAME").arg(name), ExitCode::Usage);
    if (parser.isSet(databaseOption))
        context.databasePath = parser.value(databaseOption);

    const auto db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    auto article = ArticleRepository(*db).findBySlug(slugs.constFirst());
    if (!article)
        return context.fail(article.error());
    auto target = PublishTargetRepository(*db).findByName(parser.value(targetOption));
    if (!target)
        return context.fail(target.error());

    if (publishing) {
        auto publication = PublicationRepository(*db).load();
        const QTimeZone zone(publication ? publication->timeZone.toUtf8() : QByteArray("UTC"));
        const auto items =
            PublishChecklist::check(*article, QDateTime::currentDateTimeUtc(), zone.isValid() ? zone : QTimeZone::UTC);
        for (const auto problems = PublishChecklist::problems(items); const ChecklistItem &item : problems) {
            context.err << (item.severity == ChecklistItem::Severity::Failure ? Tr::tr("✗ %1: %2") : Tr::tr("! %1: %2"))
                               .arg(item.title, item.message)
                        << '\n';
        }
        if (PublishChecklist::blocks(items))
            return context.fail(Tr::tr("publish: the checklist blocks publishing; fix the items above"),
                                ExitCode::Failure);
        if (PublishChecklist::hasWarnings(items) && !parser.isSet(warningsOption))
            return context.fail(
                Tr::tr("publish: the checklist has warnings; look at them, then run again with --accept-warnings"),
                ExitCode::Failure);
    }

    CredentialStore credentials;
    PublishQueue queue(*db, EndpointFactory::fromKeychain(credentials));
    queue.setBackoff(std::chrono::seconds(2), std::chrono::seconds(30));
    auto job = queue.enqueue(article->id, target->id, action, parser.isSet(overwriteOption));
    if (!job)
        return context.fail(job.error());

    int exitCode = ExitCode::Failure;
    QEventLoop loop;
    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&patience, &QTimer::timeout, &loop, [&] {
        context.err << Tr::tr(
                           "copydesk: %1 is still waiting to be sent (job %2); the app sends it when the site answers.")
                           .arg(article->slug)
                           .arg(job->id)
                    << '\n';
        loop.quit();
    });
    QObject::connect(&queue, &PublishQueue::progress, &loop, [&](const PublishJob &, const QString &step) {
        context.err << step << '\n';
        context.err.flush();
    });
    QObject::connect(
        &queue, &PublishQueue::attemptFinished, &loop,
        [&](const PublishJob &finished, PublishOutcome outcome, const EndpointResult &result) {
            // The story's own status follows the site, as it does for the window's button; also
            // for jobs an earlier session left that go out now.
            if (outcome == PublishOutcome::Succeeded) {
                auto sentTo = PublishTargetRepository(*db).find(finished.targetId);
                auto moved = PublishedStatus::follow(*db, finished.articleId, finished.action, result.kind,
                                                     CurrentUser::loginName(), sentTo ? sentTo->name : QString());
                if (!moved)
                    context.err
                        << Tr::tr("copydesk: the story's status could not be stored: %1").arg(moved.error().message)
                        << '\n';
            }
            if (finished.id != job->id)
                return;
            switch (outcome) {
            case PublishOutcome::Succeeded:
                // A word for scripts, like --json keys: never translated.
                context.out << (result.kind == EndpointResult::Kind::Scheduled         ? QStringLiteral("scheduled")
                                    : result.kind == EndpointResult::Kind::Unpublished ? QStringLiteral("unpublished")
                                                                                       : QStringLiteral("live"))
                            << '\t' << result.url.toString() << '\n';
                exitCode = ExitCode::Success;
                loop.quit();
                return;
            case PublishOutcome::Retrying:
            case PublishOutcome::Unknown:
                context.err << Tr::tr("copydesk: %1; trying again").arg(result.message) << '\n';
                context.err.flush();
                return;
            case PublishOutcome::Conflict:
                context.fail(Tr::tr("%1: %2 Run again with --overwrite to replace them.").arg(name, result.message),
                             ExitCode::Failure);
                loop.quit();
                return;
            case PublishOutcome::Failed:
                context.fail(Tr::tr("%1: %2").arg(name, result.message), ExitCode::Failure);
                loop.quit();
                return;
            }
        });
    patience.start(patienceMs);
    queue.start();
    loop.exec();
    return exitCode;
}

} // namespace

int PublishCommand::publish(const QStringList &arguments, CommandContext &context)
{
    return run(arguments, context, PublishAction::Publish);
}

int PublishCommand::unpublish(const QStringList &arguments, CommandContext &context)
{
    return run(arguments, context, PublishAction::Unpublish);
}
