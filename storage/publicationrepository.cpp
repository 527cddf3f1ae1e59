// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationrepository.h"

#include "database.h"
#include "sqlquery_p.h"

PublicationRepository::PublicationRepository(Database &db)
    : m_db(db)
{ }

Result<Publication> PublicationRepository::load()
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(
            q, QStringLiteral("SELECT name, tagline, home_city, locale, time_zone FROM publication WHERE id = 1"), {},
            "load publication");
        !r)
        return r.error();
    Publication p;
    if (q.next())
        p = Publication{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString()};
    return p;
}

Result<void> PublicationRepository::save(const Publication &p)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q,
                     QStringLiteral("INSERT INTO publication (id, name, tagline, home_city, locale, time_zone) "
                                    "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                    "tagline = excluded.tagline, home_city = excluded.home_city, "
                                    "locale = excluded.locale, time_zone = excluded.time_zone"),
                     {Sql::notNull(p.name), Sql::notNull(p.tagline), Sql::notNull(p.homeCity), p.locale, p.timeZone},
                     "save publication");
}
