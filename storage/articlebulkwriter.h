// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

#include <functional>
#include <optional>

class Database;

/// Stores many new articles at once (an archive import, a benchmark's archive): one transaction,
/// statements prepared once, and the search index built once at the end instead of row by row.
/// Nothing is stored unless every article is.
class ArticleBulkWriter
{
public:
    explicit ArticleBulkWriter(Database &db);

    /// Calls `next` until it returns nullopt and stores each article as given: its slug must be
    /// set and free (else a Conflict), times default to now, the word count is computed, and the
    /// hero image is ignored. Returns how many were stored.
    Result<int> insertAll(const std::function<std::optional<Article>()> &next);

private:
    Database &m_db;
};
