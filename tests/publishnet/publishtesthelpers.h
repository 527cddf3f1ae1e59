// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the publishing tests share: the WordPress fixture's address and credentials, a full
// sample article in a test database, and a synchronous way to talk to the real site.

#include "articlerepository.h"
#include "authorrepository.h"
#include "httpclient.h"
#include "imagerepository.h"
#include "publicationrepository.h"
#include "publishendpoint.h"
#include "sectionrepository.h"
#include "tagrepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

/// The site tests/publishnet/wordpress-fixture.sh started (CTest fixture "WordPress").
struct WordPressSite {
    QUrl url;
    QUrl restRoot;
    QString user;
    QString password;

    static WordPressSite fromFixture()
    {
        WordPressSite site;
        QFile file(qEnvironmentVariable("COPYDESK_WP_FIXTURE"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the WordPress fixture's env file is missing: run through ctest (fixture WordPress)");
        for (const auto lines = file.readAll().split('\n'); const QByteArray &line : lines) {
            const qsizetype eq = line.indexOf('=');
            const QString key = QString::fromUtf8(line.left(eq));
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (key == QLatin1StringView("WP_URL"))
                site.url = QUrl(value);
            else if (key == QLatin1StringView("WP_REST_ROOT"))
                site.restRoot = QUrl(value);
            else if (key == QLatin1StringView("WP_USER"))
                site.user = value;
            else if (key == QLatin1StringView("WP_APP_PASSWORD"))
                site.password = value;
        }
        return site;
    }

    /// A REST call, waited for; `route` like "wp/v2/posts/5", query items appended.
    HttpReply call(const QByteArray &method, const QString &route, const QList<std::pair<QString, QString>> &query = {},
                   const QJsonObject &body = {}) const
    {
        QUrl url = restRoot;
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("rest_route"));
        q.addQueryItem(QStringLiteral("rest_route"), u'/' + route);
        for (const auto &[k, v] : query)
            q.addQueryItem(k, v);
        url.setQuery(q);
        HttpRequest request;
        request.method = method;
        request.url = url;
        request.headers.append(QHttpHeaders::WellKnownHeader::Authorization,
                               "Basic " + (user + u':' + password).toUtf8().toBase64());
        if (method != "GET") {
            request.headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
            request.body = QJsonDocument(body).toJson();
        }
        HttpClient client;
        HttpReply result;
        bool done = false;
        client.send(request, [&](const HttpReply &reply) {
            result = reply;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("the WordPress fixture did not answer");
        return result;
    }

    /// Posts of every status with this slug.
    QJsonArray postsWithSlug(const QString &slug) const
    {
        return call("GET", QStringLiteral("wp/v2/posts"),
                    {{QStringLiteral("slug"), slug},
                     {QStringLiteral("status"), QStringLiteral("publish,future,draft,pending,private")},
                     {QStringLiteral("context"), QStringLiteral("edit")}})
            .json()
            .array();
    }
    /// How many posts of every status the site holds.
    int postCount() const
    {
        const HttpReply reply =
            call("GET", QStringLiteral("wp/v2/posts"),
                 {{QStringLiteral("status"), QStringLiteral("publish,future,draft,pending,private")},
                  {QStringLiteral("per_page"), QStringLiteral("1")}});
        return reply.headers.value("X-WP-Total").toInt();
    }
};

inline QByteArray samplePng(QColor colour = Qt::darkCyan)
{
    QImage image(64, 40, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A complete story: section, byline with bio, tags, hero with alt text, caption and credit,
/// dek, attribution. `slug` makes it unique on the shared site.
inline Article makeSampleArticle(Database &db, const QString &slug, const QString &headline = QString())
{
    PublicationRepository(db)
        .save({QStringLiteral("The Test Courier"), QStringLiteral("News for tests"), QStringLiteral("Brisbane"),
               QStringLiteral("en_AU"), QStringLiteral("Australia/Brisbane")})
        .ok();
    SectionRepository sections(db);
    auto section = sections.findByName(QStringLiteral("Technology"));
    if (!section)
        section = sections.add({0, QStringLiteral("Technology"), QStringLiteral("technology"), 0});
    AuthorRepository authors(db);
    auto author = TAKE(authors.findOrCreate(QStringLiteral("Ada Reporter")));
    author.bio = QStringLiteral("Ada covers chips and the people who make them.");
    authors.update(author).ok();
    TagRepository tags(db);
    auto tag = [&](const QString &name, TagKind kind) {
        auto found = tags.findByName(name);
        if (found)
            return found->id;
        return TAKE(tags.add({0, name, QString(), kind})).id;
    };

    Article article;
    article.headline = headline.isEmpty() ? QStringLiteral("Chip makers race to the next node") : headline;
    article.slug = slug;
    article.slugAuto = false;
    article.dek = QStringLiteral("Three factories, one deadline, and a supply chain stretched thin.");
    article.sectionId = section->id;
    article.authorIds = {author.id};
    article.dateline = QStringLiteral("Brisbane");
    article.body =
        QStringLiteral("The first paragraph sets the scene.\n\n## A subhead\n\n> A quote from someone who knows.\n\n"
                       "The last paragraph ends it.\n");
    article.tagIds = {tag(QStringLiteral("Semiconductors"), TagKind::Topic),
                      tag(QStringLiteral("Open Foundry"), TagKind::Organisation)};
    article.attribution = QStringLiteral("The Wire Service");
    article.sourceUrl = QStringLiteral("https://wire.example/story");
    article = TAKE(ArticleRepository(db).create(article));
    HeroImage hero;
    hero.mimeType = QStringLiteral("image/png");
    hero.altText = QStringLiteral("A clean room with workers in white suits");
    hero.caption = QStringLiteral("Inside the fab.");
    hero.credit = QStringLiteral("Photo: Jo Lens");
    article.hero = TAKE(ImageRepository(db).setHero(article.id, samplePng(), hero));
    return TAKE(ArticleRepository(db).load(article.id));
}

/// Runs one endpoint operation and returns its result.
template<typename Operation>
EndpointResult runEndpoint(PublishEndpoint &endpoint, Operation operation, int timeoutMs = 60000)
{
    QSignalSpy finished(&endpoint, &PublishEndpoint::finished);
    operation();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        qFatal("the endpoint never finished");
    return finished.takeFirst().at(0).value<EndpointResult>();
}
