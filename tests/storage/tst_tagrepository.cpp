// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"
#include "testdatabase.h"

#include <QTest>

class TagRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsRoundTripWithTheirKindAndSlug_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("slug");
        QTest::newRow("organisation") << QStringLiteral("OpenAI") << int(TagKind::Organisation)
                                      << QStringLiteral("openai");
        QTest::newRow("person") << QStringLiteral("Jacinda Ardern") << int(TagKind::Person)
                                << QStringLiteral("jacinda-ardern");
        QTest::newRow("place") << QStringLiteral("São Paulo") << int(TagKind::Place) << QStringLiteral("sao-paulo");
        QTest::newRow("greek") << QStringLiteral("Αθήνα") << int(TagKind::Place) << QStringLiteral("athena");
        QTest::newRow("emoji") << QStringLiteral("AI 🤖") << int(TagKind::Topic) << QStringLiteral("ai");
        QTest::newRow("sql") << QStringLiteral("x'); DELETE FROM tags;--") << int(TagKind::Topic)
                             << QStringLiteral("x-delete-from-tags");
    }
    void tagsRoundTripWithTheirKindAndSlug()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, slug);
        TestDatabase db;
        TagRepository tags(*db);
        const Tag added = TAKE(tags.add(Tag{0, name, {}, TagKind(kind)}));
        QCOMPARE(added.slug, slug);
        db.reopen();
        TagRepository reopened(*db);
        QCOMPARE(TAKE(reopened.load(added.id)), added);
        QCOMPARE(TAKE(reopened.findByName(name.toUpper())).id, added.id);
        QCOMPARE(TAKE(reopened.list()).size(), 1);
    }

    void aNameThatDiffersOnlyByCaseIsTheSameTag()
    {
        TestDatabase db;
        TagRepository tags(*db);
        QVERIFY(tags.add(Tag{0, QStringLiteral("OpenAI"), {}, TagKind::Organisation}).ok());
        auto clash = tags.add(Tag{0, QStringLiteral("openai"), {}, TagKind::Organisation});
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, StorageError::Kind::Conflict);
        QVERIFY(clash.error().message.contains(QStringLiteral("openai")));
    }

    void anEmptyNameIsRefused()
    {
        TestDatabase db;
        auto refused = TagRepository(*db).add(Tag{0, QStringLiteral("   "), {}, TagKind::Topic});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
    }

    void theListIsSortedByName()
    {
        TestDatabase db;
        TagRepository tags(*db);
        for (const char *n : {"zeta", "Alpha", "mu"})
            QVERIFY(tags.add(Tag{0, QLatin1StringView(n), {}, TagKind::Topic}).ok());
        const QList<Tag> list = TAKE(tags.list());
        QCOMPARE(list.at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(list.at(2).name, QStringLiteral("zeta"));
    }
};

QTEST_GUILESS_MAIN(TagRepositoryTest)
#include "tst_tagrepository.moc"
