// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct CommandContext;

/// `copydesk tags list [--json]`, `copydesk tags rename OLD NEW`, `copydesk tags merge FROM... INTO`.
/// Tags are named as people write them: case, spacing and punctuation do not matter ("open ai"
/// finds "OpenAI"). An unknown tag fails with exit code 1; a wrong command line with 2.
namespace TagsCommand {
int run(const QStringList &arguments, CommandContext &context);
}
