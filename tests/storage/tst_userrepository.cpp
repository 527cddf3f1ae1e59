// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorrepository.h"
#include "testdatabase.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class UserRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstPersonOnADeskBecomesItsEditor()
    {
        TestDatabase db;
        UserRepository users(*db);
        const UserProfile first = TAKE(users.ensure(u"ada"_s, u"Ada Lovelace"_s));
        QCOMPARE(first.role, Role::Editor);
        QCOMPARE(first.displayName, u"Ada Lovelace"_s);
        QVERIFY(first.created.isValid());
        const UserProfile second = TAKE(users.ensure(u"bob"_s));
        QCOMPARE(second.role, Role::Journalist);
        QCOMPARE(second.displayName, u"bob"_s); // no name given: the login until they set one
    }

    void ensuringAgainKeepsTheProfileAsItWas()
    {
        TestDatabase db;
        UserRepository users(*db);
        TAKE(users.ensure(u"ada"_s, u"Ada"_s));
        TAKE(users.ensure(u"bob"_s, u"Bob"_s));
        db.reopen();
        UserRepository again(*db);
        QCOMPARE(TAKE(again.ensure(u"ada"_s, u"Someone Else"_s)).displayName, u"Ada"_s);
        QCOMPARE(TAKE(again.ensure(u"ada"_s)).role, Role::Editor);
        QCOMPARE(TAKE(again.ensure(u"bob"_s)).role, Role::Journalist);
        QCOMPARE(TAKE(again.list()).size(), 2);
    }

    void aDeskWithPeopleButNoEditorMakesTheNextPersonEditor()
    {
        // A desk whose people were entered by hand, none an editor, must not lock everyone out.
        TestDatabase db;
        UserRepository users(*db);
        TAKE(users.ensure(u"ada"_s));
        QSqlQuery q((*db).connection());
        QVERIFY(q.exec(u"UPDATE users SET role = 'journalist'"_s));
        QCOMPARE(TAKE(users.ensure(u"carl"_s)).role, Role::Editor);
        QCOMPARE(TAKE(users.ensure(u"dan"_s)).role, Role::Journalist);
    }

    void anEmptyLoginIsRefused()
    {
        TestDatabase db;
        auto r = UserRepository(*db).ensure(u"  "_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Kind::Invalid);
    }

    void theNameAndAuthorLinkAreSavedButNotTheRole()
    {
        TestDatabase db;
        UserRepository users(*db);
        TAKE(users.ensure(u"ada"_s));
        UserProfile bob = TAKE(users.ensure(u"bob"_s));
        const Author author = TAKE(AuthorRepository(*db).add(Author{0, u"Bob Byline"_s, u"Writes things."_s}));
        bob.displayName = u"Robert"_s;
        bob.authorId = author.id;
        bob.role = Role::Editor; // save() must not promote anyone
        QVERIFY(users.save(bob).ok());
        db.reopen();
        const UserProfile stored = TAKE(UserRepository(*db).load(u"bob"_s));
        QCOMPARE(stored.displayName, u"Robert"_s);
        QCOMPARE(stored.authorId, author.id);
        QCOMPARE(stored.role, Role::Journalist);
        bob.displayName = QString();
        QVERIFY(!UserRepository(*db).save(bob).ok());
    }

    void onlyAnEditorChangesRoles()
    {
        TestDatabase db;
        UserRepository users(*db);
        TAKE(users.ensure(u"ada"_s));
        TAKE(users.ensure(u"bob"_s));
        TAKE(users.ensure(u"cat"_s));
        auto refused = users.setRole(u"bob"_s, u"cat"_s, Role::Editor);
        QVERIFY(!refused.ok());
        QCOMPARE(TAKE(users.load(u"cat"_s)).role, Role::Journalist);
        QVERIFY(users.setRole(u"ada"_s, u"bob"_s, Role::Editor).ok());
        QCOMPARE(TAKE(users.load(u"bob"_s)).role, Role::Editor);
        // Now an editor, bob may hand the role on, and ada may step down.
        QVERIFY(users.setRole(u"bob"_s, u"cat"_s, Role::Editor).ok());
        QVERIFY(users.setRole(u"ada"_s, u"ada"_s, Role::Journalist).ok());
        QCOMPARE(TAKE(users.load(u"ada"_s)).role, Role::Journalist);
    }

    void theLastEditorCannotStepDown()
    {
        TestDatabase db;
        UserRepository users(*db);
        TAKE(users.ensure(u"ada"_s));
        TAKE(users.ensure(u"bob"_s));
        auto r = users.setRole(u"ada"_s, u"ada"_s, Role::Journalist);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"editor"_s));
        QCOMPARE(TAKE(users.load(u"ada"_s)).role, Role::Editor);
    }

    void anUnknownPersonIsNotFound()
    {
        TestDatabase db;
        auto r = UserRepository(*db).load(u"nobody"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(UserRepositoryTest)
#include "tst_userrepository.moc"
