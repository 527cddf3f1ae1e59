// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleremoterepository.h"
#include "publishfixture.h"

#include <QTest>

class ArticleRemoteRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedRemoteIsFoundAfterAReopenWithEveryField()
    {
        TestDatabase db;
        ArticleRemote r;
        r.articleId = addStory(*db, "Rates rise");
        r.targetId = addTarget(*db, "site");
        r.remoteId = QStringLiteral("42");
        r.url = QUrl(QStringLiteral("https://news.example/?p=42"));
        r.published = QDateTime(QDate(2026, 5, 21), QTime(9, 30, 1, 250), QTimeZone::UTC);
        r.remoteModified = QDateTime(QDate(2026, 5, 21), QTime(9, 30, 2), QTimeZone::UTC);
        QVERIFY(ArticleRemoteRepository(*db).save(r).ok());
        db.reopen();
        const auto found = TAKE(ArticleRemoteRepository(*db).find(r.articleId, r.targetId));
        QVERIFY(found.has_value());
        QCOMPARE(*found, r);
    }

    void savingAgainUpdatesTheSameRecord()
    {
        TestDatabase db;
        ArticleRemoteRepository remotes(*db);
        ArticleRemote r{addStory(*db, "One"), addTarget(*db, "site"), QStringLiteral("7"), {}, 0, {}, {}};
        QVERIFY(remotes.save(r).ok());
        r.url = QUrl(QStringLiteral("https://news.example/one"));
        r.remoteModified = QDateTime::currentDateTimeUtc();
        r.remoteModified.setTime(QTime(r.remoteModified.time().hour(), 0));
        QVERIFY(remotes.save(r).ok());
        const QList<ArticleRemote> all = TAKE(remotes.list(r.articleId));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst(), r);
    }

    void anArticleNeverSentHasNoRemote()
    {
        TestDatabase db;
        const auto found = TAKE(ArticleRemoteRepository(*db).find(addStory(*db, "New"), addTarget(*db, "site")));
        QVERIFY(!found.has_value());
    }

    void anEmptyRemoteIdIsRefused()
    {
        TestDatabase db;
        auto saved = ArticleRemoteRepository(*db).save(
            ArticleRemote{addStory(*db, "A"), addTarget(*db, "s"), {}, {}, 0, {}, {}});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, StorageError::Kind::Invalid);
    }

    void eachTargetHasItsOwnRecordAndRemoveForgetsOne()
    {
        TestDatabase db;
        ArticleRemoteRepository remotes(*db);
        const qint64 story = addStory(*db, "Both");
        const qint64 site = addTarget(*db, "site");
        const qint64 wire = addTarget(*db, "wire");
        QVERIFY(remotes.save({story, site, QStringLiteral("1"), {}, 0, {}, {}}).ok());
        QVERIFY(remotes.save({story, wire, QStringLiteral("urn:x"), {}, 0, {}, {}}).ok());
        QCOMPARE(TAKE(remotes.list(story)).size(), 2);
        QVERIFY(remotes.remove(story, site).ok());
        const QList<ArticleRemote> left = TAKE(remotes.list(story));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().targetId, wire);
        QVERIFY(remotes.remove(story, site).ok());
    }

    void removingTheTargetForgetsItsRemotes()
    {
        TestDatabase db;
        const qint64 story = addStory(*db, "Gone");
        const qint64 site = addTarget(*db, "site");
        QVERIFY(ArticleRemoteRepository(*db).save({story, site, QStringLiteral("1"), {}, 0, {}, {}}).ok());
        QVERIFY(PublishTargetRepository(*db).remove(site).ok());
        QCOMPARE(TAKE(ArticleRemoteRepository(*db).list(story)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ArticleRemoteRepositoryTest)
#include "tst_articleremoterepository.moc"
