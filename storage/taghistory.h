// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

#include <QList>

class Database;

/// Tags and their article rows as they were, so that a change in the tag manager can be undone.
struct TagSnapshot {
    struct Entry {
        Tag tag;
        QString description;
        QString matchKey; ///< null for a near-duplicate kept from an older database
        QList<std::pair<qint64, int>> articles; ///< article id, position among its tags
    };
    QList<Entry> entries;
};

/// Undo for the tag manager: capture() the tags a change will touch (for a merge, the merged
/// tags and the one they go into), and restore() puts them and their articles back.
class TagHistory
{
public:
    explicit TagHistory(Database &db);

    /// The tags with these ids as they are now; ids that no longer exist are left out.
    Result<TagSnapshot> capture(const QList<qint64> &tagIds);
    /// Recreates deleted tags with their old ids and sets each tag's name, slug, kind,
    /// description and articles back, in one transaction, with a save point by `who` in every
    /// article whose tags change. Articles deleted since are skipped.
    Result<void> restore(const TagSnapshot &snapshot, const QString &who);

private:
    Database &m_db;
};
