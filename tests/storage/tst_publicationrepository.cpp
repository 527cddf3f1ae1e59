// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationrepository.h"
#include "testdatabase.h"

#include <QTest>

class PublicationRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewDatabaseHasDefaults()
    {
        TestDatabase db;
        const Publication p = TAKE(PublicationRepository(*db).load());
        QVERIFY(p.name.isEmpty());
        QCOMPARE(p.locale, QStringLiteral("en_GB"));
    }

    void settingsRoundTripAndCanBeChanged()
    {
        TestDatabase db;
        PublicationRepository publication(*db);
        Publication p{QStringLiteral("Le Quotidien d'Ålesund"), QStringLiteral("Nyheter 🌊 — “every tide”"),
                      QStringLiteral("Ålesund"), QStringLiteral("nb_NO"), QStringLiteral("Europe/Oslo")};
        QVERIFY(publication.save(p).ok());
        p.tagline = QStringLiteral("Changed");
        QVERIFY(publication.save(p).ok());
        db.reopen();
        QCOMPARE(TAKE(PublicationRepository(*db).load()), p);
    }
};

QTEST_GUILESS_MAIN(PublicationRepositoryTest)
#include "tst_publicationrepository.moc"
