// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishtypes.h"
#include "storageerror.h"

#include <QList>

class Database;

/// Every publishing attempt, kept on the article for its history: when, where, how it ended, the
/// HTTP status and the remote id and address. Lines are only ever added.
class PublishLogRepository
{
public:
    explicit PublishLogRepository(Database &db);

    /// Adds `entry` (its id and targetName are ignored); an invalid `at` means now. Returns it as stored.
    Result<PublishLogEntry> append(PublishLogEntry entry);
    /// The article's lines, newest first, with each target's current name.
    Result<QList<PublishLogEntry>> list(qint64 articleId);

private:
    Database &m_db;
};
