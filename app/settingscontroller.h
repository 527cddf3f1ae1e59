// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class CurrentUser;
class Database;
class QAction;
class QWidget;
class SettingsDialog;

/// Edit ▸ Settings…: opens the Settings dialog with the built-in pages and the pages others
/// registered, and says when settings were stored so the window can show them at once.
class SettingsController : public QObject
{
    Q_OBJECT

public:
    /// `db` and `user` must outlive this; `window` parents the action and the dialog.
    SettingsController(Database &db, CurrentUser *user, QWidget *window);

    QAction *settingsAction() const { return m_action; }

    /// Makes a page for each opening of the dialog, added after the built-in pages. `factory`
    /// gets the dialog as the page's parent.
    void addPageFactory(const QString &title, std::function<QWidget *(QWidget *parent)> factory);

    /// Opens the dialog (not modal: the window stays usable) and returns it.
    SettingsDialog *open();

Q_SIGNALS:
    /// Settings were stored: read the publication, sections, authors and profile again.
    void applied();

private:
    Database &m_db;
    CurrentUser *m_user;
    QWidget *m_window;
    QAction *m_action;
    QList<std::pair<QString, std::function<QWidget *(QWidget *)>>> m_factories;
};
