// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextCursor;

/// A Markdown link in the text, or the words that would become one.
struct MarkdownLink {
    int start = 0; ///< document position of the first character ('[' for an existing link)
    int end = 0; ///< document position after the last character
    QString text;
    QString url; ///< empty when there is no link yet
};

/// Markdown formatting as edits of plain text, for someone who doesn't know Markdown.
///
/// Each operation works on the cursor's selection or, without one, on the word or line under it;
/// it is one undo step, and leaves the cursor (passed back through the reference) on what it changed.
/// Toggles take away what they find: Bold on "**word**" gives "word".
class MarkdownFormatter
{
public:
    /// `**` around the selection or word; inside an empty pair with the cursor between them when
    /// there is no word. Removes `**`/`__` found just inside or just outside the selection.
    static void toggleBold(QTextCursor &cursor);
    /// Like toggleBold() with `*` (and recognises `_`).
    static void toggleItalic(QTextCursor &cursor);

    /// The link under the cursor, or the selected text (or word) with no URL.
    static MarkdownLink linkAt(const QTextCursor &cursor);
    /// Replaces what linkAt() found with `[text](url)`; the cursor ends after it.
    static void setLink(QTextCursor &cursor, const QString &url, const QString &text);

    /// `## ` (level 2) or `### ` (3) on each selected line; the same level again removes it.
    static void toggleHeading(QTextCursor &cursor, int level);
    /// `> ` on each selected line, or off when all of them have it.
    static void toggleQuote(QTextCursor &cursor);
    /// `- ` on each non-empty selected line, replacing numbers; or off.
    static void toggleBulletList(QTextCursor &cursor);
    /// `1. `, `2. `… on each non-empty selected line, replacing bullets; or off.
    static void toggleNumberedList(QTextCursor &cursor);

    /// `---` as a paragraph of its own at the cursor; the cursor ends on the line after it.
    static void insertHorizontalRule(QTextCursor &cursor);
    /// `![alt](url)` as a paragraph of its own at the cursor.
    static void insertImage(QTextCursor &cursor, const QString &altText, const QString &url);
};
