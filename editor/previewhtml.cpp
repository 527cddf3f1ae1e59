// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewhtml.h"

#include <QTextBlock>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView endAnchorName("Lend");

// The body sits in the template's <div class="body">, and cmark writes no <div> of its own (raw
// HTML is omitted), so the first </div> after the last source anchor closes the body. An empty
// anchor names the text after it: here, the first words after the body.
// TODO(renderer): an end-of-body anchor from ArticleRenderer would make this unnecessary.
void markBodyEnd(QString &html)
{
    const qsizetype lastAnchor = html.lastIndexOf(u"<a name=\"L"_s);
    const qsizetype end = lastAnchor < 0 ? -1 : html.indexOf(u"</div>"_s, lastAnchor);
    if (end >= 0)
        html.insert(end, u"<a name=\""_s + endAnchorName + u"\"></a>"_s);
}

} // namespace

QString PreviewHtml::page(const RenderInput &input, PageOptions options)
{
    options.sourcePositions = true;
    options.forExport = false; // the article's images stay "copydesk-image:ID" for the browser
    QString html = ArticleRenderer::page(input, options);
    markBodyEnd(html);
    return html;
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
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor())
                continue;
            for (const QString &name : format.anchorNames()) {
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
