// SPDX-License-Identifier: GPL-3.0-or-later
#include "taghistory.h"

#include "articlerepository.h"
#include "database.h"
#include "revisionrepository.h"
#include "sqlquery_p.h"

#include <QSet>

TagHistory::TagHistory(Database &db)
    : m_db(db)
{ }

Result<TagSnapshot> TagHistory::capture(const QList<qint64> &tagIds)
{
    TagSnapshot snapshot;
    QSqlQuery q(m_db.connection());
    for (qint64 id : tagIds) {
        if (auto r = Sql::exec(q,
                               QStringLiteral("SELECT id, name, slug, kind, description, match_key FROM tags "
                                              "WHERE id = ?"),
                               {id}, "capture tag");
            !r)
            return r.error();
        if (!q.next())
            continue;
        TagSnapshot::Entry entry;
        entry.tag = Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        tagKindFromKey(q.value(3).toString()).value_or(TagKind::Topic)};
        entry.description = q.value(4).toString();
        entry.matchKey = q.value(5).isNull() ? QString() : q.value(5).toString();
        if (auto r = Sql::exec(q, QStringLiteral("SELECT article_id, position FROM article_tags WHERE tag_id = ?"),
                               {id}, "capture tag articles");
            !r)
            return r.error();
        while (q.next())
            entry.articles.append({q.value(0).toLongLong(), q.value(1).toInt()});
        snapshot.entries.append(entry);
    }
    return snapshot;
}

Result<void> TagHistory::restore(const TagSnapshot &snapshot, const QString &who)
{
    return m_db.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        QSet<qint64> touched;
        for (const TagSnapshot::Entry &e : snapshot.entries) {
            // Clear the row's unique keys first, so tags that swapped names can be put back one by one.
            if (auto r = Sql::exec(q,
                                   QStringLiteral("INSERT INTO tags (id, name, name_key, match_key, slug, kind, "
                                                  "description) VALUES (?, '', ?, NULL, ?, 'topic', '') "
                                                  "ON CONFLICT(id) DO UPDATE SET name_key = excluded.name_key, "
                                                  "match_key = NULL, slug = excluded.slug"),
                                   {e.tag.id, QStringLiteral("\x01restore-%1").arg(e.tag.id),
                                    QStringLiteral("\x01restore-%1").arg(e.tag.id)},
                                   "make room for restored tag");
                !r)
                return r;
            if (auto r = Sql::exec(q, QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ?"),
                                   {e.tag.id}, "current tag articles");
                !r)
                return r;
            while (q.next())
                touched.insert(q.value(0).toLongLong());
            if (auto r = Sql::exec(q, QStringLiteral("DELETE FROM article_tags WHERE tag_id = ?"), {e.tag.id},
                                   "clear restored tag articles");
                !r)
                return r;
        }
        for (const TagSnapshot::Entry &e : snapshot.entries) {
            if (auto r = Sql::exec(q,
                                   QStringLiteral("UPDATE tags SET name = ?, name_key = ?, match_key = ?, slug = ?, "
                                                  "kind = ?, description = ? WHERE id = ?"),
                                   {e.tag.name, e.tag.name.toCaseFolded(), e.matchKey, e.tag.slug,
                                    tagKindKey(e.tag.kind), Sql::notNull(e.description), e.tag.id},
                                   "restore tag");
                !r)
                return r;
            for (const auto &[articleId, position] : e.articles) {
                if (auto r = Sql::exec(q,
                                       QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id, "
                                                      "position) SELECT id, ?, ? FROM articles WHERE id = ?"),
                                       {e.tag.id, position, articleId}, "restore tag article");
                    !r)
                    return r;
                touched.insert(articleId);
            }
        }
        ArticleRepository articles(m_db);
        RevisionRepository revisions(m_db);
        for (qint64 id : std::as_const(touched)) {
            auto article = articles.load(id);
            if (!article) {
                if (article.error().kind == StorageError::Kind::NotFound)
                    continue;
                return article.error();
            }
            if (auto r = revisions.record(article.value(), who, article->status, RevisionRepository::Kind::SavePoint);
                !r)
                return r.error();
        }
        return {};
    });
}
