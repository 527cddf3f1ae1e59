// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerenderer.h"
#include "previewbrowser.h"

#include <QString>

class QThread;

/// The preview's page, made off the GUI thread: ArticleRenderer's page with source anchors (an
/// <a name="L<line>"> at the start of each body block) and the article's images left as
/// "copydesk-image:ID" for PreviewBrowser, parsed into a PreviewDocument.
class PreviewHtml
{
public:
    /// The page for `input`, with source positions, MarkdownBody's anchors for each body block
    /// and table row, and its end-of-body anchor.
    static QString page(const RenderInput &input, PageOptions options);

    /// The document for page(), with its anchors read, handed to `guiThread`. Runs on any thread.
    static PreviewDocument *document(const RenderInput &input, const PageOptions &options, QThread *guiThread);

    /// The body anchors in `document`, lines counted from 0, in document order; `bodyEnd` gets
    /// where the page after the body starts, or -1.
    static QList<SourceAnchor> sourceAnchors(const QTextDocument &document, int *bodyEnd = nullptr);
};
