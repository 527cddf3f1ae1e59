// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

class Database;

class TagRepository
{
public:
    explicit TagRepository(Database &db);

    /// Adds a tag; an empty slug is made from the name. A name that differs from an existing
    /// one only by case is a Conflict ("OpenAI" and "openai" are one tag).
    Result<Tag> add(Tag tag);
    Result<QList<Tag>> list(); ///< by name, case-insensitively (Unicode case folding)
    Result<Tag> load(qint64 id);
    Result<Tag> findByName(const QString &name); ///< case-insensitive

private:
    Database &m_db;
};
