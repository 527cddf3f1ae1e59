// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"

#include "articlerepository.h"
#include "database.h"
#include "revisionrepository.h"
#include "slug.h"
#include "sqlquery_p.h"
#include "tagnormalizer.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

using Kind = StorageError::Kind;

Tag tagFrom(const QSqlQuery &q)
{
    return Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
               tagKindFromKey(q.value(3).toString()).value_or(TagKind::Topic)};
}

const QString selectTag = QStringLiteral("SELECT id, name, slug, kind FROM tags ");

// "?, ?, ?" for binding a list of our own ids; the values themselves are always bound.
QString placeholders(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

QVariantList variants(const QList<qint64> &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(id);
    return list;
}

StorageError emptyName()
{
    return StorageError{Kind::Invalid, Tr::tr("A tag needs a name."), QStringLiteral("empty tag name")};
}

StorageError nearDuplicate(const QString &name, const Tag &existing)
{
    return StorageError{Kind::Conflict,
                        Tr::tr("“%1” is the same tag as the existing “%2”; use that one instead.")
                            .arg(name.left(100), existing.name.left(100)),
                        QStringLiteral("near-duplicate of tag %1").arg(existing.id)};
}

StorageError notFound(qint64 id)
{
    return StorageError{Kind::NotFound, Tr::tr("The tag no longer exists."), QStringLiteral("tag %1").arg(id)};
}

Result<int> changedRows(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what)
{
    if (auto r = Sql::exec(q, sql, values, what); !r)
        return r.error();
    return q.numRowsAffected();
}
} // namespace

TagRepository::TagRepository(Database &db)
    : m_db(db)
{ }

Result<Tag> TagRepository::add(Tag tag)
{
    tag.name = tag.name.trimmed();
    if (tag.name.isEmpty())
        return emptyName();
    if (tag.slug.isEmpty())
        tag.slug = slugify(tag.name);
    auto similar = findSimilar(tag.name);
    if (!similar)
        return similar.error();
    if (similar.value())
        return nearDuplicate(tag.name, *similar.value());
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(
            q, QStringLiteral("INSERT INTO tags (name, name_key, match_key, slug, kind) VALUES (?, ?, ?, ?, ?)"),
            {tag.name, tag.name.toCaseFolded(), TagNormalizer::matchKey(tag.name), tag.slug, tagKindKey(tag.kind)},
            "insert tag");
        !r) {
        StorageError e = r.error();
        if (e.kind == Kind::Conflict)
            e.message = Tr::tr("There is already a tag called “%1” (or with the same web address).").arg(tag.name);
        return e;
    }
    tag.id = q.lastInsertId().toLongLong();
    return tag;
}

Result<QList<Tag>> TagRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, selectTag + QStringLiteral("ORDER BY name_key"), {}, "list tags"); !r)
        return r.error();
    QList<Tag> tags;
    while (q.next())
        tags.append(tagFrom(q));
    return tags;
}

Result<Tag> TagRepository::load(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, selectTag + QStringLiteral("WHERE id = ?"), {id}, "load tag"); !r)
        return r.error();
    if (!q.next())
        return notFound(id);
    return tagFrom(q);
}

Result<Tag> TagRepository::findByName(const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, selectTag + QStringLiteral("WHERE name_key = ?"), {name.trimmed().toCaseFolded()}, "find tag");
        !r)
        return r.error();
    if (q.next())
        return tagFrom(q);
    auto similar = findSimilar(name);
    if (!similar)
        return similar.error();
    if (similar.value())
        return *similar.value();
    return StorageError{Kind::NotFound, Tr::tr("There is no tag called “%1”.").arg(name), QStringLiteral("tag lookup")};
}

Result<std::optional<Tag>> TagRepository::findSimilar(const QString &name, qint64 exceptId)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, selectTag + QStringLiteral("WHERE match_key = ? AND id <> ?"),
                           {TagNormalizer::matchKey(name.trimmed()), exceptId}, "find similar tag");
        !r)
        return r.error();
    if (!q.next())
        return std::optional<Tag>();
    return std::optional<Tag>(tagFrom(q));
}

Result<Tag> TagRepository::rename(qint64 id, const QString &newName, const QString &who)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return emptyName();
    auto old = load(id);
    if (!old)
        return old;
    auto similar = findSimilar(name, id);
    if (!similar)
        return similar.error();
    if (similar.value())
        return nearDuplicate(name, *similar.value());
    Tag renamed = old.value();
    renamed.name = name;
    if (old->slug == slugify(old->name))
        renamed.slug = slugify(name);
    return m_db.inTransaction([&]() -> Result<Tag> {
        QSqlQuery q(m_db.connection());
        if (auto r = Sql::exec(
                q, QStringLiteral("UPDATE tags SET name = ?, name_key = ?, match_key = ?, slug = ? WHERE id = ?"),
                {name, name.toCaseFolded(), TagNormalizer::matchKey(name), renamed.slug, id}, "rename tag");
            !r) {
            StorageError e = r.error();
            if (e.kind == Kind::Conflict)
                e.message = Tr::tr("Another tag already has the web address “%1”.").arg(renamed.slug);
            return e;
        }
        auto articles = articlesWith({id});
        if (!articles)
            return articles.error();
        if (auto r = recordRevisions(articles.value(), who); !r)
            return r.error();
        return renamed;
    });
}

Result<int> TagRepository::merge(const QList<qint64> &from, qint64 into, const QString &who)
{
    QList<qint64> sources;
    for (qint64 id : from) {
        if (id != into && !sources.contains(id))
            sources.append(id);
    }
    if (sources.isEmpty())
        return StorageError{Kind::Invalid, Tr::tr("Choose at least one other tag to merge."),
                            QStringLiteral("merge with nothing to merge")};
    const QList<qint64> all = sources + QList<qint64>{into};
    for (qint64 id : all) {
        if (auto exists = load(id); !exists)
            return exists.error();
    }
    return m_db.inTransaction([&]() -> Result<int> {
        auto articles = articlesWith(sources);
        if (!articles)
            return articles.error();
        QSqlQuery q(m_db.connection());
        const QString in = placeholders(sources.size());
        // An article that already has `into` keeps its own row (OR IGNORE); the others take the
        // place of their earliest merged tag.
        if (auto r = Sql::exec(q,
                               QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id, position) "
                                              "SELECT article_id, ?, min(position) FROM article_tags "
                                              "WHERE tag_id IN (%1) GROUP BY article_id")
                                   .arg(in),
                               QVariantList{into} + variants(sources), "merge article tags");
            !r)
            return r.error();
        // The article_tags rows of the merged tags go with them (ON DELETE CASCADE).
        if (auto r = Sql::exec(q, QStringLiteral("DELETE FROM tags WHERE id IN (%1)").arg(in), variants(sources),
                               "delete merged tags");
            !r)
            return r.error();
        if (auto r = recordRevisions(articles.value(), who); !r)
            return r.error();
        return int(articles->size());
    });
}

Result<int> TagRepository::remove(qint64 id, const QString &who)
{
    if (auto exists = load(id); !exists)
        return exists.error();
    return m_db.inTransaction([&]() -> Result<int> {
        auto articles = articlesWith({id});
        if (!articles)
            return articles.error();
        QSqlQuery q(m_db.connection());
        if (auto r = Sql::exec(q, QStringLiteral("DELETE FROM tags WHERE id = ?"), {id}, "delete tag"); !r)
            return r.error();
        if (auto r = recordRevisions(articles.value(), who); !r)
            return r.error();
        return int(articles->size());
    });
}

Result<void> TagRepository::setKind(qint64 id, TagKind kind)
{
    QSqlQuery q(m_db.connection());
    auto changed =
        changedRows(q, QStringLiteral("UPDATE tags SET kind = ? WHERE id = ?"), {tagKindKey(kind), id}, "set tag kind");
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return notFound(id);
    return {};
}

Result<void> TagRepository::setDescription(qint64 id, const QString &description)
{
    QSqlQuery q(m_db.connection());
    auto changed = changedRows(q, QStringLiteral("UPDATE tags SET description = ? WHERE id = ?"),
                               {Sql::notNull(description.trimmed()), id}, "set tag description");
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return notFound(id);
    return {};
}

Result<QList<TagUsage>> TagRepository::usage()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Counting per tag first and joining the 50,000 tags to that is several times faster than
    // grouping the joined rows of every tag.
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT t.id, t.name, t.slug, t.kind, t.description, t.match_key, "
                                          "coalesce(u.n, 0), u.last FROM tags t LEFT JOIN "
                                          "(SELECT x.tag_id, count(*) AS n, max(a.updated_at) AS last "
                                          " FROM article_tags x JOIN articles a ON a.id = x.article_id "
                                          " GROUP BY x.tag_id) u ON u.tag_id = t.id "
                                          "ORDER BY t.name_key"),
                           {}, "tag usage");
        !r)
        return r.error();
    QList<TagUsage> rows;
    while (q.next()) {
        const bool legacy = q.value(5).isNull();
        TagUsage u{tagFrom(q), q.value(4).toString(), q.value(6).toInt(), Sql::toDateTime(q.value(7)), legacy, {}};
        u.matchKey = legacy ? TagNormalizer::matchKey(u.tag.name) : q.value(5).toString();
        rows.append(std::move(u));
    }
    return rows;
}

Result<int> TagRepository::affectedArticles(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT count(*) FROM article_tags WHERE tag_id = ?"), {id},
                           "count tag articles");
        !r)
        return r.error();
    q.next();
    return q.value(0).toInt();
}

Result<int> TagRepository::addToArticles(qint64 tagId, const QList<qint64> &articleIds, const QString &who)
{
    if (auto exists = load(tagId); !exists)
        return exists.error();
    return m_db.inTransaction([&]() -> Result<int> {
        QSqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id, position) "
                                      "SELECT ?, ?, coalesce(max(position) + 1, 0) FROM article_tags "
                                      "WHERE article_id = ?")))
            return Sql::errorFrom(q.lastError(), "prepare add tag to articles");
        QList<qint64> changed;
        for (qint64 articleId : articleIds) {
            q.addBindValue(articleId);
            q.addBindValue(tagId);
            q.addBindValue(articleId);
            if (auto r = Sql::exec(q, "add tag to article"); !r)
                return r.error();
            // A repeated id inserts nothing the second time, so it is counted once.
            if (q.numRowsAffected() > 0)
                changed.append(articleId);
        }
        if (auto r = recordRevisions(changed, who); !r)
            return r.error();
        return int(changed.size());
    });
}

Result<int> TagRepository::removeFromArticles(qint64 tagId, const QList<qint64> &articleIds, const QString &who)
{
    if (auto exists = load(tagId); !exists)
        return exists.error();
    return m_db.inTransaction([&]() -> Result<int> {
        QSqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?")))
            return Sql::errorFrom(q.lastError(), "prepare remove tag from articles");
        QList<qint64> changed;
        for (qint64 articleId : articleIds) {
            q.addBindValue(articleId);
            q.addBindValue(tagId);
            if (auto r = Sql::exec(q, "remove tag from article"); !r)
                return r.error();
            if (q.numRowsAffected() > 0)
                changed.append(articleId);
        }
        if (auto r = recordRevisions(changed, who); !r)
            return r.error();
        return int(changed.size());
    });
}

Result<QList<qint64>> TagRepository::articlesWith(const QList<qint64> &tagIds)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q,
                           QStringLiteral("SELECT DISTINCT article_id FROM article_tags WHERE tag_id IN (%1) "
                                          "ORDER BY article_id")
                               .arg(placeholders(tagIds.size())),
                           variants(tagIds), "articles with tags");
        !r)
        return r.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<void> TagRepository::recordRevisions(const QList<qint64> &articleIds, const QString &who)
{
    ArticleRepository articles(m_db);
    RevisionRepository revisions(m_db);
    for (qint64 id : articleIds) {
        auto article = articles.load(id);
        if (!article)
            return article.error();
        if (auto r = revisions.record(article.value(), who, article->status, RevisionRepository::Kind::SavePoint); !r)
            return r.error();
    }
    return {};
}

Result<QHash<qint64, int>> TagRepository::useCounts()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, QStringLiteral("SELECT tag_id, count(*) FROM article_tags GROUP BY tag_id"), {},
                           "count tag uses");
        !r)
        return r.error();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<QString> TagRepository::description(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT description FROM tags WHERE id = ?"), {id}, "tag description"); !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("The tag no longer exists."),
                            QStringLiteral("tag %1").arg(id)};
    return q.value(0).toString();
}
