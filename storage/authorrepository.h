// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

class Database;

class AuthorRepository
{
public:
    explicit AuthorRepository(Database &db);

    Result<Author> add(Author author);
    Result<void> update(const Author &author);
    Result<QList<Author>> list(); ///< by display name
    Result<Author> load(qint64 id);
    /// The author with this display name, created (with an empty bio) when there is none.
    Result<Author> findOrCreate(const QString &displayName);

private:
    Database &m_db;
};
