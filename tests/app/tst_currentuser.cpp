// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentuser.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class CurrentUserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        CurrentUser::setLoginOverride({});
        qunsetenv("COPYDESK_USER");
    }

    void theLoginComesFromTheEnvironmentUnlessOverridden()
    {
        qputenv("USER", "envuser");
        QCOMPARE(CurrentUser::loginName(), u"envuser"_s);
        qputenv("COPYDESK_USER", "desk-account");
        QCOMPARE(CurrentUser::loginName(), u"desk-account"_s);
        CurrentUser::setLoginOverride(u"tester"_s);
        QCOMPARE(CurrentUser::loginName(), u"tester"_s);
        CurrentUser::setLoginOverride({});
        QCOMPARE(CurrentUser::loginName(), u"desk-account"_s);
    }

    void theFirstUserOfANewDeskIsItsEditorAndTheNextAJournalist()
    {
        TestDatabase db;
        CurrentUser::setLoginOverride(u"ada"_s);
        CurrentUser ada(*db);
        QSignalSpy changed(&ada, &CurrentUser::changed);
        QVERIFY(ada.load().ok());
        QCOMPARE(ada.login(), u"ada"_s);
        QVERIFY(ada.isEditor());
        QCOMPARE(changed.size(), 1);
        QVERIFY(ada.load().ok());
        QCOMPARE(changed.size(), 1); // nothing changed, nothing said

        CurrentUser::setLoginOverride(u"joe"_s);
        CurrentUser joe(*db);
        QVERIFY(joe.load().ok());
        QCOMPARE(joe.role(), Role::Journalist);
        db.reopen();
        CurrentUser again(*db);
        QVERIFY(again.load().ok());
        QCOMPARE(again.role(), Role::Journalist); // still joe: reopening does not promote anyone
    }

    void aRoleChangedElsewhereIsSeenOnTheNextLoad()
    {
        TestDatabase db;
        CurrentUser::setLoginOverride(u"ada"_s);
        CurrentUser ada(*db);
        QVERIFY(ada.load().ok());
        CurrentUser::setLoginOverride(u"joe"_s);
        CurrentUser joe(*db);
        QVERIFY(joe.load().ok());
        QSignalSpy changed(&joe, &CurrentUser::changed);
        QVERIFY(UserRepository(*db).setRole(u"ada"_s, u"joe"_s, Role::Editor).ok());
        QVERIFY(joe.load().ok());
        QVERIFY(joe.isEditor());
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(CurrentUserTest)
#include "tst_currentuser.moc"
