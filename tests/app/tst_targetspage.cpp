// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside tests/run-tests.sh: a private D-Bus session with an unlocked gnome-keyring.
#include "credentialstore.h"
#include "publishtargetrepository.h"
#include "targetspage.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString uniqueService()
{
    return u"copydesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CredentialResult read(CredentialStore &store, const QString &name)
{
    CredentialRequest *request = store.read(name);
    QSignalSpy spy(request, &CredentialRequest::finished);
    if (!spy.wait(10000))
        return CredentialResult{CredentialResult::Status::Failed, {}, u"no answer"_s, {}};
    return spy.constFirst().constFirst().value<CredentialResult>();
}

bool folderContains(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

void fill(TargetsPage &page, const QString &name, int kind, const QString &url, const QString &user,
          const QString &secret)
{
    page.nameField()->clear();
    QTest::keyClicks(page.nameField(), name);
    page.kindField()->setCurrentIndex(kind);
    page.urlField()->clear();
    QTest::keyClicks(page.urlField(), url);
    page.userField()->clear();
    QTest::keyClicks(page.userField(), user);
    QTest::keyClicks(page.secretField(), secret);
}
} // namespace

class TargetsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addingATargetPutsTheSecretInTheKeychainOnly()
    {
        TestDatabase db;
        CredentialStore store(uniqueService());
        TargetsPage page(*db, store);
        page.show();
        QSignalSpy changed(&page, &TargetsPage::targetsChanged);
        fill(page, u"site"_s, 0, u"https://news.example/"_s, u"editor"_s, u"abcd efgh ijkl"_s);
        QCOMPARE(page.secretField()->echoMode(), QLineEdit::Password);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY2(page.message().contains(u"Added"_s), qPrintable(page.message()));
        QCOMPARE(page.targetList()->topLevelItemCount(), 1);
        QCOMPARE(page.targetList()->topLevelItem(0)->text(2), u"https://news.example/"_s);
        QVERIFY(page.secretField()->text().isEmpty());
        QCOMPARE(read(store, u"site"_s).secret, u"abcd efgh ijkl"_s);
        const PublishTarget stored = TAKE(PublishTargetRepository(*db).findByName(u"site"_s));
        QCOMPARE(stored.user, u"editor"_s);
        db.reopen();
        QVERIFY(!folderContains(QFileInfo(db.path()).absolutePath(), "abcd efgh ijkl"));
        QVERIFY(folderContains(QFileInfo(db.path()).absolutePath(), "news.example"));
    }

    void plainHttpIsRefusedWithWordsAndNothingStored()
    {
        TestDatabase db;
        CredentialStore store(uniqueService());
        TargetsPage page(*db, store);
        fill(page, u"wire"_s, 1, u"http://wire.example/"_s, {}, u"token"_s);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QVERIFY(page.message().contains(u"https://"_s));
        QCOMPARE(TAKE(PublishTargetRepository(*db).list()).size(), 0);
        QCOMPARE(read(store, u"wire"_s).status, CredentialResult::Status::NotFound);
    }

    void aNewTargetNeedsItsSecret()
    {
        TestDatabase db;
        CredentialStore store(uniqueService());
        TargetsPage page(*db, store);
        fill(page, u"wire"_s, 1, u"https://wire.example/"_s, {}, {});
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QVERIFY(page.message().contains(u"password or token"_s));
        QCOMPARE(TAKE(PublishTargetRepository(*db).list()).size(), 0);
    }

    void editingKeepsTheNameAndTheSecretUnlessRetyped()
    {
        TestDatabase db;
        CredentialStore store(uniqueService());
        PublishTarget t{0, u"site"_s, PublishTargetKind::WordPress, QUrl(u"https://old.example/"_s), u"ed"_s, {}};
        t = TAKE(PublishTargetRepository(*db).add(t));
        QSignalSpy written(store.write(u"site"_s, u"first"_s), &CredentialRequest::finished);
        QVERIFY(written.wait());
        TargetsPage page(*db, store);
        page.show();
        page.targetList()->setCurrentItem(page.targetList()->topLevelItem(0));
        QCOMPARE(page.nameField()->text(), u"site"_s);
        QVERIFY(page.nameField()->isReadOnly());
        QVERIFY(page.secretField()->text().isEmpty());
        page.urlField()->clear();
        QTest::keyClicks(page.urlField(), u"https://new.example/"_s);
        QSignalSpy changed(&page, &TargetsPage::targetsChanged);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(TAKE(PublishTargetRepository(*db).find(t.id)).endpoint, QUrl(u"https://new.example/"_s));
        QCOMPARE(read(store, u"site"_s).secret, u"first"_s);
        QTest::keyClicks(page.secretField(), u"second"_s);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(read(store, u"site"_s).secret, u"second"_s);
    }

    void removingAsksThenForgetsTargetAndSecret()
    {
        TestDatabase db;
        CredentialStore store(uniqueService());
        TargetsPage page(*db, store);
        fill(page, u"wire"_s, 1, u"https://wire.example/"_s, {}, u"token"_s);
        QSignalSpy changed(&page, &TargetsPage::targetsChanged);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QString asked;
        bool answer = false;
        page.setConfirmRemoval([&](const PublishTarget &target) {
            asked = target.name;
            return answer;
        });
        page.targetList()->setCurrentItem(page.targetList()->topLevelItem(0));
        QTest::mouseClick(page.removeButton(), Qt::LeftButton);
        QCOMPARE(asked, u"wire"_s);
        QCOMPARE(TAKE(PublishTargetRepository(*db).list()).size(), 1);
        answer = true;
        QTest::mouseClick(page.removeButton(), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(page.targetList()->topLevelItemCount(), 0);
        QCOMPARE(TAKE(PublishTargetRepository(*db).list()).size(), 0);
        QCOMPARE(read(store, u"wire"_s).status, CredentialResult::Status::NotFound);
    }

    void withoutAKeychainThePageSaysSoAndStoresNothing()
    {
        TestDatabase db;
        CredentialStore store(uniqueService());
        store.setTimeout(0); // a keychain that never answers in time
        TargetsPage page(*db, store);
        page.show();
        QTRY_VERIFY(page.keychainWarning()->isVisible());
        QVERIFY(page.keychainWarning()->text().contains(u"No keychain is available"_s));
        fill(page, u"wire"_s, 1, u"https://wire.example/"_s, {}, u"token"_s);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QTRY_VERIFY(page.message().contains(u"No keychain is available"_s));
        QVERIFY(page.saveButton()->isEnabled());
        QCOMPARE(TAKE(PublishTargetRepository(*db).list()).size(), 0);
        store.setTimeout(CredentialStore::defaultTimeoutMs);
        QTRY_COMPARE(read(store, u"wire"_s).status, CredentialResult::Status::NotFound);
    }
};

QTEST_MAIN(TargetsPageTest)
#include "tst_targetspage.moc"
