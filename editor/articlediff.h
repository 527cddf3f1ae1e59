// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"
#include "worddiff.h"

#include <QHash>

/// The names the store gives to the ids an article holds, so a diff shows "Business", not "3".
struct ArticleVocabulary {
    QHash<qint64, QString> sections;
    QHash<qint64, QString> authors;
    QHash<qint64, QString> tags;
};

/// One field of the article compared between two versions.
struct FieldDiff {
    QString label; ///< translated ("Headline")
    DiffSegments segments;
    bool changed = false;
};

/// Compares two versions of an article field by field, as an editor reads them: the words of the
/// headline, dek, body, notes and the other text fields, and the names of the section, byline,
/// tags and status. Pure, so it runs on a worker thread.
namespace ArticleDiff {
/// Every field, in the order the form shows them; unchanged ones have changed == false.
QList<FieldDiff> compare(const Article &before, const Article &after, const ArticleVocabulary &names);
} // namespace ArticleDiff
