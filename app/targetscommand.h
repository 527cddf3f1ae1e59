// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct CommandContext;

/// `copydesk targets add NAME --kind wordpress|ninjs --url URL [--user USER]` (the password or token
/// read from standard input into the system keychain), `copydesk targets list [--json]` and
/// `copydesk targets remove NAME`. Without a keychain nothing is stored and the exit code is 1.
namespace TargetsCommand {
int run(const QStringList &arguments, CommandContext &context);
}
