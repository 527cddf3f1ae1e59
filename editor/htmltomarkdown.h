// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Writes HTML as CommonMark/GFM for the article body: headings (a first-level one becomes a
/// subhead), emphasis, links, nested lists, block quotes, code, rules and simple tables; a table
/// used for page layout gives up its paragraphs. Qt's own QTextDocument::toMarkdown() hard-wraps
/// at 80 columns and leaves '_' and a leading '>' unescaped, which would turn pasted words into
/// formatting; here every line is a paragraph and only real formatting becomes Markdown.
///
/// Give it HtmlSanitizer's output: it reads the markup as Qt's rich text does and fetches nothing
/// (no images, no style sheets), but it does not judge what the markup says.
class HtmlToMarkdown
{
public:
    struct Output {
        QString markdown;
        /// True when the HTML had formatting or structure beyond paragraphs of words.
        bool structured = false;
    };

    static Output convert(const QString &html);
};
