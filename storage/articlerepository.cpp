// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

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

QString orderBy(ArticleQuery::Sort sort)
{
    switch (sort) {
    case ArticleQuery::Sort::UpdatedNewestFirst:
        return QStringLiteral("a.updated_at DESC, a.id DESC");
    case ArticleQuery::Sort::UpdatedOldestFirst:
        return QStringLiteral("a.updated_at ASC, a.id ASC");
    case ArticleQuery::Sort::HeadlineAtoZ:
        return QStringLiteral("a.headline COLLATE NOCASE ASC, a.id ASC");
    case ArticleQuery::Sort::CreatedNewestFirst:
        return QStringLiteral("a.created_at DESC, a.id DESC");
    }
    Q_UNREACHABLE_RETURN(QString());
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
                                   + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               columnValues(article), "insert article");
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
        values.append(article.id);
        if (auto r = Sql::exec(q,
                               QStringLiteral("UPDATE articles SET slug = ?, headline = ?, dek = ?, section_id = ?, "
                                              "dateline = ?, body = ?, status = ?, attribution = ?, source_url = ?, "
                                              "notes = ?, dek_waived = ?, extra_front_matter = ?, created_at = ?, "
                                              "updated_at = ?, published_at = ?, scheduled_at = ?, slug_auto = ? "
                                              "WHERE id = ?"),
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

Result<void> ArticleRepository::writeRelations(const Article &article)
{
    QSqlQuery q(m_db.connection());
    const qint64 id = article.id;
    if (auto r = Sql::exec(q, QStringLiteral("DELETE FROM bylines WHERE article_id = ?"), {id}, "clear byline"); !r)
        return r;
    for (qsizetype i = 0; i < article.authorIds.size(); ++i) {
        if (auto r =
                Sql::exec(q, QStringLiteral("INSERT INTO bylines (article_id, author_id, position) VALUES (?, ?, ?)"),
                          {id, article.authorIds[i], qint64(i)}, "insert byline");
            !r)
            return r;
    }
    if (auto r = Sql::exec(q, QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"), {id}, "clear tags"); !r)
        return r;
    for (qsizetype i = 0; i < article.tagIds.size(); ++i) {
        if (auto r =
                Sql::exec(q, QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"),
                          {id, article.tagIds[i], qint64(i)}, "insert article tag");
            !r)
            return r;
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

Result<QList<ArticleSummary>> ArticleRepository::list(const ArticleQuery &query)
{
    QString sql = QStringLiteral("SELECT a.id, a.slug, a.headline, a.status, s.name, a.updated_at FROM articles a "
                                 "LEFT JOIN sections s ON s.id = a.section_id WHERE 1 = 1");
    QVariantList values;
    if (query.status) {
        sql += QStringLiteral(" AND a.status = ?");
        values.append(statusKey(*query.status));
    }
    if (query.sectionId != 0) {
        sql += QStringLiteral(" AND a.section_id = ?");
        values.append(query.sectionId);
    }
    if (query.tagId != 0) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_id = ?)");
        values.append(query.tagId);
    }
    if (query.authorId != 0) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM bylines b WHERE b.article_id = a.id AND b.author_id = ?)");
        values.append(query.authorId);
    }
    sql += QStringLiteral(" ORDER BY ") + orderBy(query.sort) + QStringLiteral(" LIMIT ? OFFSET ?");
    values.append(query.limit);
    values.append(query.offset);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, sql, values, "list articles"); !r)
        return r.error();
    QList<ArticleSummary> rows;
    while (q.next()) {
        rows.append(ArticleSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   statusFromKey(q.value(3).toString()).value_or(ArticleStatus::Draft),
                                   q.value(4).toString(), Sql::toDateTime(q.value(5))});
    }
    return rows;
}

Result<int> ArticleRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT count(*) FROM articles"), {}, "count articles"); !r)
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
