// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>
#include <climits>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;

namespace {

std::string_view nameOf(const xmlNode *node)
{
    return node->name ? std::string_view(reinterpret_cast<const char *>(node->name)) : std::string_view();
}

const xmlChar *xml(const char *text)
{
    return reinterpret_cast<const xmlChar *>(text);
}

QString attribute(xmlNode *element, const char *name)
{
    xmlChar *value = xmlGetProp(element, xml(name));
    const QString text = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text;
}

QString textOf(xmlNode *node)
{
    xmlChar *value = xmlNodeGetContent(node);
    const QString text = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text;
}

// Gone with everything inside: code, anything that fetches or embeds, form controls (their
// labels are not the story's words), and what a page shows only without scripts or frames.
bool isDropped(std::string_view element)
{
    static constexpr std::array dropped = {
        "applet"sv,   "area"sv,     "audio"sv,     "base"sv,    "basefont"sv, "button"sv,   "canvas"sv, "datalist"sv,
        "embed"sv,    "frame"sv,    "frameset"sv,  "head"sv,    "iframe"sv,   "img"sv,      "input"sv,  "keygen"sv,
        "link"sv,     "math"sv,     "meta"sv,      "noembed"sv, "noframes"sv, "noscript"sv, "object"sv, "optgroup"sv,
        "option"sv,   "param"sv,    "plaintext"sv, "script"sv,  "select"sv,   "source"sv,   "style"sv,  "svg"sv,
        "template"sv, "textarea"sv, "title"sv,     "track"sv,   "video"sv,    "xmp"sv,
    };
    return std::ranges::find(dropped, element) != dropped.end();
}

// What the Markdown writer reads: word processors put bold, italics and typewriter faces in
// `style`; the rest number lists and span table cells.
bool isKept(std::string_view element, std::string_view attribute)
{
    if (attribute == "style")
        return true;
    if (element == "a")
        return attribute == "href";
    if (element == "ol")
        return attribute == "start" || attribute == "type";
    if (element == "ul")
        return attribute == "type";
    if (element == "li")
        return attribute == "value" || attribute == "type";
    if (element == "td" || element == "th")
        return attribute == "colspan" || attribute == "rowspan";
    if (element == "font")
        return attribute == "face";
    return false;
}

// A style that could fetch something (a background image, an old IE expression) is dropped whole.
bool isInertStyle(const QString &style)
{
    return !style.contains(u"url("_s, Qt::CaseInsensitive) && !style.contains(u"expression("_s, Qt::CaseInsensitive)
        && !style.contains(u"@import"_s, Qt::CaseInsensitive) && !style.contains(u'\\');
}

void cleanAttributes(xmlNode *element)
{
    const std::string_view name = nameOf(element);
    xmlAttr *attr = element->properties;
    while (attr) {
        xmlAttr *next = attr->next;
        const std::string_view attrName(reinterpret_cast<const char *>(attr->name));
        bool keep = !attr->ns && isKept(name, attrName);
        if (keep && attrName == "href") {
            const QByteArray link = HtmlSanitizer::safeLink(textOf(reinterpret_cast<xmlNode *>(attr))).toUtf8();
            keep = !link.isEmpty();
            if (keep)
                xmlSetProp(element, attr->name, xml(link.constData()));
        } else if (keep && attrName == "style") {
            keep = isInertStyle(textOf(reinterpret_cast<xmlNode *>(attr)));
        }
        if (!keep)
            xmlRemoveProp(attr);
        attr = next;
    }
}

// libxml2 before 2.14 reads Word's downlevel-revealed conditionals ("<![if !supportLists]>" …
// "<![endif]>") as text where a browser makes them comments. The markers go; the words between
// them are the fallback a browser shows, and stay.
void dropConditionalMarkers(xmlNode *text)
{
    if (!text->content)
        return;
    const std::string_view content(reinterpret_cast<const char *>(text->content));
    if (content.find("<!["sv) == std::string_view::npos)
        return;
    std::string kept;
    std::size_t at = 0;
    while (at < content.size()) {
        const std::size_t marker = content.find("<!["sv, at);
        if (marker == std::string_view::npos) {
            kept += content.substr(at);
            break;
        }
        kept += content.substr(at, marker - at);
        const std::string_view rest = content.substr(marker);
        const std::size_t end = rest.find("]>"sv);
        if (end != std::string_view::npos && (rest.starts_with("<![if"sv) || rest.starts_with("<![endif]>"sv))) {
            at = marker + end + 2;
        } else {
            kept += "<!["sv;
            at = marker + 3;
        }
    }
    xmlNodeSetContent(text, xml(kept.c_str()));
}

// The node after `node` and everything in it, in document order, never leaving `root`.
xmlNode *nextAfter(xmlNode *node, const xmlNode *root)
{
    for (; node && node != root; node = node->parent) {
        if (node->next)
            return node->next;
    }
    return nullptr;
}

void removeNode(xmlNode *node)
{
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

// Loops rather than recursion: a paste may nest elements thousands deep.
void removeUnwanted(xmlNode *root)
{
    xmlNode *node = root;
    while (node) {
        const bool element = node->type == XML_ELEMENT_NODE;
        if ((element && isDropped(nameOf(node))) || (!element && node->type != XML_TEXT_NODE)) {
            xmlNode *next = nextAfter(node, root);
            removeNode(node);
            node = next;
            continue;
        }
        if (element)
            cleanAttributes(node);
        else
            dropConditionalMarkers(node);
        node = node->children ? node->children : nextAfter(node, root);
    }
}

enum class Inside { Search, Skip };

// Matching elements in document order; with Inside::Skip none inside another match, so removing
// one match never frees another.
template<typename Predicate> std::vector<xmlNode *> elementsWhere(xmlNode *root, Inside inside, Predicate predicate)
{
    std::vector<xmlNode *> found;
    xmlNode *node = root;
    while (node) {
        const bool match = node->type == XML_ELEMENT_NODE && predicate(node);
        if (match)
            found.push_back(node);
        node = node->children && !(match && inside == Inside::Skip) ? node->children : nextAfter(node, root);
    }
    return found;
}

bool isParagraphOrHeading(const xmlNode *node)
{
    static constexpr std::array blocks = {"p"sv, "h1"sv, "h2"sv, "h3"sv, "h4"sv, "h5"sv, "h6"sv};
    return node && node->type == XML_ELEMENT_NODE && std::ranges::find(blocks, nameOf(node)) != blocks.end();
}

// Word ends paragraphs with <o:p>, which libxml2 reads as <p> (it drops the prefix). A paragraph
// can't hold a paragraph, so one found inside another gives up its contents to it.
void unwrapWordParagraphs(xmlNode *root)
{
    const auto inner = elementsWhere(root, Inside::Search, [](xmlNode *node) {
        return nameOf(node) == "p"sv && isParagraphOrHeading(node->parent);
    });
    for (xmlNode *paragraph : inner) {
        while (xmlNode *child = paragraph->children) {
            xmlUnlinkNode(child);
            xmlAddPrevSibling(paragraph, child);
        }
        removeNode(paragraph);
    }
}

struct WordItem {
    xmlNode *block;
    int level;
    bool ordered;
};

// "1." "a)" "iv." are numbers; "·" "o" "§" are bullets.
bool isNumber(const QString &bullet)
{
    qsizetype k = 0;
    while (k < bullet.size() && bullet.at(k).isLetterOrNumber())
        ++k;
    return k > 0 && k <= 6 && k < bullet.size() && (bullet.at(k) == u'.' || bullet.at(k) == u')');
}

// Word draws a list's bullet or number as text in <span style="mso-list:Ignore"> at the start of
// a paragraph whose style says "mso-list:l0 level2 lfo1". Takes the bullets out and notes the items.
std::vector<WordItem> takeWordBullets(xmlNode *root)
{
    static const QRegularExpression ignore(u"mso-list\\s*:\\s*ignore"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression level(u"mso-list\\s*:[^;]*level(\\d+)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto bullets =
        elementsWhere(root, Inside::Skip, [](xmlNode *node) { return attribute(node, "style").contains(ignore); });
    std::vector<WordItem> items;
    for (xmlNode *bullet : bullets) {
        xmlNode *block = bullet->parent;
        while (block && block->type == XML_ELEMENT_NODE && !isParagraphOrHeading(block) && nameOf(block) != "div"sv)
            block = block->parent;
        const QString ordinal = textOf(bullet).trimmed();
        // The bullet's wrappers (Word sets its font on one) would be left empty.
        xmlNode *wrapper = bullet->parent;
        removeNode(bullet);
        while (wrapper && wrapper != block && wrapper->type == XML_ELEMENT_NODE && !wrapper->children) {
            xmlNode *parent = wrapper->parent;
            removeNode(wrapper);
            wrapper = parent;
        }
        if (!block || block->type != XML_ELEMENT_NODE || (!items.empty() && items.back().block == block))
            continue;
        const QRegularExpressionMatch match = level.match(attribute(block, "style"));
        items.push_back({block, match.hasMatch() ? std::clamp(match.captured(1).toInt(), 1, 9) : 1, isNumber(ordinal)});
    }
    return items;
}

xmlNode *previousElement(xmlNode *node)
{
    for (node = node->prev; node; node = node->prev) {
        if (node->type == XML_ELEMENT_NODE)
            return node;
        if (!xmlIsBlankNode(node))
            return nullptr;
    }
    return nullptr;
}

// Consecutive items become one list, nested by level; a change from bullets to numbers (or back)
// at a level starts a new list there.
void makeWordLists(xmlDoc *doc, const std::vector<WordItem> &items)
{
    struct Open {
        int level;
        bool ordered;
        xmlNode *list;
        xmlNode *lastItem;
    };
    std::vector<Open> open;
    for (const WordItem &item : items) {
        if (!open.empty() && previousElement(item.block) != open.front().list)
            open.clear();
        while (!open.empty() && open.back().level > item.level)
            open.pop_back();
        if (!open.empty() && open.back().level == item.level && open.back().ordered != item.ordered)
            open.pop_back();
        if (open.empty() || open.back().level < item.level) {
            xmlNode *list = xmlNewDocNode(doc, nullptr, xml(item.ordered ? "ol" : "ul"), nullptr);
            if (open.empty())
                xmlAddPrevSibling(item.block, list);
            else
                xmlAddChild(open.back().lastItem, list);
            open.push_back({item.level, item.ordered, list, nullptr});
        }
        xmlNode *li = xmlNewChild(open.back().list, nullptr, xml("li"), nullptr);
        while (xmlNode *child = item.block->children) {
            xmlUnlinkNode(child);
            xmlAddChild(li, child);
        }
        open.back().lastItem = li;
        removeNode(item.block);
    }
}

QString serialise(xmlDoc *doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    xmlOutputBuffer *out = root ? xmlAllocOutputBuffer(nullptr) : nullptr;
    if (!out)
        return {};
    // No formatting: added line breaks would be words' spaces, or lines inside <pre>.
    htmlNodeDumpFormatOutput(out, doc, root, nullptr, 0);
    xmlOutputBufferFlush(out);
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(xmlOutputBufferGetContent(out)),
                                           qsizetype(xmlOutputBufferGetSize(out)));
    xmlOutputBufferClose(out);
    return html;
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &html)
{
    return sanitizeUtf8(html.toUtf8());
}

QString HtmlSanitizer::sanitizeUtf8(QByteArrayView utf8)
{
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
    if (utf8.isEmpty() || utf8.size() > INT_MAX)
        return {};
    // HUGE lifts libxml2's nesting limit of 256, past which it would silently drop the rest of
    // the text; the walks below loop rather than recurse, so depth costs nothing but memory.
    constexpr int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(utf8.data(), int(utf8.size()), nullptr, "UTF-8", options), &xmlFreeDoc);
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return {};
    removeUnwanted(xmlDocGetRootElement(doc.get()));
    if (xmlNode *root = xmlDocGetRootElement(doc.get())) {
        unwrapWordParagraphs(root);
        makeWordLists(doc.get(), takeWordBullets(root));
    }
    return serialise(doc.get());
}

QString HtmlSanitizer::safeLink(const QString &href)
{
    QString cleaned = href.trimmed();
    cleaned.remove(u'\t').remove(u'\n').remove(u'\r');
    const QUrl url(cleaned, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == u"http" || scheme == u"https";
    if (!url.isValid() || (web && url.host().isEmpty()) || !(web || scheme == u"mailto" || scheme == u"tel"))
        return {};
    return url.toString(QUrl::FullyEncoded);
}
