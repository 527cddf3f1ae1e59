// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"
#include "storageerror.h"
#include "types.h"

#include <QList>
#include <QString>

class Database;

/// One story found by a search: what the list shows, how well it matched and where.
struct SearchHit {
    ArticleSummary summary;
    double rank = 0; ///< bm25 score; lower is better (0 when the list is not ordered by relevance)
    /// A short extract around the matched words, which sit between ArticleSearch::highlightStart
    /// and highlightEnd; plain text otherwise. Empty when snippets were not asked for.
    QString snippet;
};

/// Full-text search over the stories (SQLite FTS5): headline, dek, body, tags, byline and
/// attribution, ranked by bm25 with the headline weighted most.
///
/// What people type is never passed to FTS as syntax: it is read as words, "quoted phrases" and
/// word* prefixes, and the last word also matches as a prefix while it is being typed. A query
/// FTS would reject (`"`, `*`, `NEAR(`, `'; DROP TABLE`, unbalanced parentheses) is thus searched
/// as the plain words in it, never an error. The index is kept by triggers on every table it
/// reads, so any write path (tag merges and renames included) keeps it right.
class ArticleSearch
{
public:
    explicit ArticleSearch(Database &db);

    /// Marks around a matched word in SearchHit::snippet (private-use characters).
    static constexpr QChar highlightStart = QChar(0xE000);
    static constexpr QChar highlightEnd = QChar(0xE001);

    /// The FTS5 expression for what a person typed; empty when it holds no word at all.
    static QString matchExpression(const QString &text);
    /// A snippet as HTML: everything escaped, the matches in <b>.
    static QString snippetToHtml(const QString &snippet);

    /// The stories matching `text` and `filters`, best match first when `filters.sort` is
    /// Relevance (else in that sort). Relevance ranks the newest 2,000 matches: ranking every
    /// match of a common word in a large archive would cost far more than a keystroke may. `filters.limit` and `offset`
    /// are ignored in favour of the arguments. Empty `text` lists the filtered stories as ArticleRepository::list()
    /// does.
    Result<QList<SearchHit>> search(const QString &text, const ArticleQuery &filters = {}, int limit = 50,
                                    int offset = 0, bool withSnippets = true);
    /// How many stories search() would find without a limit.
    Result<int> count(const QString &text, const ArticleQuery &filters = {});
    /// The snippet of one story for `text` (empty when it does not match).
    Result<QString> snippet(qint64 articleId, const QString &text);

    /// Recomputes the tags' and byline's text of every story and rebuilds the index from scratch.
    Result<void> rebuildIndex();
    /// True when the index and the derived text agree with the articles, tags and authors.
    Result<bool> indexIsConsistent();

private:
    /// The id of the oldest match that is ranked (0: all are).
    Result<qint64> oldestRanked(const QString &match, const ArticleQuery &filters);

    Database &m_db;
};
