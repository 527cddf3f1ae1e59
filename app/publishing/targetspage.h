// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishtypes.h"

#include <QWidget>

#include <functional>

class CredentialStore;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/// The settings page of publishing targets: the list, and a form to add, edit and remove one.
/// The password or token goes to the system keychain through CredentialStore, never to the
/// database; when no keychain answers, the page says so and stores nothing. Plug it into the
/// Settings dialog with addPage(page, TargetsPage::tr("Publishing")).
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    TargetsPage(Database &db, CredentialStore &credentials, QWidget *parent = nullptr);

    /// Asked before a target is removed (its records of where stories live go with it); the
    /// default asks with a message box. Tests answer it themselves.
    void setConfirmRemoval(std::function<bool(const PublishTarget &)> confirm);

    /// Reads the targets from the database again.
    void reload();

    QTreeWidget *targetList() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    /// The last message to the desk (an error in plain words, or what was done).
    QString message() const;
    /// Shown while no keychain is available.
    QLabel *keychainWarning() const { return m_keychainWarning; }

Q_SIGNALS:
    /// A target was added, changed or removed.
    void targetsChanged();

private:
    void showTarget(qint64 id);
    void startNew();
    void save();
    void removeSelected();
    void finishSave(const PublishTarget &target, bool isNew);
    void setBusy(bool busy);
    void say(const QString &text, bool isError);
    qint64 selectedId() const;
    PublishTarget fromForm() const;

    Database &m_db;
    CredentialStore &m_credentials;
    std::function<bool(const PublishTarget &)> m_confirmRemoval;
    qint64 m_editing = 0; // 0: a new target
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keychainWarning = nullptr;
};
