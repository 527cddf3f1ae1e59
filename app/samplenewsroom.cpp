// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplenewsroom.h"

#include "articlerepository.h"
#include "authorrepository.h"
#include "database.h"
#include "publicationrepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SampleNewsroom)
};

StorageError badSample(const QString &detail)
{
    return {StorageError::Kind::Invalid, Tr::tr("The sample newsroom could not be read."), detail};
}

/// Ids of the names added so far, so articles can refer to sections, authors and tags by name.
struct Ids {
    QHash<QString, qint64> sections;
    QHash<QString, qint64> authors;
    QHash<QString, qint64> tags;
};

Result<void> addVocabulary(Database &db, const QJsonObject &sample, Ids &ids)
{
    const QJsonObject pub = sample.value(QLatin1StringView("publication")).toObject();
    Publication publication;
    publication.name = pub.value(QLatin1StringView("name")).toString();
    publication.tagline = pub.value(QLatin1StringView("tagline")).toString();
    publication.homeCity = pub.value(QLatin1StringView("homeCity")).toString();
    publication.locale = pub.value(QLatin1StringView("locale")).toString(publication.locale);
    publication.timeZone = pub.value(QLatin1StringView("timeZone")).toString(publication.timeZone);
    if (auto saved = PublicationRepository(db).save(publication); !saved)
        return saved.error();

    SectionRepository sections(db);
    for (const auto items = sample.value(QLatin1StringView("sections")).toArray(); const auto &name : items) {
        Section section;
        section.name = name.toString();
        auto added = sections.add(section);
        if (!added)
            return added.error();
        ids.sections.insert(added->name, added->id);
    }

    AuthorRepository authors(db);
    for (const auto values = sample.value(QLatin1StringView("authors")).toArray(); const auto &value : values) {
        const QJsonObject json = value.toObject();
        Author author;
        author.displayName = json.value(QLatin1StringView("name")).toString();
        author.bio = json.value(QLatin1StringView("bio")).toString();
        auto added = authors.add(author);
        if (!added)
            return added.error();
        ids.authors.insert(added->displayName, added->id);
    }

    TagRepository tags(db);
    for (const auto values = sample.value(QLatin1StringView("tags")).toArray(); const auto &value : values) {
        const QJsonObject json = value.toObject();
        const QString kindKey = json.value(QLatin1StringView("kind")).toString();
        const auto kind = tagKindFromKey(kindKey);
        if (!kind)
            return badSample(QStringLiteral("unknown tag kind '%1'").arg(kindKey));
        Tag tag;
        tag.name = json.value(QLatin1StringView("name")).toString();
        tag.kind = *kind;
        auto added = tags.add(tag);
        if (!added)
            return added.error();
        ids.tags.insert(added->name, added->id);
    }
    return {};
}

Result<QList<qint64>> idsOf(const QHash<QString, qint64> &known, const QJsonValue &names, const char *what)
{
    QList<qint64> found;
    for (const auto items = names.toArray(); const auto &name : items) {
        const qint64 id = known.value(name.toString());
        if (id == 0)
            return badSample(QStringLiteral("unknown %1 '%2'").arg(QLatin1StringView(what), name.toString()));
        found << id;
    }
    return found;
}

Result<Article> articleFrom(const QJsonObject &json, const Ids &ids, const QDateTime &now)
{
    const auto text = [&json](const char *key) { return json.value(QLatin1StringView(key)).toString(); };
    Article article;
    article.headline = text("headline");
    article.dek = text("dek");
    article.dateline = text("dateline");
    article.attribution = text("attribution");
    article.sourceUrl = text("sourceUrl");
    QStringList body;
    for (const auto lines = json.value(QLatin1StringView("body")).toArray(); const auto &line : lines)
        body << line.toString();
    article.body = body.join(u'\n') + u'\n';

    const QString section = text("section");
    article.sectionId = ids.sections.value(section);
    if (article.sectionId == 0)
        return badSample(QStringLiteral("unknown section '%1'").arg(section));
    const auto status = statusFromKey(text("status"));
    if (!status)
        return badSample(QStringLiteral("unknown status '%1'").arg(text("status")));
    article.status = *status;

    auto byline = idsOf(ids.authors, json.value(QLatin1StringView("byline")), "author");
    if (!byline)
        return byline.error();
    article.authorIds = byline.value();
    auto tags = idsOf(ids.tags, json.value(QLatin1StringView("tags")), "tag");
    if (!tags)
        return tags.error();
    article.tagIds = tags.value();

    // Spread in time, so the story list has an order to show.
    const int minutesAgo = json.value(QLatin1StringView("minutesAgo")).toInt();
    article.created = now.addSecs(-60 * qint64(minutesAgo));
    article.updated = article.created;
    return article;
}

} // namespace

QString SampleNewsroom::resourcePath()
{
    return QStringLiteral(":/copydesk/sample/newsroom.json");
}

Result<void> SampleNewsroom::seed(Database &db)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return badSample(QStringLiteral("%1: %2").arg(resourcePath(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return badSample(QStringLiteral("%1: %2").arg(resourcePath(), parseError.errorString()));
    const QJsonObject sample = document.object();

    return db.inTransaction([&]() -> Result<void> {
        Ids ids;
        if (auto added = addVocabulary(db, sample, ids); !added)
            return added;
        ArticleRepository articles(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto values = sample.value(QLatin1StringView("articles")).toArray(); const auto &value : values) {
            auto article = articleFrom(value.toObject(), ids, now);
            if (!article)
                return article.error();
            if (auto created = articles.create(std::move(article).value()); !created)
                return created.error();
        }
        return {};
    });
}
