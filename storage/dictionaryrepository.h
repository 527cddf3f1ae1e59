// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QStringList>

class Database;

/// Words the desk added to the spelling dictionary, per dictionary language ("en_GB").
class DictionaryRepository
{
public:
    explicit DictionaryRepository(Database &db);

    /// Adds a word; adding it again changes nothing.
    Result<void> add(const QString &locale, const QString &word);
    /// The language's words, sorted.
    Result<QStringList> words(const QString &locale);
    /// Removes a word; removing an absent one is not an error.
    Result<void> remove(const QString &locale, const QString &word);

private:
    Database &m_db;
};
