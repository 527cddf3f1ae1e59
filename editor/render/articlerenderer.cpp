// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerenderer.h"

#include "imagerepository.h"
#include "pagetemplate.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTranslator>

#include <memory>

namespace {

using Theme = PageOptions::Theme;
using Width = PageOptions::Width;

// The page's own words ("By", "First reported by") are in the publication's language, as its
// dates are, whatever language the program speaks: a German desk's English site says "By".
// The renderer runs on worker threads, so the translators are shared under a lock.
QString pageText(const QLocale &locale, const char *source, const char *comment = nullptr)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> translators;
    std::shared_ptr<const QTranslator> translator;
    {
        const QMutexLocker lock(&mutex);
        auto it = translators.find(locale.name());
        if (it == translators.end()) {
            auto loaded = std::make_shared<QTranslator>();
            // Compiled into the program (translations/CMakeLists.txt); absent in the renderer's own tests.
            if (!loaded->load(locale, QStringLiteral("copydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
                loaded.reset();
            it = translators.insert(locale.name(), loaded);
        }
        translator = it.value();
    }
    const QString text = translator ? translator->translate("ArticleRenderer", source, comment) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

// What QT_TRANSLATE_NOOP3 gives: the words and the translators' note that tells them apart.
struct CommentedWords {
    const char *source;
    const char *comment;
};

QString pageText(const QLocale &locale, const CommentedWords &words)
{
    return pageText(locale, words.source, words.comment);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const char *cssClass, const QString &html)
{
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(QLatin1StringView(cssClass), html);
}

// Colours of the page: a newspaper's near-black on white, and its night edition.
QHash<QString, QString> palette(Theme theme)
{
    const bool dark = theme == Theme::Dark;
    return {
        {QStringLiteral("paper"), dark ? QStringLiteral("#16181b") : QStringLiteral("#ffffff")},
        {QStringLiteral("ink"), dark ? QStringLiteral("#e8e6e3") : QStringLiteral("#1a1a1a")},
        {QStringLiteral("muted"), dark ? QStringLiteral("#a7a9ad") : QStringLiteral("#5f6368")},
        {QStringLiteral("accent"), dark ? QStringLiteral("#ff6b6b") : QStringLiteral("#b3121b")},
        {QStringLiteral("rule"), dark ? QStringLiteral("#e8e6e3") : QStringLiteral("#1a1a1a")},
        {QStringLiteral("hairline"), dark ? QStringLiteral("#45484d") : QStringLiteral("#cfd1d4")},
        {QStringLiteral("shade"), dark ? QStringLiteral("#23262a") : QStringLiteral("#f2f2f2")},
        {QStringLiteral("link"), dark ? QStringLiteral("#8ab4f8") : QStringLiteral("#0b57a4")},
    };
}

// "de-DE" rather than bcp47Name()'s "de": the page says which country's conventions it follows.
QString languageTag(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("und");
    return locale.name().replace(u'_', u'-');
}

// The date a reader is told: when it went out, else when it will, else the latest edit.
QDateTime pageDate(const Article &article)
{
    for (const QDateTime &when : {article.published, article.scheduled, article.updated, article.created}) {
        if (when.isValid())
            return when;
    }
    return QDateTime();
}

QDateTime inPublicationZone(const QDateTime &when, const Publication &publication)
{
    QTimeZone zone(publication.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::UTC;
    return when.toTimeZone(zone);
}

QString metaHtml(const Article &article, const Publication &publication)
{
    QStringList parts;
    if (!article.dateline.isEmpty())
        parts << QStringLiteral("<span class=\"place\">%1</span>").arg(escaped(article.dateline));
    if (const QDateTime when = pageDate(article); when.isValid()) {
        const QLocale locale(publication.locale);
        const QDateTime local = inPublicationZone(when, publication);
        const QString shown = pageText(locale, QT_TRANSLATE_NOOP3("ArticleRenderer", "%1, %2", "date, time"))
                                  .arg(locale.toString(local.date(), QLocale::LongFormat),
                                       locale.toString(local.time(), QLocale::ShortFormat));
        parts << QStringLiteral("<time datetime=\"%1\">%2</time>")
                     .arg(when.toUTC().toString(Qt::ISODate), escaped(shown));
    }
    return parts.isEmpty() ? QString() : paragraph("meta", parts.join(QStringLiteral(" · ")));
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
            bios +=
                paragraph("bio", QStringLiteral("<b>%1</b> %2").arg(escaped(author.displayName), escaped(author.bio)));
        }
    }
    return paragraph(
               "byline",
               pageText(locale, QT_TRANSLATE_NOOP("ArticleRenderer", "By %1")).arg(locale.createSeparatedList(names)))
        + bios;
}

QString heroHtml(const RenderInput &input, const PageOptions &options, int columnWidth)
{
    const auto &hero = input.article.hero;
    if (!hero)
        return QString();
    QString img;
    if (options.forExport) {
        if (input.heroData.isEmpty())
            return QString();
        img = QStringLiteral("<img src=\"%1\" alt=\"%2\">")
                  .arg(ArticleRenderer::dataUri(input.heroData, hero->mimeType), escaped(hero->altText));
    } else {
        if (hero->imageId <= 0)
            return QString();
        // QTextBrowser knows no max-width: the column's width, and the height follows the picture.
        img = QStringLiteral("<img src=\"%1\" width=\"%2\" alt=\"%3\">")
                  .arg(ImageRepository::imageUrl(hero->imageId))
                  .arg(columnWidth)
                  .arg(escaped(hero->altText));
    }
    QString html = QStringLiteral("<table class=\"hero\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>")
        + img + QStringLiteral("</td></tr></table>\n");
    if (!hero->caption.isEmpty() || !hero->credit.isEmpty()) {
        QString caption = escaped(hero->caption);
        if (!hero->credit.isEmpty()) {
            caption += (caption.isEmpty() ? QString() : QStringLiteral(" "))
                + QStringLiteral("<span class=\"credit\">%1</span>").arg(escaped(hero->credit));
        }
        html += paragraph("caption", caption);
    }
    return html;
}

// Small bordered labels. Cells, because that is what QTextBrowser can draw a border around;
// gaps between them, because borders are collapsed; rows, because a table does not wrap.
QString tagsHtml(const QStringList &tags, Width width)
{
    if (tags.isEmpty())
        return QString();
    const qsizetype perRow = width == Width::Phone ? 3 : 6;
    QString html = QStringLiteral("<table class=\"tags\" cellspacing=\"0\" cellpadding=\"0\">");
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (i % perRow == 0)
            html += i == 0 ? QStringLiteral("<tr>") : QStringLiteral("</tr><tr>");
        else
            html += QStringLiteral("<td class=\"gap\"></td>");
        html += QStringLiteral("<td class=\"tag\">%1</td>").arg(escaped(tags.at(i)));
    }
    return html + QStringLiteral("</tr></table>\n");
}

QString attributionHtml(const Article &article, const QLocale &locale)
{
    const bool link = MarkdownBody::isWebUrl(article.sourceUrl);
    const QString href = escaped(article.sourceUrl);
    if (!article.attribution.isEmpty()) {
        const QString outlet = link ? QStringLiteral("<a href=\"%1\">%2</a>").arg(href, escaped(article.attribution))
                                    : escaped(article.attribution);
        return paragraph("attribution",
                         pageText(locale, QT_TRANSLATE_NOOP("ArticleRenderer", "First reported by %1.")).arg(outlet));
    }
    if (link) {
        return paragraph("attribution",
                         pageText(locale, QT_TRANSLATE_NOOP("ArticleRenderer", "Source: %1"))
                             .arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(href)));
    }
    return QString();
}

QString optional(const char *cssClass, const QString &text)
{
    return text.isEmpty() ? QString() : paragraph(cssClass, escaped(text));
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
    return MarkdownBody::toHtml(markdown, {MarkdownBody::Images::Embed, resolveImage, sourcePositions});
}

QString ArticleRenderer::mastheadDate(const RenderInput &input)
{
    const QLocale locale(input.publication.locale);
    QStringList parts;
    if (const QDateTime when = pageDate(input.article); when.isValid()) {
        const QDate date = inPublicationZone(when, input.publication).date();
        parts << locale.toUpper(locale.toString(date, QLocale::LongFormat));
    }
    if (!input.publication.homeCity.isEmpty())
        parts << locale.toUpper(input.publication.homeCity);
    return parts.join(QStringLiteral(" · "));
}

QString ArticleRenderer::content(const RenderInput &input, const ImageResolver &resolveImage)
{
    const QLocale locale(input.publication.locale);
    return bylineHtml(input.authors, locale)
        + MarkdownBody::toHtml(input.article.body, {MarkdownBody::Images::Embed, resolveImage, false})
        + attributionHtml(input.article, locale);
}

QString ArticleRenderer::page(const RenderInput &input, const ImageResolver &resolveImage)
{
    PageOptions options;
    options.forExport = true;
    return page(input, options, resolveImage);
}

QString ArticleRenderer::page(const RenderInput &input, const PageOptions &options, const ImageResolver &resolveImage)
{
    const Article &article = input.article;
    const Publication &publication = input.publication;
    const QLocale locale(publication.locale);
    const bool phone = !options.forExport && options.width == Width::Phone;
    const int column = columnWidth(phone ? Width::Phone : Width::Desktop);

    QHash<QString, QString> style = palette(options.forExport ? Theme::Light : options.theme);
    if (!options.forExport) {
        for (auto it = options.colours.cbegin(); it != options.colours.cend(); ++it) {
            // Only colours go into the style sheet, whatever the caller passed.
            if (style.contains(it.key()) && QColor::isValidColorName(it.value()))
                style.insert(it.key(), QColor::fromString(it.value()).name());
        }
    }
    // A browser centres the column itself. The preview's page is block elements only, with the
    // column left to the viewer (PreviewPane): QTextDocument lays out a table, and so a page
    // wrapped in one, all at once, where it lays out blocks a screenful at a time.
    style.insert(QStringLiteral("page_box"),
                 options.forExport
                     ? QStringLiteral("max-width: %1px; margin: 0 auto; padding: 8px 16px 24px 16px;").arg(column + 32)
                     : QStringLiteral("margin: 0;"));
    style.insert(QStringLiteral("masthead_size"), phone ? QStringLiteral("24px") : QStringLiteral("32px"));
    style.insert(QStringLiteral("headline_size"), phone ? QStringLiteral("26px") : QStringLiteral("34px"));

    QHash<QString, QString> values = style;
    values.insert(QStringLiteral("css"),
                  PageTemplate::fill(PageTemplate::resource(QStringLiteral(":/copydesk/preview/article.css")), style));
    values.insert(QStringLiteral("lang"), escaped(languageTag(locale)));
    values.insert(
        QStringLiteral("title"),
        publication.name.isEmpty()
            ? escaped(article.headline)
            : pageText(locale, QT_TRANSLATE_NOOP3("ArticleRenderer", "%1 — %2", "page title: headline — publication"))
                  .arg(escaped(article.headline), escaped(publication.name)));
    values.insert(QStringLiteral("publication"), escaped(publication.name));
    values.insert(QStringLiteral("tagline"), optional("tagline", publication.tagline));
    values.insert(QStringLiteral("masthead_date"), escaped(mastheadDate(input)));
    values.insert(QStringLiteral("section"), optional("section", input.sectionName));
    values.insert(QStringLiteral("meta"), metaHtml(article, publication));
    values.insert(QStringLiteral("headline"), escaped(article.headline));
    values.insert(QStringLiteral("dek"), optional("dek", article.dek));
    values.insert(QStringLiteral("hero"), heroHtml(input, options, column));
    values.insert(QStringLiteral("byline"), bylineHtml(input.authors, locale));
    const MarkdownBody::Options body{options.forExport ? MarkdownBody::Images::Embed : MarkdownBody::Images::Reference,
                                     resolveImage, options.sourcePositions};
    values.insert(QStringLiteral("body"), MarkdownBody::toHtml(article.body, body));
    values.insert(QStringLiteral("tags"), tagsHtml(input.tagNames, phone ? Width::Phone : Width::Desktop));
    values.insert(QStringLiteral("attribution"), attributionHtml(article, locale));
    return PageTemplate::fill(PageTemplate::resource(QStringLiteral(":/copydesk/preview/article.html")), values);
}
