// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Database;

/// A save point of an article: when, who, the status change, and the whole article as it was.
struct Revision {
    qint64 id = 0;
    qint64 articleId = 0;
    QDateTime created; ///< UTC; for a coalesced revision, the time of its latest save
    QString who;
    std::optional<ArticleStatus> statusFrom;
    std::optional<ArticleStatus> statusTo;
    QString note; ///< why the status changed ("send back" needs one); empty for most saves
    Article snapshot;
};

/// Save points, so any earlier state of a story can be seen and restored. Autosave writes one
/// every few seconds; record() folds those into the latest revision while the same person keeps
/// typing, so an hour of work is a handful of revisions rather than thousands.
class RevisionRepository
{
public:
    explicit RevisionRepository(Database &db);

    /// How long the same person's saves keep folding into one revision.
    static constexpr int coalesceSeconds = 10 * 60;

    enum class Kind {
        Autosave, ///< folded into the latest revision when it is recent, by the same person, same status
        SavePoint, ///< always a revision of its own (an explicit save, a status change, a restore)
    };

    /// Records `article` as it was just stored, by `who`. `previousStatus` is the status before
    /// this save (a different one always makes a revision of its own). A `note` (say, why a story
    /// was sent back) is kept with the revision; a revision with a note is never folded into.
    Result<Revision> record(const Article &article, const QString &who, ArticleStatus previousStatus, Kind kind,
                            const QString &note = {});
    /// Newest first, without snapshots' bodies being needed by the caller (they are loaded).
    Result<QList<Revision>> list(qint64 articleId);
    Result<Revision> load(qint64 revisionId);

    /// The JSON the snapshot is kept as; exposed for tests and the diff view.
    static QByteArray toJson(const Article &article);
    static std::optional<Article> fromJson(const QByteArray &json);

private:
    Database &m_db;
};
