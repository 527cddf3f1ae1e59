// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

/// The find and replace bar under the article body; hidden until asked for.
///
/// Shortcuts (on the editor and on the bar): Find Ctrl+F (QKeySequence::Find), Replace Ctrl+H,
/// Find next F3 (QKeySequence::FindNext), Find previous Shift+F3 (QKeySequence::FindPrevious);
/// Enter and Shift+Enter in the find field move between matches, Escape closes the bar.
/// Matches are counted when the search changes and, while the bar is shown, a moment after the
/// text stops changing, so typing in a long article never waits for a count.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QWidget *parent = nullptr);
    ~FindReplaceBar() override;

    void setEditor(QPlainTextEdit *editor);

    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    /// Shows the bar with the find field focused, filled from a one-line selection.
    void showFind();
    /// showFind() with the replace field too.
    void showReplace();

    /// How many times the search occurs in the body now.
    int matchCount();

public Q_SLOTS:
    /// Selects the next match after the cursor, wrapping at the end; false when there is none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match, if one is selected, and moves to the next.
    void replaceCurrent();
    /// Replaces every match as one undo step; returns how many.
    int replaceAll();

Q_SIGNALS:
    /// The bar was closed; focus is back in the editor.
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(bool replace);
    void closeBar();
    void searchChanged();
    void recount();
    bool select(bool forward, bool includeCurrent);
    bool selectionIsMatch() const;
    void updateLabel();

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QLabel *m_count;
    QList<QWidget *> m_replaceRow;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QTimer *m_recountTimer;
    QList<std::pair<int, int>> m_matches; // start, length
    bool m_stale = true;
};
