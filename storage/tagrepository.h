// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Database;

/// One row of the tag manager: the tag, its description and how much it is used.
struct TagUsage {
    Tag tag;
    QString description;
    int articleCount = 0;
    QDateTime lastUsed; ///< the latest `updated` of its articles (UTC); invalid when unused
    /// A near-duplicate kept from before the tag manager existed ("Open AI" beside "OpenAI"),
    /// waiting to be merged into the tag findSimilar() names.
    bool nearDuplicate = false;
    QString matchKey; ///< TagNormalizer::matchKey() of the name, so readers need not compute it
};

/// The desk's tags. Two names are one tag when their TagNormalizer::matchKey() is equal, so the
/// store never holds both "OpenAI" and "Open-AI".
///
/// Changes that touch articles (rename, merge, remove, add to / remove from articles) run in one
/// transaction and record a save point by `who` in each affected article's revision history.
/// They never change an article's `updated` time: the story list keeps its order.
class TagRepository
{
public:
    explicit TagRepository(Database &db);

    /// Adds a tag; an empty slug is made from the name. A near-duplicate of an existing tag is a
    /// Conflict whose message names the existing tag (use findSimilar() to offer it instead).
    Result<Tag> add(Tag tag);
    Result<QList<Tag>> list(); ///< by name, case-insensitively (Unicode case folding)
    Result<Tag> load(qint64 id);
    /// The tag called `name`, ignoring case; failing that, its near-duplicate ("open ai" finds
    /// "OpenAI"). NotFound when neither exists.
    Result<Tag> findByName(const QString &name);
    /// The existing tag that `name` would duplicate, other than `exceptId`; nullopt when none.
    Result<std::optional<Tag>> findSimilar(const QString &name, qint64 exceptId = 0);

    /// Renames a tag. The slug follows the name when it was the one made from the old name; a
    /// slug set by hand is kept. A name that another tag has (or nearly has) is a Conflict.
    Result<Tag> rename(qint64 id, const QString &newName, const QString &who);
    /// Moves every article of the `from` tags to `into` (an article with several keeps one copy,
    /// at the earliest position) and deletes the `from` tags. Returns the number of articles that
    /// had any of the `from` tags.
    Result<int> merge(const QList<qint64> &from, qint64 into, const QString &who);
    /// Deletes a tag from the store and from its articles; returns how many articles had it.
    Result<int> remove(qint64 id, const QString &who);
    Result<void> setKind(qint64 id, TagKind kind);
    Result<void> setDescription(qint64 id, const QString &description);
    Result<QString> description(qint64 id);

    /// Every tag with its counts, by name, in one query (for the manager's table).
    Result<QList<TagUsage>> usage();
    /// Stories per tag id, and nothing else: cheap enough to read whenever the vocabulary is.
    Result<QHash<qint64, int>> useCounts();
    /// How many articles have the tag (for a confirmation's words).
    Result<int> affectedArticles(qint64 id);

    /// Adds the tag at the end of each article's tags; returns how many articles gained it.
    Result<int> addToArticles(qint64 tagId, const QList<qint64> &articleIds, const QString &who);
    /// Returns how many of the articles had the tag.
    Result<int> removeFromArticles(qint64 tagId, const QList<qint64> &articleIds, const QString &who);

private:
    Result<QList<qint64>> articlesWith(const QList<qint64> &tagIds);
    Result<void> recordRevisions(const QList<qint64> &articleIds, const QString &who);

    Database &m_db;
};
