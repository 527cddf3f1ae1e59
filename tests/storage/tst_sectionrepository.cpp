// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionrepository.h"
#include "testdatabase.h"

#include <QTest>

class SectionRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsKeepTheOrderTheyWereAddedIn()
    {
        TestDatabase db;
        SectionRepository sections(*db);
        for (const char *name : {"Politics", "Business", "Technology"})
            QVERIFY(sections.add(Section{0, QLatin1StringView(name), {}, 0}).ok());
        db.reopen();
        const QList<Section> list = TAKE(SectionRepository(*db).list());
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name, QStringLiteral("Politics"));
        QCOMPARE(list.at(2).slug, QStringLiteral("technology"));
        QVERIFY(list.at(0).position < list.at(1).position);
    }

    void findByNameIgnoresCase()
    {
        TestDatabase db;
        SectionRepository sections(*db);
        const Section s = TAKE(sections.add(Section{0, QStringLiteral("Économie"), {}, 0}));
        QCOMPARE(s.slug, QStringLiteral("economie"));
        QCOMPARE(TAKE(sections.findByName(QStringLiteral("économie"))).id, s.id);
        auto missing = sections.findByName(QStringLiteral("Sport"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, StorageError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(SectionRepositoryTest)
#include "tst_sectionrepository.moc"
