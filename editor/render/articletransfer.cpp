// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletransfer.h"

#include "articlerenderer.h"
#include "articlerepository.h"
#include "authorrepository.h"
#include "database.h"
#include "imagerepository.h"
#include "publicationrepository.h"
#include "sectionrepository.h"
#include "slug.h"
#include "tagrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>

namespace {

using Kind = StorageError::Kind;

StorageError withFileName(const QString &path, StorageError error)
{
    error.message = ArticleTransfer::tr("%1: %2").arg(QDir::toNativeSeparators(path), error.message);
    return error;
}

StorageError invalid(const QString &message, const QString &detail = QString())
{
    return StorageError{Kind::Invalid, message, detail};
}

QString mimeTypeOfFormat(const QByteArray &format)
{
    const QString name = QString::fromLatin1(format).toLower();
    if (name == QLatin1StringView("jpg") || name == QLatin1StringView("jpeg"))
        return QStringLiteral("image/jpeg");
    if (name == QLatin1StringView("svg"))
        return QStringLiteral("image/svg+xml");
    return QStringLiteral("image/") + name;
}

// From the bytes, never from a name or a declared type, so export → import → export agrees.
QString sniffMimeType(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    return format.isEmpty() ? QString() : mimeTypeOfFormat(format);
}

struct HeroBytes {
    QByteArray data;
    QString mimeType;
};

Result<QByteArray> decodeDataUri(const QString &uri)
{
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return invalid(ArticleTransfer::tr("the hero_image data: URI has no ',' before its data"));
    const QString meta = uri.mid(5, comma - 5);
    QByteArray payload = uri.mid(comma + 1).toUtf8();
    if (!meta.endsWith(QLatin1StringView(";base64"), Qt::CaseInsensitive))
        return QByteArray::fromPercentEncoding(payload);
    payload = QByteArray::fromPercentEncoding(payload).simplified().replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(ArticleTransfer::tr("the hero_image data: URI is not valid base64"));
    return *decoded;
}

Result<HeroBytes> readHero(const QString &heroImage, const QDir &folder)
{
    const bool isDataUri = heroImage.startsWith(QLatin1StringView("data:"), Qt::CaseInsensitive);
    QString name = ArticleTransfer::tr("the hero_image data: URI");
    QByteArray data;
    if (isDataUri) {
        auto decoded = decodeDataUri(heroImage);
        if (!decoded)
            return decoded.error();
        data = *decoded;
    } else {
        const QString path = folder.absoluteFilePath(heroImage);
        name = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return StorageError{Kind::NotFound,
                                ArticleTransfer::tr("cannot read the hero image %1: %2").arg(name, file.errorString()),
                                QStringLiteral("hero image")};
        }
        data = file.readAll();
    }
    // Decoding all of it, not just the header: a truncated or disguised file is refused here.
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (reader.read().isNull()) {
        return invalid(ArticleTransfer::tr("the hero image %1 is not an image that Copydesk can read").arg(name),
                       reader.errorString());
    }
    return HeroBytes{data, mimeTypeOfFormat(format)};
}

struct Names {
    Database &db;
    QStringList &warnings;

    Result<qint64> section(const QString &name)
    {
        SectionRepository sections(db);
        auto found = sections.findByName(name);
        if (found)
            return found->id;
        if (found.error().kind != Kind::NotFound)
            return found.error();
        auto added = sections.add(Section{0, name, QString(), 0});
        if (!added)
            return added.error();
        warnings << ArticleTransfer::tr("new section '%1' created").arg(name);
        return added->id;
    }

    Result<QList<qint64>> authors(const QStringList &names)
    {
        AuthorRepository authors(db);
        QList<qint64> ids;
        for (const QString &name : names) {
            auto author = authors.findOrCreate(name);
            if (!author)
                return author.error();
            if (!ids.contains(author->id)) // a name written twice is still one byline entry
                ids << author->id;
        }
        return ids;
    }

    Result<QList<qint64>> tags(const QStringList &names)
    {
        TagRepository tags(db);
        QList<qint64> ids;
        for (const QString &name : names) {
            auto tag = tags.findByName(name);
            if (!tag && tag.error().kind == Kind::NotFound) {
                tag = tags.add(Tag{0, name, QString(), TagKind::Topic});
                if (tag)
                    warnings << ArticleTransfer::tr("new tag '%1' created").arg(name);
            }
            if (!tag)
                return tag.error();
            if (!ids.contains(tag->id))
                ids << tag->id;
        }
        return ids;
    }
};

Result<ImportOutcome> store(Database &db, const ArticleFile &file, const QString &canonicalPath,
                            const std::optional<HeroBytes> &heroBytes, QStringList warnings)
{
    return db.inTransaction([&]() -> Result<ImportOutcome> {
        Names names{db, warnings};
        Article article;
        article.headline = file.headline;
        if (article.headline.isEmpty()) {
            article.headline = QFileInfo(canonicalPath).completeBaseName();
            warnings << ArticleTransfer::tr("no headline: the file name became the headline");
        }
        if (!file.slug.isEmpty()) {
            article.slug = slugify(file.slug);
            article.slugAuto = false;
            ArticleRepository articles(db);
            auto taken = articles.findBySlug(article.slug);
            if (taken) {
                return StorageError{Kind::Conflict,
                                    ArticleTransfer::tr("another story already has the slug '%1' (remove the slug line "
                                                        "or change it to import this file as a new story)")
                                        .arg(article.slug),
                                    QStringLiteral("slug conflict on import")};
            }
            if (taken.error().kind != Kind::NotFound)
                return taken.error();
            if (article.slug != file.slug)
                warnings << ArticleTransfer::tr("the slug '%1' became '%2'").arg(file.slug, article.slug);
        }
        if (!file.section.isEmpty()) {
            auto section = names.section(file.section);
            if (!section)
                return section.error();
            article.sectionId = *section;
        }
        auto authors = names.authors(file.byline);
        if (!authors)
            return authors.error();
        article.authorIds = *authors;
        auto tags = names.tags(file.tags);
        if (!tags)
            return tags.error();
        article.tagIds = *tags;
        article.dek = file.dek;
        article.dekWaived = file.dekWaived;
        article.dateline = file.dateline;
        article.published = file.published;
        article.scheduled = file.scheduled;
        article.status = statusFromKey(file.status).value_or(ArticleStatus::Draft);
        article.body = file.body;
        article.attribution = file.attribution;
        article.sourceUrl = file.sourceUrl;
        article.notes = file.notes;
        article.extraFrontMatter = file.extraFrontMatter;

        ArticleRepository articles(db);
        auto created = articles.create(article);
        if (!created)
            return created.error();
        if (heroBytes) {
            auto hero = ImageRepository(db).setHero(
                created->id, heroBytes->data,
                HeroImage{0, heroBytes->mimeType, file.heroAlt, file.heroCaption, file.heroCredit});
            if (!hero)
                return hero.error();
        }
        if (auto r = articles.setSourcePath(created->id, canonicalPath); !r)
            return r.error();
        return ImportOutcome{created->id, created->slug, warnings, false};
    });
}

Result<Article> loadBySlug(Database &db, const QString &slug)
{
    auto article = ArticleRepository(db).findBySlug(slug);
    if (!article && article.error().kind == Kind::NotFound) {
        return StorageError{Kind::NotFound, ArticleTransfer::tr("there is no story with the slug '%1'").arg(slug),
                            article.error().detail};
    }
    return article;
}

} // namespace

Result<ImportOutcome> ArticleTransfer::importFile(Database &db, const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return withFileName(path, StorageError{Kind::NotFound, tr("there is no such file"), QStringLiteral("import")});
    ArticleRepository articles(db);
    auto before = articles.findBySourcePath(canonical);
    if (!before)
        return before.error();
    if (*before) {
        auto article = articles.load(**before);
        if (!article)
            return article.error();
        return ImportOutcome{article->id, article->slug, {}, true};
    }

    QFile input(canonical);
    if (!input.open(QIODevice::ReadOnly)) {
        return withFileName(path,
                            StorageError{Kind::NotFound, tr("cannot read the file: %1").arg(input.errorString()),
                                         QStringLiteral("import")});
    }
    const auto tooLarge = [&](const QString &what) {
        return withFileName(path,
                            StorageError{Kind::Invalid,
                                         tr("%1; Copydesk imports article files of up to %2 MB and %3 lines")
                                             .arg(what, QLocale().toString(maxFileBytes / (qint64{1024} * 1024)),
                                                  QLocale().toString(maxFileLines)),
                                         QStringLiteral("import: file too large")});
    };
    if (input.size() > maxFileBytes)
        return tooLarge(tr("the file is %1 MB").arg(QLocale().toString(double(input.size()) / (1024 * 1024), 'f', 1)));
    const QByteArray bytes = input.readAll();
    if (const qsizetype lines = bytes.count('\n'); lines > maxFileLines)
        return tooLarge(tr("the file has %1 lines").arg(QLocale().toString(lines)));
    auto file = ArticleFile::parse(bytes);
    if (!file)
        return withFileName(path, file.error());
    QStringList warnings = file->warnings;

    std::optional<HeroBytes> hero;
    if (!file->heroImage.isEmpty()) {
        auto bytes = readHero(file->heroImage, QFileInfo(canonical).absoluteDir());
        if (!bytes)
            return withFileName(path, bytes.error());
        hero = *bytes;
    } else if (!file->heroAlt.isEmpty() || !file->heroCaption.isEmpty() || !file->heroCredit.isEmpty()) {
        warnings << tr("hero_alt, hero_caption and hero_credit were left out: there is no hero_image");
    }

    auto stored = store(db, *file, canonical, hero, warnings);
    if (!stored)
        return withFileName(path, stored.error());
    return stored;
}

std::vector<Result<ImportOutcome>> ArticleTransfer::importFiles(Database &db, const QStringList &paths)
{
    std::vector<Result<ImportOutcome>> outcomes;
    outcomes.reserve(size_t(paths.size()));
    for (const QString &path : paths)
        outcomes.push_back(importFile(db, path));
    return outcomes;
}

Result<ArticleFile> ArticleTransfer::toFile(Database &db, const Article &article)
{
    ArticleFile file;
    file.headline = article.headline;
    file.dek = article.dek;
    file.dekWaived = article.dekWaived;
    if (article.sectionId != 0) {
        auto sections = SectionRepository(db).list();
        if (!sections)
            return sections.error();
        for (const Section &section : std::as_const(*sections)) {
            if (section.id == article.sectionId)
                file.section = section.name;
        }
    }
    file.slug = article.slug;
    AuthorRepository authors(db);
    for (qint64 id : article.authorIds) {
        auto author = authors.load(id);
        if (!author)
            return author.error();
        file.byline << author->displayName;
    }
    file.dateline = article.dateline;
    file.published = article.published.toUTC();
    file.scheduled = article.scheduled.toUTC();
    file.status = statusKey(article.status);
    TagRepository tags(db);
    for (qint64 id : article.tagIds) {
        auto tag = tags.load(id);
        if (!tag)
            return tag.error();
        file.tags << tag->name;
    }
    if (article.hero) {
        auto data = ImageRepository(db).data(article.hero->imageId);
        if (!data)
            return data.error();
        const QString sniffed = sniffMimeType(*data);
        file.heroImage = ArticleRenderer::dataUri(*data, sniffed.isEmpty() ? article.hero->mimeType : sniffed);
        file.heroAlt = article.hero->altText;
        file.heroCaption = article.hero->caption;
        file.heroCredit = article.hero->credit;
    }
    file.attribution = article.attribution;
    file.sourceUrl = article.sourceUrl;
    file.notes = article.notes;
    file.extraFrontMatter = article.extraFrontMatter;
    file.body = article.body;
    return file;
}

Result<QByteArray> ArticleTransfer::exportMarkdown(Database &db, const QString &slug)
{
    auto article = loadBySlug(db, slug);
    if (!article)
        return article.error();
    auto file = toFile(db, *article);
    if (!file)
        return file.error();
    return file->toBytes();
}

Result<QByteArray> ArticleTransfer::exportHtml(Database &db, const QString &slug)
{
    auto article = loadBySlug(db, slug);
    if (!article)
        return article.error();
    auto file = toFile(db, *article);
    if (!file)
        return file.error();
    auto publication = PublicationRepository(db).load();
    if (!publication)
        return publication.error();

    RenderInput input;
    input.article = *article;
    input.sectionName = file->section;
    AuthorRepository authors(db);
    for (qint64 id : std::as_const(article->authorIds)) {
        auto author = authors.load(id);
        if (!author)
            return author.error();
        input.authors << *author;
    }
    input.tagNames = file->tags;
    input.publication = *publication;
    ImageRepository images(db);
    if (article->hero) {
        auto data = images.data(article->hero->imageId);
        if (!data)
            return data.error();
        input.heroData = *data;
    }
    const qint64 articleId = article->id;
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
    return ArticleRenderer::page(input, resolve).toUtf8();
}
