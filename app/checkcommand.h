// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct CommandContext;

/// `copydesk check SLUG [--json] [--database PATH]`: prints the pre-publish checklist of a story.
/// Exit code 0 only when nothing blocks publishing (warnings allowed), 1 otherwise.
namespace CheckCommand {
int run(const QStringList &arguments, CommandContext &context);
}
