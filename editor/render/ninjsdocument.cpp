// SPDX-License-Identifier: GPL-3.0-or-later
#include "ninjsdocument.h"

#include "articlerepository.h"
#include "authorrepository.h"
#include "database.h"
#include "imagerepository.h"
#include "markdownbody.h"
#include "publicationrepository.h"
#include "revisionrepository.h"
#include "sectionrepository.h"
#include "slug.h"
#include "tagrepository.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonArray valueList(const QString &role, const QString &contentType, const QString &value)
{
    QJsonObject o{{QStringLiteral("role"), role}, {QStringLiteral("value"), value}};
    if (!contentType.isEmpty())
        o.insert(QStringLiteral("contenttype"), contentType);
    return QJsonArray{o};
}

QString statusKey(NinjsDocument::Status status)
{
    switch (status) {
    case NinjsDocument::Status::Usable:
        return QStringLiteral("usable");
    case NinjsDocument::Status::Withheld:
        return QStringLiteral("withheld");
    case NinjsDocument::Status::Canceled:
        return QStringLiteral("canceled");
    }
    Q_UNREACHABLE_RETURN(QString());
}

// The array a tag of this kind belongs in.
QString tagArray(TagKind kind)
{
    switch (kind) {
    case TagKind::Topic:
        return QStringLiteral("subjects");
    case TagKind::Organisation:
        return QStringLiteral("organisations");
    case TagKind::Person:
        return QStringLiteral("people");
    case TagKind::Place:
        return QStringLiteral("places");
    }
    Q_UNREACHABLE_RETURN(QString());
}

// The words a reader sees: text and code, not list markers, link addresses or images' alt text.
QString plainText(const QString &markdown)
{
    static const bool registered = (cmark_gfm_core_extensions_ensure_registered(), true);
    Q_UNUSED(registered);
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *document = cmark_parser_finish(parser);
    QString text;
    int inImage = 0;
    cmark_iter *it = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_IMAGE) {
            inImage += ev == CMARK_EVENT_ENTER ? 1 : -1;
            continue;
        }
        if (inImage > 0)
            continue;
        const bool isInline = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
        if (ev == CMARK_EVENT_ENTER
            && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK))
            text += QString::fromUtf8(cmark_node_get_literal(n));
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || (!isInline && ev == CMARK_EVENT_EXIT))
            text += u' ';
        // Blocks are kept apart on both sides: adjacent table cells have no space between them.
        if (!isInline && ev == CMARK_EVENT_ENTER)
            text += u' ';
    }
    cmark_iter_free(it);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return text;
}

} // namespace

int NinjsDocument::wordCount(const QString &markdown)
{
    int words = 0;
    bool inWord = false;
    bool counted = false;
    for (const auto items = plainText(markdown); const QChar c : items) {
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            inWord = true;
            counted = false;
        }
        if (!counted && c.isLetterOrNumber()) {
            ++words;
            counted = true;
        }
    }
    return words;
}

QString NinjsDocument::uriFor(const Article &article, const Publication &publication)
{
    QString site = publication.name.trimmed().isEmpty() ? QString() : slugify(publication.name);
    if (site.isEmpty())
        site = QStringLiteral("copydesk");
    return QStringLiteral("urn:copydesk:%1:article:%2").arg(site).arg(article.id);
}

QJsonObject NinjsDocument::build(const Input &input, const ArticleRenderer::ImageResolver &resolveImage)
{
    const Article &a = input.render.article;
    const Publication &publication = input.render.publication;
    const QString uri = uriFor(a, publication);
    const QLocale locale(publication.locale);

    QJsonObject doc{
        {QStringLiteral("uri"), uri},
        {QStringLiteral("standard"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("ninjs")},
                     {QStringLiteral("version"), QLatin1StringView(standardVersion)},
                     {QStringLiteral("schema"), QLatin1StringView(schemaUri)}}},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("representationtype"), QStringLiteral("full")},
        {QStringLiteral("profile"), QStringLiteral("text-photo")},
        {QStringLiteral("version"), input.version},
        {QStringLiteral("firstcreated"), timeText(a.created)},
        {QStringLiteral("versioncreated"), timeText(a.updated.isValid() ? a.updated : a.created)},
        {QStringLiteral("pubstatus"), statusKey(input.status)},
        {QStringLiteral("language"), locale.bcp47Name()},
        {QStringLiteral("slugline"), a.slug},
        {QStringLiteral("headlines"), valueList(QStringLiteral("main"), QStringLiteral("text/plain"), a.headline)},
    };
    if (!a.created.isValid())
        doc.remove(QStringLiteral("firstcreated"));
    if (!a.updated.isValid() && !a.created.isValid())
        doc.remove(QStringLiteral("versioncreated"));
    if (a.scheduled.isValid())
        doc.insert(QStringLiteral("embargoed"), timeText(a.scheduled));
    if (!a.dek.trimmed().isEmpty())
        doc.insert(QStringLiteral("descriptions"),
                   valueList(QStringLiteral("summary"), QStringLiteral("text/plain"), a.dek.trimmed()));

    QJsonObject body{
        {QStringLiteral("role"), QStringLiteral("main")},
        {QStringLiteral("contenttype"), QStringLiteral("text/html")},
        {QStringLiteral("value"), ArticleRenderer::bodyHtml(a.body, resolveImage)},
        {QStringLiteral("wordcount"), wordCount(a.body)},
    };
    doc.insert(QStringLiteral("bodies"), QJsonArray{body});

    QStringList names;
    for (const Author &author : input.render.authors)
        names << author.displayName;
    if (!names.isEmpty())
        doc.insert(QStringLiteral("by"), locale.createSeparatedList(names));
    const QString located = a.dateline.trimmed().isEmpty() ? publication.homeCity : a.dateline.trimmed();
    if (!located.isEmpty())
        doc.insert(QStringLiteral("located"), located);
    if (!publication.name.isEmpty())
        doc.insert(QStringLiteral("copyrightholder"), publication.name);

    QHash<QString, QJsonArray> byKind;
    if (!input.render.sectionName.isEmpty()) {
        byKind[QStringLiteral("subjects")].append(QJsonObject{{QStringLiteral("name"), input.render.sectionName},
                                                              {QStringLiteral("rel"), QStringLiteral("section")}});
    }
    for (const Tag &tag : input.tags) {
        byKind[tagArray(tag.kind)].append(
            QJsonObject{{QStringLiteral("name"), tag.name}, {QStringLiteral("literal"), tag.slug}});
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        doc.insert(it.key(), it.value());

    if (!a.attribution.trimmed().isEmpty() || !a.sourceUrl.trimmed().isEmpty()) {
        QJsonObject source{{QStringLiteral("role"), QStringLiteral("originator")}};
        if (!a.attribution.trimmed().isEmpty())
            source.insert(QStringLiteral("name"), a.attribution.trimmed());
        const QUrl url(a.sourceUrl.trimmed(), QUrl::StrictMode);
        if (MarkdownBody::isWebUrl(a.sourceUrl.trimmed()) && url.isValid())
            source.insert(QStringLiteral("uri"), QString::fromUtf8(url.toEncoded()));
        doc.insert(QStringLiteral("infosources"), QJsonArray{source});
    }

    if (a.hero) {
        const HeroImage &hero = *a.hero;
        QJsonArray descriptions;
        descriptions.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("alt")},
                                        {QStringLiteral("contenttype"), QStringLiteral("text/plain")},
                                        {QStringLiteral("value"), hero.altText}});
        if (!hero.caption.isEmpty())
            descriptions.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("caption")},
                                            {QStringLiteral("contenttype"), QStringLiteral("text/plain")},
                                            {QStringLiteral("value"), hero.caption}});
        QJsonObject rendition{{QStringLiteral("name"), QStringLiteral("original")},
                              {QStringLiteral("contenttype"), hero.mimeType}};
        if (!input.render.heroData.isEmpty()) {
            rendition.insert(QStringLiteral("href"), ArticleRenderer::dataUri(input.render.heroData, hero.mimeType));
            rendition.insert(QStringLiteral("sizeinbytes"), input.render.heroData.size());
        }
        QJsonObject picture{
            {QStringLiteral("name"), QStringLiteral("featureimage")},
            {QStringLiteral("uri"), uri + QStringLiteral(":image:%1").arg(hero.imageId)},
            {QStringLiteral("type"), QStringLiteral("picture")},
            {QStringLiteral("descriptions"), descriptions},
            {QStringLiteral("renditions"), QJsonArray{rendition}},
        };
        if (!hero.credit.isEmpty())
            picture.insert(QStringLiteral("by"), hero.credit);
        doc.insert(QStringLiteral("associations"), QJsonArray{picture});
    }
    return doc;
}

Result<NinjsDocument::Input> NinjsDocument::load(Database &db, qint64 articleId, Status status)
{
    auto article = ArticleRepository(db).load(articleId);
    if (!article)
        return article.error();
    auto publication = PublicationRepository(db).load();
    if (!publication)
        return publication.error();
    Input input;
    input.status = status;
    input.render.article = *article;
    input.render.publication = *publication;
    if (article->sectionId != 0) {
        auto sections = SectionRepository(db).list();
        if (!sections)
            return sections.error();
        for (const Section &s : std::as_const(*sections)) {
            if (s.id == article->sectionId)
                input.render.sectionName = s.name;
        }
    }
    AuthorRepository authors(db);
    for (qint64 id : std::as_const(article->authorIds)) {
        auto author = authors.load(id);
        if (!author)
            return author.error();
        input.render.authors << *author;
    }
    TagRepository tags(db);
    for (qint64 id : std::as_const(article->tagIds)) {
        auto tag = tags.load(id);
        if (!tag)
            return tag.error();
        input.tags << *tag;
        input.render.tagNames << tag->name;
    }
    if (article->hero) {
        auto data = ImageRepository(db).data(article->hero->imageId);
        if (!data)
            return data.error();
        input.render.heroData = *data;
    }
    // The newest save point numbers the version, so every publish after an edit carries a higher one.
    auto revisions = RevisionRepository(db).list(articleId);
    if (revisions && !revisions->isEmpty())
        input.version = QString::number(revisions->constFirst().id);
    return input;
}

Result<QJsonObject> NinjsDocument::forArticle(Database &db, qint64 articleId, Status status)
{
    auto input = load(db, articleId, status);
    if (!input)
        return input.error();
    ImageRepository images(db);
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
    return build(*input, resolve);
}
