// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QUndoStack;
class QKeySequence;
class QTextCursor;
class QPlainTextEdit;
class QWidget;

/// What the link dialog asks for.
struct LinkChoice {
    QString url;
    QString text;
};

/// The formatting actions of the body editor, for the toolbar and the Format menu.
///
/// | action           | objectName           | shortcut                     |
/// |------------------|----------------------|------------------------------|
/// | Bold             | formatBold           | Ctrl+B (QKeySequence::Bold)  |
/// | Italic           | formatItalic         | Ctrl+I (QKeySequence::Italic)|
/// | Link…            | formatLink           | Ctrl+K                       |
/// | Subhead          | formatHeading2       | Ctrl+2                       |
/// | Minor subhead    | formatHeading3       | Ctrl+3                       |
/// | Quote            | formatQuote          | Ctrl+Shift+9                 |
/// | Bulleted list    | formatBulletList     | Ctrl+Shift+8                 |
/// | Numbered list    | formatNumberedList   | Ctrl+Shift+7                 |
/// | Image…           | formatImage          | Ctrl+Shift+I                 |
/// | Horizontal rule  | formatHorizontalRule | Ctrl+Shift+R                 |
///
/// The shortcuts have Qt::WidgetWithChildrenShortcut on the editor: they act only while the body
/// has focus, so the headline and dek fields keep their own keys, and a window-wide shortcut on
/// the same keys would be ambiguous.
/// Actions are disabled without an editor and while it is read-only.
class FormattingActions : public QObject
{
    Q_OBJECT

public:
    explicit FormattingActions(QObject *parent = nullptr);

    void setEditor(QPlainTextEdit *editor);
    QPlainTextEdit *editor() const;

    /// In toolbar order.
    QList<QAction *> actions() const { return m_actions; }

    /// Inserts an image paragraph at the editor's cursor, as one undo step; for the answer to
    /// imageRequested().
    void insertImage(const QString &altText, const QString &url);

    /// Asks for a link's address and words; nullopt when cancelled. Replaceable in tests.
    /// Defaults to a small dialog that accepts http, https and mailto addresses.
    std::function<std::optional<LinkChoice>(const LinkChoice &current)> linkPrompt;

    /// Makes a window's Undo and Redo act on whichever line edit or text edit has focus in it,
    /// and keeps them enabled only when that field has something to undo or redo. Other fields
    /// inside `fieldsScope` (combo boxes, dates, images) share `fieldsStack`.
    static void wireUndoRedo(QAction *undo, QAction *redo, QWidget *window, QUndoStack *fieldsStack = nullptr,
                             QWidget *fieldsScope = nullptr);

Q_SIGNALS:
    /// The user wants an image in the body: the application picks and stores one, then calls
    /// insertImage().
    void imageRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(const QString &name, const QString &icon, const QString &text, const QString &tip,
                       const QKeySequence &shortcut, std::function<void()> run);
    void edit(const std::function<void(QTextCursor &)> &change);
    void editLink();
    void updateEnabled();
    void setActionsEnabled(bool enabled);

    QPointer<QPlainTextEdit> m_editor;
    QList<QAction *> m_actions;
};
