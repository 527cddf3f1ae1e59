// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

/// Undo for form fields that have none of their own (a combo box, a check box, an image): one
/// history shared by the fields it watches, stepped through with Ctrl+Z and Ctrl+Shift+Z while one
/// of them has focus. Text fields keep their own undo.
class FieldHistory : public QObject
{
    Q_OBJECT

public:
    explicit FieldHistory(QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    /// The undo and redo keys on `widget` step through this history, ahead of any window-wide
    /// Undo shortcut.
    void watch(QWidget *widget);
    /// Disabled (for a read-only form), the keys do nothing.
    void setEnabled(bool enabled) { m_enabled = enabled; }

    /// Notes a change the user has just made from `before`. Undo and redo swap what `read` says is
    /// shown with the state kept and `show` it, so words typed around a change come back with it.
    /// Changes with the same `mergeId` (not -1) one after another are a single step.
    template<typename State>
    void record(const QString &text, State before, std::function<State()> read, std::function<void(const State &)> show,
                int mergeId = -1)
    {
        m_stack->push(new Swap<State>(text, std::move(before), std::move(read), std::move(show), mergeId));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    template<typename State> class Swap : public QUndoCommand
    {
    public:
        Swap(const QString &text, State other, std::function<State()> read, std::function<void(const State &)> show,
             int mergeId)
            : QUndoCommand(text)
            , m_other(std::move(other))
            , m_read(std::move(read))
            , m_show(std::move(show))
            , m_mergeId(mergeId)
        { }
        void undo() override { swap(); }
        // The first redo is the push: the user has made the change already.
        void redo() override
        {
            if (std::exchange(m_pushed, true))
                swap();
        }
        int id() const override { return m_mergeId; }
        // The older command keeps the state from before the first of the run.
        bool mergeWith(const QUndoCommand *) override { return true; }

    private:
        void swap()
        {
            State shown = m_read();
            m_show(m_other);
            m_other = std::move(shown);
        }

        State m_other;
        std::function<State()> m_read;
        std::function<void(const State &)> m_show;
        int m_mergeId;
        bool m_pushed = false;
    };

    QUndoStack *m_stack;
    bool m_enabled = true;
};
