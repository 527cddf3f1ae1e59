// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionrepository.h"

#include "database.h"
#include "slug.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Section sectionFrom(const QSqlQuery &q)
{
    return Section{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                   q.value(4).toBool()};
}
} // namespace

SectionRepository::SectionRepository(Database &db)
    : m_db(db)
{ }

Result<Section> SectionRepository::add(Section section)
{
    section.name = section.name.trimmed();
    if (section.name.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("A section needs a name."),
                            QStringLiteral("empty section name")};
    if (section.slug.isEmpty())
        section.slug = slugify(section.name);
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("INSERT INTO sections (name, name_key, slug, position) "
                                          "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM sections))"),
                           {section.name, section.name.toCaseFolded(), section.slug}, "insert section");
        !r) {
        StorageError e = r.error();
        if (e.kind == StorageError::Kind::Conflict)
            e.message = Tr::tr("There is already a section called “%1”.").arg(section.name);
        return e;
    }
    section.id = q.lastInsertId().toLongLong();
    if (auto r = Sql::exec(q, QStringLiteral("SELECT position FROM sections WHERE id = ?"), {section.id},
                           "section position");
        r && q.next())
        section.position = q.value(0).toInt();
    return section;
}

Result<QList<Section>> SectionRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(
            q, QStringLiteral("SELECT id, name, slug, position, retired FROM sections ORDER BY position, name_key"), {},
            "list sections");
        !r)
        return r.error();
    QList<Section> sections;
    while (q.next())
        sections.append(sectionFrom(q));
    return sections;
}

Result<Section> SectionRepository::findByName(const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, QStringLiteral("SELECT id, name, slug, position, retired FROM sections WHERE name_key = ?"),
                      {name.trimmed().toCaseFolded()}, "find section");
        !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("There is no section called “%1”.").arg(name),
                            QStringLiteral("section lookup")};
    return sectionFrom(q);
}

Result<void> SectionRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("A section needs a name."),
                            QStringLiteral("empty section name")};
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("UPDATE sections SET name = ?, name_key = ? WHERE id = ?"),
                           {trimmed, trimmed.toCaseFolded(), id}, "rename section");
        !r) {
        StorageError e = r.error();
        if (e.kind == StorageError::Kind::Conflict)
            e.message = Tr::tr("There is already a section called “%1”.").arg(trimmed);
        return e;
    }
    return {};
}

Result<void> SectionRepository::setRetired(qint64 id, bool retired)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("UPDATE sections SET retired = ? WHERE id = ?"), {retired ? 1 : 0, id},
                     "retire section");
}

Result<void> SectionRepository::reorder(const QList<qint64> &ids)
{
    return m_db.inTransaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        // The named sections first, then the rest in their old order, so a list read before
        // another desk added a section cannot lose that section's place altogether.
        int position = 0;
        for (qint64 id : ids) {
            if (auto r = Sql::exec(q, QStringLiteral("UPDATE sections SET position = ? WHERE id = ?"), {++position, id},
                                   "reorder section");
                !r)
                return r;
        }
        auto all = list();
        if (!all)
            return all.error();
        for (const Section &section : std::as_const(all.value())) {
            if (ids.contains(section.id))
                continue;
            if (auto r = Sql::exec(q, QStringLiteral("UPDATE sections SET position = ? WHERE id = ?"),
                                   {++position, section.id}, "reorder section");
                !r)
                return r;
        }
        return {};
    });
}
