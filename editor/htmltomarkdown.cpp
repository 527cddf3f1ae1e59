// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltomarkdown.h"

#include "htmlsanitizer.h"

#include <QFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar::ObjectReplacementCharacter || c == QChar::ByteOrderMark;
}

// Nothing a paste names is ever loaded: no remote or local images, no style sheets.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Checked again here so that no HTML, sanitised or not, gets an unsafe link into the Markdown.
// A link with unbalanced parentheses would end early in Markdown.
QString markdownLink(const QString &href)
{
    QString encoded = HtmlSanitizer::safeLink(href);
    if (encoded.count(u'(') != encoded.count(u')'))
        encoded.replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
    return encoded;
}

// Walks the document's frames, blocks and fragments, writing CommonMark/GFM as it goes.
class MarkdownWriter
{
public:
    QString write(QTextFrame *root)
    {
        writeItems(root->begin());
        flushCode();
        return m_out;
    }
    /// True when the document had formatting or structure beyond paragraphs of words.
    bool hasStructure() const { return m_structured; }

private:
    enum class Kind { Text, ListItem };
    enum class Mode { Body, Heading, TableHeader, TableCell };
    enum class Marker { Link, Bold, Italic, Strike, Code };
    struct Style {
        QString href;
        QList<Marker> markers;
    };

    // Qt marks only the first paragraph of a <blockquote> with BlockQuoteLevel; every paragraph in
    // it gets equal left and right margins of 40 pixels a level, which inline styles rarely mimic.
    static int quoteLevel(const QTextBlockFormat &format)
    {
        constexpr double indent = 40;
        const double margin = format.leftMargin();
        const int level = int(margin / indent);
        if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0)
            return std::max(1, level);
        return margin == format.rightMargin() && margin == level * indent ? level : 0;
    }

    static QString quotePrefix(int level) { return u"> "_s.repeated(level); }

    void writeItems(QTextFrame::iterator it)
    {
        for (; !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(frame))
                    writeTable(table);
                else
                    writeItems(frame->begin());
            } else if (it.currentBlock().isValid()) {
                writeBlock(it.currentBlock());
            }
        }
    }

    void beginBlock(Kind kind, int quote)
    {
        if (!m_out.isEmpty()) {
            m_out += u'\n';
            if (kind != Kind::ListItem || m_lastKind != Kind::ListItem || quote != m_lastQuote)
                m_out += quotePrefix(std::min(quote, m_lastQuote)).trimmed() + u'\n';
        }
        m_lastKind = kind;
        m_lastQuote = quote;
        if (kind != Kind::ListItem) {
            m_listColumns.clear();
            m_listOrdered.clear();
        }
    }

    void writeBlock(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const int quote = quoteLevel(format);
        const QString text = block.text();
        if (format.nonBreakableLines()) {
            if (!m_code.isEmpty() && quote != m_codeQuote)
                flushCode();
            m_codeQuote = quote;
            m_code += QString(text).replace(QChar::LineSeparator, u'\n').remove(QChar::ObjectReplacementCharacter);
            return;
        }
        flushCode();
        qsizetype from = 0;
        while (from < text.size() && isBlank(text.at(from)))
            ++from;
        const QString prefix = quotePrefix(quote);
        m_structured = m_structured || quote > 0;
        if (from < text.size() && block.textList()) {
            writeListItem(block, from, quote);
        } else if (from < text.size()) {
            beginBlock(Kind::Text, quote);
            const int heading = format.headingLevel();
            m_out += prefix;
            if (heading > 0) {
                // The headline is the article's only first-level heading.
                m_out += QString(std::clamp(heading, 2, 6), u'#') + u' ';
                m_structured = true;
            }
            m_out += inlineMarkdown(block, from, prefix, heading > 0 ? Mode::Heading : Mode::Body);
        }
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            beginBlock(Kind::Text, quote);
            m_out += prefix + u"---"_s;
            m_structured = true;
        }
    }

    void writeListItem(const QTextBlock &block, qsizetype from, int quote)
    {
        const QTextList *list = block.textList();
        int level = std::max(1, list->format().indent());
        const bool ordered = list->format().style() <= QTextListFormat::ListDecimal;
        const int number = list->format().start() + list->itemNumber(block);
        // A list of the other kind right after a list is a list of its own: a blank line between.
        if (m_lastKind == Kind::ListItem && level == 1 && !m_listOrdered.isEmpty() && m_listOrdered.first() != ordered)
            m_lastKind = Kind::Text;
        beginBlock(Kind::ListItem, quote);
        // A nested item needs a parent to nest in, or its indentation would make it code.
        level = std::min<int>(level, m_listColumns.size() + 1);
        m_listColumns.resize(level - 1);
        m_listOrdered.resize(level - 1);
        m_listOrdered.append(ordered);
        const int lead = level > 1 ? m_listColumns.last() : 0;
        const QString marker = ordered ? QString::number(number) + u". "_s : u"- "_s;
        m_listColumns.append(lead + marker.size());
        const QString prefix = quotePrefix(quote);
        m_out += prefix + QString(lead, u' ') + marker
            + inlineMarkdown(block, from, prefix + QString(lead + marker.size(), u' '), Mode::Body);
        m_structured = true;
    }

    void flushCode()
    {
        QString code = m_code.join(u'\n');
        m_code.clear();
        while (!code.isEmpty() && code.back().isSpace())
            code.chop(1);
        if (code.trimmed().isEmpty())
            return;
        qsizetype longest = 0;
        for (qsizetype i = 0, run = 0; i < code.size(); ++i) {
            run = code.at(i) == u'`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
        const QString prefix = quotePrefix(m_codeQuote);
        beginBlock(Kind::Text, m_codeQuote);
        m_out += prefix + fence + u'\n';
        for (const auto lines = code.split(u'\n'); const QString &line : lines)
            m_out += prefix + line + u'\n';
        m_out += prefix + fence;
        m_structured = true;
    }

    // A table of data becomes a GFM table; a table used for page layout gives up its contents.
    void writeTable(QTextTable *table)
    {
        bool data = table->rows() >= 2 && table->columns() >= 2;
        for (int r = 0; data && r < table->rows(); ++r) {
            for (int c = 0; data && c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                int blocks = 0;
                for (auto it = cell.begin(); data && !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    data = !it.currentFrame() && !block.textList() && block.blockFormat().headingLevel() == 0
                        && ++blocks == 1;
                }
            }
        }
        if (!data) {
            for (int r = 0; r < table->rows(); ++r) {
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() == r && cell.column() == c)
                        writeItems(cell.begin());
                }
            }
            return;
        }
        flushCode();
        beginBlock(Kind::Text, 0);
        for (int r = 0; r < table->rows(); ++r) {
            QString line = u"|"_s;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const bool origin = cell.row() == r && cell.column() == c;
                const QString text = origin
                    ? inlineMarkdown(cell.begin().currentBlock(), 0, {}, r == 0 ? Mode::TableHeader : Mode::TableCell)
                    : QString();
                line += u' ' + text + u" |"_s;
            }
            m_out += line + u'\n';
            if (r == 0)
                m_out += u"|"_s + u" --- |"_s.repeated(table->columns()) + u'\n';
        }
        m_out.chop(1);
        m_structured = true;
    }

    static Style styleOf(const QTextFragment &fragment, Mode mode)
    {
        const QTextCharFormat format = fragment.charFormat();
        Style style;
        if (format.isAnchor())
            style.href = markdownLink(format.anchorHref());
        if (!style.href.isEmpty())
            style.markers += Marker::Link;
        // Headings and table headers are bold by themselves.
        if (mode == Mode::Body || mode == Mode::TableCell) {
            if (format.fontWeight() >= QFont::DemiBold)
                style.markers += Marker::Bold;
        }
        if (format.fontItalic())
            style.markers += Marker::Italic;
        if (format.fontStrikeOut())
            style.markers += Marker::Strike;
        bool monospace = format.fontFixedPitch();
        for (const auto families = format.fontFamilies().toStringList(); const QString &family : families)
            monospace = monospace || family.contains(u"mono"_s, Qt::CaseInsensitive)
                || family.contains(u"courier"_s, Qt::CaseInsensitive);
        if (monospace && !fragment.text().contains(u'`'))
            style.markers += Marker::Code;
        return style;
    }

    static QString opener(Marker marker)
    {
        switch (marker) {
        case Marker::Link:
            return u"["_s;
        case Marker::Bold:
            return u"**"_s;
        case Marker::Italic:
            return u"*"_s;
        case Marker::Strike:
            return u"~~"_s;
        case Marker::Code:
            return u"`"_s;
        }
        return {};
    }

    // Inline Markdown for the block's text from `from`. Markers open just before the first visible
    // character they cover and close just after the last, so "**bold **" never happens.
    QString inlineMarkdown(const QTextBlock &block, qsizetype from, const QString &breakPrefix, Mode mode)
    {
        const QString text = block.text();
        qsizetype end = text.size();
        while (end > from && isBlank(text.at(end - 1)))
            --end;
        QString out;
        QList<Marker> open;
        QString openHref;
        QString pendingSpace;
        qsizetype lineFirst = -1; // first visible character of the current line
        const auto closeFrom = [&](qsizetype keep) {
            for (qsizetype m = open.size() - 1; m >= keep; --m)
                out += open.at(m) == Marker::Link ? u"]("_s + openHref + u')' : opener(open.at(m));
            open.resize(keep);
        };
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().isImageFormat())
                continue;
            const Style style = styleOf(fragment, mode);
            const qsizetype start = fragment.position() - block.position();
            for (qsizetype i = std::max(start, from); i < std::min(start + fragment.length(), end); ++i) {
                const QChar c = text.at(i);
                if (c == QChar::LineSeparator && mode == Mode::Body) {
                    pendingSpace.clear();
                    out += u"\\\n"_s + breakPrefix;
                    lineFirst = -1;
                    continue;
                }
                if (isBlank(c)) {
                    if (lineFirst >= 0 && c != QChar::ObjectReplacementCharacter && c != QChar::ByteOrderMark)
                        pendingSpace = c == u'\t' ? u"\t"_s : u" "_s; // a removed image leaves two spaces
                    continue;
                }
                qsizetype same = 0;
                while (same < open.size() && same < style.markers.size() && open.at(same) == style.markers.at(same)
                       && (open.at(same) != Marker::Link || openHref == style.href))
                    ++same;
                closeFrom(same);
                out += pendingSpace;
                pendingSpace.clear();
                for (qsizetype m = same; m < style.markers.size(); ++m) {
                    out += opener(style.markers.at(m));
                    open += style.markers.at(m);
                    m_structured = m_structured || style.markers.at(m) != Marker::Code;
                }
                openHref = style.href;
                if (lineFirst < 0)
                    lineFirst = i;
                if (!open.isEmpty() && open.last() == Marker::Code)
                    out += c;
                else
                    appendEscaped(out, text, i, lineFirst, mode);
            }
        }
        closeFrom(0);
        return out;
    }

    static void appendEscaped(QString &out, const QString &text, qsizetype i, qsizetype lineFirst, Mode mode)
    {
        const QChar c = text.at(i);
        const QChar prev = i > 0 ? text.at(i - 1) : u' ';
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : u' ';
        bool escape = false;
        if (mode == Mode::Body && i == lineFirst) {
            escape = QStringView(u"#>-+=").contains(c);
        } else if (mode == Mode::Body && (c == u'.' || c == u')') && i - lineFirst <= 9) {
            escape = true; // "1." at the start of a line would begin a list
            for (qsizetype k = lineFirst; k < i; ++k)
                escape = escape && text.at(k).isDigit();
        }
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'[':
        case u']':
        case u'~':
            escape = true;
            break;
        case u'*':
            escape = escape || !(prev.isSpace() && next.isSpace());
            break;
        case u'_': // snake_case stays as it is: intraword '_' never emphasises
            escape = escape || !(prev.isLetterOrNumber() && next.isLetterOrNumber());
            break;
        case u'<':
            escape = next.isLetter() || next == u'/' || next == u'!' || next == u'?';
            break;
        case u'|':
            escape = mode == Mode::TableHeader || mode == Mode::TableCell;
            break;
        case u'&': {
            qsizetype k = i + 1;
            while (k < text.size() && k - i < 32 && (text.at(k).isLetterOrNumber() || text.at(k) == u'#'))
                ++k;
            escape = k > i + 1 && k < text.size() && text.at(k) == u';';
            break;
        }
        default:
            break;
        }
        if (escape)
            out += u'\\';
        out += c;
    }

    QString m_out;
    Kind m_lastKind = Kind::Text;
    int m_lastQuote = 0;
    QList<int> m_listColumns; // the content column of the open item at each level
    QList<bool> m_listOrdered;
    QStringList m_code;
    int m_codeQuote = 0;
    bool m_structured = false;
};

} // namespace

HtmlToMarkdown::Output HtmlToMarkdown::convert(const QString &html)
{
    InertDocument document;
    document.setHtml(html);
    MarkdownWriter writer;
    Output output;
    output.markdown = writer.write(document.rootFrame());
    output.structured = writer.hasStructure();
    return output;
}
