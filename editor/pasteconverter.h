// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMimeData;

/// What a paste becomes: Markdown to insert, or a reason to insert nothing.
struct PasteResult {
    QString markdown;
    QString error; ///< non-empty: refuse the paste and show this to the user
};

/// Turns clipboard or drop data into clean Markdown for the article body.
///
/// HTML (from a web page or a word processor) keeps headings, emphasis, links, lists, block quotes,
/// code and simple tables; it loses scripts, styles, event handlers, images (remote images and
/// tracking pixels are never fetched) and links to anything but http, https, mailto and tel.
/// Plain text is kept as typed, with line endings normalised and control characters dropped.
class PasteConverter
{
public:
    /// The article size limit; a larger paste is refused whole.
    static constexpr qsizetype maxBytes = qsizetype{10} * 1024 * 1024;

    static PasteResult convert(const QMimeData *source);
    static PasteResult fromHtml(const QString &html);
    static PasteResult fromPlainText(const QString &text);
    /// The message shown for a paste over maxBytes.
    static QString tooLargeMessage();

private:
    /// `structured` tells whether the HTML carried any formatting or structure worth keeping.
    static PasteResult fromHtml(const QString &html, bool *structured);
};
