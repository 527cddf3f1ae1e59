// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

class Database;

/// The one row of publication settings.
class PublicationRepository
{
public:
    explicit PublicationRepository(Database &db);

    /// The settings; defaults (no name) until they are first saved.
    Result<Publication> load();
    Result<void> save(const Publication &publication);

private:
    Database &m_db;
};
