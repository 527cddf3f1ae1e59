// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerenderer.h"
#include "storageerror.h"
#include "types.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

/// A story as an IPTC ninjs 2.1 document (https://iptc.org/standards/ninjs/), for wires and
/// newsroom systems that take ninjs: what `copydesk export --format ninjs` prints and what the
/// ninjs target PUTs to `<endpoint>/<uri>`. The body is the HTML of the same ArticleRenderer as the
/// preview; tags go to subjects, organisations, people or places by their kind; the attribution
/// becomes an infosource; the hero image an association with its alt text, caption and credit.
/// Editorial notes never leave the building.
class NinjsDocument
{
    Q_DECLARE_TR_FUNCTIONS(NinjsDocument)

public:
    /// ninjs `pubstatus`: usable to publish, canceled to take a story down.
    enum class Status { Usable, Withheld, Canceled };

    struct Input {
        RenderInput render; ///< article, section, byline with bios, publication (locale, city)
        QList<Tag> tags; ///< the story's tags with their kinds, in order
        QString version = QStringLiteral("1"); ///< ninjs `version`: grows with every publish
        Status status = Status::Usable;
    };

    /// The document. Images in the body become data: URIs through `resolveImage`; the hero's
    /// rendition carries RenderInput::heroData as a data: URI when given.
    static QJsonObject build(const Input &input, const ArticleRenderer::ImageResolver &resolveImage = {});

    /// The Input for a stored story, with names, tags, hero bytes and the latest revision as version.
    static Result<Input> load(Database &db, qint64 articleId, Status status = Status::Usable);
    /// build() for a stored story, its own images resolved from the store.
    static Result<QJsonObject> forArticle(Database &db, qint64 articleId, Status status = Status::Usable);

    /// The story's permanent identifier: "urn:copydesk:<publication slug>:article:<id>". It does
    /// not follow the headline or slug, so an update replaces the same item downstream.
    static QString uriFor(const Article &article, const Publication &publication);

    /// Words in a Markdown body as a reader counts them: whitespace-separated runs holding a
    /// letter or digit, in the rendered text (no Markdown marks, no link addresses).
    static int wordCount(const QString &markdown);

    /// The ninjs version this document follows and the schema it validates against.
    static constexpr auto standardVersion = "2.1";
    static constexpr auto schemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";
};
