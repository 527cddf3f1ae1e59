// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revisionrepository.h"
#include "storageerror.h"

#include <QList>

#include <optional>

class Database;

/// One line of a story's history, without the snapshot (a 1 MB body times a hundred revisions
/// would not fit the memory budget; RevisionRepository::load() reads one when it is needed).
struct RevisionEntry {
    Revision revision; ///< its snapshot is left empty
    QString note; ///< the workflow's note on a transition, when the database has that column
    std::optional<qint64> restoredFrom; ///< the revision this one put back, for a restore
};

/// What restore() did.
struct RestoreOutcome {
    Article article; ///< the story as stored now, with the old revision's words
    Revision revision; ///< the new revision that records the restore
    /// The revision that keeps the state from before the restore: the latest one when it already
    /// held it, else one recorded just before the restore.
    qint64 keptRevisionId = 0;
};

/// The revision history as the history panel shows it, and putting an earlier revision back.
class RevisionHistory
{
public:
    explicit RevisionHistory(Database &db);

    /// The story's revisions, newest first, without snapshots.
    Result<QList<RevisionEntry>> entries(qint64 articleId);

    /// Makes revision `revisionId`'s words the story's current state, as a new revision (a save
    /// point by `who` marked with where it came from); the state before stays in the history.
    /// The workflow status, slug and times stay as they are now: restoring words does not
    /// unpublish a story or move its web address. The hero image's bytes are not kept per revision,
    /// so the current image stays; its alt text, caption and credit come back when it is the same
    /// image. Tags, authors or a section deleted since are left out. One transaction.
    Result<RestoreOutcome> restore(qint64 revisionId, const QString &who);

private:
    Result<Article> restorable(const Article &old, const Article &current);
    Result<bool> hasNoteColumn();

    Database &m_db;
};
