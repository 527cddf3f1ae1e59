// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishtypes.h"
#include "storageerror.h"

#include <QList>

#include <optional>

class Database;

/// Where each article lives on each target. Written the moment a target answers with an id (a
/// WordPress draft is recorded before anything else is sent), so a later publish updates the same
/// remote item instead of creating a second one.
class ArticleRemoteRepository
{
public:
    explicit ArticleRemoteRepository(Database &db);

    /// Inserts or replaces the record for (articleId, targetId). An empty remoteId is Invalid.
    Result<void> save(const ArticleRemote &remote);
    /// The record for the pair, or nullopt when the article was never sent there.
    Result<std::optional<ArticleRemote>> find(qint64 articleId, qint64 targetId);
    /// Every target the article lives on, by target id.
    Result<QList<ArticleRemote>> list(qint64 articleId);
    /// Forgets the pair (after the remote item was deleted); nothing to forget is not an error.
    Result<void> remove(qint64 articleId, qint64 targetId);

private:
    Database &m_db;
};
