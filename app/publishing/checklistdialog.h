// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishchecklist.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

/// Shows the pre-publish checklist when Publish is pressed: problems first, then what passed.
/// With failures it only closes (the story cannot go out); with warnings alone it offers
/// "Publish anyway"; with everything passed, "Publish". Accepted means: go ahead.
class ChecklistDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChecklistDialog(const QList<ChecklistItem> &items, QWidget *parent = nullptr);

    /// The button that accepts, or null when something fails.
    QPushButton *publishButton() const { return m_publish; }
    QListWidget *itemList() const { return m_list; }
    QString summary() const;

Q_SIGNALS:
    /// The desk double-clicked (or pressed Enter on) an item, to go and fix it.
    void itemActivated(const ChecklistItem &item);

private:
    QList<ChecklistItem> m_items; // in the order shown
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publish = nullptr;
};
