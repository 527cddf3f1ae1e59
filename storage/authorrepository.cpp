// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorrepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Author authorFrom(const QSqlQuery &q)
{
    return Author{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}
} // namespace

AuthorRepository::AuthorRepository(Database &db)
    : m_db(db)
{ }

Result<Author> AuthorRepository::add(Author author)
{
    author.displayName = author.displayName.trimmed();
    if (author.displayName.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("An author needs a name."),
                            QStringLiteral("empty display_name")};
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("INSERT INTO authors (display_name, bio) VALUES (?, ?)"),
                           {author.displayName, Sql::notNull(author.bio)}, "insert author");
        !r) {
        StorageError e = r.error();
        if (e.kind == StorageError::Kind::Conflict)
            e.message = Tr::tr("There is already an author called “%1”.").arg(author.displayName);
        return e;
    }
    author.id = q.lastInsertId().toLongLong();
    return author;
}

Result<void> AuthorRepository::update(const Author &author)
{
    const QString name = author.displayName.trimmed();
    if (name.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("An author needs a name."),
                            QStringLiteral("empty display_name")};
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("UPDATE authors SET display_name = ?, bio = ? WHERE id = ?"),
                           {name, Sql::notNull(author.bio), author.id}, "update author");
        !r) {
        StorageError e = r.error();
        if (e.kind == StorageError::Kind::Conflict)
            e.message = Tr::tr("There is already an author called “%1”.").arg(name);
        return e;
    }
    return {};
}

Result<QList<Author>> AuthorRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(
            q, QStringLiteral("SELECT id, display_name, bio FROM authors ORDER BY display_name COLLATE NOCASE"), {},
            "list authors");
        !r)
        return r.error();
    QList<Author> authors;
    while (q.next())
        authors.append(authorFrom(q));
    return authors;
}

Result<Author> AuthorRepository::load(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, QStringLiteral("SELECT id, display_name, bio FROM authors WHERE id = ?"), {id}, "load author");
        !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("The author no longer exists."),
                            QStringLiteral("author %1").arg(id)};
    return authorFrom(q);
}

Result<Author> AuthorRepository::findOrCreate(const QString &displayName)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT id, display_name, bio FROM authors WHERE display_name = ?"),
                           {displayName.trimmed()}, "find author");
        !r)
        return r.error();
    if (q.next())
        return authorFrom(q);
    return add(Author{0, displayName, {}});
}
