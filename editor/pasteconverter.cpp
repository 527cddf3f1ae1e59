// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteconverter.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasteConverter)
};

// Word writes list bullets as text inside <![if !supportLists]>. The pre-pass swaps that text for
// one private-use character that carries the level and the kind, so the writer makes a real item.
constexpr char16_t wordMarkerFirst = 0xE100;
constexpr int wordMaxLevel = 8;

bool isWordMarker(QChar c)
{
    return c.unicode() >= wordMarkerFirst && c.unicode() < wordMarkerFirst + 2 * wordMaxLevel;
}

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar::ObjectReplacementCharacter || c == QChar::ByteOrderMark;
}

// Removes what Qt's HTML parser gets wrong or what a paste must never carry. Qt tokenises the
// content of <script> and <style> as markup, so script text containing '<' leaks into the text;
// here those elements end only at their own end tag, as the HTML tokeniser's raw-text rule says.
class HtmlScrubber
{
public:
    explicit HtmlScrubber(QStringView html)
        : m_in(html)
    { }

    QString run()
    {
        m_out.reserve(m_in.size());
        qsizetype i = 0;
        while (i < m_in.size()) {
            const qsizetype lt = m_in.indexOf(u'<', i);
            if (lt < 0) {
                appendText(m_in.sliced(i));
                break;
            }
            appendText(m_in.sliced(i, lt - i));
            i = markup(lt);
        }
        return m_out;
    }

private:
    static bool startsWithAt(QStringView s, qsizetype at, QStringView what)
    {
        return s.sliced(at).startsWith(what, Qt::CaseInsensitive);
    }

    // Our private-use markers must only ever come from the pre-pass.
    void appendText(QStringView text)
    {
        for (QChar c : text) {
            if (!isWordMarker(c))
                m_out += c;
        }
    }

    // Handles the markup at `lt` and returns where the text continues.
    qsizetype markup(qsizetype lt)
    {
        const qsizetype n = m_in.size();
        if (startsWithAt(m_in, lt, u"<!--")) {
            const qsizetype end = m_in.indexOf(u"-->", lt + 4);
            return end < 0 ? n : end + 3;
        }
        if (startsWithAt(m_in, lt, u"<![if")
            && m_in.sliced(lt).left(64).contains(u"supportLists", Qt::CaseInsensitive)) {
            const qsizetype end = m_in.indexOf(u"<![endif]>", lt, Qt::CaseInsensitive);
            if (end < 0)
                return n;
            m_out += wordMarker(visibleText(m_in.sliced(lt, end - lt)));
            return end + 10;
        }
        if (startsWithAt(m_in, lt, u"<!") || startsWithAt(m_in, lt, u"<?")) {
            const qsizetype end = m_in.indexOf(u'>', lt);
            return end < 0 ? n : end + 1;
        }
        const bool endTag = startsWithAt(m_in, lt, u"</");
        const qsizetype nameStart = lt + (endTag ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(m_in.at(nameStart))) {
            m_out += u"&lt;"_s;
            return lt + 1;
        }
        const qsizetype close = tagEnd(nameStart);
        if (close < 0)
            return n;
        qsizetype nameEnd = nameStart;
        while (nameEnd < close
               && (m_in.at(nameEnd).isLetterOrNumber() || m_in.at(nameEnd) == u'-' || m_in.at(nameEnd) == u':'))
            ++nameEnd;
        const QString name = m_in.sliced(nameStart, nameEnd - nameStart).toString().toLower();
        const QStringView tag = m_in.sliced(lt, close + 1 - lt);
        if (!endTag) {
            static const QStringList rawText = {u"script"_s,   u"style"_s,    u"xmp"_s,      u"iframe"_s, u"noembed"_s,
                                                u"noframes"_s, u"noscript"_s, u"textarea"_s, u"title"_s};
            static const QStringList dropped = {u"template"_s, u"svg"_s, u"math"_s, u"select"_s, u"button"_s};
            if (name == u"plaintext")
                return n;
            // Qt hides everything after a <link> in the body; a <base> could aim relative links.
            if (name == u"link" || name == u"base")
                return close + 1;
            if (rawText.contains(name)) {
                const qsizetype end = endTagAfter(close + 1, name);
                return end < 0 ? n : end;
            }
            if (dropped.contains(name)) {
                const qsizetype end = tag.endsWith(u"/>") ? -1 : endTagAfter(close + 1, name);
                return end < 0 ? close + 1 : end;
            }
            noteWordListLevel(tag);
        }
        m_out += tag;
        return close + 1;
    }

    static bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

    // The '>' that ends the tag, skipping quoted attribute values; -1 when the tag never ends.
    qsizetype tagEnd(qsizetype from) const
    {
        for (qsizetype j = from; j < m_in.size(); ++j) {
            const QChar c = m_in.at(j);
            if (c == u'>')
                return j;
            if (c == u'=') {
                qsizetype v = j + 1;
                while (v < m_in.size() && m_in.at(v).isSpace())
                    ++v;
                if (v < m_in.size() && (m_in.at(v) == u'"' || m_in.at(v) == u'\'')) {
                    const qsizetype q = m_in.indexOf(m_in.at(v), v + 1);
                    if (q < 0)
                        return -1;
                    j = q;
                }
            }
        }
        return -1;
    }

    // Just past the end tag </name ...>, or -1.
    qsizetype endTagAfter(qsizetype from, const QString &name) const
    {
        while (true) {
            const qsizetype k = m_in.indexOf(u"</", from);
            if (k < 0)
                return -1;
            const qsizetype after = k + 2 + name.size();
            if (startsWithAt(m_in, k + 2, name)
                && (after >= m_in.size() || m_in.at(after).isSpace() || m_in.at(after) == u'/'
                    || m_in.at(after) == u'>')) {
                const qsizetype gt = m_in.indexOf(u'>', after);
                return gt < 0 ? m_in.size() : gt + 1;
            }
            from = k + 2;
        }
    }

    // Word puts the list level in the paragraph's style: "mso-list:l0 level2 lfo1".
    void noteWordListLevel(QStringView tag)
    {
        const qsizetype list = tag.indexOf(u"mso-list", 0, Qt::CaseInsensitive);
        const qsizetype level = list < 0 ? -1 : tag.indexOf(u"level", list, Qt::CaseInsensitive);
        m_wordLevel = 1;
        if (level >= 0 && level + 5 < tag.size() && tag.at(level + 5).isDigit())
            m_wordLevel = std::clamp(tag.at(level + 5).digitValue(), 1, wordMaxLevel);
    }

    static QString visibleText(QStringView markup)
    {
        QString text;
        bool inTag = false;
        for (QChar c : markup) {
            if (c == u'<' || c == u'>')
                inTag = c == u'<';
            else if (!inTag)
                text += c;
        }
        return text.replace(u"&nbsp;"_s, u" "_s).trimmed();
    }

    // "1." "a)" "iv." are numbers; "·" "o" "§" are bullets.
    QChar wordMarker(const QString &bullet) const
    {
        qsizetype k = 0;
        while (k < bullet.size() && bullet.at(k).isLetterOrNumber())
            ++k;
        const bool ordered = k > 0 && k <= 6 && k < bullet.size() && (bullet.at(k) == u'.' || bullet.at(k) == u')');
        return QChar(char16_t(wordMarkerFirst + 2 * (m_wordLevel - 1) + (ordered ? 1 : 0)));
    }

    QStringView m_in;
    QString m_out;
    int m_wordLevel = 1;
};

// Nothing a paste names is ever loaded: no remote or local images, no style sheets.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Only links a reader can follow safely survive; anything else keeps its words and loses the link.
QString safeHref(const QString &href)
{
    QString cleaned = href.trimmed();
    cleaned.remove(u'\t').remove(u'\n').remove(u'\r'); // as browsers do, so "java\tscript:" is caught
    const QUrl url(cleaned, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == u"http" || scheme == u"https";
    if (!url.isValid() || (web && url.host().isEmpty()) || !(web || scheme == u"mailto" || scheme == u"tel"))
        return {};
    QString encoded = url.toString(QUrl::FullyEncoded);
    if (encoded.count(u'(') != encoded.count(u')'))
        encoded.replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
    return encoded;
}

// Writes a QTextDocument as CommonMark/GFM. Qt's own toMarkdown() hard-wraps at 80 columns and
// leaves '_' and a leading '>' unescaped, which turns pasted words into formatting.
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
            m_wordNumbers.clear();
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
        int wordMarker = -1;
        if (from < text.size() && isWordMarker(text.at(from))) {
            wordMarker = text.at(from).unicode() - wordMarkerFirst;
            while (++from < text.size() && isBlank(text.at(from))) { }
        }
        const QString prefix = quotePrefix(quote);
        m_structured = m_structured || quote > 0;
        if (from < text.size() && (block.textList() || wordMarker >= 0)) {
            writeListItem(block, from, wordMarker, quote);
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

    void writeListItem(const QTextBlock &block, qsizetype from, int wordMarker, int quote)
    {
        int level = 1;
        bool ordered = false;
        int number = 1;
        if (const QTextList *list = block.textList()) {
            level = std::max(1, list->format().indent());
            ordered = list->format().style() <= QTextListFormat::ListDecimal;
            number = list->format().start() + list->itemNumber(block);
        } else {
            level = wordMarker / 2 + 1;
            ordered = wordMarker % 2 == 1;
        }
        // A list of the other kind starts a new list, numbered from one.
        if (m_lastKind == Kind::ListItem && level <= m_listOrdered.size() && m_listOrdered.at(level - 1) != ordered) {
            m_wordNumbers.resize(level - 1);
            if (level == 1)
                m_lastKind = Kind::Text;
        }
        beginBlock(Kind::ListItem, quote);
        // A nested item needs a parent to nest in, or its indentation would make it code.
        level = std::min<int>(level, m_listColumns.size() + 1);
        m_listColumns.resize(level - 1);
        m_wordNumbers.resize(level);
        m_listOrdered.resize(level - 1);
        m_listOrdered.append(ordered);
        if (!block.textList())
            number = ++m_wordNumbers[level - 1];
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
        for (const QString &line : code.split(u'\n'))
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
            style.href = safeHref(format.anchorHref());
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
        for (const QString &family : format.fontFamilies().toStringList())
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
    QList<int> m_wordNumbers;
    QList<bool> m_listOrdered;
    QStringList m_code;
    int m_codeQuote = 0;
    bool m_structured = false;
};

} // namespace

QString PasteConverter::tooLargeMessage()
{
    return Tr::tr("This paste is larger than the %1 MB an article can hold, so nothing was pasted.")
        .arg(QLocale().toString(maxBytes / (1024 * 1024)));
}

PasteResult PasteConverter::convert(const QMimeData *source)
{
    if (!source)
        return {};
    if (source->hasHtml()) {
        if (source->data(u"text/html"_s).size() > maxBytes)
            return {{}, tooLargeMessage()};
        bool structured = false;
        PasteResult result = fromHtml(source->html(), &structured);
        // Code editors and plain-text widgets offer HTML with nothing in it but words; their plain
        // text is then the better copy, and keeps any Markdown the user copied as Markdown.
        if (result.error.isEmpty() && !structured && source->hasText())
            return fromPlainText(source->text());
        return result;
    }
    if (source->hasText())
        return fromPlainText(source->text());
    if (source->hasImage())
        return {{}, Tr::tr("Pictures can't be pasted into the text. Use Insert Image, or set the hero image.")};
    if (source->hasUrls()) {
        QStringList lines;
        for (const QUrl &url : source->urls())
            lines += url.toString();
        return fromPlainText(lines.join(u'\n'));
    }
    return {};
}

PasteResult PasteConverter::fromHtml(const QString &html)
{
    return fromHtml(html, nullptr);
}

PasteResult PasteConverter::fromHtml(const QString &html, bool *structured)
{
    if (html.size() > maxBytes / 3 && html.toUtf8().size() > maxBytes)
        return {{}, tooLargeMessage()};
    InertDocument document;
    document.setHtml(HtmlScrubber(html).run());
    MarkdownWriter writer;
    PasteResult result{writer.write(document.rootFrame()), {}};
    if (structured)
        *structured = writer.hasStructure();
    return result;
}

PasteResult PasteConverter::fromPlainText(const QString &text)
{
    if (text.size() > maxBytes / 3 && text.toUtf8().size() > maxBytes)
        return {{}, tooLargeMessage()};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out += u'\n';
        } else if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f)) {
            out += c;
        }
    }
    return {out, {}};
}
