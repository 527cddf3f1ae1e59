// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class Database;
class QTextStream;

/// Exit codes of the command line: 0 only on success.
namespace ExitCode {
constexpr int Success = 0;
constexpr int Failure = 1; ///< the work could not be done (a database that cannot be opened, ...)
constexpr int Usage = 2; ///< the command line itself is wrong
} // namespace ExitCode

/// What a headless subcommand gets besides its own arguments.
struct CommandContext {
    QString databasePath; ///< from --database; empty for the default database
    QTextStream &out;
    QTextStream &err;

    /// Opens the database, or prints why it cannot be opened on `err` and returns null.
    std::unique_ptr<Database> openDatabase();
    /// Prints "copydesk: <message>" on `err` and returns `exitCode`.
    int fail(const QString &message, int exitCode);
    /// Prints the error's message, then its detail for whoever reports the problem; returns Failure.
    int fail(const StorageError &error);
};

/// A word after `copydesk` that runs without a window, e.g. `copydesk list`.
struct Subcommand {
    QString name;
    QString summary; ///< one line for --help
    std::function<int(const QStringList &arguments, CommandContext &context)> run;
};

/// The command line: `copydesk [--database PATH] [FILE.md]` for the window, or a subcommand.
/// Parsing needs no QCoreApplication, so main() can decide whether to start a GUI at all.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Window, Subcommand, Version, Help, Invalid };

    struct Invocation {
        Mode mode = Mode::Window;
        QString databasePath; ///< empty: the default database
        QString file; ///< a Markdown file to open in the window
        QString subcommand;
        QStringList subcommandArguments;
        QString error; ///< for Mode::Invalid
    };

    /// `arguments` as in QCoreApplication::arguments(), the program name first.
    static Invocation parse(const QStringList &arguments);
    /// Runs everything but the window; needs a QCoreApplication.
    static int runHeadless(const Invocation &invocation, QTextStream &out, QTextStream &err);

    /// Every subcommand this build knows; later features add theirs here.
    static const QList<Subcommand> &subcommands();
    static QString usage();
    static QString versionText();

    /// Sets the names that decide where the user's data folder is (~/.local/share/copydesk).
    static void setApplicationIdentity();
    static QString defaultDatabasePath();
    /// Loads our translation for the user's language (else the English plural forms) and Qt's own.
    static void installTranslations();

    /// Opens the database at `path` (the default one when empty). The default database is filled
    /// with the sample newsroom when it has just been created, so a first start shows something;
    /// a database named with --database is left as empty as it was made.
    static Result<std::unique_ptr<Database>> openDatabase(const QString &path);
};
