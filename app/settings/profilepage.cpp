// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilepage.h"

#include "authorrepository.h"
#include "currentuser.h"
#include "database.h"
#include "workflow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <algorithm>

ProfilePage::ProfilePage(Database &db, CurrentUser *user, QWidget *parent)
    : SettingsPage(parent)
    , m_db(db)
    , m_user(user)
    , m_name(new QLineEdit(this))
    , m_author(new QComboBox(this))
    , m_people(new QTableWidget(this))
{
    setObjectName(QStringLiteral("profilePage"));
    const UserProfile &me = user->profile();
    const bool editor = user->isEditor() && !db.isReadOnly();
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setText(me.displayName);
    m_name->setReadOnly(db.isReadOnly());
    m_author->setObjectName(QStringLiteral("bylineAuthor"));
    m_author->addItem(tr("None"), qint64(0));
    if (auto authors = AuthorRepository(db).list()) {
        for (const Author &a : std::as_const(authors.value()))
            m_author->addItem(a.displayName, a.id);
    }
    m_author->setCurrentIndex(std::max(0, m_author->findData(me.authorId)));
    m_author->setEnabled(!db.isReadOnly());
    m_role = roleBox(me.role, editor);
    m_role->setObjectName(QStringLiteral("role"));
    if (!editor)
        m_role->setToolTip(tr("Only an editor may change roles."));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Login:"), new QLabel(me.login, this));
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Writes as:"), m_author);
    layout->addRow(tr("&Role:"), m_role);

    m_people->setObjectName(QStringLiteral("people"));
    m_people->setColumnCount(3);
    m_people->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role")});
    m_people->horizontalHeader()->setStretchLastSection(true);
    m_people->verticalHeader()->hide();
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (auto users = UserRepository(db).list()) {
        for (const UserProfile &p : std::as_const(users.value())) {
            if (p.login != me.login)
                m_others.append(p);
        }
    }
    m_people->setRowCount(int(m_others.size()));
    for (int row = 0; row < m_others.size(); ++row) {
        m_people->setItem(row, 0, new QTableWidgetItem(m_others.at(row).login));
        m_people->setItem(row, 1, new QTableWidgetItem(m_others.at(row).displayName));
        m_people->setCellWidget(row, 2, roleBox(m_others.at(row).role, editor));
    }
    auto *peopleLabel = new QLabel(tr("&People on the desk:"), this);
    peopleLabel->setBuddy(m_people);
    layout->addRow(peopleLabel);
    layout->addRow(m_people);
}

QComboBox *ProfilePage::roleBox(Role role, bool editable)
{
    auto *box = new QComboBox(this);
    for (Role r : {Role::Journalist, Role::Editor})
        box->addItem(roleDisplayName(r), int(r));
    box->setCurrentIndex(box->findData(int(role)));
    box->setEnabled(editable);
    return box;
}

bool ProfilePage::apply()
{
    UserRepository users(m_db);
    if (m_db.isReadOnly())
        return true;
    UserProfile me = m_user->profile();
    const QString name = m_name->text().trimmed();
    const qint64 authorId = m_author->currentData().toLongLong();
    if (name != me.displayName || authorId != me.authorId) {
        me.displayName = name;
        me.authorId = authorId;
        if (auto saved = users.save(me); !saved) {
            showError(tr("Your profile was not saved."), saved.error().message);
            return false;
        }
    }
    // Promotions before demotions, so an editor can hand the desk on and step down in one go.
    QList<std::pair<QString, Role>> changes;
    for (int row = 0; row < m_others.size(); ++row) {
        const Role role = Role(static_cast<QComboBox *>(m_people->cellWidget(row, 2))->currentData().toInt());
        if (role != m_others.at(row).role)
            changes.append({m_others.at(row).login, role});
    }
    const Role myRole = Role(m_role->currentData().toInt());
    if (myRole != me.role)
        changes.append({me.login, myRole});
    std::stable_sort(changes.begin(), changes.end(),
                     [](const auto &a, const auto &b) { return a.second == Role::Editor && b.second != Role::Editor; });
    bool ok = true;
    for (const auto &[login, role] : changes) {
        if (auto set = users.setRole(me.login, login, role); !set) {
            showError(tr("The role of %1 was not changed.").arg(login), set.error().message);
            ok = false;
            break;
        }
        for (UserProfile &p : m_others) {
            if (p.login == login)
                p.role = role;
        }
    }
    if (auto reloaded = m_user->load(); !reloaded)
        showError(tr("Your profile could not be read again."), reloaded.error().message);
    return ok;
}
