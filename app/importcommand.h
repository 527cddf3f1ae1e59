// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct CommandContext;

/// `copydesk import FILE... [--database PATH]`: imports article files, printing each story's slug
/// on a line of its own. Warnings and failures go to stderr; each file is imported on its own, and
/// the exit code is 1 if any of them failed.
namespace ImportCommand {
int run(const QStringList &arguments, CommandContext &context);
}
