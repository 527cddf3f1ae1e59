// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "userrepository.h"

#include <QObject>

class Database;

/// The person using this copy of Copydesk: their login (from the environment) and their profile
/// on the desk (display name and role, from the database). The workflow actions and the settings
/// pages ask it what the user may do, and follow it when the profile changes.
class CurrentUser : public QObject
{
    Q_OBJECT

public:
    /// The login name: the one setLoginOverride() gave (tests), else $COPYDESK_USER (a shared
    /// account, a test run), else $USER / $USERNAME / $LOGNAME.
    static QString loginName();
    /// Overrides the login for this process (tests); an empty string removes the override.
    static void setLoginOverride(const QString &login);

    /// `db` must outlive this. Call load() before asking for the profile.
    explicit CurrentUser(Database &db, QObject *parent = nullptr);

    /// Reads the profile, making it on first use (the first person on a desk with no editor
    /// becomes its editor). A read-only database that does not know the user gives a journalist.
    Result<void> load();
    const UserProfile &profile() const { return m_profile; }
    QString login() const { return m_profile.login; }
    Role role() const { return m_profile.role; }
    bool isEditor() const { return m_profile.role == Role::Editor; }

Q_SIGNALS:
    /// The profile was read again and something in it (name, role, author) changed.
    void changed();

private:
    Database &m_db;
    UserProfile m_profile;
};
