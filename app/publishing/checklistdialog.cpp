// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QIcon iconFor(ChecklistItem::Severity severity, const QStyle *style)
{
    switch (severity) {
    case ChecklistItem::Severity::Failure:
        return QIcon::fromTheme(QStringLiteral("dialog-error"), style->standardIcon(QStyle::SP_MessageBoxCritical));
    case ChecklistItem::Severity::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), style->standardIcon(QStyle::SP_MessageBoxWarning));
    case ChecklistItem::Severity::Passed:
        return QIcon::fromTheme(QStringLiteral("emblem-ok"), style->standardIcon(QStyle::SP_DialogApplyButton));
    }
    return {};
}

QString severityWord(ChecklistItem::Severity severity)
{
    switch (severity) {
    case ChecklistItem::Severity::Failure:
        return ChecklistDialog::tr("Must fix");
    case ChecklistItem::Severity::Warning:
        return ChecklistDialog::tr("Warning");
    case ChecklistItem::Severity::Passed:
        return ChecklistDialog::tr("Passed");
    }
    return {};
}
} // namespace

ChecklistDialog::ChecklistDialog(const QList<ChecklistItem> &items, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Before publishing"));
    m_items = PublishChecklist::problems(items);
    for (const ChecklistItem &i : items) {
        if (i.severity == ChecklistItem::Severity::Passed)
            m_items << i;
    }
    const bool blocked = PublishChecklist::blocks(items);
    const bool warned = PublishChecklist::hasWarnings(items);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    if (blocked)
        m_summary->setText(tr("This story cannot be published yet. Fix the items marked “Must fix”; double-click "
                              "one to go there."));
    else if (warned)
        m_summary->setText(tr("Nothing blocks publishing, but check the warnings below first."));
    else
        m_summary->setText(tr("Everything is ready to publish."));

    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Checklist"));
    for (const ChecklistItem &i : std::as_const(m_items)) {
        auto *row = new QListWidgetItem(iconFor(i.severity, style()), tr("%1 — %2").arg(i.title, i.message), m_list);
        row->setToolTip(i.message);
        row->setData(Qt::AccessibleTextRole, tr("%1: %2. %3").arg(severityWord(i.severity), i.title, i.message));
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        const int index = m_list->row(row);
        if (index >= 0 && index < m_items.size())
            Q_EMIT itemActivated(m_items.at(index));
    });

    m_buttons = new QDialogButtonBox(this);
    if (blocked) {
        m_buttons->addButton(QDialogButtonBox::Close);
    } else {
        QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
        m_publish = m_buttons->addButton(warned ? tr("Publish &anyway") : tr("&Publish"), QDialogButtonBox::AcceptRole);
        // A warning needs a deliberate click, not a reflexive Enter: then Enter cancels.
        m_publish->setAutoDefault(!warned);
        m_publish->setDefault(!warned);
        cancel->setDefault(warned);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 380);
}

QString ChecklistDialog::summary() const
{
    return m_summary->text();
}
