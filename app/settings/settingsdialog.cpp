// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "authorspage.h"
#include "currentuser.h"
#include "database.h"
#include "profilepage.h"
#include "publicationpage.h"
#include "sectionspage.h"
#include "workflow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Database &db, CurrentUser *user, QWidget *parent)
    : QDialog(parent)
    , m_pages(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    const bool newsroom = Workflow::mayChangeNewsroom(user->role()) && !db.isReadOnly();
    auto *layout = new QVBoxLayout(this);
    if (!newsroom) {
        auto *note = new QLabel(db.isReadOnly() ? tr("The database is read-only: settings are shown, not changed.")
                                                : tr("Only an editor may change the desk’s settings; you can change "
                                                     "your own name."),
                                this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    addPage(new ProfilePage(db, user, this), tr("Profile"));
    addPage(new PublicationPage(db, newsroom, this), tr("Publication"));
    addPage(new SectionsPage(db, newsroom, this), tr("Sections"));
    addPage(new AuthorsPage(db, newsroom, this), tr("Authors"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyAll);
    resize(640, 480);
}

void SettingsDialog::addPage(QWidget *page, const QString &title)
{
    m_pages->addTab(page, title);
}

void SettingsDialog::showPage(const QString &title)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->tabText(i).remove(QLatin1Char('&')) == QString(title).remove(QLatin1Char('&')))
            m_pages->setCurrentIndex(i);
    }
}

bool SettingsDialog::applyAll()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *page = qobject_cast<SettingsPage *>(m_pages->widget(i));
        if (page && !page->apply()) {
            m_pages->setCurrentIndex(i);
            // What was stored by the pages before this one shows at once all the same.
            Q_EMIT applied();
            return false;
        }
    }
    Q_EMIT applied();
    return true;
}

void SettingsDialog::accept()
{
    if (applyAll())
        QDialog::accept();
}
