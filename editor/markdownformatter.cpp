// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownformatter.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'\u2019';
}

bool isMarkerChar(QChar c)
{
    return c == u'*' || c == u'_';
}

// The word around `pos` (relative to the block), without quotes at its edges; empty when none.
std::pair<int, int> wordAround(const QString &text, int pos)
{
    int start = pos;
    int end = pos;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    while (start < end && !text.at(start).isLetterOrNumber())
        ++start;
    while (end > start && !text.at(end - 1).isLetterOrNumber() && !text.at(end - 1).isMark())
        --end;
    return {start, end};
}

// The blocks a cursor covers; a selection ending at the start of a line doesn't take that line.
QList<QTextBlock> coveredBlocks(const QTextCursor &cursor)
{
    const QTextDocument *document = cursor.document();
    const QTextBlock first = document->findBlock(cursor.selectionStart());
    QTextBlock last = document->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    QList<QTextBlock> blocks;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        blocks += block;
        if (block == last)
            break;
    }
    return blocks;
}

void replace(const QTextBlock &block, int from, int length, const QString &with)
{
    QTextCursor edit(block);
    edit.setPosition(block.position() + from);
    edit.setPosition(block.position() + from + length, QTextCursor::KeepAnchor);
    if (with.isEmpty())
        edit.removeSelectedText();
    else
        edit.insertText(with);
}

// ---- emphasis ----------------------------------------------------------------------------------

// One pair of matching marker runs around some text, `offset` characters out from it.
struct Layer {
    QChar marker;
    int count;
    int offset;
};

// A stretch of one block to emphasise: [start, end) relative to the block, and the marker runs
// that already surround it, innermost first.
struct Span {
    QTextBlock block;
    int start;
    int end;
    QList<Layer> layers;

    const Layer *find(bool bold) const
    {
        for (const Layer &layer : layers) {
            if (bold ? layer.count >= 2 : layer.count % 2 == 1)
                return &layer;
        }
        return nullptr;
    }
};

QList<std::pair<QChar, int>> runs(const QString &text, int from, int step)
{
    QList<std::pair<QChar, int>> found;
    for (int i = step < 0 ? from - 1 : from; i >= 0 && i < text.size() && isMarkerChar(text.at(i)); i += step) {
        if (!found.isEmpty() && found.last().first == text.at(i))
            ++found.last().second;
        else
            found.append({text.at(i), 1});
    }
    return found;
}

Span analyse(const QTextBlock &block, int start, int end)
{
    const QString text = block.text();
    int coreStart = start;
    int coreEnd = end;
    while (coreStart < coreEnd && isMarkerChar(text.at(coreStart)))
        ++coreStart;
    while (coreEnd > coreStart && isMarkerChar(text.at(coreEnd - 1)))
        --coreEnd;
    if (coreStart == coreEnd && start != end) { // only markers selected: leave them be
        coreStart = start;
        coreEnd = end;
    }
    Span span{block, coreStart, coreEnd, {}};
    const auto left = runs(text, coreStart, -1);
    const auto right = runs(text, coreEnd, 1);
    int offset = 0;
    for (qsizetype k = 0; k < std::min(left.size(), right.size()) && left.at(k).first == right.at(k).first; ++k) {
        const int count = std::min(left.at(k).second, right.at(k).second);
        // snake_case_words: an '_' between letters is a character, not emphasis.
        const int outerLeft = coreStart - offset - count - 1;
        const int outerRight = coreEnd + offset + count;
        if (left.at(k).first == u'_'
            && ((outerLeft >= 0 && text.at(outerLeft).isLetterOrNumber())
                || (outerRight < text.size() && text.at(outerRight).isLetterOrNumber())))
            break;
        span.layers.append({left.at(k).first, count, offset});
        if (left.at(k).second != right.at(k).second)
            break;
        offset += count;
    }
    return span;
}

void toggleEmphasis(QTextCursor &cursor, bool bold)
{
    QTextDocument *document = cursor.document();
    const bool hadSelection = cursor.hasSelection();
    const int position = cursor.position();
    QList<Span> spans;
    if (hadSelection) {
        for (const auto items = coveredBlocks(cursor); const QTextBlock &block : items) {
            const QString text = block.text();
            int start = std::max(cursor.selectionStart() - block.position(), 0);
            int end = std::min<int>(cursor.selectionEnd() - block.position(), text.size());
            while (start < end && text.at(start).isSpace())
                ++start;
            while (end > start && text.at(end - 1).isSpace())
                --end;
            if (start < end)
                spans += analyse(block, start, end);
        }
    }
    if (spans.isEmpty()) {
        const QTextBlock block = document->findBlock(position);
        const auto [start, end] = wordAround(block.text(), position - block.position());
        spans += analyse(block, start, end);
    }
    const bool remove = std::all_of(spans.cbegin(), spans.cend(), [bold](const Span &s) { return s.find(bold); });
    const int width = bold ? 2 : 1;
    const QString marker(width, u'*');

    cursor.beginEditBlock();
    QList<QTextCursor> cores; // in reverse order; live cursors follow the edits made before them
    int shift = 0; // how far the first span's text moved
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        const Span &span = *it;
        const int base = span.block.position();
        const Layer *layer = span.find(bold);
        if (remove) {
            replace(span.block, span.end + layer->offset, width, {});
            replace(span.block, span.start - layer->offset - width, width, {});
            shift = -width;
        } else if (!layer) {
            replace(span.block, span.end, 0, marker);
            replace(span.block, span.start, 0, marker);
            shift = width;
        } else {
            shift = 0;
        }
        QTextCursor core(document);
        core.setPosition(base + span.start + shift);
        core.setPosition(base + span.end + shift, QTextCursor::KeepAnchor);
        cores.prepend(core);
    }
    cursor.endEditBlock();

    if (hadSelection) {
        cursor.setPosition(cores.first().selectionStart());
        cursor.setPosition(cores.last().selectionEnd(), QTextCursor::KeepAnchor);
    } else if (cores.first().hasSelection()) {
        cursor.setPosition(position + shift); // the cursor stays where it was in the word
    } else {
        cursor.setPosition(cores.first().position());
    }
}

// ---- lines -------------------------------------------------------------------------------------

// Where a line's content starts after its block-quote markers.
int afterQuote(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i) == u'>') {
        ++i;
        if (i < text.size() && text.at(i) == u' ')
            ++i;
    }
    return i;
}

struct Prefix {
    int start = 0;
    int length = 0;
};

Prefix headingPrefix(const QString &text, int *level)
{
    const int start = afterQuote(text);
    int i = start;
    while (i < text.size() && text.at(i) == u'#')
        ++i;
    *level = i - start;
    if (*level == 0 || *level > 6 || (i < text.size() && text.at(i) != u' ')) {
        *level = 0;
        return {start, 0};
    }
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    return {start, i - start};
}

enum class ListKind { None, Bullet, Numbered };

Prefix listPrefix(const QString &text, ListKind *kind)
{
    int start = afterQuote(text);
    while (start < text.size() && text.at(start) == u' ')
        ++start;
    int i = start;
    *kind = ListKind::None;
    if (i < text.size() && QStringView(u"-*+").contains(text.at(i))) {
        ++i;
        *kind = ListKind::Bullet;
    } else {
        while (i < text.size() && i - start < 9 && text.at(i).isDigit())
            ++i;
        if (i > start && i < text.size() && (text.at(i) == u'.' || text.at(i) == u')')) {
            ++i;
            *kind = ListKind::Numbered;
        }
    }
    if (*kind == ListKind::None || (i < text.size() && text.at(i) != u' ')) {
        *kind = ListKind::None;
        return {start, 0};
    }
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    return {start, i - start};
}

// The blocks a line operation acts on: the non-empty ones, or the one the cursor is on.
QList<QTextBlock> targetLines(const QTextCursor &cursor)
{
    const QList<QTextBlock> blocks = coveredBlocks(cursor);
    QList<QTextBlock> lines;
    for (const QTextBlock &block : blocks) {
        if (!block.text().trimmed().isEmpty())
            lines += block;
    }
    return lines.isEmpty() ? blocks.mid(0, 1) : lines;
}

void toggleList(QTextCursor &cursor, ListKind wanted)
{
    const QList<QTextBlock> lines = targetLines(cursor);
    const bool remove = std::all_of(lines.cbegin(), lines.cend(), [wanted](const QTextBlock &block) {
        ListKind kind;
        listPrefix(block.text(), &kind);
        return kind == wanted;
    });
    cursor.beginEditBlock();
    int number = 0;
    for (const QTextBlock &block : lines) {
        ListKind kind;
        const Prefix prefix = listPrefix(block.text(), &kind);
        const QString marker = remove    ? QString()
            : wanted == ListKind::Bullet ? u"- "_s
                                         : QString::number(++number) + u". "_s;
        replace(block, prefix.start, prefix.length, marker);
    }
    cursor.endEditBlock();
}

// Puts `text` in a paragraph of its own at the cursor and leaves the cursor on the line after it.
void insertParagraph(QTextCursor &cursor, const QString &text)
{
    QTextCursor at(cursor.document());
    at.setPosition(cursor.selectionEnd());
    const QTextBlock block = at.block();
    const int column = at.positionInBlock();
    const bool textBefore = !block.text().left(column).trimmed().isEmpty();
    const bool textAfter = !block.text().mid(column).trimmed().isEmpty();
    QString insertion;
    if (textBefore)
        insertion += u"\n\n"_s;
    else if (block.previous().isValid() && !block.previous().text().trimmed().isEmpty())
        insertion += u'\n';
    insertion += text;
    if (textAfter)
        insertion += u"\n\n"_s;
    else if (!block.next().isValid() || !block.next().text().trimmed().isEmpty())
        insertion += u'\n';

    cursor.beginEditBlock();
    at.insertText(insertion);
    if (!insertion.endsWith(u'\n'))
        at.movePosition(QTextCursor::NextBlock);
    cursor.endEditBlock();
    cursor.setPosition(at.position());
}

QString escapeLinkText(const QString &text)
{
    QString escaped;
    for (QChar c : text) {
        if (c == u'[' || c == u']' || c == u'\\')
            escaped += u'\\';
        escaped += c == QChar::ParagraphSeparator ? u' ' : c;
    }
    return escaped;
}

// Characters that would end a Markdown link destination early.
QString escapeUrl(QString url)
{
    return url.trimmed()
        .replace(u' ', u"%20"_s)
        .replace(u'(', u"%28"_s)
        .replace(u')', u"%29"_s)
        .replace(u'<', u"%3C"_s)
        .replace(u'>', u"%3E"_s);
}

} // namespace

void MarkdownFormatter::toggleBold(QTextCursor &cursor)
{
    toggleEmphasis(cursor, true);
}

void MarkdownFormatter::toggleItalic(QTextCursor &cursor)
{
    toggleEmphasis(cursor, false);
}

MarkdownLink MarkdownFormatter::linkAt(const QTextCursor &cursor)
{
    const QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
    const QString text = block.text();
    const int from = cursor.selectionStart() - block.position();
    const int to = cursor.selectionEnd() - block.position();
    static const QRegularExpression pattern(uR"(\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\))"_s);
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool image = match.capturedStart() > 0 && text.at(match.capturedStart() - 1) == u'!';
        if (!image && match.capturedStart() <= from && to <= match.capturedEnd()) {
            static const QRegularExpression escape(uR"(\\(.))"_s);
            return {int(block.position() + match.capturedStart()), int(block.position() + match.capturedEnd()),
                    match.captured(1).replace(escape, u"\\1"_s), match.captured(2)};
        }
    }
    if (cursor.hasSelection())
        return {cursor.selectionStart(),
                cursor.selectionEnd(),
                cursor.selectedText().replace(QChar::ParagraphSeparator, u' '),
                {}};
    const auto [start, end] = wordAround(text, from);
    return {block.position() + start, block.position() + end, text.mid(start, end - start), {}};
}

void MarkdownFormatter::setLink(QTextCursor &cursor, const QString &url, const QString &text)
{
    const MarkdownLink target = linkAt(cursor);
    const QString words = text.isEmpty() ? url : text;
    const QString link = url.trimmed().isEmpty() ? words // an empty address takes the link away
                                                 : u'[' + escapeLinkText(words) + u"]("_s + escapeUrl(url) + u')';
    cursor.beginEditBlock();
    cursor.setPosition(target.start);
    cursor.setPosition(target.end, QTextCursor::KeepAnchor);
    cursor.insertText(link);
    cursor.endEditBlock();
}

void MarkdownFormatter::toggleHeading(QTextCursor &cursor, int level)
{
    const QList<QTextBlock> lines = targetLines(cursor);
    const bool remove = std::all_of(lines.cbegin(), lines.cend(), [level](const QTextBlock &block) {
        int current = 0;
        headingPrefix(block.text(), &current);
        return current == level;
    });
    cursor.beginEditBlock();
    for (const QTextBlock &block : lines) {
        int current = 0;
        const Prefix prefix = headingPrefix(block.text(), &current);
        replace(block, prefix.start, prefix.length, remove ? QString() : QString(level, u'#') + u' ');
    }
    cursor.endEditBlock();
}

void MarkdownFormatter::toggleQuote(QTextCursor &cursor)
{
    const QList<QTextBlock> blocks = coveredBlocks(cursor);
    const QList<QTextBlock> lines = targetLines(cursor);
    const bool remove = std::all_of(lines.cbegin(), lines.cend(),
                                    [](const QTextBlock &block) { return block.text().startsWith(u'>'); });
    cursor.beginEditBlock();
    for (const QTextBlock &block : blocks) {
        const QString text = block.text();
        if (remove && text.startsWith(u'>'))
            replace(block, 0, text.startsWith(u"> "_s) ? 2 : 1, {});
        else if (!remove && !text.startsWith(u'>'))
            replace(block, 0, 0, text.isEmpty() && blocks.size() > 1 ? u">"_s : u"> "_s); // one quote, not several
    }
    cursor.endEditBlock();
}

void MarkdownFormatter::toggleBulletList(QTextCursor &cursor)
{
    toggleList(cursor, ListKind::Bullet);
}

void MarkdownFormatter::toggleNumberedList(QTextCursor &cursor)
{
    toggleList(cursor, ListKind::Numbered);
}

void MarkdownFormatter::insertHorizontalRule(QTextCursor &cursor)
{
    insertParagraph(cursor, u"---"_s);
}

void MarkdownFormatter::insertImage(QTextCursor &cursor, const QString &altText, const QString &url)
{
    insertParagraph(cursor, u"!["_s + escapeLinkText(altText) + u"]("_s + escapeUrl(url) + u')');
}
