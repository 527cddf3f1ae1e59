// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishtargetrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
PublishTarget target(const char *name, const char *url, PublishTargetKind kind = PublishTargetKind::WordPress,
                     const char *user = "editor")
{
    PublishTarget t;
    t.name = QString::fromUtf8(name);
    t.endpoint = QUrl(QString::fromUtf8(url));
    t.kind = kind;
    t.user = QString::fromUtf8(user);
    return t;
}
} // namespace

class PublishTargetRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedTargetsSurviveAReopenSortedByName()
    {
        TestDatabase db;
        const PublishTarget site = TAKE(PublishTargetRepository(*db).add(target("site", "https://news.example/")));
        TAKE(PublishTargetRepository(*db).add(
            target("wire", "https://wire.example/ninjs", PublishTargetKind::Ninjs, "")));
        QVERIFY(site.id > 0);
        QVERIFY(site.created.isValid());
        db.reopen();
        const QList<PublishTarget> all = TAKE(PublishTargetRepository(*db).list());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), site);
        QCOMPARE(all.at(1).kind, PublishTargetKind::Ninjs);
        QCOMPARE(all.at(1).endpoint, QUrl(QStringLiteral("https://wire.example/ninjs")));
        QCOMPARE(all.at(1).user, QString());
    }

    void findByNameIsExactAndSaysWhatIsMissing()
    {
        TestDatabase db;
        PublishTargetRepository targets(*db);
        const PublishTarget site = TAKE(targets.add(target("Site", "https://news.example/")));
        QCOMPARE(TAKE(targets.findByName(QStringLiteral("Site"))).id, site.id);
        auto missing = targets.findByName(QStringLiteral("Wire"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, StorageError::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("Wire")));
    }

    void aTakenNameIsAConflict()
    {
        TestDatabase db;
        PublishTargetRepository targets(*db);
        TAKE(targets.add(target("site", "https://news.example/")));
        auto again = targets.add(target("site", "https://other.example/"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, StorageError::Kind::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("site")));
    }

    void unusableTargetsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::newRow("plain http to another host") << u"a"_s << u"http://news.example/"_s << u"ed"_s;
        QTest::newRow("no scheme") << u"a"_s << u"news.example"_s << u"ed"_s;
        QTest::newRow("ftp") << u"a"_s << u"ftp://news.example/"_s << u"ed"_s;
        QTest::newRow("password in the address") << u"a"_s << u"https://ed:secret@news.example/"_s << u"ed"_s;
        QTest::newRow("empty name") << u" "_s << u"https://news.example/"_s << u"ed"_s;
        QTest::newRow("name with a newline") << u"a\nb"_s << u"https://news.example/"_s << u"ed"_s;
        QTest::newRow("wordpress without user") << u"a"_s << u"https://news.example/"_s << QString();
        QTest::newRow("http on a look-alike host") << u"a"_s << u"http://127.0.0.1.evil.example/"_s << u"ed"_s;
    }

    void unusableTargetsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, user);
        TestDatabase db;
        PublishTarget t;
        t.name = name;
        t.endpoint = QUrl(url);
        t.user = user;
        auto added = PublishTargetRepository(*db).add(t);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, StorageError::Kind::Invalid);
        QVERIFY(!added.error().message.isEmpty());
        QCOMPARE(TAKE(PublishTargetRepository(*db).list()).size(), 0);
    }

    void plainHttpIsAllowedOnThisComputerOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080/"_s;
        QTest::newRow("127.1.2.3") << u"http://127.1.2.3/"_s;
        QTest::newRow("localhost") << u"http://localhost:8080/wp"_s;
        QTest::newRow("::1") << u"http://[::1]:8080/"_s;
    }

    void plainHttpIsAllowedOnThisComputerOnly()
    {
        QFETCH(QString, url);
        TestDatabase db;
        QVERIFY(PublishTargetRepository(*db).add(target("local", url.toUtf8().constData())).ok());
    }

    void updateChangesEverythingButTheName()
    {
        TestDatabase db;
        PublishTargetRepository targets(*db);
        PublishTarget site = TAKE(targets.add(target("site", "https://news.example/")));
        PublishTarget changed = site;
        changed.name = QStringLiteral("renamed");
        changed.endpoint = QUrl(QStringLiteral("https://new.example/"));
        changed.user = QStringLiteral("desk");
        const PublishTarget stored = TAKE(targets.update(changed));
        QCOMPARE(stored.name, QStringLiteral("site"));
        QCOMPARE(stored.endpoint, changed.endpoint);
        QCOMPARE(stored.user, QStringLiteral("desk"));
        changed.endpoint = QUrl(QStringLiteral("http://plain.example/"));
        QCOMPARE(targets.update(changed).error().kind, StorageError::Kind::Invalid);
        QCOMPARE(TAKE(targets.find(site.id)).endpoint, QUrl(QStringLiteral("https://new.example/")));
    }

    void removeForgetsTheTarget()
    {
        TestDatabase db;
        PublishTargetRepository targets(*db);
        const PublishTarget site = TAKE(targets.add(target("site", "https://news.example/")));
        QVERIFY(targets.remove(site.id).ok());
        QCOMPARE(targets.find(site.id).error().kind, StorageError::Kind::NotFound);
        QCOMPARE(targets.remove(site.id).error().kind, StorageError::Kind::NotFound);
    }

    void sqlInANameIsJustText()
    {
        TestDatabase db;
        PublishTargetRepository targets(*db);
        const PublishTarget odd =
            TAKE(targets.add(target("x'); DROP TABLE publish_targets; --", "https://a.example/")));
        QCOMPARE(TAKE(targets.findByName(odd.name)).id, odd.id);
    }
};

QTEST_GUILESS_MAIN(PublishTargetRepositoryTest)
#include "tst_publishtargetrepository.moc"
