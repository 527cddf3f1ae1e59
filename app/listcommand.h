// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct CommandContext;

/// `copydesk list [--status S] [--search Q] [--tag T] [--json] [--database PATH]`: the stories,
/// newest change first (best match first when searching), as "slug<TAB>status<TAB>headline"
/// lines or as a JSON array.
namespace ListCommand {
int run(const QStringList &arguments, CommandContext &context);
}
