// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"
#include "userrepository.h"

class Database;

/// Moves stories through the workflow: checks the rules (Workflow), changes the status and
/// records the change as a save point of its own with who, when, from, to and the note.
class WorkflowService
{
public:
    explicit WorkflowService(Database &db);

    /// Moves article `articleId` to `to` as `actor` (whose role is read from the database, so a
    /// stale profile cannot approve). Sending back needs a `note`. Publishing sets the published
    /// time when the story has none; scheduling needs a scheduled time. Returns the stored article.
    Result<Article> transition(qint64 articleId, ArticleStatus to, const QString &actorLogin, const QString &note = {});

private:
    Database &m_db;
};
