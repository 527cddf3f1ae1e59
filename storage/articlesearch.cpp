// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesearch.h"

#include "articlefilter_p.h"
#include "database.h"
#include "sqlquery_p.h"

namespace {
// Bounds on what one query may ask of the index; a pasted page of text is not a search.
constexpr int maxTerms = 16;
constexpr int maxWordLength = 64;
constexpr int snippetTokens = 14;
// bm25 reads every matching story's positions, so a common word in a 100,000-story archive costs
// a hundred milliseconds; relevance is therefore judged among the newest matches only (ids grow
// with time), which is also where a newsroom looks first.
constexpr int rankedWindow = 2000;
// Every query joining the index to the articles says CROSS JOIN, which SQLite reads as "the index
// is the outer loop": driven from articles (a section's 8,000 stories, say) it would run the whole
// MATCH once per story, minutes instead of milliseconds.

// The same text the triggers of the searchIndex migration keep on each article.
const QString tagText =
    QStringLiteral("(SELECT coalesce(group_concat(t.name, ' ' ORDER BY at.position), '') FROM article_tags at "
                   "JOIN tags t ON t.id = at.tag_id WHERE at.article_id = articles.id)");
const QString bylineText =
    QStringLiteral("(SELECT coalesce(group_concat(au.display_name, ', ' ORDER BY b.position), '') FROM bylines b "
                   "JOIN authors au ON au.id = b.author_id WHERE b.article_id = articles.id)");

// Characters the unicode61 tokenizer keeps inside a token.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

struct Term {
    QStringList words;
    bool prefix = false;
};

QString quoted(const Term &term)
{
    // Words hold only letters, digits and marks, so they never contain a double quote.
    QString text = u'"' + term.words.join(u' ') + u'"';
    if (term.prefix)
        text += u'*';
    return text;
}

QStringList wordsIn(QStringView text)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (isWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word.left(maxWordLength));
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word.left(maxWordLength));
    return words;
}
} // namespace

ArticleSearch::ArticleSearch(Database &db)
    : m_db(db)
{ }

QString ArticleSearch::matchExpression(const QString &text)
{
    QList<Term> terms;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool lastIsBareWord = false;
    while (i < n && terms.size() < maxTerms) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0) { // an unbalanced quote is only a separator
                ++i;
                continue;
            }
            const QStringList words = wordsIn(QStringView(text).mid(i + 1, close - i - 1));
            if (!words.isEmpty())
                terms.append(Term{words.mid(0, maxTerms), false});
            lastIsBareWord = false;
            i = close + 1;
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        QString word;
        while (i < n && isWordChar(text.at(i)))
            word += text.at(i++);
        const bool starred = i < n && text.at(i) == u'*';
        terms.append(Term{{word.left(maxWordLength)}, starred});
        lastIsBareWord = !starred && i == n;
    }
    // The word being typed matches as a prefix; one letter would match most of the archive.
    if (lastIsBareWord && terms.constLast().words.constFirst().size() >= 2)
        terms.last().prefix = true;
    QStringList parts;
    for (const Term &term : std::as_const(terms))
        parts.append(quoted(term));
    return parts.join(u' ');
}

QString ArticleSearch::snippetToHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    bool open = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= snippet.size(); ++i) {
        const bool end = i == snippet.size();
        const QChar c = end ? QChar() : snippet.at(i);
        if (!end && c != highlightStart && c != highlightEnd)
            continue;
        html += snippet.mid(start, i - start).toHtmlEscaped();
        start = i + 1;
        if (!end && c == highlightStart && !open) {
            html += QStringLiteral("<b>");
            open = true;
        } else if ((end || c == highlightEnd) && open) {
            html += QStringLiteral("</b>");
            open = false;
        }
    }
    return html;
}

Result<QList<SearchHit>> ArticleSearch::search(const QString &text, const ArticleQuery &filters, int limit, int offset,
                                               bool withSnippets)
{
    const QString match = matchExpression(text);
    QList<SearchHit> hits;
    if (match.isEmpty()) {
        ArticleQuery query = filters;
        query.limit = limit;
        query.offset = offset;
        auto rows = ArticleRepository(m_db).list(query);
        if (!rows)
            return rows.error();
        for (ArticleSummary &row : rows.value())
            hits.append(SearchHit{std::move(row), 0, {}});
        return hits;
    }
    QVariantList values{match};
    const QString conditions = ArticleFilter::conditions(filters, values);
    QString sql;
    if (filters.sort == ArticleQuery::Sort::Relevance) {
        auto oldest = oldestRanked(match, filters);
        if (!oldest)
            return oldest.error();
        sql = QStringLiteral("SELECT ") + ArticleFilter::summaryColumns
            + QStringLiteral(", f.rank FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid "
                             "LEFT JOIN sections s ON s.id = a.section_id WHERE articles_fts MATCH ? AND f.rowid >= ?")
            + conditions + QStringLiteral(" ORDER BY f.rank, a.id LIMIT ? OFFSET ?");
        values.insert(1, oldest.value());
    } else {
        sql = QStringLiteral("SELECT ") + ArticleFilter::summaryColumns
            + QStringLiteral(", 0 FROM articles a LEFT JOIN sections s ON s.id = a.section_id "
                             "WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            + conditions + QStringLiteral(" ORDER BY ") + ArticleFilter::orderBy(filters.sort)
            + QStringLiteral(" LIMIT ? OFFSET ?");
    }
    values.append(limit);
    values.append(offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, sql, values, "search articles"); !r)
        return r.error();
    while (q.next())
        hits.append(SearchHit{ArticleFilter::summaryFrom(q), q.value(10).toDouble(), {}});
    q.finish();
    if (!withSnippets)
        return hits;
    // Snippets only for the page asked for: computed in the ranked query they would cost one
    // re-tokenised body per matching story.
    QSqlQuery s(m_db.connection());
    s.setForwardOnly(true);
    if (!s.prepare(QStringLiteral("SELECT snippet(articles_fts, -1, ?, ?, ?, ?) FROM articles_fts "
                                  "WHERE articles_fts MATCH ? AND rowid = ?")))
        return Sql::errorFrom(s.lastError(), "prepare snippet");
    for (SearchHit &hit : hits) {
        for (const QVariant &v :
             {QVariant(QString(highlightStart)), QVariant(QString(highlightEnd)), QVariant(QStringLiteral("…")),
              QVariant(snippetTokens), QVariant(match), QVariant(hit.summary.id)})
            s.addBindValue(v);
        if (auto r = Sql::exec(s, "snippet"); !r)
            return r.error();
        if (s.next())
            hit.snippet = s.value(0).toString();
        s.finish();
    }
    return hits;
}

Result<qint64> ArticleSearch::oldestRanked(const QString &match, const ArticleQuery &filters)
{
    QVariantList values{match};
    const QString conditions = ArticleFilter::conditions(filters, values);
    values.append(rankedWindow - 1);
    // Walking the matches newest first needs no ranking, so this stays cheap for common words.
    const QString sql = conditions.isEmpty()
        ? QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC "
                         "LIMIT 1 OFFSET ?")
        : QStringLiteral("SELECT f.rowid FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid "
                         "WHERE articles_fts MATCH ?")
            + conditions + QStringLiteral(" ORDER BY f.rowid DESC LIMIT 1 OFFSET ?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, sql, values, "window of ranked matches"); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<int> ArticleSearch::count(const QString &text, const ArticleQuery &filters)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return ArticleRepository(m_db).count(filters);
    QVariantList values{match};
    const QString conditions = ArticleFilter::conditions(filters, values);
    const QString sql = conditions.isEmpty()
        ? QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")
        : QStringLiteral("SELECT count(*) FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid "
                         "WHERE articles_fts MATCH ?")
            + conditions;
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, sql, values, "count search"); !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QString> ArticleSearch::snippet(qint64 articleId, const QString &text)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QString();
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(
            q,
            QStringLiteral("SELECT snippet(articles_fts, -1, ?, ?, ?, ?) FROM articles_fts "
                           "WHERE articles_fts MATCH ? AND rowid = ?"),
            {QString(highlightStart), QString(highlightEnd), QStringLiteral("…"), snippetTokens, match, articleId},
            "snippet");
        !r)
        return r.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> ArticleSearch::rebuildIndex()
{
    return m_db.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        // Suspended, so the derived text is refreshed without re-indexing row by row.
        for (const QString &statement :
             {QStringLiteral("UPDATE search_state SET suspended = 1"),
              QStringLiteral("UPDATE articles SET tag_text = %1, byline_text = %2").arg(tagText, bylineText),
              QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"),
              QStringLiteral("UPDATE search_state SET suspended = 0")}) {
            if (auto r = Sql::exec(q, statement, {}, "rebuild search index"); !r)
                return r;
        }
        return {};
    });
}

Result<bool> ArticleSearch::indexIsConsistent()
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT count(*) FROM articles WHERE tag_text IS NOT %1 "
                                          "OR byline_text IS NOT %2")
                               .arg(tagText, bylineText),
                           {}, "check derived search text");
        !r)
        return r.error();
    if (!q.next() || q.value(0).toInt() != 0)
        return false;
    q.finish();
    // With rank 1, FTS5 also compares the index with the articles it was built from; a
    // mismatch is reported as SQLITE_CORRUPT_VTAB, which here means "not consistent".
    return q.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"));
}
