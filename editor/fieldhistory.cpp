// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldhistory.h"

#include <QKeyEvent>
#include <QWidget>

FieldHistory::FieldHistory(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{ }

void FieldHistory::watch(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool FieldHistory::eventFilter(QObject *watched, QEvent *event)
{
    // Accepting the shortcut override keeps a window-wide Undo action from taking the key; the
    // key press that follows does the work.
    if (m_enabled && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo) && m_stack->canUndo();
        const bool redo = key->matches(QKeySequence::Redo) && m_stack->canRedo();
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undo ? m_stack->undo() : m_stack->redo();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
