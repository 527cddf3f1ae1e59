// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

#include "articlefilter_p.h"
#include "articlewords_p.h"
#include "database.h"
#include "slug.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Characters as SQLite's length() and people count them: code points, not UTF-16 units.
qsizetype characterCount(const QString &text)
{
    qsizetype n = 0;
    for (QChar c : text)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

const QString articleColumns = QStringLiteral(
    "id, slug, headline, dek, section_id, dateline, body, status, attribution, source_url, notes, dek_waived, "
    "extra_front_matter, created_at, updated_at, published_at, scheduled_at, slug_auto");

Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.slug = q.value(1).toString();
    a.headline = q.value(2).toString();
    a.dek = q.value(3).toString();
    a.sectionId = q.value(4).toLongLong();
    a.dateline = q.value(5).toString();
    a.body = q.value(6).toString();
    a.status = statusFromKey(q.value(7).toString()).value_or(ArticleStatus::Draft);
    a.attribution = q.value(8).toString();
    a.sourceUrl = q.value(9).toString();
    a.notes = q.value(10).toString();
    a.dekWaived = q.value(11).toBool();
    a.extraFrontMatter = q.value(12).toString();
    a.created = Sql::toDateTime(q.value(13));
    a.updated = Sql::toDateTime(q.value(14));
    a.published = Sql::toDateTime(q.value(15));
    a.scheduled = Sql::toDateTime(q.value(16));
    a.slugAuto = q.value(17).toBool();
    return a;
}

// The article's own columns in the order of the INSERT and UPDATE statements below.
QVariantList columnValues(const Article &a)
{
    return {a.slug,
            Sql::notNull(a.headline),
            Sql::nullIfEmpty(a.dek),
            Sql::nullIfZero(a.sectionId),
            Sql::nullIfEmpty(a.dateline),
            Sql::notNull(a.body),
            statusKey(a.status),
            Sql::nullIfEmpty(a.attribution),
            Sql::nullIfEmpty(a.sourceUrl),
            Sql::nullIfEmpty(a.notes),
            a.dekWaived ? 1 : 0,
            Sql::nullIfEmpty(a.extraFrontMatter),
            Sql::fromDateTime(a.created),
            Sql::fromDateTime(a.updated),
            Sql::fromDateTime(a.published),
            Sql::fromDateTime(a.scheduled),
            a.slugAuto ? 1 : 0};
}

StorageError slugTaken(const QString &slug)
{
    return StorageError{StorageError::Kind::Conflict,
                        Tr::tr("Another story already has the web address “%1”. Choose another slug.").arg(slug),
                        QStringLiteral("slug conflict")};
}
} // namespace

ArticleRepository::ArticleRepository(Database &db)
    : m_db(db)
{ }

Result<void> ArticleRepository::validate(const Article &article)
{
    if (characterCount(article.headline) > ArticleLimits::headlineHard) {
        return StorageError{StorageError::Kind::Invalid,
                            Tr::tr("The headline is longer than %1 characters.").arg(ArticleLimits::headlineHard),
                            QStringLiteral("headline length %1").arg(characterCount(article.headline))};
    }
    return {};
}

Result<Article> ArticleRepository::create(Article article)
{
    if (auto valid = validate(article); !valid)
        return valid.error();
    return m_db.inTransaction([&]() -> Result<Article> {
        const bool fromHeadline = article.slugAuto || article.slug.isEmpty();
        auto slug = uniqueSlug(fromHeadline ? slugify(article.headline) : slugify(article.slug));
        if (!slug)
            return slug.error();
        article.slug = *slug;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!article.created.isValid())
            article.created = now;
        if (!article.updated.isValid())
            article.updated = now;

        QSqlQuery q(m_db.connection());
        if (auto r = Sql::exec(q,
                               QStringLiteral("INSERT INTO articles (") + articleColumns.section(u',', 1)
                                   + QStringLiteral(", word_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                    "?, ?, ?, ?)"),
                               columnValues(article) << ArticleWords::count(article.body), "insert article");
            !r)
            return r.error();
        article.id = q.lastInsertId().toLongLong();
        if (auto r = writeRelations(article); !r)
            return r.error();
        return article;
    });
}

Result<Article> ArticleRepository::update(Article article)
{
    if (auto valid = validate(article); !valid)
        return valid.error();
    return m_db.inTransaction([&]() -> Result<Article> {
        const bool follows = (article.slugAuto && !article.published.isValid()) || article.slug.isEmpty();
        if (follows) {
            auto slug = uniqueSlug(slugify(article.headline), article.id);
            if (!slug)
                return slug.error();
            article.slug = *slug;
        } else if (auto free = uniqueSlug(article.slug, article.id); !free) {
            return free.error();
        } else if (*free != article.slug) {
            return slugTaken(article.slug);
        }
        article.updated = QDateTime::currentDateTimeUtc();

        QSqlQuery q(m_db.connection());
        QVariantList values = columnValues(article);
        values.append(ArticleWords::count(article.body));
        values.append(article.id);
        if (auto r = Sql::exec(q,
                               QStringLiteral("UPDATE articles SET slug = ?, headline = ?, dek = ?, section_id = ?, "
                                              "dateline = ?, body = ?, status = ?, attribution = ?, source_url = ?, "
                                              "notes = ?, dek_waived = ?, extra_front_matter = ?, created_at = ?, "
                                              "updated_at = ?, published_at = ?, scheduled_at = ?, slug_auto = ?, "
                                              "word_count = ? WHERE id = ?"),
                               values, "update article");
            !r)
            return r.error();
        if (q.numRowsAffected() != 1) {
            return StorageError{StorageError::Kind::NotFound,
                                Tr::tr("The story was deleted, so it could not be saved."),
                                QStringLiteral("article %1 not found on update").arg(article.id)};
        }
        if (auto r = writeRelations(article); !r)
            return r.error();
        return article;
    });
}

Result<QList<qint64>> ArticleRepository::relationIds(const char *table, const char *column, qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // `table` and `column` are our own literals, never user input.
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT %1 FROM %2 WHERE article_id = ? ORDER BY position")
                               .arg(QLatin1StringView(column), QLatin1StringView(table)),
                           {articleId}, "read relations");
        !r)
        return r.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<void> ArticleRepository::writeRelations(const Article &article)
{
    QSqlQuery q(m_db.connection());
    const qint64 id = article.id;
    // Rewriting an unchanged byline or tag list would re-index the story's search text once per
    // row (triggers keep the index), so an autosave of the body leaves them alone.
    auto byline = relationIds("bylines", "author_id", id);
    if (!byline)
        return byline.error();
    if (byline.value() != article.authorIds) {
        if (auto r = Sql::exec(q, QStringLiteral("DELETE FROM bylines WHERE article_id = ?"), {id}, "clear byline"); !r)
            return r;
        for (qsizetype i = 0; i < article.authorIds.size(); ++i) {
            if (auto r = Sql::exec(q,
                                   QStringLiteral("INSERT INTO bylines (article_id, author_id, position) VALUES (?, ?, ?)"),
                                   {id, article.authorIds[i], qint64(i)}, "insert byline");
                !r)
                return r;
        }
    }
    auto tags = relationIds("article_tags", "tag_id", id);
    if (!tags)
        return tags.error();
    if (tags.value() != article.tagIds) {
        if (auto r = Sql::exec(q, QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"), {id}, "clear tags");
            !r)
            return r;
        for (qsizetype i = 0; i < article.tagIds.size(); ++i) {
            if (auto r = Sql::exec(
                    q, QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"),
                    {id, article.tagIds[i], qint64(i)}, "insert article tag");
                !r)
                return r;
        }
    }
    if (article.hero) {
        const HeroImage &h = *article.hero;
        return Sql::exec(q,
                         QStringLiteral("UPDATE images SET alt_text = ?, caption = ?, credit = ? "
                                        "WHERE id = ? AND article_id = ? AND role = 'hero'"),
                         {Sql::notNull(h.altText), Sql::notNull(h.caption), Sql::notNull(h.credit), h.imageId, id},
                         "update hero image words");
    }
    return Sql::exec(q, QStringLiteral("DELETE FROM images WHERE article_id = ? AND role = 'hero'"), {id},
                     "remove hero image");
}

Result<Article> ArticleRepository::load(qint64 id)
{
    return loadWhere("id", id);
}

Result<Article> ArticleRepository::findBySlug(const QString &slug)
{
    return loadWhere("slug", slug);
}

Result<Article> ArticleRepository::loadWhere(const char *column, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    // `column` is one of our own literals (id, slug), never user input.
    if (auto r = Sql::exec(
            q, QStringLiteral("SELECT %1 FROM articles WHERE %2 = ?").arg(articleColumns, QLatin1StringView(column)),
            {value}, "load article");
        !r)
        return r.error();
    if (!q.next()) {
        return StorageError{
            StorageError::Kind::NotFound, Tr::tr("The story no longer exists."),
            QStringLiteral("article %1 = %2 not found").arg(QLatin1StringView(column), value.toString())};
    }
    Article a = articleFrom(q);

    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, QStringLiteral("SELECT author_id FROM bylines WHERE article_id = ? ORDER BY position"),
                           {a.id}, "load byline");
        !r)
        return r.error();
    while (q.next())
        a.authorIds.append(q.value(0).toLongLong());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY position"),
                           {a.id}, "load tags");
        !r)
        return r.error();
    while (q.next())
        a.tagIds.append(q.value(0).toLongLong());
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT id, mime_type, alt_text, caption, credit FROM images "
                                          "WHERE article_id = ? AND role = 'hero'"),
                           {a.id}, "load hero image");
        !r)
        return r.error();
    if (q.next()) {
        a.hero = HeroImage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString()};
    }
    return a;
}

Result<void> ArticleRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}, "delete article");
}

Result<std::optional<qint64>> ArticleRepository::findBySourcePath(const QString &path)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, QStringLiteral("SELECT id FROM articles WHERE source_path = ?"), {path}, "find by source");
        !r)
        return r.error();
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<void> ArticleRepository::setSourcePath(qint64 id, const QString &path)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("UPDATE articles SET source_path = ? WHERE id = ?"),
                     {Sql::nullIfEmpty(path), id}, "set source path");
}

bool ArticleQuery::isUnfiltered() const
{
    return !status && statuses.isEmpty() && sectionId == 0 && tagId == 0 && authorId == 0 && !updatedFrom.isValid()
        && !updatedBefore.isValid() && !scheduledFrom.isValid() && !scheduledBefore.isValid();
}

Result<QList<ArticleSummary>> ArticleRepository::list(const ArticleQuery &query)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT ") + ArticleFilter::summaryColumns
        + QStringLiteral(" FROM articles a LEFT JOIN sections s ON s.id = a.section_id WHERE 1 = 1")
        + ArticleFilter::conditions(query, values) + QStringLiteral(" ORDER BY ") + ArticleFilter::orderBy(query.sort)
        + QStringLiteral(" LIMIT ? OFFSET ?");
    values.append(query.limit);
    values.append(query.offset);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, sql, values, "list articles"); !r)
        return r.error();
    QList<ArticleSummary> rows;
    while (q.next())
        rows.append(ArticleFilter::summaryFrom(q));
    return rows;
}

Result<int> ArticleRepository::count()
{
    return count(ArticleQuery{});
}

Result<int> ArticleRepository::count(const ArticleQuery &query)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM articles a WHERE 1 = 1")
        + ArticleFilter::conditions(query, values);
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, sql, values, "count articles"); !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QString> ArticleRepository::uniqueSlug(const QString &base, qint64 exceptArticleId)
{
    QSqlQuery q(m_db.connection());
    QString candidate = base;
    for (int n = 2;; ++n) {
        if (auto r = Sql::exec(q, QStringLiteral("SELECT 1 FROM articles WHERE slug = ? AND id <> ?"),
                               {candidate, exceptArticleId}, "check slug");
            !r)
            return r.error();
        if (!q.next())
            return candidate;
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    }
}
