// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

/// A Markdown body → HTML through cmark-gfm (CommonMark plus GFM tables, strikethrough and
/// autolinks) in safe mode. Raw HTML becomes a comment; links whose scheme is not http, https or
/// mailto lose their address; only the article's own images ("copydesk-image:ID") are shown, any
/// other image (remote, a path, file:, data:) becomes a short note, so rendering never makes
/// anything fetch or read a file.
class MarkdownBody
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownBody)

public:
    /// An image's bytes and MIME type by id (from a "copydesk-image:ID" URL), or nullopt.
    using ImageResolver = std::function<std::optional<std::pair<QByteArray, QString>>(qint64 imageId)>;

    enum class Images {
        Embed, ///< "copydesk-image:ID" → a data: URI through the resolver (export, publishing)
        Reference, ///< kept as "copydesk-image:ID" for the viewer's loadResource() (the preview)
    };

    struct Options {
        Images images = Images::Embed;
        ImageResolver resolve; ///< used with Images::Embed; an id it does not know is not shown
        /// data-sourcepos attributes, and an empty `<a name="L{line}">` (see sourceAnchor()) at the
        /// start of each paragraph, heading and table row, so a QTextBrowser can scrollToAnchor().
        bool sourcePositions = false;
    };

    static QString toHtml(const QString &markdown, const Options &options);

    /// The anchor name marking the block that starts on 1-based body line `line`.
    static QString sourceAnchor(int line);
    /// The anchor name after the body's last block (with sourcePositions): it names the first
    /// text after the body, so a viewer knows where the body ends. With nothing after the body
    /// (no tags, no attribution) a QTextDocument drops it: the body then runs to the end.
    static QString bodyEndAnchor();

    /// True for http: and https: addresses, the only ones a page links out to from its fields.
    static bool isWebUrl(QStringView url);
};
