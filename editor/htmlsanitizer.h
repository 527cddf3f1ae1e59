// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

/// Cleans HTML from the clipboard or a drop before anything else reads it.
///
/// libxml2's HTML parser reads the markup as a browser would (raw-text scripts, unclosed tags,
/// broken nesting); the tree then loses scripts, styles, frames, forms, media, images, the head,
/// comments (Word's conditional comments too) and processing instructions, and every attribute
/// but those that carry formatting: `style`, a safe `href` on links, list numbering and table
/// spans. Word's fake list paragraphs (a bullet drawn as text) become real `<ul>`/`<ol>` lists.
/// What comes out is serialised HTML that loads nothing by itself except what `style` names.
class HtmlSanitizer
{
public:
    /// The cleaned document as HTML; empty when there was nothing to parse.
    static QString sanitize(const QString &html);
    /// The same for UTF-8 bytes (any charset the HTML declares is ignored).
    static QString sanitizeUtf8(QByteArrayView utf8);

    /// `href` as a fully encoded URL when a reader can follow it safely (http or https with a
    /// host, mailto, tel); otherwise empty. Tabs and line breaks inside are dropped first, as
    /// browsers do, so "java&#9;script:" is caught.
    static QString safeLink(const QString &href);
};
