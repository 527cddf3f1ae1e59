// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlebulkwriter.h"

#include "articlewords_p.h"
#include "database.h"
#include "sqlquery_p.h"

ArticleBulkWriter::ArticleBulkWriter(Database &db)
    : m_db(db)
{ }

Result<int> ArticleBulkWriter::insertAll(const std::function<std::optional<Article>()> &next)
{
    return m_db.inTransaction([&]() -> Result<int> {
        QSqlDatabase connection = m_db.connection();
        QSqlQuery state(connection);
        // The triggers that keep the index row by row stand aside; the index is rebuilt below,
        // before the transaction (the only place this flag is ever seen set) commits.
        if (auto r = Sql::exec(state, QStringLiteral("UPDATE search_state SET suspended = 1"), {}, "suspend index"); !r)
            return r.error();
        QSqlQuery article(connection);
        QSqlQuery byline(connection);
        QSqlQuery tag(connection);
        if (!article.prepare(QStringLiteral(
                "INSERT INTO articles (slug, slug_auto, headline, dek, section_id, dateline, body, status, "
                "attribution, source_url, notes, dek_waived, created_at, updated_at, published_at, scheduled_at, "
                "word_count) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            || !byline.prepare(QStringLiteral("INSERT INTO bylines (article_id, author_id, position) VALUES (?, ?, ?)"))
            || !tag.prepare(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)")))
            return Sql::errorFrom(article.lastError(), "prepare bulk insert");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int stored = 0;
        while (std::optional<Article> a = next()) {
            const QVariantList values{a->slug,
                                      Sql::notNull(a->headline),
                                      Sql::nullIfEmpty(a->dek),
                                      Sql::nullIfZero(a->sectionId),
                                      Sql::nullIfEmpty(a->dateline),
                                      Sql::notNull(a->body),
                                      statusKey(a->status),
                                      Sql::nullIfEmpty(a->attribution),
                                      Sql::nullIfEmpty(a->sourceUrl),
                                      Sql::nullIfEmpty(a->notes),
                                      a->dekWaived ? 1 : 0,
                                      Sql::fromDateTime(a->created.isValid() ? a->created : now),
                                      Sql::fromDateTime(a->updated.isValid() ? a->updated : now),
                                      Sql::fromDateTime(a->published),
                                      Sql::fromDateTime(a->scheduled),
                                      ArticleWords::count(a->body)};
            for (const QVariant &v : values)
                article.addBindValue(v);
            if (auto r = Sql::exec(article, "bulk insert article"); !r)
                return r.error();
            const qint64 id = article.lastInsertId().toLongLong();
            for (qsizetype i = 0; i < a->authorIds.size(); ++i) {
                byline.addBindValue(id);
                byline.addBindValue(a->authorIds[i]);
                byline.addBindValue(qint64(i));
                if (auto r = Sql::exec(byline, "bulk insert byline"); !r)
                    return r.error();
            }
            for (qsizetype i = 0; i < a->tagIds.size(); ++i) {
                tag.addBindValue(id);
                tag.addBindValue(a->tagIds[i]);
                tag.addBindValue(qint64(i));
                if (auto r = Sql::exec(tag, "bulk insert article tag"); !r)
                    return r.error();
            }
            ++stored;
        }
        for (const char *statement : {
                 "UPDATE articles SET tag_text = (SELECT coalesce(group_concat(t.name, ' ' ORDER BY at.position), '') "
                 "FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = articles.id), "
                 "byline_text = (SELECT coalesce(group_concat(au.display_name, ', ' ORDER BY b.position), '') "
                 "FROM bylines b JOIN authors au ON au.id = b.author_id WHERE b.article_id = articles.id) "
                 "WHERE tag_text = '' AND byline_text = ''",
                 "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
                 "UPDATE search_state SET suspended = 0",
             }) {
            if (auto r = Sql::exec(state, QLatin1StringView(statement), {}, "finish bulk insert"); !r)
                return r.error();
        }
        return stored;
    });
}
