// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscontroller.h"

#include "settingsdialog.h"

#include <QAction>
#include <QIcon>

SettingsController::SettingsController(Database &db, CurrentUser *user, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_user(user)
    , m_window(window)
    , m_action(new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("Se&ttings…"), window))
{
    m_action->setObjectName(QStringLiteral("settings"));
    m_action->setShortcuts(QKeySequence::Preferences);
    if (m_action->shortcuts().isEmpty()) // not every platform theme has a Preferences key
        m_action->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setStatusTip(tr("Your profile and the desk’s publication, sections and authors"));
    connect(m_action, &QAction::triggered, this, &SettingsController::open);
}

void SettingsController::addPageFactory(const QString &title, std::function<QWidget *(QWidget *)> factory)
{
    m_factories.append({title, std::move(factory)});
}

SettingsDialog *SettingsController::open()
{
    // Made afresh each time: it shows what is stored now, which others may have changed.
    auto *dialog = new SettingsDialog(m_db, m_user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto &[title, factory] : std::as_const(m_factories)) {
        if (QWidget *page = factory(dialog))
            dialog->addPage(page, title);
    }
    connect(dialog, &SettingsDialog::applied, this, &SettingsController::applied);
    dialog->open();
    return dialog;
}
