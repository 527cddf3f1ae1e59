// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown → HTML renderer on any bytes: the body a journalist types or imports.

#include "markdownbody.h"

#include <QRegularExpression>
#include <QString>

#include <cstdint>

// A script element: "<script" ending the tag name. "<script:>" (an unknown element named
// "script:", as an HTML parser reads it) runs nothing.
static bool hasScriptElement(const QString &html)
{
    static const QRegularExpression script(QStringLiteral("<script[\\s/>]|<script$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return html.contains(script);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MarkdownBody::Options options;
    // The first byte picks the mode, so both the preview's and the export's paths are fuzzed.
    options.sourcePositions = size > 0 && (data[0] & 1);
    options.images = size > 0 && (data[0] & 2) ? MarkdownBody::Images::Embed : MarkdownBody::Images::Reference;
    options.resolve = [](qint64 id) -> std::optional<std::pair<QByteArray, QString>> {
        if (id % 2)
            return std::pair{QByteArray("\x89PNG"), QStringLiteral("image/png")};
        return std::nullopt;
    };
    const QString html = MarkdownBody::toHtml(markdown, options);
    // The renderer never lets a script through, whatever the input (product.md: the preview never runs script).
    if (hasScriptElement(html))
        __builtin_trap();
    return 0;
}
