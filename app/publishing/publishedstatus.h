// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishendpoint.h"
#include "publishtypes.h"
#include "storageerror.h"
#include "types.h"

#include <optional>

class Database;

/// After a successful publish or unpublish the story's own status follows what the site now
/// shows: published (updated when it was already out), scheduled for a future time, unpublished.
/// The Publish button and `copydesk publish`/`unpublish` both call this.
namespace PublishedStatus {

/// The status a story in `current` takes after `action` succeeded as `kind`; nullopt: it stays.
std::optional<ArticleStatus> after(ArticleStatus current, PublishAction action, EndpointResult::Kind kind);

/// Moves story `articleId` there as `login`, recording it in the history with a note naming
/// `targetName`. Returns the stored story, or nullopt when its status stays.
Result<std::optional<Article>> follow(Database &db, qint64 articleId, PublishAction action, EndpointResult::Kind kind,
                                      const QString &login, const QString &targetName);

} // namespace PublishedStatus
