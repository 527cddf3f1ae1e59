// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"
#include "storageerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

/// A person who uses the desk, known by their operating-system login. Kept in the database, so
/// everyone sharing a newsroom database sees the same names and roles.
struct UserProfile {
    QString login;
    QString displayName;
    Role role = Role::Journalist;
    qint64 authorId = 0; ///< the byline author this person writes as; 0: none
    QDateTime created; ///< UTC

    bool operator==(const UserProfile &) const = default;
};

/// The desk's people and their roles.
class UserRepository
{
public:
    explicit UserRepository(Database &db);

    /// The profile of `login`, made on first use: the first person on a desk with no editor
    /// becomes its editor (the desk admin); everyone after that starts as a journalist.
    Result<UserProfile> ensure(const QString &login, const QString &displayName = {});
    Result<UserProfile> load(const QString &login);
    Result<QList<UserProfile>> list(); ///< by display name
    /// Stores the display name and author link; the role is changed only through setRole().
    Result<void> save(const UserProfile &profile);
    /// `actorLogin` gives `login` the role `role`. Refused unless the actor is an editor (as the
    /// database says, not as the caller thinks), and refused when it would leave no editor.
    Result<void> setRole(const QString &actorLogin, const QString &login, Role role);

private:
    Database &m_db;
};
