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
    /// Every section, retired ones included (old stories still show them), in the desk's order.
    Result<QList<Section>> list();
    Result<Section> findByName(const QString &name); ///< case-insensitive
    /// Renames a section; its slug stays, so published addresses do not move.
    Result<void> rename(qint64 id, const QString &name);
    /// Retires a section (or brings it back): it stays on the stories that have it.
    Result<void> setRetired(qint64 id, bool retired);
    /// Puts the sections in this order; sections not named keep their place after them.
    Result<void> reorder(const QList<qint64> &ids);

private:
    Database &m_db;
};
