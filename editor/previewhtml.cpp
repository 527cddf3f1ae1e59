// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewhtml.h"

#include <QTextBlock>
#include <QThread>

QString PreviewHtml::page(const RenderInput &input, PageOptions options)
{
    options.sourcePositions = true;
    options.forExport = false; // the article's images stay "copydesk-image:ID" for the browser
    return ArticleRenderer::page(input, options);
}

PreviewDocument *PreviewHtml::document(const RenderInput &input, const PageOptions &options, QThread *guiThread)
{
    auto *document = new PreviewDocument;
    document->setUndoRedoEnabled(false);
    document->setHtml(page(input, options));
    int bodyEnd = -1;
    QList<SourceAnchor> anchors = sourceAnchors(*document, &bodyEnd);
    document->setSourceAnchors(std::move(anchors), bodyEnd);
    document->moveToThread(guiThread);
    return document;
}

QList<SourceAnchor> PreviewHtml::sourceAnchors(const QTextDocument &document, int *bodyEnd)
{
    QList<SourceAnchor> anchors;
    if (bodyEnd)
        *bodyEnd = -1;
    const QString endAnchorName = MarkdownBody::bodyEndAnchor();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor())
                continue;
            for (const auto names = format.anchorNames(); const QString &name : names) {
                if (name == endAnchorName) {
                    if (bodyEnd)
                        *bodyEnd = fragment.position();
                    continue;
                }
                // MarkdownBody::sourceAnchor(): "L" and the 1-based line.
                bool ok = false;
                const int line = name.startsWith(u'L') ? QStringView(name).sliced(1).toInt(&ok) : 0;
                if (ok && line > 0 && (anchors.isEmpty() || anchors.constLast().line < line - 1))
                    anchors.append({line - 1, fragment.position()});
            }
        }
    }
    return anchors;
}
