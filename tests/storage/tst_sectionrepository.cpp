// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

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

    void renamingKeepsTheSlugAndRefusesATakenName()
    {
        TestDatabase db;
        SectionRepository sections(*db);
        const Section tech = TAKE(sections.add(Section{0, QStringLiteral("Tech"), {}, 0}));
        TAKE(sections.add(Section{0, QStringLiteral("Business"), {}, 0}));
        QVERIFY(sections.rename(tech.id, QStringLiteral("Technology")).ok());
        db.reopen();
        SectionRepository again(*db);
        const Section renamed = TAKE(again.findByName(QStringLiteral("technology")));
        QCOMPARE(renamed.id, tech.id);
        QCOMPARE(renamed.slug, QStringLiteral("tech"));
        auto taken = again.rename(tech.id, QStringLiteral("business"));
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().kind, StorageError::Kind::Conflict);
        QVERIFY(!again.rename(tech.id, QStringLiteral("  ")).ok());
    }

    void reorderPutsTheNamedSectionsFirst()
    {
        TestDatabase db;
        SectionRepository sections(*db);
        QList<qint64> ids;
        for (const char *name : {"A", "B", "C", "D"})
            ids.append(TAKE(sections.add(Section{0, QLatin1StringView(name), {}, 0})).id);
        QVERIFY(sections.reorder({ids.at(2), ids.at(0)}).ok());
        db.reopen();
        QStringList names;
        for (const auto stored = TAKE(SectionRepository(*db).list()); const Section &s : stored)
            names.append(s.name);
        QCOMPARE(names, (QStringList{u"C"_s, u"A"_s, u"B"_s, u"D"_s}));
    }

    void aRetiredSectionIsListedAsRetiredAndCanComeBack()
    {
        TestDatabase db;
        SectionRepository sections(*db);
        const Section old = TAKE(sections.add(Section{0, QStringLiteral("Motoring"), {}, 0}));
        QVERIFY(sections.setRetired(old.id, true).ok());
        db.reopen();
        Section listed = TAKE(SectionRepository(*db).list()).constFirst();
        QCOMPARE(listed.id, old.id);
        QVERIFY(listed.retired);
        QVERIFY(TAKE(SectionRepository(*db).findByName(QStringLiteral("Motoring"))).retired);
        QVERIFY(SectionRepository(*db).setRetired(old.id, false).ok());
        QVERIFY(!TAKE(SectionRepository(*db).list()).constFirst().retired);
    }
};

QTEST_GUILESS_MAIN(SectionRepositoryTest)
#include "tst_sectionrepository.moc"
