// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorrepository.h"
#include "testdatabase.h"

#include <QTest>

class AuthorRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorsRoundTripWithTheirBio()
    {
        TestDatabase db;
        AuthorRepository authors(*db);
        const Author a = TAKE(authors.add(
            Author{0, QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("Covers courts; “never off duty” 🗞")}));
        db.reopen();
        AuthorRepository reopened(*db);
        QCOMPARE(TAKE(reopened.load(a.id)), a);
        Author changed = a;
        changed.bio = QStringLiteral("Now the business editor.");
        QVERIFY(reopened.update(changed).ok());
        QCOMPARE(TAKE(reopened.load(a.id)).bio, changed.bio);
    }

    void findOrCreateReusesAnExistingAuthor()
    {
        TestDatabase db;
        AuthorRepository authors(*db);
        const Author first = TAKE(authors.findOrCreate(QStringLiteral("Ada O'Neill")));
        const Author again = TAKE(authors.findOrCreate(QStringLiteral("  Ada O'Neill ")));
        QCOMPARE(again.id, first.id);
        QCOMPARE(TAKE(authors.list()).size(), 1);
    }

    void aDuplicateNameIsAClearConflict()
    {
        TestDatabase db;
        AuthorRepository authors(*db);
        QVERIFY(authors.add(Author{0, QStringLiteral("Sam"), {}}).ok());
        auto clash = authors.add(Author{0, QStringLiteral("Sam"), {}});
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, StorageError::Kind::Conflict);
        QVERIFY(clash.error().message.contains(QStringLiteral("Sam")));
    }
};

QTEST_GUILESS_MAIN(AuthorRepositoryTest)
#include "tst_authorrepository.moc"
