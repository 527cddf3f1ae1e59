// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class CurrentUser;
class Database;
class QDialogButtonBox;
class QTabWidget;

/// Edit ▸ Settings…: the user's profile and the desk's settings (publication, sections, authors),
/// all stored in the database so a shared newsroom database shares them. Other parts of the app
/// add pages of their own with addPage().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `db` and `user` must outlive the dialog.
    SettingsDialog(Database &db, CurrentUser *user, QWidget *parent = nullptr);

    /// Adds a page after the built-in ones; the dialog takes ownership. A page derived from
    /// SettingsPage is asked to apply() on OK and Apply; any other widget stores its changes
    /// itself (say, on its own buttons) or on the accepted() / applied() signals.
    void addPage(QWidget *page, const QString &title);
    /// Shows the page with this title, if there is one.
    void showPage(const QString &title);

    /// Applies every page; false (and that page shown) when one could not store its fields.
    bool applyAll();

    void accept() override;

Q_SIGNALS:
    /// Settings were stored (OK or Apply): whatever shows them should read them again.
    void applied();

private:
    QTabWidget *m_pages;
    QDialogButtonBox *m_buttons;
};
