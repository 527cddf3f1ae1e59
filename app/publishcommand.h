// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

struct CommandContext;

/// `copydesk publish SLUG --target NAME` and `copydesk unpublish SLUG --target NAME`: the same
/// checklist and queue as the Publish button. Exit code 0 only when the piece is live or
/// scheduled (publish) or off the site (unpublish); a job that must wait stays queued for the app.
namespace PublishCommand {
int publish(const QStringList &arguments, CommandContext &context);
int unpublish(const QStringList &arguments, CommandContext &context);
} // namespace PublishCommand
