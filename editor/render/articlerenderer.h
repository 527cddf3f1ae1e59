// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

/// Everything a page shows, with names already looked up, so the renderer needs no repositories.
struct RenderInput {
    Article article;
    QString sectionName;
    QList<Author> authors; ///< the byline, in order, with bios
    QStringList tagNames;
    Publication publication; ///< locale and time zone of the dates
    QByteArray heroData; ///< the hero image's bytes; empty when there is none
};

/// Article → HTML. Markdown goes through cmark-gfm (CommonMark plus GFM tables, strikethrough and
/// autolinks) in safe mode: raw HTML becomes a comment, and links or images whose scheme is not
/// http, https or mailto (javascript:, data:, file:, ...) lose their address. Every other field is
/// HTML-escaped. Nothing here fetches anything.
class ArticleRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRenderer)

public:
    /// An inline image's bytes and MIME type by id (from a "copydesk-image:ID" URL), or nullopt.
    using ImageResolver = std::function<std::optional<std::pair<QByteArray, QString>>(qint64 imageId)>;

    /// The HTML of a Markdown body. "copydesk-image:ID" images become data: URIs through
    /// `resolveImage`; without one, or for an id it does not know, they lose their address.
    /// `sourcePositions` adds data-sourcepos attributes (for a preview that follows the cursor).
    static QString bodyHtml(const QString &markdown, const ImageResolver &resolveImage = {},
                            bool sourcePositions = false);

    /// A standalone HTML page: inline CSS, the hero image inside as a data: URI, no outside requests.
    static QString page(const RenderInput &input, const ImageResolver &resolveImage = {});

    /// "data:MIME;base64,..." for `bytes`; a MIME type that is not an image's becomes
    /// application/octet-stream.
    static QString dataUri(const QByteArray &bytes, const QString &mimeType);
};
