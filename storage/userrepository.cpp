// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString selectUser = QStringLiteral("SELECT login, display_name, role, author_id, created_at FROM users ");

UserProfile userFrom(const QSqlQuery &q)
{
    UserProfile p;
    p.login = q.value(0).toString();
    p.displayName = q.value(1).toString();
    p.role = roleFromKey(q.value(2).toString()).value_or(Role::Journalist);
    p.authorId = q.value(3).toLongLong();
    p.created = Sql::toDateTime(q.value(4));
    return p;
}

StorageError noSuchUser(const QString &login)
{
    return StorageError{StorageError::Kind::NotFound, Tr::tr("There is no one called “%1” on this desk.").arg(login),
                        QStringLiteral("user %1").arg(login)};
}
} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{ }

Result<UserProfile> UserRepository::ensure(const QString &login, const QString &displayName)
{
    if (login.trimmed().isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("A person needs a login name."),
                            QStringLiteral("empty login")};
    return m_db.inTransaction([&]() -> Result<UserProfile> {
        QSqlQuery q(m_db.connection());
        const QString name = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
        // One statement decides and inserts, so two people starting at once on a shared database
        // cannot both become the first editor.
        if (auto r = Sql::exec(q,
                               QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                              "SELECT ?, ?, CASE WHEN EXISTS (SELECT 1 FROM users WHERE role = "
                                              "'editor') THEN 'journalist' ELSE 'editor' END, ? "
                                              "WHERE NOT EXISTS (SELECT 1 FROM users WHERE login = ?)"),
                               {login, name, Sql::fromDateTime(QDateTime::currentDateTimeUtc()), login}, "ensure user");
            !r)
            return r.error();
        return load(login);
    });
}

Result<UserProfile> UserRepository::load(const QString &login)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, selectUser + QStringLiteral("WHERE login = ?"), {login}, "load user"); !r)
        return r.error();
    if (!q.next())
        return noSuchUser(login);
    return userFrom(q);
}

Result<QList<UserProfile>> UserRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r =
            Sql::exec(q, selectUser + QStringLiteral("ORDER BY display_name COLLATE NOCASE, login"), {}, "list users");
        !r)
        return r.error();
    QList<UserProfile> users;
    while (q.next())
        users.append(userFrom(q));
    return users;
}

Result<void> UserRepository::save(const UserProfile &profile)
{
    const QString name = profile.displayName.trimmed();
    if (name.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("Your name cannot be empty."),
                            QStringLiteral("empty display_name")};
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("UPDATE users SET display_name = ?, author_id = ? WHERE login = ?"),
                           {name, Sql::nullIfZero(profile.authorId), profile.login}, "save user");
        !r)
        return r;
    if (q.numRowsAffected() == 0)
        return noSuchUser(profile.login);
    return {};
}

Result<void> UserRepository::setRole(const QString &actorLogin, const QString &login, Role role)
{
    return m_db.inTransaction([&]() -> Result<void> {
        auto actor = load(actorLogin);
        if (!actor)
            return actor.error();
        if (actor->role != Role::Editor)
            return StorageError{StorageError::Kind::Invalid, Tr::tr("Only an editor may change someone’s role."),
                                QStringLiteral("%1 is not an editor").arg(actorLogin)};
        auto target = load(login);
        if (!target)
            return target.error();
        if (target->role == role)
            return {};
        QSqlQuery q(m_db.connection());
        if (role != Role::Editor) {
            if (auto r = Sql::exec(q, QStringLiteral("SELECT count(*) FROM users WHERE role = 'editor'"), {},
                                   "count editors");
                !r || !q.next())
                return r ? Sql::errorFrom(q.lastError(), "count editors") : r.error();
            // Without an editor nobody could ever change a role or the desk's settings again.
            if (q.value(0).toInt() <= 1)
                return StorageError{StorageError::Kind::Invalid,
                                    Tr::tr("The desk needs at least one editor; make someone else an editor first."),
                                    QStringLiteral("last editor")};
        }
        return Sql::exec(q, QStringLiteral("UPDATE users SET role = ? WHERE login = ?"), {roleKey(role), login},
                         "set role");
    });
}
