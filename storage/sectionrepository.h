// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

class Database;

/// The managed list of sections (Business, Technology, ...), in the desk's order.
class SectionRepository
{
public:
    explicit SectionRepository(Database &db);

    /// Adds a section at the end of the list; an empty slug is made from the name.
    Result<Section> add(Section section);
    Result<QList<Section>> list();
    Result<Section> findByName(const QString &name); ///< case-insensitive

private:
    Database &m_db;
};
