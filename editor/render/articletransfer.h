// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlefile.h"
#include "storageerror.h"
#include "types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class Database;

/// What importing one file did.
struct ImportOutcome {
    qint64 id = 0;
    QString slug;
    QStringList warnings; ///< unknown keys kept, sections or tags created, ...
    bool reopened = false; ///< the file had been imported before; its story was reused, not imported again
};

/// Article files in and out of the store, through the repositories.
///
/// Import runs in one transaction per file: a file that fails leaves nothing behind. Names are
/// resolved the forgiving way: unknown authors, sections and tags are created (sections and tags
/// with a warning, as they are managed lists). A slug in the file is kept as written (hand-made);
/// if another story already has it the import fails with a Conflict rather than create a
/// near-duplicate under another address. A file imported before (same canonical path) is reopened.
class ArticleTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ArticleTransfer)

public:
    static Result<ImportOutcome> importFile(Database &db, const QString &path);
    /// Larger article files are refused before they are read: an article that size would freeze
    /// the editor and the preview, and is almost always the wrong file (a log, a data dump).
    static constexpr qint64 maxFileBytes = qint64{10} * 1024 * 1024;
    static constexpr qsizetype maxFileLines = 100000;
    /// Each file on its own; one failing does not stop the others.
    static std::vector<Result<ImportOutcome>> importFiles(Database &db, const QStringList &paths);

    /// The article file of the story with this slug; the hero image goes inside as a data: URI.
    static Result<QByteArray> exportMarkdown(Database &db, const QString &slug);
    /// A standalone HTML page of the story with this slug (see ArticleRenderer::page()).
    static Result<QByteArray> exportHtml(Database &db, const QString &slug);

    /// The file form of a stored article, with names looked up.
    static Result<ArticleFile> toFile(Database &db, const Article &article);
};
