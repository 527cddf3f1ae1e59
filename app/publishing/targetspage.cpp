// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetspage.h"

#include "credentialstore.h"
#include "database.h"
#include "publishtargetrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, KindColumn, UrlColumn, UserColumn };
}

TargetsPage::TargetsPage(Database &db, CredentialStore &credentials, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_credentials(credentials)
{
    m_confirmRemoval = [this](const PublishTarget &target) {
        return QMessageBox::question(this, tr("Remove target"),
                                     tr("Remove the target “%1” and its password? Copydesk forgets where its stories "
                                        "live there, so publishing to it again creates new posts.")
                                         .arg(target.name))
            == QMessageBox::Yes;
    };

    m_keychainWarning = new QLabel(CredentialStore::noKeychainMessage(), this);
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setVisible(!m_credentials.isAvailable());

    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Address"), tr("User")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Publishing targets"));
    m_list->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);

    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("WordPress"), publishTargetKindKey(PublishTargetKind::WordPress));
    m_kind->addItem(tr("ninjs endpoint"), publishTargetKindKey(PublishTargetKind::Ninjs));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://example.com/"));
    m_user = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Password or token"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password or token:"), m_secret);

    m_new = new QPushButton(tr("N&ew"), this);
    m_save = new QPushButton(tr("&Save target"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainWarning);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showTarget(item->data(NameColumn, Qt::UserRole).toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, &TargetsPage::startNew);
    connect(m_save, &QPushButton::clicked, this, &TargetsPage::save);
    connect(m_remove, &QPushButton::clicked, this, &TargetsPage::removeSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool wordpress = m_kind->currentData().toString() == publishTargetKindKey(PublishTargetKind::WordPress);
        m_secret->setPlaceholderText(wordpress ? tr("WordPress application password") : tr("Bearer token"));
    });
    connect(&m_credentials, &CredentialStore::availabilityChanged, this,
            [this](bool available) { m_keychainWarning->setVisible(!available); });

    reload();
    startNew();
    // Asked once at the start, so the desk hears of a missing keychain before typing a password.
    m_credentials.checkAvailable();
}

void TargetsPage::setConfirmRemoval(std::function<bool(const PublishTarget &)> confirm)
{
    m_confirmRemoval = std::move(confirm);
}

QString TargetsPage::message() const
{
    return m_message->text();
}

void TargetsPage::reload()
{
    const qint64 keep = m_editing;
    m_list->clear();
    const auto targets = PublishTargetRepository(m_db).list();
    if (!targets) {
        say(targets.error().message, true);
        return;
    }
    for (const PublishTarget &t : targets.value()) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {t.name, t.kind == PublishTargetKind::WordPress ? tr("WordPress") : tr("ninjs endpoint"),
             t.endpoint.toString(), t.user});
        item->setData(NameColumn, Qt::UserRole, t.id);
        if (t.id == keep)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

qint64 TargetsPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void TargetsPage::showTarget(qint64 id)
{
    const auto target = PublishTargetRepository(m_db).find(id);
    if (!target) {
        say(target.error().message, true);
        return;
    }
    m_editing = id;
    m_name->setText(target->name);
    // The keychain entry is filed under the name: a new name is a new target.
    m_name->setReadOnly(true);
    m_kind->setCurrentIndex(m_kind->findData(publishTargetKindKey(target->kind)));
    m_url->setText(target->endpoint.toString());
    m_user->setText(target->user);
    m_secret->clear();
    m_secret->setPlaceholderText(tr("Unchanged; type to replace it"));
    m_remove->setEnabled(true);
}

void TargetsPage::startNew()
{
    m_editing = 0;
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    m_name->clear();
    m_name->setReadOnly(false);
    m_kind->setCurrentIndex(0);
    m_url->clear();
    m_user->clear();
    m_secret->clear();
    m_secret->setPlaceholderText(tr("WordPress application password"));
    m_remove->setEnabled(false);
    m_name->setFocus();
}

PublishTarget TargetsPage::fromForm() const
{
    PublishTarget t;
    t.id = m_editing;
    t.name = m_name->text().trimmed();
    t.kind = publishTargetKindFromKey(m_kind->currentData().toString()).value_or(PublishTargetKind::WordPress);
    t.endpoint = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    t.user = m_user->text().trimmed();
    return t;
}

void TargetsPage::save()
{
    const PublishTarget target = fromForm();
    const bool isNew = m_editing == 0;
    if (auto checked = PublishTargetRepository::checkTarget(target); !checked) {
        say(checked.error().message, true);
        return;
    }
    if (isNew && PublishTargetRepository(m_db).findByName(target.name)) {
        say(tr("There is already a publishing target called “%1”.").arg(target.name), true);
        return;
    }
    const QString secret = m_secret->text();
    if (isNew && secret.isEmpty()) {
        say(tr("Enter the password or token for “%1”; it is kept in the system keychain.").arg(target.name), true);
        return;
    }
    if (secret.isEmpty()) {
        finishSave(target, isNew);
        return;
    }
    // The secret first: without it in the keychain the target would be stored but useless.
    setBusy(true);
    say(tr("Storing the password in the keychain…"), false);
    CredentialRequest *request = m_credentials.write(target.name, secret);
    connect(request, &CredentialRequest::finished, this, [this, target, isNew](const CredentialResult &result) {
        setBusy(false);
        if (!result.ok()) {
            say(result.message, true);
            return;
        }
        m_secret->clear();
        finishSave(target, isNew);
    });
}

void TargetsPage::finishSave(const PublishTarget &target, bool isNew)
{
    PublishTargetRepository targets(m_db);
    const auto stored = isNew ? targets.add(target) : targets.update(target);
    if (!stored) {
        say(stored.error().message, true);
        if (isNew)
            m_credentials.remove(target.name); // leave no secret without its target
        return;
    }
    m_editing = stored->id;
    reload();
    showTarget(stored->id);
    say(isNew ? tr("Added “%1”.").arg(stored->name) : tr("Saved “%1”.").arg(stored->name), false);
    Q_EMIT targetsChanged();
}

void TargetsPage::removeSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto target = PublishTargetRepository(m_db).find(id);
    if (!target) {
        say(target.error().message, true);
        return;
    }
    if (!m_confirmRemoval(*target))
        return;
    setBusy(true);
    CredentialRequest *request = m_credentials.remove(target->name);
    connect(request, &CredentialRequest::finished, this, [this, t = *target](const CredentialResult &result) {
        setBusy(false);
        if (!result.ok()) {
            say(tr("%1 The target was kept.").arg(result.message), true);
            return;
        }
        if (auto removed = PublishTargetRepository(m_db).remove(t.id); !removed) {
            say(removed.error().message, true);
            return;
        }
        startNew();
        reload();
        say(tr("Removed “%1” and its password.").arg(t.name), false);
        Q_EMIT targetsChanged();
    });
}

void TargetsPage::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_remove->setEnabled(!busy && m_editing != 0);
    m_new->setEnabled(!busy);
}

void TargetsPage::say(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(isError ? tr("Error") : QString());
}
