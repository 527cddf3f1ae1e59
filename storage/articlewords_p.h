// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The body's word count, stored with each article so the story list never reads bodies.

#include "storageerror.h"

#include <QSqlDatabase>
#include <QStringView>

namespace ArticleWords {

/// Words as the editor's status bar counts them (TextStatistics, in editor/, which storage cannot
/// reach; both take the scripts from unspacedscript.h): a whitespace-separated run with a letter or digit is one word, and each Han, kana,
/// Thai, Lao, Khmer or Myanmar character is a word of its own.
int count(QStringView text);

/// Stores the count of every article whose count was never computed (migration step).
Result<void> backfill(QSqlDatabase &db);

} // namespace ArticleWords
