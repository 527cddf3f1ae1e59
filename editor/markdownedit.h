// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

class MarkdownHighlighter;
class QMenu;
class SpellChecker;

/// The article body: a Markdown editor that looks like a page of prose, not code.
///
/// The system's proportional font a little larger than the UI, the text column limited to a
/// readable measure (about 72 characters) and centred, lines spaced apart, no line numbers.
/// Highlighting follows the palette (a dark palette picks a dark theme). Spelling suggestions
/// sit on top of the context menu. Pastes are turned into Markdown by PasteConverter.
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// The widest text column, in average characters: 45-75 is the classic range for body text.
    static constexpr int measureCharacters = 72;
    /// Extra space between lines, as a fraction of the line height.
    static constexpr qreal lineSpacing = 0.45;

    explicit MarkdownEdit(QWidget *parent = nullptr);
    ~MarkdownEdit() override;

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    /// Not owned; nullptr turns spelling off.
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const;

    /// Dims everything but the paragraph with the cursor.
    void setFocusMode(bool on);
    bool focusMode() const { return m_focusMode; }

    /// The highlighting theme in use ("Breeze Light", "Breeze Dark", ...).
    QString themeName() const;

    /// The misspelt word at document `position`, selected; a null cursor when there is none.
    QTextCursor misspeltWordAt(int position) const;
    /// The context menu for document `position`: spelling suggestions, "Add to Dictionary" and
    /// "Ignore" for a misspelt word there, then the standard actions. The caller owns it.
    QMenu *createContextMenu(int position);

Q_SIGNALS:
    /// A paste was refused (too large, a picture...); nothing was inserted.
    void pasteRefused(const QString &message);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTypography();
    void applyTheme();
    void updateMeasure();
    void replaceWord(QTextCursor word, const QString &replacement);

    MarkdownHighlighter *m_highlighter;
    bool m_focusMode = false;
    int m_focusFirst = -1; ///< block numbers of the focused paragraph, for repaints
    int m_focusLast = -1;
};
