// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct CommandContext;

/// `copydesk export [--format markdown|html|ninjs] SLUG [--database PATH]`: writes one story to stdout
/// as an article file (the default), a standalone HTML page, byte for byte, or an IPTC ninjs document.
namespace ExportCommand {
int run(const QStringList &arguments, CommandContext &context);
}
