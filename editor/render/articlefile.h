// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

/// One article as a file (product.md, "The article file"): UTF-8 Markdown with a front-matter block
/// between `---` lines. Holds names, not database ids, so it knows no repositories.
///
/// Reading tolerates a byte-order mark and CRLF line ends (they become LF). A file with no front
/// matter is all body, except that a first line `# Heading` becomes the headline. One blank line
/// after the closing `---` separates it from the body and is not part of the body.
///
/// Writing is canonical: the known keys in a fixed order, empty ones left out, strings quoted
/// only when YAML needs it, then the unknown keys' lines exactly as they were read. So
/// write(parse(write(x))) == write(x), byte for byte.
struct ArticleFile {
    QString headline;
    QString dek;
    bool dekWaived = false; ///< `dek_waived: true`: the desk accepted an empty dek
    QString section; ///< a section's name
    QString slug;
    QStringList byline; ///< authors' display names, in order
    QString dateline;
    QDateTime published; ///< UTC; invalid when not given
    QDateTime scheduled; ///< UTC; invalid when not given
    QString status; ///< a status key ("draft", "in_review", ...); empty when not given
    QStringList tags; ///< tag names
    QString heroImage; ///< a path relative to the file, or a data: URI, as written
    QString heroAlt;
    QString heroCaption;
    QString heroCredit;
    QString attribution;
    QString sourceUrl;
    QString notes;
    /// Keys this version does not know: their source lines, in order, each ending with "\n".
    QString extraFrontMatter;
    QString body; ///< Markdown

    /// What reading noticed but did not refuse ("line 7: unknown key 'legacy_id' kept").
    QStringList warnings;

    /// Reads a file's bytes. Errors are StorageError::Kind::Invalid with a message that names the
    /// line; nothing is returned half-read.
    static Result<ArticleFile> parse(const QByteArray &bytes);
    /// The canonical bytes of this article.
    QByteArray toBytes() const;

    /// The keys of the format, in the order they are written.
    static const QStringList &knownKeys();

    bool operator==(const ArticleFile &) const = default;
};
