// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefile.h"

#include "types.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArticleFile)
};

// Line 1 of the file is the opening `---`, so front-matter line 0 is file line 2.
constexpr int frontMatterFirstLine = 2;

StorageError invalid(int line, const QString &what)
{
    return StorageError{StorageError::Kind::Invalid,
                        line > 0 ? Tr::tr("line %1: %2").arg(QString::number(line), what) : what,
                        QStringLiteral("article file")};
}

QString statusKeys()
{
    QStringList keys;
    for (const auto statuses = allStatuses(); ArticleStatus status : statuses)
        keys << statusKey(status);
    return keys.join(QLatin1StringView(", "));
}

bool isClosingLine(QStringView line)
{
    return line.trimmed() == QLatin1StringView("---") && !line.startsWith(u' ');
}

// Characters YAML cannot carry in a plain scalar, or that a reader might silently strip.
bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20) || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0xFEFF || u == 0xFFFE
        || u == 0xFFFF;
}

bool needsQuotes(const QString &s, bool inFlow)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return true;
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(s.front()))
        return true;
    if (s.contains(QLatin1StringView(": ")) || s.contains(QLatin1StringView(" #")) || s.endsWith(u':'))
        return true;
    if (std::any_of(s.cbegin(), s.cend(), needsEscape))
        return true;
    // '?' too: yaml-cpp reads "a? b" in a flow list as a mapping key (found by tests/fuzz).
    if (inFlow && std::any_of(s.cbegin(), s.cend(), [](QChar c) { return QStringView(u",[]{}:#?").contains(c); }))
        return true;
    static const QStringList nulls{QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                   QStringLiteral("NULL")};
    return nulls.contains(s);
}

QString scalar(const QString &s, bool inFlow = false)
{
    if (!needsQuotes(s, inFlow))
        return s;
    QString quoted = QStringLiteral("\"");
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'\\':
            quoted += QLatin1StringView("\\\\");
            break;
        case u'"':
            quoted += QLatin1StringView("\\\"");
            break;
        case u'\n':
            quoted += QLatin1StringView("\\n");
            break;
        case u'\t':
            quoted += QLatin1StringView("\\t");
            break;
        case u'\r':
            quoted += QLatin1StringView("\\r");
            break;
        default:
            if (needsEscape(c))
                quoted += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + u'"';
}

QString fromYaml(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Result<QString> textValue(const YAML::Node &node, const QString &key, int line)
{
    if (node.IsNull())
        return QString();
    if (node.IsScalar())
        return fromYaml(node.Scalar());
    return invalid(line, Tr::tr("'%1' must be text, not a list or a mapping").arg(key));
}

Result<QStringList> listValue(const YAML::Node &node, const QString &key, int line)
{
    if (node.IsNull())
        return QStringList();
    if (node.IsScalar()) // one name written without brackets
        return node.Scalar().empty() ? QStringList() : QStringList{fromYaml(node.Scalar())};
    if (!node.IsSequence())
        return invalid(line, Tr::tr("'%1' must be a list of names").arg(key));
    QStringList items;
    for (const YAML::Node &item : node) {
        if (!item.IsScalar())
            return invalid(line, Tr::tr("'%1' must be a list of names, each one plain text").arg(key));
        items << fromYaml(item.Scalar());
    }
    return items;
}

Result<QDateTime> dateValue(const YAML::Node &node, const QString &key, int line)
{
    auto text = textValue(node, key, line);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return QDateTime();
    const QDateTime parsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        return invalid(line,
                       Tr::tr("'%1' is not a date and time with a time-zone offset, such as "
                              "2024-05-01T09:30:00+02:00: '%2'")
                           .arg(key, *text));
    }
    return parsed.toUTC();
}

QString writeDate(const QDateTime &utc)
{
    return utc.toUTC().toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

// A file without front matter: a first line "# Heading" is the headline, the rest the body.
void readBareBody(const QString &text, ArticleFile &file)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == u'\n')
        ++start;
    const qsizetype end = text.indexOf(u'\n', start);
    const QStringView first = QStringView(text).mid(start, end < 0 ? -1 : end - start);
    if (!first.startsWith(QLatin1StringView("# "))) {
        file.body = text;
        file.warnings << Tr::tr("the file has no front matter: all of it became the body");
        return;
    }
    QString headline = first.mid(2).trimmed().toString();
    // CommonMark's optional closing sequence: "# Title ##".
    static const QRegularExpression closing(QStringLiteral("\\s+#+$"));
    headline.remove(closing);
    // As front matter would read it: yaml-cpp drops U+FEFF from values, so keeping it here would
    // make the file read back differently once written (found by tests/fuzz).
    headline.remove(QChar(0xFEFF));
    file.headline = headline;
    qsizetype bodyStart = end < 0 ? text.size() : end + 1;
    if (bodyStart < text.size() && text.at(bodyStart) == u'\n')
        ++bodyStart;
    file.body = text.mid(bodyStart);
    file.warnings << Tr::tr("the file has no front matter: its first heading became the headline");
}

struct Entry {
    QString key;
    int line = 0; // in the front matter, from 0
    YAML::Node value;
};

Result<std::vector<Entry>> entries(const std::string &frontMatter)
{
    YAML::Node root;
    try {
        root = YAML::Load(frontMatter);
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + frontMatterFirstLine;
        return invalid(line, Tr::tr("the front matter is not valid YAML (%1)").arg(fromYaml(e.msg)));
    }
    std::vector<Entry> found;
    if (root.IsNull())
        return found;
    if (!root.IsMap())
        return invalid(frontMatterFirstLine, Tr::tr("the front matter must be 'key: value' lines"));
    for (auto it = root.begin(); it != root.end(); ++it) {
        const int line = it->first.Mark().line;
        if (!it->first.IsScalar()) {
            return invalid(line + frontMatterFirstLine,
                           Tr::tr("a front-matter key must be a single word, not a list or a mapping"));
        }
        const QString key = fromYaml(it->first.Scalar());
        if (std::any_of(found.cbegin(), found.cend(), [&](const Entry &e) { return e.key == key; }))
            return invalid(line + frontMatterFirstLine, Tr::tr("the key '%1' appears twice").arg(key));
        found.push_back(Entry{key, line, it->second});
    }
    // yaml-cpp keeps the file's order; if it ever did not, the verbatim blocks would be wrong, so
    // check rather than sort (assigning a YAML::Node writes through to the tree it refers to).
    const bool inOrder =
        std::is_sorted(found.cbegin(), found.cend(), [](const Entry &a, const Entry &b) { return a.line < b.line; });
    if (!inOrder)
        return invalid(frontMatterFirstLine, Tr::tr("the front matter could not be read in order"));
    return found;
}

// Which member each known key fills; knownKeys() gives the order they are written in.
template<typename T> using Fields = QHash<QString, T ArticleFile::*>;

Result<void> setKnown(ArticleFile &file, const Entry &entry)
{
    const int line = entry.line + frontMatterFirstLine;
    static const Fields<QString> texts{
        {QStringLiteral("headline"), &ArticleFile::headline},
        {QStringLiteral("dek"), &ArticleFile::dek},
        {QStringLiteral("section"), &ArticleFile::section},
        {QStringLiteral("slug"), &ArticleFile::slug},
        {QStringLiteral("dateline"), &ArticleFile::dateline},
        {QStringLiteral("status"), &ArticleFile::status},
        {QStringLiteral("hero_image"), &ArticleFile::heroImage},
        {QStringLiteral("hero_alt"), &ArticleFile::heroAlt},
        {QStringLiteral("hero_caption"), &ArticleFile::heroCaption},
        {QStringLiteral("hero_credit"), &ArticleFile::heroCredit},
        {QStringLiteral("attribution"), &ArticleFile::attribution},
        {QStringLiteral("source_url"), &ArticleFile::sourceUrl},
        {QStringLiteral("notes"), &ArticleFile::notes},
    };
    static const Fields<QStringList> lists{
        {QStringLiteral("byline"), &ArticleFile::byline},
        {QStringLiteral("tags"), &ArticleFile::tags},
    };
    static const Fields<QDateTime> dates{
        {QStringLiteral("published"), &ArticleFile::published},
        {QStringLiteral("scheduled"), &ArticleFile::scheduled},
    };
    if (entry.key == QLatin1StringView("dek_waived")) {
        auto value = textValue(entry.value, entry.key, line);
        if (!value)
            return value.error();
        const QString v = value->toLower();
        const bool yes = v == QLatin1StringView("true") || v == QLatin1StringView("yes");
        if (!yes && !v.isEmpty() && v != QLatin1StringView("false") && v != QLatin1StringView("no"))
            return invalid(line, Tr::tr("'dek_waived' must be true or false, not '%1'").arg(*value));
        file.dekWaived = yes;
    } else if (const auto member = lists.value(entry.key)) {
        auto value = listValue(entry.value, entry.key, line);
        if (!value)
            return value.error();
        file.*member = *value;
    } else if (const auto member = dates.value(entry.key)) {
        auto value = dateValue(entry.value, entry.key, line);
        if (!value)
            return value.error();
        file.*member = *value;
    } else if (const auto member = texts.value(entry.key)) {
        auto value = textValue(entry.value, entry.key, line);
        if (!value)
            return value.error();
        file.*member = *value;
    }
    if (!file.status.isEmpty() && !statusFromKey(file.status))
        return invalid(line, Tr::tr("unknown status '%1' (use one of: %2)").arg(file.status, statusKeys()));
    return {};
}

// yaml-cpp reads some lines as keys only beside others (a line without ':' after an empty value,
// found by tests/fuzz); kept verbatim, such a block would not read again when the file is written.
bool readsAloneAsKey(const QString &block, const QString &key)
{
    try {
        const YAML::Node node = YAML::Load(block.toStdString());
        return node.IsMap() && node.size() == 1 && node.begin()->first.IsScalar()
            && fromYaml(node.begin()->first.Scalar()) == key;
    } catch (const YAML::Exception &) {
        return false;
    }
}

Result<void> readFrontMatter(const QStringList &lines, ArticleFile &file)
{
    const QString frontMatter = lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
    auto found = entries(frontMatter.toStdString());
    if (!found)
        return found.error();
    const std::vector<Entry> &all = *found;
    for (size_t i = 0; i < all.size(); ++i) {
        const Entry &entry = all[i];
        if (ArticleFile::knownKeys().contains(entry.key)) {
            if (auto r = setKnown(file, entry); !r)
                return r;
            continue;
        }
        // An unknown key keeps every line up to the next key, without trailing blank lines.
        qsizetype end = i + 1 < all.size() ? all[i + 1].line : lines.size();
        while (end > entry.line + 1 && lines.at(end - 1).trimmed().isEmpty())
            --end;
        QString block;
        for (qsizetype l = entry.line; l < end; ++l)
            block += lines.at(l) + u'\n';
        if (!readsAloneAsKey(block, entry.key))
            return invalid(entry.line + frontMatterFirstLine, Tr::tr("the front matter must be 'key: value' lines"));
        file.extraFrontMatter += block;
        file.warnings << Tr::tr("line %1: unknown key '%2' kept")
                             .arg(QString::number(entry.line + frontMatterFirstLine), entry.key);
    }
    return {};
}

} // namespace

const QStringList &ArticleFile::knownKeys()
{
    // The order of the written file.
    static const QStringList keys{
        QStringLiteral("headline"),    QStringLiteral("dek"),          QStringLiteral("dek_waived"),
        QStringLiteral("section"),     QStringLiteral("slug"),         QStringLiteral("byline"),
        QStringLiteral("dateline"),    QStringLiteral("published"),    QStringLiteral("scheduled"),
        QStringLiteral("status"),      QStringLiteral("tags"),         QStringLiteral("hero_image"),
        QStringLiteral("hero_alt"),    QStringLiteral("hero_caption"), QStringLiteral("hero_credit"),
        QStringLiteral("attribution"), QStringLiteral("source_url"),   QStringLiteral("notes"),
    };
    return keys;
}

Result<ArticleFile> ArticleFile::parse(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    // Bytes that are not UTF-8 (a Latin-1 file, a damaged one) and NUL bytes become U+FFFD, so
    // everything else in the file is kept; the warning names the lines to look at. Line by line:
    // a line break is never part of a multi-byte sequence.
    QList<int> damagedLines;
    int lineNumber = 1;
    for (qsizetype start = 0; start <= data.size(); ++lineNumber) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = data.sliced(start, end - start);
        if (!line.isValidUtf8() || line.contains('\0'))
            damagedLines << lineNumber;
        start = end + 1;
    }

    QString text = QString::fromUtf8(data);
    // CRLF files read as LF, and so do the "\r\r\n" ends of a file converted twice: a CR before a
    // line break is never text, and keeping all but one would make every write read differently.
    static const QRegularExpression crBeforeBreak(QStringLiteral("\r+\n"));
    text.replace(crBeforeBreak, QStringLiteral("\n"));
    text.replace(QChar(u'\0'), QChar::ReplacementCharacter);

    ArticleFile file;
    if (!damagedLines.isEmpty()) {
        QStringList numbers;
        for (const auto items = std::as_const(damagedLines).first(std::min<qsizetype>(damagedLines.size(), 10));
             const int n : items)
            numbers << QString::number(n);
        file.warnings << Tr::tr("line(s) %1: bytes that are not UTF-8 text were replaced with \uFFFD")
                             .arg(numbers.join(QLatin1StringView(", "))
                                  + (damagedLines.size() > 10 ? QStringLiteral(", …") : QString()));
    }
    const qsizetype firstEnd = text.indexOf(u'\n');
    if (!isClosingLine(QStringView(text).first(firstEnd < 0 ? text.size() : firstEnd))) {
        readBareBody(text, file);
        return file;
    }

    QStringList frontMatter;
    qsizetype pos = firstEnd < 0 ? text.size() : firstEnd + 1;
    bool closed = false;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).sliced(pos, end - pos);
        pos = end + 1;
        if (isClosingLine(line)) {
            closed = true;
            break;
        }
        frontMatter << line.toString();
    }
    if (!closed)
        return invalid(1, Tr::tr("the front matter that starts here has no closing '---' line"));
    if (auto r = readFrontMatter(frontMatter, file); !r)
        return r.error();

    // The blank line written after the closing `---` belongs to neither.
    if (pos < text.size() && text.at(pos) == u'\n')
        ++pos;
    file.body = pos < text.size() ? text.sliced(pos) : QString();
    return file;
}

QByteArray ArticleFile::toBytes() const
{
    QString out = QStringLiteral("---\n");
    auto text = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            out += QLatin1StringView(key) + QLatin1StringView(": ") + scalar(value) + u'\n';
    };
    auto list = [&](const char *key, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList items;
        for (const QString &value : values)
            items << scalar(value, true);
        out += QLatin1StringView(key) + QLatin1StringView(": [") + items.join(QLatin1StringView(", "))
            + QLatin1StringView("]\n");
    };
    auto date = [&](const char *key, const QDateTime &value) {
        if (value.isValid())
            text(key, writeDate(value));
    };
    text("headline", headline);
    text("dek", dek);
    if (dekWaived)
        text("dek_waived", QStringLiteral("true"));
    text("section", section);
    text("slug", slug);
    list("byline", byline);
    text("dateline", dateline);
    date("published", published);
    date("scheduled", scheduled);
    text("status", status);
    list("tags", tags);
    text("hero_image", heroImage);
    text("hero_alt", heroAlt);
    text("hero_caption", heroCaption);
    text("hero_credit", heroCredit);
    text("attribution", attribution);
    text("source_url", sourceUrl);
    text("notes", notes);
    out += extraFrontMatter;
    if (!extraFrontMatter.isEmpty() && !extraFrontMatter.endsWith(u'\n'))
        out += u'\n';
    out += QLatin1StringView("---\n\n");
    out += body;
    return out.toUtf8();
}
