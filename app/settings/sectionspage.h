// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingspage.h"

class Database;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

/// The managed list of sections (editor only): add, rename in place, reorder (drag or the
/// buttons) and retire. A retired section is no longer offered for new stories, but the stories
/// that have it keep it; it can be brought back.
class SectionsPage : public SettingsPage
{
    Q_OBJECT

public:
    SectionsPage(Database &db, bool editable, QWidget *parent = nullptr);

    bool apply() override;

private:
    void load();
    void addSection();
    void move(int by);
    void toggleRetired();
    void updateButtons();
    static void showRetired(QListWidgetItem *item, bool retired);

    Database &m_db;
    bool m_editable;
    QListWidget *m_list;
    QLineEdit *m_newName;
    QPushButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_retire;
};
