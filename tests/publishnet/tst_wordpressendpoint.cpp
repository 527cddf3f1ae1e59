// SPDX-License-Identifier: GPL-3.0-or-later
// End to end against the real WordPress of the fixture: publish, read back, republish, conflict,
// schedule, unpublish.

#include "publishpayloadbuilder.h"
#include "publishtesthelpers.h"
#include "wordpressendpoint.h"

#include <QUuid>

class TestWordPressEndpoint : public QObject
{
    Q_OBJECT

private:
    WordPressSite m_site;
    QString uniqueSlug(const QString &base) { return base + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8); }
    std::unique_ptr<WordPressEndpoint> endpoint()
    {
        return std::make_unique<WordPressEndpoint>(m_site.url, m_site.user, m_site.password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_site = WordPressSite::fromFixture();
        QVERIFY(m_site.url.isValid());
        QVERIFY(!m_site.password.isEmpty());
    }

    void routeUrlWorksWithBothFormsOfRoot_data()
    {
        QTest::addColumn<QUrl>("root");
        QTest::addColumn<QString>("expected");
        QTest::newRow("query") << QUrl(QStringLiteral("http://h/index.php?rest_route=/"))
                               << QStringLiteral("http://h/index.php?rest_route=/wp/v2/posts&slug=a");
        QTest::newRow("pretty") << QUrl(QStringLiteral("https://h/wp-json/"))
                                << QStringLiteral("https://h/wp-json/wp/v2/posts?slug=a");
    }
    void routeUrlWorksWithBothFormsOfRoot()
    {
        QFETCH(QUrl, root);
        QFETCH(QString, expected);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("slug"), QStringLiteral("a"));
        QCOMPARE(WordPressEndpoint::routeUrl(root, QStringLiteral("wp/v2/posts"), query).toString(), expected);
    }

    void publishesAFullArticleThatReadsBackFieldByField()
    {
        TestDatabase db;
        const Article article = makeSampleArticle(*db, uniqueSlug(QStringLiteral("chip-race")));
        const PublishPayload payload = TAKE(PublishPayloadBuilder::build(*db, article.id));
        auto wp = endpoint();
        QSignalSpy created(wp.get(), &PublishEndpoint::remoteCreated);
        const EndpointResult result = runEndpoint(*wp, [&] { wp->publish(payload, {}); });
        QVERIFY2(result.kind == EndpointResult::Kind::Live, qPrintable(result.message));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).toString(), result.remoteId);
        QVERIFY(result.url.isValid());
        QVERIFY(result.remoteModified.isValid());

        const QJsonObject post = m_site
                                     .call("GET", QStringLiteral("wp/v2/posts/") + result.remoteId,
                                           {{QStringLiteral("context"), QStringLiteral("edit")}})
                                     .json()
                                     .object();
        QCOMPARE(post.value(u"status").toString(), QStringLiteral("publish"));
        QCOMPARE(post.value(u"title").toObject().value(u"raw").toString(), article.headline);
        QCOMPARE(post.value(u"slug").toString(), article.slug);
        QCOMPARE(post.value(u"excerpt").toObject().value(u"raw").toString(), article.dek);
        const QString content = post.value(u"content").toObject().value(u"raw").toString();
        QVERIFY2(content.contains(QStringLiteral("The first paragraph sets the scene.")), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("<h2")));
        QVERIFY(content.contains(QStringLiteral("<blockquote")));
        QVERIFY(content.contains(QStringLiteral("By Ada Reporter")));
        QVERIFY(content.contains(QStringLiteral("Ada covers chips")));
        QVERIFY(content.contains(QStringLiteral("First reported by")));
        QVERIFY(!content.contains(QStringLiteral("<html")));

        QStringList tagSlugs;
        for (const auto ids = post.value(u"tags").toArray(); const QJsonValue &id : ids)
            tagSlugs << m_site.call("GET", QStringLiteral("wp/v2/tags/%1").arg(id.toInt()))
                            .json()
                            .object()
                            .value(u"slug")
                            .toString();
        tagSlugs.sort();
        QCOMPARE(tagSlugs, (QStringList{QStringLiteral("open-foundry"), QStringLiteral("semiconductors")}));
        const QJsonArray categories = post.value(u"categories").toArray();
        QCOMPARE(categories.size(), 1);
        QCOMPARE(m_site.call("GET", QStringLiteral("wp/v2/categories/%1").arg(categories.at(0).toInt()))
                     .json()
                     .object()
                     .value(u"slug")
                     .toString(),
                 QStringLiteral("technology"));

        const int media = post.value(u"featured_media").toInt();
        QVERIFY(media > 0);
        const QJsonObject image = m_site
                                      .call("GET", QStringLiteral("wp/v2/media/%1").arg(media),
                                            {{QStringLiteral("context"), QStringLiteral("edit")}})
                                      .json()
                                      .object();
        QCOMPARE(image.value(u"alt_text").toString(), article.hero->altText);
        const QString caption = image.value(u"caption").toObject().value(u"raw").toString();
        QVERIFY2(caption.contains(article.hero->caption) && caption.contains(article.hero->credit),
                 qPrintable(caption));
        QCOMPARE(image.value(u"mime_type").toString(), QStringLiteral("image/png"));
    }

    void republishUpdatesTheSamePost()
    {
        TestDatabase db;
        Article article = makeSampleArticle(*db, uniqueSlug(QStringLiteral("republish")));
        auto wp = endpoint();
        const EndpointResult first =
            runEndpoint(*wp, [&] { wp->publish(TAKE(PublishPayloadBuilder::build(*db, article.id)), {}); });
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        const int posts = m_site.postCount();
        const int mediaBefore = m_site.call("GET", QStringLiteral("wp/v2/posts/") + first.remoteId)
                                    .json()
                                    .object()
                                    .value(u"featured_media")
                                    .toInt();

        article.headline = QStringLiteral("Chip makers reach the next node");
        TAKE(ArticleRepository(*db).update(article));
        RemoteState remote{first.remoteId, first.remoteModified, false, false};
        const EndpointResult second =
            runEndpoint(*wp, [&] { wp->publish(TAKE(PublishPayloadBuilder::build(*db, article.id)), remote); });
        QVERIFY2(second.kind == EndpointResult::Kind::Live, qPrintable(second.message));
        QCOMPARE(second.remoteId, first.remoteId);
        QCOMPARE(m_site.postCount(), posts);
        const QJsonObject post = m_site
                                     .call("GET", QStringLiteral("wp/v2/posts/") + first.remoteId,
                                           {{QStringLiteral("context"), QStringLiteral("edit")}})
                                     .json()
                                     .object();
        QCOMPARE(post.value(u"title").toObject().value(u"raw").toString(), article.headline);
        // The same picture is not uploaded twice.
        QCOMPARE(post.value(u"featured_media").toInt(), mediaBefore);
    }

    void aRemoteEditIsNotOverwrittenWithoutConsent()
    {
        TestDatabase db;
        const Article article = makeSampleArticle(*db, uniqueSlug(QStringLiteral("conflict")));
        const PublishPayload payload = TAKE(PublishPayloadBuilder::build(*db, article.id));
        auto wp = endpoint();
        const EndpointResult first = runEndpoint(*wp, [&] { wp->publish(payload, {}); });
        QVERIFY2(first.succeeded(), qPrintable(first.message));

        QTest::qWait(1100); // modified_gmt has whole seconds
        const HttpReply edit =
            m_site.call("POST", QStringLiteral("wp/v2/posts/") + first.remoteId, {},
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Edited on the site")}});
        QVERIFY(edit.ok());

        RemoteState remote{first.remoteId, first.remoteModified, false, false};
        const EndpointResult refused = runEndpoint(*wp, [&] { wp->publish(payload, remote); });
        QCOMPARE(refused.kind, EndpointResult::Kind::Conflict);
        QVERIFY(!refused.message.isEmpty());
        QCOMPARE(m_site
                     .call("GET", QStringLiteral("wp/v2/posts/") + first.remoteId,
                           {{QStringLiteral("context"), QStringLiteral("edit")}})
                     .json()
                     .object()
                     .value(u"title")
                     .toObject()
                     .value(u"raw")
                     .toString(),
                 QStringLiteral("Edited on the site"));

        remote.overwriteRemote = true;
        const EndpointResult overwritten = runEndpoint(*wp, [&] { wp->publish(payload, remote); });
        QVERIFY2(overwritten.kind == EndpointResult::Kind::Live, qPrintable(overwritten.message));
        QCOMPARE(overwritten.remoteId, first.remoteId);
        QCOMPARE(m_site
                     .call("GET", QStringLiteral("wp/v2/posts/") + first.remoteId,
                           {{QStringLiteral("context"), QStringLiteral("edit")}})
                     .json()
                     .object()
                     .value(u"title")
                     .toObject()
                     .value(u"raw")
                     .toString(),
                 article.headline);
    }

    void aScheduledPieceIsFutureWithItsDate()
    {
        TestDatabase db;
        Article article = makeSampleArticle(*db, uniqueSlug(QStringLiteral("scheduled")));
        const QDateTime when =
            QDateTime::currentDateTimeUtc().addDays(2).addSecs(-QDateTime::currentDateTimeUtc().time().second());
        article.scheduled = QDateTime(when.date(), QTime(when.time().hour(), when.time().minute()), QTimeZone::UTC);
        TAKE(ArticleRepository(*db).update(article));
        auto wp = endpoint();
        const EndpointResult result =
            runEndpoint(*wp, [&] { wp->publish(TAKE(PublishPayloadBuilder::build(*db, article.id)), {}); });
        QVERIFY2(result.kind == EndpointResult::Kind::Scheduled, qPrintable(result.message));
        const QJsonObject post = m_site
                                     .call("GET", QStringLiteral("wp/v2/posts/") + result.remoteId,
                                           {{QStringLiteral("context"), QStringLiteral("edit")}})
                                     .json()
                                     .object();
        QCOMPARE(post.value(u"status").toString(), QStringLiteral("future"));
        QCOMPARE(post.value(u"date_gmt").toString(), article.scheduled.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    }

    void unpublishMovesThePostBackToDraft()
    {
        TestDatabase db;
        const Article article = makeSampleArticle(*db, uniqueSlug(QStringLiteral("unpublish")));
        const PublishPayload payload = TAKE(PublishPayloadBuilder::build(*db, article.id));
        auto wp = endpoint();
        const EndpointResult live = runEndpoint(*wp, [&] { wp->publish(payload, {}); });
        QVERIFY2(live.succeeded(), qPrintable(live.message));
        const EndpointResult off =
            runEndpoint(*wp, [&] { wp->unpublish(payload, {live.remoteId, live.remoteModified, false, false}); });
        QVERIFY2(off.kind == EndpointResult::Kind::Unpublished, qPrintable(off.message));
        QCOMPARE(m_site
                     .call("GET", QStringLiteral("wp/v2/posts/") + live.remoteId,
                           {{QStringLiteral("context"), QStringLiteral("edit")}})
                     .json()
                     .object()
                     .value(u"status")
                     .toString(),
                 QStringLiteral("draft"));
    }
};

QTEST_GUILESS_MAIN(TestWordPressEndpoint)
#include "tst_wordpressendpoint.moc"
