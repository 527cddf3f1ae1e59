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
    return Section{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
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
    if (auto r =
            Sql::exec(q, QStringLiteral("SELECT id, name, slug, position FROM sections ORDER BY position, name_key"),
                      {}, "list sections");
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
    if (auto r = Sql::exec(q, QStringLiteral("SELECT id, name, slug, position FROM sections WHERE name_key = ?"),
                           {name.trimmed().toCaseFolded()}, "find section");
        !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("There is no section called “%1”.").arg(name),
                            QStringLiteral("section lookup")};
    return sectionFrom(q);
}
