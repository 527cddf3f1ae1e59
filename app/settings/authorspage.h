// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingspage.h"

class Database;
class QPushButton;
class QTableWidget;

/// The authors of bylines: display name and one-line bio, added and edited in place (editor only).
class AuthorsPage : public SettingsPage
{
    Q_OBJECT

public:
    AuthorsPage(Database &db, bool editable, QWidget *parent = nullptr);

    bool apply() override;

private:
    void load();
    void addAuthor();

    Database &m_db;
    bool m_editable;
    QTableWidget *m_table;
    QPushButton *m_add;
};
