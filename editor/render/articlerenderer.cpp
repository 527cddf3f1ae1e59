// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerenderer.h"

#include "imagerepository.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <memory>

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

bool isSafeUrl(QStringView url)
{
    const QString scheme = schemeOf(url);
    return scheme.isEmpty() || scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")
        || scheme == QLatin1StringView("mailto");
}

bool isWebUrl(QStringView url)
{
    const QString scheme = schemeOf(url);
    return scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
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

// Blanks unsafe addresses and turns our own image URLs into data: URIs, on the tree rather than
// the HTML, so no clever spelling of a URL in the text can slip past.
void cleanUrls(cmark_node *document, const ArticleRenderer::ImageResolver &resolveImage)
{
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE))
            continue;
        const char *raw = cmark_node_get_url(node);
        const QString url = QString::fromUtf8(raw ? raw : "");
        if (const qint64 imageId = ImageRepository::idFromUrl(url); imageId != 0 && type == CMARK_NODE_IMAGE) {
            const auto image = resolveImage ? resolveImage(imageId) : std::nullopt;
            const QString resolved = image ? ArticleRenderer::dataUri(image->first, image->second) : QString();
            cmark_node_set_url(node, resolved.toUtf8().constData());
        } else if (!isSafeUrl(url)) {
            cmark_node_set_url(node, "");
        }
    }
}

QString paragraph(const char *cssClass, const QString &html)
{
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(QLatin1StringView(cssClass), html);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const pageStyle = "body{font-family:Georgia,'Times New Roman',serif;max-width:42em;margin:2em auto;"
                              "padding:0 1em;line-height:1.55;color:#1a1a1a}"
                              "h1{font-size:2.2em;line-height:1.15;margin:.2em 0}"
                              ".section{text-transform:uppercase;letter-spacing:.08em;font:bold .8em sans-serif;"
                              "color:#a00}"
                              ".dek{font-size:1.25em;color:#444}.meta,.bio,.tags,figcaption{font-family:sans-serif;"
                              "font-size:.85em;color:#555}"
                              "figure{margin:1.5em 0}figure img{max-width:100%;height:auto}"
                              ".credit{color:#888}.tags{list-style:none;padding:0}.tags li{display:inline-block;"
                              "margin-right:.5em;padding:.1em .6em;border:1px solid #ccc;border-radius:1em}"
                              "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}"
                              "img{max-width:100%}blockquote{border-left:3px solid #ccc;margin-left:0;"
                              "padding-left:1em;color:#444}";

// "de-DE" rather than bcp47Name()'s "de": the page says which country's conventions it follows.
QString languageTag(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("und");
    return locale.name().replace(u'_', u'-');
}

QDateTime pageDate(const Article &article)
{
    if (article.published.isValid())
        return article.published;
    if (article.scheduled.isValid())
        return article.scheduled;
    return article.updated;
}

QString dateHtml(const Article &article, const Publication &publication)
{
    const QDateTime when = pageDate(article);
    const QString dateline = article.dateline.isEmpty()
        ? QString()
        : QStringLiteral("<span class=\"dateline\">%1</span> ").arg(escaped(article.dateline));
    if (!when.isValid())
        return dateline.isEmpty() ? QString() : paragraph("meta", dateline.trimmed());
    const QLocale locale(publication.locale);
    QTimeZone zone(publication.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::UTC;
    const QDateTime local = when.toTimeZone(zone);
    const QString shown = ArticleRenderer::tr("%1, %2", "date, time")
                              .arg(locale.toString(local.date(), QLocale::LongFormat),
                                   locale.toString(local.time(), QLocale::ShortFormat));
    return paragraph("meta",
                     dateline
                         + QStringLiteral("<time datetime=\"%1\">%2</time>")
                               .arg(when.toUTC().toString(Qt::ISODate), escaped(shown)));
}

QString bylineHtml(const QList<Author> &authors, const QLocale &locale)
{
    if (authors.isEmpty())
        return QString();
    QStringList names;
    QString bios;
    for (const Author &author : authors) {
        names << escaped(author.displayName);
        if (!author.bio.isEmpty()) {
            bios += paragraph(
                "bio", QStringLiteral("<strong>%1</strong> %2").arg(escaped(author.displayName), escaped(author.bio)));
        }
    }
    return paragraph("byline", ArticleRenderer::tr("By %1").arg(locale.createSeparatedList(names))) + bios;
}

QString heroHtml(const RenderInput &input)
{
    const auto &hero = input.article.hero;
    if (!hero || input.heroData.isEmpty())
        return QString();
    QString html = QStringLiteral("<figure><img src=\"%1\" alt=\"%2\">")
                       .arg(ArticleRenderer::dataUri(input.heroData, hero->mimeType), escaped(hero->altText));
    if (!hero->caption.isEmpty() || !hero->credit.isEmpty()) {
        QString caption = escaped(hero->caption);
        if (!hero->credit.isEmpty()) {
            caption += (caption.isEmpty() ? QString() : QStringLiteral(" "))
                + QStringLiteral("<span class=\"credit\">%1</span>").arg(escaped(hero->credit));
        }
        html += QStringLiteral("<figcaption>%1</figcaption>").arg(caption);
    }
    return html + QStringLiteral("</figure>\n");
}

QString attributionHtml(const Article &article)
{
    const bool link = isWebUrl(article.sourceUrl);
    const QString href = escaped(article.sourceUrl);
    if (!article.attribution.isEmpty()) {
        const QString outlet = link ? QStringLiteral("<a href=\"%1\">%2</a>").arg(href, escaped(article.attribution))
                                    : escaped(article.attribution);
        return paragraph("attribution", ArticleRenderer::tr("First reported by %1.").arg(outlet));
    }
    if (link) {
        return paragraph("attribution",
                         ArticleRenderer::tr("Source: %1").arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(href)));
    }
    return QString();
}

} // namespace

QString ArticleRenderer::dataUri(const QByteArray &bytes, const QString &mimeType)
{
    static const QRegularExpression imageType(QStringLiteral("^image/[a-z0-9.+-]+$"));
    const QString type = imageType.match(mimeType).hasMatch() ? mimeType : QStringLiteral("application/octet-stream");
    return QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(bytes.toBase64()));
}

QString ArticleRenderer::bodyHtml(const QString &markdown, const ImageResolver &resolveImage, bool sourcePositions)
{
    cmark_gfm_core_extensions_ensure_registered();
    // Not CMARK_OPT_UNSAFE: raw HTML in the body becomes "<!-- raw HTML omitted -->".
    const int options = CMARK_OPT_DEFAULT | (sourcePositions ? CMARK_OPT_SOURCEPOS : 0);
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    cleanUrls(document.get(), resolveImage);
    char *html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

QString ArticleRenderer::page(const RenderInput &input, const ImageResolver &resolveImage)
{
    const Article &article = input.article;
    const QLocale locale(input.publication.locale);
    const QString title = input.publication.name.isEmpty()
        ? escaped(article.headline)
        : tr("%1 — %2", "page title: headline — publication")
              .arg(escaped(article.headline), escaped(input.publication.name));

    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n<article>\n<header>\n")
                       .arg(escaped(languageTag(locale)), title, QLatin1StringView(pageStyle));
    if (!input.sectionName.isEmpty())
        html += paragraph("section", escaped(input.sectionName));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(article.headline));
    if (!article.dek.isEmpty())
        html += paragraph("dek", escaped(article.dek));
    html += dateHtml(article, input.publication);
    html += bylineHtml(input.authors, locale);
    html += QStringLiteral("</header>\n");
    html += heroHtml(input);
    html += QStringLiteral("<div class=\"body\">\n") + bodyHtml(article.body, resolveImage)
        + QStringLiteral("</div>\n<footer>\n");
    if (!input.tagNames.isEmpty()) {
        html += QStringLiteral("<ul class=\"tags\">");
        for (const QString &tag : input.tagNames)
            html += QStringLiteral("<li>%1</li>").arg(escaped(tag));
        html += QStringLiteral("</ul>\n");
    }
    html += attributionHtml(article);
    html += QStringLiteral("</footer>\n</article>\n</body>\n</html>\n");
    return html;
}
