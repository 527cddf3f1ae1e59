// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside tests/run-tests.sh: a private D-Bus session with an unlocked gnome-keyring.
#include "appsettings.h"
#include "credentialstore.h"
#include "publishtargetrepository.h"
#include "testdatabase.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// Each run files its entries under a service of its own, so tests running side by side in the same
// keyring never see each other's.
QString uniqueService()
{
    return u"copydesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CredentialResult run(CredentialRequest *request)
{
    QSignalSpy spy(request, &CredentialRequest::finished);
    if (!spy.wait(10000))
        qFatal("the keychain request never finished");
    return spy.constFirst().constFirst().value<CredentialResult>();
}

// Files under `folder` whose bytes contain `needle` (in UTF-8 or UTF-16), skipping `except`.
QStringList filesContaining(const QString &folder, const QString &needle, const QString &except = {})
{
    QStringList hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!except.isEmpty() && path.startsWith(except))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

// The child side of noKeychainIsReportedWithinFiveSeconds: started with a D-Bus address that leads
// nowhere, it tries to store a secret and prints how that ended.
int runChild()
{
    CredentialStore store(qEnvironmentVariable("COPYDESK_CHILD_SERVICE"));
    QElapsedTimer clock;
    clock.start();
    const CredentialResult r = store.write(u"site"_s, u"child-secret"_s)->waitForFinished();
    QTextStream(stdout) << int(r.status) << '\n' << clock.elapsed() << '\n' << r.message << '\n';
    return 0;
}
} // namespace

class CredentialStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/run-tests.sh, which provides the D-Bus session and keyring");
    }

    void aSecretMakesARoundTripThroughTheKeychain()
    {
        CredentialStore store(uniqueService());
        const QString secret = u"abcd EFGH 1234 ijkl 5678 — ünïcode"_s;
        CredentialResult written = run(store.write(u"site"_s, secret));
        QVERIFY2(written.ok(), qPrintable(written.detail));
        QVERIFY(written.secret.isEmpty());
        const CredentialResult read = run(store.read(u"site"_s));
        QVERIFY2(read.ok(), qPrintable(read.detail));
        QCOMPARE(read.secret, secret);
        QVERIFY(store.isAvailable());
    }

    void aSecondStoreOnTheSameServiceReadsIt()
    {
        const QString service = uniqueService();
        QVERIFY(run(CredentialStore(service).write(u"wire"_s, u"token-1"_s)).ok());
        CredentialStore later(service);
        QCOMPARE(run(later.read(u"wire"_s)).secret, u"token-1"_s);
        QVERIFY(run(later.write(u"wire"_s, u"token-2"_s)).ok());
        QCOMPARE(run(later.read(u"wire"_s)).secret, u"token-2"_s);
    }

    void aRemovedSecretIsNotFoundAndSaysWhatToDo()
    {
        CredentialStore store(uniqueService());
        QVERIFY(run(store.write(u"site"_s, u"pw"_s)).ok());
        QVERIFY(run(store.remove(u"site"_s)).ok());
        const CredentialResult read = run(store.read(u"site"_s));
        QCOMPARE(read.status, CredentialResult::Status::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY(read.message.contains(u"site"_s));
        // Removing what is already gone is fine.
        QVERIFY(run(store.remove(u"site"_s)).ok());
    }

    void theKeychainIsReportedAvailable()
    {
        CredentialStore store(uniqueService());
        QVERIFY(run(store.checkAvailable()).ok());
    }

    void finishedComesAfterTheCallReturns()
    {
        CredentialStore store(uniqueService());
        CredentialRequest *request = store.read(u"nothing"_s);
        QVERIFY(!request->isFinished());
        QCOMPARE(request->operation(), CredentialRequest::Operation::Read);
        QCOMPARE(request->targetName(), u"nothing"_s);
        QCOMPARE(run(request).status, CredentialResult::Status::NotFound);
    }

    void theSecretIsInNoDatabaseOrSettingsFile()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString secret = u"xq7-SECRET-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        TestDatabase db;
        PublishTarget target;
        target.name = u"site"_s;
        target.endpoint = QUrl(u"https://news.example/"_s);
        target.user = u"editor"_s;
        TAKE(PublishTargetRepository(*db).add(target));
        CredentialStore store(uniqueService());
        QVERIFY(run(store.write(target.name, secret)).ok());
        {
            auto settings = AppSettings::open(); // whatever the app keeps in its settings file
            settings->setValue(u"publishing/lastTarget"_s, target.name);
        }
        QCOMPARE(run(store.read(target.name)).secret, secret);
        db.reopen();
        const QFileInfo dbFile(db.path());
        QCOMPARE(filesContaining(dbFile.absolutePath(), secret), QStringList());
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QVERIFY(!config.isEmpty());
        QCOMPARE(filesContaining(config, secret), QStringList());
        // The keyring's own file is where the secret belongs.
        QCOMPARE(filesContaining(data, secret, data + u"/keyrings"_s), QStringList());
        const QString realConfig = qEnvironmentVariable("XDG_CONFIG_HOME");
        if (!realConfig.isEmpty())
            QCOMPARE(filesContaining(realConfig, secret), QStringList());
        // The search would have found it, had it been written.
        QVERIFY(!filesContaining(QFileInfo(AppSettings::filePath()).absolutePath(), target.name).isEmpty());
    }

    void noKeychainIsReportedWithinFiveSecondsAndNothingIsStored()
    {
        const QString service = uniqueService();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"COPYDESK_KEYCHAIN_CHILD"_s, u"1"_s);
        env.insert(u"COPYDESK_CHILD_SERVICE"_s, service);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/copydesk-no-bus"_s);
        child.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(15000));
        const qint64 wall = clock.elapsed();
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.size() >= 3, child.readAllStandardError().constData());
        QCOMPARE(lines.at(0).toInt(), int(CredentialResult::Status::NoKeychain));
        QVERIFY2(lines.at(1).toInt() < 5000, qPrintable(lines.at(1)));
        QVERIFY2(wall < 5000, qPrintable(QString::number(wall)));
        QVERIFY(lines.at(2).contains(u"No keychain is available"_s));
        // Nothing reached the real keyring, and nothing was put anywhere else instead.
        CredentialStore store(service);
        QCOMPARE(run(store.read(u"site"_s)).status, CredentialResult::Status::NotFound);
        QCOMPARE(
            filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), u"child-secret"_s),
            QStringList());
    }

    void aKeychainThatNeverAnswersCountsAsNoneAfterTheTimeout()
    {
        // A tiny timeout stands in for a D-Bus service that hangs: the request must not wait for it.
        CredentialStore store(uniqueService());
        store.setTimeout(0);
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        const CredentialResult r = run(store.write(u"site"_s, u"late"_s));
        QCOMPARE(r.status, CredentialResult::Status::NoKeychain);
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.constFirst().at(0).toBool(), false);
        QVERIFY(!store.isAvailable());
        // The write that finished after we gave up is taken back, so "nothing stored" stays true.
        store.setTimeout(CredentialStore::defaultTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run(store.read(u"site"_s)).status, CredentialResult::Status::NotFound, 5000);
        QVERIFY(store.isAvailable());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("COPYDESK_KEYCHAIN_CHILD"))
        return runChild();
    CredentialStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
