// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishpayloadbuilder.h"

#include "articlerenderer.h"
#include "articlerepository.h"
#include "authorrepository.h"
#include "imagerepository.h"
#include "ninjsdocument.h"
#include "publicationrepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"

#include <QJsonDocument>

Result<PublishPayload> PublishPayloadBuilder::build(Database &db, qint64 articleId)
{
    auto article = ArticleRepository(db).load(articleId);
    if (!article)
        return article.error();
    auto publication = PublicationRepository(db).load();
    if (!publication)
        return publication.error();

    PublishPayload payload;
    RenderInput &input = payload.input;
    input.article = *article;
    input.publication = *publication;
    if (article->sectionId > 0) {
        auto sections = SectionRepository(db).list();
        if (!sections)
            return sections.error();
        for (const Section &section : std::as_const(*sections)) {
            if (section.id == article->sectionId) {
                input.sectionName = section.name;
                payload.sectionSlug = section.slug;
            }
        }
    }
    AuthorRepository authors(db);
    for (qint64 id : std::as_const(article->authorIds)) {
        auto author = authors.load(id);
        if (!author)
            return author.error();
        input.authors << *author;
    }
    TagRepository tags(db);
    for (qint64 id : std::as_const(article->tagIds)) {
        auto tag = tags.load(id);
        if (!tag)
            return tag.error();
        payload.tags << *tag;
        input.tagNames << tag->name;
    }
    ImageRepository images(db);
    if (article->hero) {
        auto data = images.data(article->hero->imageId);
        if (!data)
            return data.error();
        input.heroData = *data;
    }
    // Only the story's own images: a body cannot pull in another story's pictures by number.
    auto resolve = [&images, articleId](qint64 imageId) -> std::optional<std::pair<QByteArray, QString>> {
        auto info = images.info(imageId);
        if (!info || info->articleId != articleId)
            return std::nullopt;
        auto data = images.data(imageId);
        if (!data)
            return std::nullopt;
        return std::pair{*data, info->mimeType};
    };
    payload.contentHtml = ArticleRenderer::content(input, resolve);
    auto ninjs = NinjsDocument::forArticle(db, articleId);
    if (!ninjs)
        return ninjs.error();
    payload.ninjs = QJsonDocument(*ninjs).toJson(QJsonDocument::Compact);
    payload.ninjsUri = NinjsDocument::uriFor(*article, *publication);
    return payload;
}
