// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingspage.h"
#include "userrepository.h"

class CurrentUser;
class Database;
class QComboBox;
class QLineEdit;
class QTableWidget;

/// The user's own profile (display name, the byline author they write as, their role) and, for an
/// editor, everyone's role on the desk. Only an editor changes roles.
class ProfilePage : public SettingsPage
{
    Q_OBJECT

public:
    ProfilePage(Database &db, CurrentUser *user, QWidget *parent = nullptr);

    bool apply() override;

private:
    QComboBox *roleBox(Role role, bool editable);

    Database &m_db;
    CurrentUser *m_user;
    QLineEdit *m_name;
    QComboBox *m_author;
    QComboBox *m_role;
    QTableWidget *m_people; ///< everyone else on the desk, for an editor
    QList<UserProfile> m_others;
};
