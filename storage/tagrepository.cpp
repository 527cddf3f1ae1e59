// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"

#include "database.h"
#include "slug.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Tag tagFrom(const QSqlQuery &q)
{
    return Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
               tagKindFromKey(q.value(3).toString()).value_or(TagKind::Topic)};
}

const QString selectTag = QStringLiteral("SELECT id, name, slug, kind FROM tags ");
} // namespace

TagRepository::TagRepository(Database &db)
    : m_db(db)
{ }

Result<Tag> TagRepository::add(Tag tag)
{
    tag.name = tag.name.trimmed();
    if (tag.name.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("A tag needs a name."),
                            QStringLiteral("empty tag name")};
    if (tag.slug.isEmpty())
        tag.slug = slugify(tag.name);
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("INSERT INTO tags (name, name_key, slug, kind) VALUES (?, ?, ?, ?)"),
                           {tag.name, tag.name.toCaseFolded(), tag.slug, tagKindKey(tag.kind)}, "insert tag");
        !r) {
        StorageError e = r.error();
        if (e.kind == StorageError::Kind::Conflict)
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
        return StorageError{StorageError::Kind::NotFound, Tr::tr("The tag no longer exists."),
                            QStringLiteral("tag %1").arg(id)};
    return tagFrom(q);
}

Result<Tag> TagRepository::findByName(const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, selectTag + QStringLiteral("WHERE name_key = ?"), {name.trimmed().toCaseFolded()}, "find tag");
        !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("There is no tag called “%1”.").arg(name),
                            QStringLiteral("tag lookup")};
    return tagFrom(q);
}
