// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownbody.h"

#include "articlerenderer.h"
#include "imagerepository.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>
#include <vector>

namespace {

// The scheme as a browser would read it: leading controls and spaces dropped, tabs and line
// breaks inside ignored ("java\tscript:" is javascript:). Empty for a relative address.
QString schemeOf(QStringView url)
{
    QString scheme;
    for (QChar c : url) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (scheme.isEmpty() && c.unicode() <= 0x20)
            continue;
        if (c == u':')
            return scheme.toLower();
        const bool allowed =
            c.isLetter() || (!scheme.isEmpty() && (c.isDigit() || c == u'+' || c == u'-' || c == u'.'));
        if (!allowed || c.unicode() > 0x7F)
            return QString();
        scheme += c;
    }
    return QString();
}

bool isSafeLink(QStringView url)
{
    const QString scheme = schemeOf(url);
    return scheme.isEmpty() || scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")
        || scheme == QLatin1StringView("mailto");
}

struct ParserDeleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IterDeleter {
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

// An image the page may not show becomes an emphasised note in its place. Emphasis, unlike a
// custom node, is allowed everywhere an image is (table cells included).
void replaceWithNote(cmark_node *image)
{
    cmark_node *note = cmark_node_new(CMARK_NODE_EMPH);
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(
        text,
        MarkdownBody::tr("[Image not shown: the page shows only the article's own images.]").toUtf8().constData());
    cmark_node_append_child(note, text);
    cmark_node_insert_before(image, note);
    cmark_node_free(image); // unlinks it, and its alt text with it
}

// Quotes and lists nested deeper than any article needs are cut off: Qt's rich-text document
// takes minutes to lay out 10,000 nested quotes. The text stays in the body, untouched.
constexpr int maxNesting = 32;

void replaceWithCutOffNote(cmark_node *block)
{
    cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node *note = cmark_node_new(CMARK_NODE_EMPH);
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, MarkdownBody::tr("(nested too deeply to show)").toUtf8().constData());
    cmark_node_append_child(note, text);
    cmark_node_append_child(paragraph, note);
    if (!cmark_node_insert_before(block, paragraph))
        cmark_node_free(paragraph);
    cmark_node_free(block); // unlinks it, and all it holds
}

void addAnchor(cmark_node *block)
{
    const QByteArray html = QStringLiteral("<a name=\"%1\"></a>")
                                .arg(MarkdownBody::sourceAnchor(cmark_node_get_start_line(block)))
                                .toUtf8();
    const bool inlineParent =
        cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH || cmark_node_get_type(block) == CMARK_NODE_HEADING;
    cmark_node *anchor = cmark_node_new(inlineParent ? CMARK_NODE_CUSTOM_INLINE : CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(anchor, html.constData());
    const int added = inlineParent ? cmark_node_prepend_child(block, anchor) : cmark_node_insert_before(block, anchor);
    if (!added)
        cmark_node_free(anchor);
}

// Works on the tree rather than the HTML, so no clever spelling of a URL in the text can slip past.
// Nodes are changed after the walk: cmark's iterator must not see its tree rearranged.
void cleanTree(cmark_node *document, const MarkdownBody::Options &options)
{
    std::vector<cmark_node *> hiddenImages;
    std::vector<cmark_node *> anchored;
    std::vector<cmark_node *> tooDeep;
    int depth = 0; // of quotes, lists and list items
    int cutAt = 0; // the depth of the quote or list being cut off, 0 when none is
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        const bool nests = type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM;
        if (event == CMARK_EVENT_EXIT) {
            if (nests && depth-- == cutAt)
                cutAt = 0;
            continue;
        }
        if (nests && ++depth > maxNesting && cutAt == 0 && type != CMARK_NODE_ITEM) {
            cutAt = depth;
            tooDeep.push_back(node);
        }
        if (cutAt != 0)
            continue; // nothing in there is kept
        if (options.sourcePositions
            && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_CODE_BLOCK)) {
            anchored.push_back(node);
        }
        if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)
            continue;
        const char *raw = cmark_node_get_url(node);
        const QString url = QString::fromUtf8(raw ? raw : "");
        if (type == CMARK_NODE_LINK) {
            if (!isSafeLink(url))
                cmark_node_set_url(node, "");
            continue;
        }
        const qint64 imageId = ImageRepository::idFromUrl(url);
        if (imageId == 0) {
            hiddenImages.push_back(node);
        } else if (options.images == MarkdownBody::Images::Reference) {
            cmark_node_set_url(node, ImageRepository::imageUrl(imageId).toUtf8().constData());
        } else if (const auto image = options.resolve ? options.resolve(imageId) : std::nullopt) {
            cmark_node_set_url(node, ArticleRenderer::dataUri(image->first, image->second).toUtf8().constData());
        } else {
            hiddenImages.push_back(node);
        }
    }
    iter.reset();
    for (cmark_node *block : tooDeep)
        replaceWithCutOffNote(block);
    for (cmark_node *block : anchored)
        addAnchor(block);
    // Innermost first: an image inside another's alt text goes with its parent.
    for (auto image = hiddenImages.rbegin(); image != hiddenImages.rend(); ++image)
        replaceWithNote(*image);
}

// An anchor at the start of each table row's first cell. On the HTML, not the tree: cmark-gfm
// lets a cell hold no custom inline node. Safe to match: with raw HTML omitted, "<tr" in the
// output is only ever cmark's own tag, and data-sourcepos its own numbers.
QString withRowAnchors(const QString &html)
{
    static const QRegularExpression row(QStringLiteral("<tr data-sourcepos=\"(\\d+):[^\"]*\">\\s*<t[hd][^>]*>"));
    QString out;
    out.reserve(html.size() + html.size() / 16);
    qsizetype from = 0;
    for (auto it = row.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(html).sliced(from, match.capturedEnd() - from);
        out += QStringLiteral("<a name=\"%1\"></a>").arg(MarkdownBody::sourceAnchor(match.captured(1).toInt()));
        from = match.capturedEnd();
    }
    out += QStringView(html).sliced(from);
    return out;
}

} // namespace

QString MarkdownBody::toHtml(const QString &markdown, const Options &options)
{
    // Once, under C++'s guarded static initialisation: cmark-gfm's own flag is not thread-safe,
    // and the preview renders on a worker thread.
    static const bool registered = (cmark_gfm_core_extensions_ensure_registered(), true);
    Q_UNUSED(registered);
    // Not CMARK_OPT_UNSAFE: raw HTML in the body becomes "<!-- raw HTML omitted -->".
    const int cmarkOptions = CMARK_OPT_DEFAULT | (options.sourcePositions ? CMARK_OPT_SOURCEPOS : 0);
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(cmarkOptions));
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    cleanTree(document.get(), options);
    char *html = cmark_render_html(document.get(), cmarkOptions, cmark_parser_get_syntax_extensions(parser.get()));
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    if (options.sourcePositions) {
        result = withRowAnchors(result);
        result += QStringLiteral("<a name=\"%1\"></a>\n").arg(bodyEndAnchor());
    }
    return result;
}

QString MarkdownBody::sourceAnchor(int line)
{
    return QStringLiteral("L%1").arg(line);
}

QString MarkdownBody::bodyEndAnchor()
{
    return QStringLiteral("Lend");
}

bool MarkdownBody::isWebUrl(QStringView url)
{
    const QString scheme = schemeOf(url);
    return scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
}
