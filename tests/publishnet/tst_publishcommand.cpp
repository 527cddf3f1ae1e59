// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk publish` and `copydesk unpublish`, run as users meet them: the built program, its
// secret in the real keychain (tests/run-tests.sh), the real WordPress of the fixture.

#include "publishtesthelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

class TestPublishCommand : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    WordPressSite m_site;
    QTemporaryDir m_dir;
    QString m_service = QStringLiteral("copydesk-test-") + QUuid::createUuid().toString(QUuid::Id128);

    QString database() const { return m_dir.filePath(QStringLiteral("copydesk.db")); }
    QString uniqueSlug(const QString &base) { return base + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8); }

    Run copydesk(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COPYDESK_KEYCHAIN_SERVICE"), m_service);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(COPYDESK_EXECUTABLE),
                      arguments + QStringList{QStringLiteral("--database"), database()});
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(180000))
            return {};
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    Article stored(const QString &slug)
    {
        auto db = TAKE(Database::open(database()));
        return TAKE(ArticleRepository(*db).findBySlug(slug));
    }

    // A story stored in the test's database file, closed again before the program opens it.
    QString storeStory(const QString &base, bool withTags = true)
    {
        auto db = TAKE(Database::open(database()));
        const QString slug = uniqueSlug(base);
        Article article = makeSampleArticle(*db, slug);
        if (!withTags) {
            article.tagIds.clear();
            TAKE(ArticleRepository(*db).update(article));
        }
        return slug;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_site = WordPressSite::fromFixture();
        QVERIFY(m_dir.isValid());
        const Run added = copydesk({QStringLiteral("targets"), QStringLiteral("add"), QStringLiteral("Site"),
                                    QStringLiteral("--kind"), QStringLiteral("wordpress"), QStringLiteral("--url"),
                                    m_site.url.toString(), QStringLiteral("--user"), m_site.user},
                                   m_site.password.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void publishPutsTheStoryLiveAndRepublishUpdatesIt()
    {
        const QString slug = storeStory(QStringLiteral("cli"));
        const Run first =
            copydesk({QStringLiteral("publish"), slug, QStringLiteral("--target"), QStringLiteral("Site")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith(QStringLiteral("live\t") + m_site.url.toString()), qPrintable(first.out));
        const QJsonArray posts = m_site.postsWithSlug(slug);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.at(0).toObject().value(u"status").toString(), QStringLiteral("publish"));
        // The story's own status follows the site, with the time it went out.
        const Article live = stored(slug);
        QCOMPARE(live.status, ArticleStatus::Published);
        QVERIFY(live.published.isValid());
        QVERIFY(qAbs(live.published.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        const int count = m_site.postCount();

        const Run again =
            copydesk({QStringLiteral("publish"), slug, QStringLiteral("--target"), QStringLiteral("Site")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(m_site.postCount(), count);
        QCOMPARE(m_site.postsWithSlug(slug).at(0).toObject().value(u"id"), posts.at(0).toObject().value(u"id"));
        QCOMPARE(stored(slug).status, ArticleStatus::Updated);
        QCOMPARE(stored(slug).published, live.published); // republishing keeps the first publication time

        const Run off =
            copydesk({QStringLiteral("unpublish"), slug, QStringLiteral("--target"), QStringLiteral("Site")});
        QVERIFY2(off.exitCode == 0, qPrintable(off.err));
        QVERIFY(off.out.startsWith(QStringLiteral("unpublished")));
        QCOMPARE(m_site.postsWithSlug(slug).at(0).toObject().value(u"status").toString(), QStringLiteral("draft"));
        QCOMPARE(stored(slug).status, ArticleStatus::Unpublished);
    }

    void aFailingChecklistSendsNothing()
    {
        const QString slug = storeStory(QStringLiteral("cli-untagged"), false);
        const Run refused =
            copydesk({QStringLiteral("publish"), slug, QStringLiteral("--target"), QStringLiteral("Site")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("checklist")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(m_site.postsWithSlug(slug).size(), 0);
        QCOMPARE(stored(slug).status, ArticleStatus::Draft);
    }

    void unknownTargetsAndStoriesAreUsageErrorsInPlainWords_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no target") << QStringList{QStringLiteral("publish"), QStringLiteral("x")} << 2;
        QTest::newRow("unknown target") << QStringList{QStringLiteral("publish"), QStringLiteral("x"),
                                                       QStringLiteral("--target"), QStringLiteral("Nowhere")}
                                        << 1;
        QTest::newRow("no slug") << QStringList{QStringLiteral("unpublish"), QStringLiteral("--target"),
                                                QStringLiteral("Site")}
                                 << 2;
    }
    void unknownTargetsAndStoriesAreUsageErrorsInPlainWords()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = copydesk(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.err.startsWith(QStringLiteral("copydesk: ")));
    }
};

QTEST_GUILESS_MAIN(TestPublishCommand)
#include "tst_publishcommand.moc"
