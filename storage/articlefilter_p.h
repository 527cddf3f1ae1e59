// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The story list's filters and sorts as SQL, shared by ArticleRepository and ArticleSearch so a
// filter means the same with and without words to search.

#include "articlerepository.h"

#include <QSqlQuery>
#include <QVariantList>

namespace ArticleFilter {

/// The columns of an ArticleSummary, from `articles a LEFT JOIN sections s`.
extern const QString summaryColumns;
/// " AND ..." conditions on `articles a` for the query's filters, with their values appended.
QString conditions(const ArticleQuery &query, QVariantList &values);
/// The ORDER BY terms of an allow-listed sort (never Relevance: the caller orders by rank).
QString orderBy(ArticleQuery::Sort sort);
/// An ArticleSummary from a row that starts with summaryColumns.
ArticleSummary summaryFrom(const QSqlQuery &q);

} // namespace ArticleFilter
