// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdownbody.h"
#include "types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Everything a page shows, with names already looked up, so the renderer needs no repositories.
struct RenderInput {
    Article article;
    QString sectionName;
    QList<Author> authors; ///< the byline, in order, with bios
    QStringList tagNames;
    Publication publication; ///< masthead, home city, locale and time zone of the dates
    QByteArray heroData; ///< the hero image's bytes, needed for export only; empty when there is none
};

/// How a page is laid out and for whom.
struct PageOptions {
    enum class Theme { Light, Dark };
    enum class Width {
        Phone, ///< a 375 px column
        Desktop, ///< a 720 px column
    };
    Theme theme = Theme::Light; ///< the preview follows the palette; export is always light
    /// The preview's colours by name (paper, ink, muted, accent, rule, hairline, shade, link), as
    /// "#rrggbb", replacing the theme's; taken from the desktop's palette so that high-contrast
    /// schemes reach the page. Export ignores them.
    QHash<QString, QString> colours;
    Width width = Width::Desktop; ///< the preview's toggle; export fits any window
    /// Anchors for scroll sync in the body (see MarkdownBody::Options::sourcePositions).
    bool sourcePositions = false;
    /// A page for browsers: every image inside as a data: URI. Otherwise the article's images are
    /// "copydesk-image:ID" addresses the viewer resolves (QTextBrowser::loadResource()), which
    /// keeps a refresh cheap however large the pictures are.
    bool forExport = false;
};

/// Article → HTML, the one renderer behind the preview, HTML export and publishing, so what the
/// editor sees is what the site gets. The page is the template in resources/preview, in the
/// subset of HTML and CSS that QTextBrowser renders and that also reads well in a browser. The
/// export page centres its own column (a max-width block); the preview page has no column of its
/// own and no table around it: its viewer sets the column (PreviewPane, columnWidth()). Every
/// field is HTML-escaped; the body is safe-mode Markdown (MarkdownBody). Nothing here fetches
/// anything or reads a file, and it may run on any thread.
class ArticleRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRenderer)

public:
    using ImageResolver = MarkdownBody::ImageResolver;

    /// The HTML of a Markdown body, with "copydesk-image:ID" images as data: URIs through
    /// `resolveImage`; any other image is not shown.
    static QString bodyHtml(const QString &markdown, const ImageResolver &resolveImage = {},
                            bool sourcePositions = false);

    /// The article page. With forExport, `resolveImage` supplies the body's images and
    /// RenderInput::heroData the hero's; without, neither is needed.
    static QString page(const RenderInput &input, const PageOptions &options, const ImageResolver &resolveImage = {});

    /// The article's content for a site that draws its own page around it (WordPress): byline with
    /// bios, body and attribution, as in page(), without masthead, headline, dek, hero or tags,
    /// which such a site shows from fields of its own. Body images come through `resolveImage`.
    static QString content(const RenderInput &input, const ImageResolver &resolveImage = {});

    /// The standalone export page: page() with PageOptions::forExport.
    static QString page(const RenderInput &input, const ImageResolver &resolveImage = {});

    /// The width of the page's text column in pixels: 375 for a phone, 720 for a desktop.
    static int columnWidth(PageOptions::Width width) { return width == PageOptions::Width::Phone ? 375 : 720; }

    /// The masthead's date row in the publication's locale, upper case: "THURSDAY 21 MAY 2026 · BRISBANE".
    static QString mastheadDate(const RenderInput &input);

    /// "data:MIME;base64,..." for `bytes`; a MIME type that is not an image's becomes
    /// application/octet-stream.
    static QString dataUri(const QByteArray &bytes, const QString &mimeType);
};
