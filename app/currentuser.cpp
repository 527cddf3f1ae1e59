// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentuser.h"

#include "database.h"

namespace {
QString &loginOverride()
{
    static QString login;
    return login;
}
} // namespace

QString CurrentUser::loginName()
{
    if (!loginOverride().isEmpty())
        return loginOverride();
    for (const char *variable : {"COPYDESK_USER", "USER", "USERNAME", "LOGNAME"}) {
        if (const QString v = qEnvironmentVariable(variable).trimmed(); !v.isEmpty())
            return v;
    }
    // Some service accounts have no name in the environment; they still need a stable one.
    return QStringLiteral("copydesk");
}

void CurrentUser::setLoginOverride(const QString &login)
{
    loginOverride() = login.trimmed();
}

CurrentUser::CurrentUser(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_profile.login = loginName();
    m_profile.displayName = m_profile.login;
}

Result<void> CurrentUser::load()
{
    const QString login = loginName();
    UserRepository users(m_db);
    auto profile = m_db.isReadOnly() ? users.load(login) : users.ensure(login);
    // A read-only database (perhaps one an older Copydesk wrote, never migrated) may not know
    // the user: they may read, as a journalist, and change nothing.
    if (!profile && !m_db.isReadOnly())
        return profile.error();
    UserProfile now = profile ? profile.value() : UserProfile{login, login, Role::Journalist, 0, {}};
    if (now != m_profile) {
        m_profile = now;
        Q_EMIT changed();
    }
    return {};
}
