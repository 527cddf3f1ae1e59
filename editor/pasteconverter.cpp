// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteconverter.h"

#include "htmlsanitizer.h"
#include "htmltomarkdown.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasteConverter)
};
} // namespace

QString PasteConverter::tooLargeMessage()
{
    return Tr::tr("This paste is larger than the %1 MB an article can hold, so nothing was pasted.")
        .arg(QLocale().toString(maxBytes / (qsizetype{1024} * 1024)));
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
        for (const auto items = source->urls(); const QUrl &url : items)
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
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() > maxBytes)
        return {{}, tooLargeMessage()};
    const HtmlToMarkdown::Output output = HtmlToMarkdown::convert(HtmlSanitizer::sanitizeUtf8(utf8));
    if (structured)
        *structured = output.structured;
    return {output.markdown, {}};
}

PasteResult PasteConverter::fromPlainText(const QString &text)
{
    // Every character is at least one byte of UTF-8: a paste longer than that is refused before
    // converting it (a 50 MB paste took a second of GUI thread to convert, only to be refused).
    if (text.size() > maxBytes || (text.size() > maxBytes / 3 && text.toUtf8().size() > maxBytes))
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
