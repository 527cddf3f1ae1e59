// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside tests/run-tests.sh: a private D-Bus session with an unlocked gnome-keyring.
#include "credentialstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 milliseconds = 0;
};

bool anyFileContains(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TargetsCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_service = u"copydesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanup() { m_dir.reset(); }

    void addPutsTheSecretInTheKeychainAndTheRestInTheDatabase()
    {
        const QByteArray secret = "abcd EFGH ijkl MNOP qrst UVWX";
        const Run run = copydesk({u"targets"_s, u"add"_s, u"site"_s, u"--kind"_s, u"wordpress"_s, u"--url"_s,
                                  u"https://news.example/"_s, u"--user"_s, u"editor"_s, u"--database"_s, database()},
                                 secret + "\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"site"_s), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(readSecret(u"site"_s), QString::fromUtf8(secret));
        const Run listed = copydesk({u"targets"_s, u"list"_s, u"--database"_s, database()});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, u"site\twordpress\thttps://news.example/\teditor\n"_s);
        // The database, the settings and the data folder hold everything but the secret.
        QVERIFY(anyFileContains(m_dir->path(), "news.example"));
        QVERIFY(!anyFileContains(m_dir->path(), secret));
        QVERIFY(!anyFileContains(m_dir->path(), secret.toBase64()));
    }

    void listAsJsonHasEveryField()
    {
        QCOMPARE(copydesk({u"targets"_s, u"add"_s, u"wire"_s, u"--kind"_s, u"ninjs"_s, u"--url"_s,
                           u"http://127.0.0.1:8080/ninjs"_s, u"--database"_s, database()},
                          "token\n")
                     .exitCode,
                 0);
        const Run run = copydesk({u"--database"_s, database(), u"targets"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject wire = array.at(0).toObject();
        QCOMPARE(wire.value("name"_L1).toString(), u"wire"_s);
        QCOMPARE(wire.value("kind"_L1).toString(), u"ninjs"_s);
        QCOMPARE(wire.value("url"_L1).toString(), u"http://127.0.0.1:8080/ninjs"_s);
        QCOMPARE(wire.value("user"_L1).toString(), QString());
        QVERIFY(QDateTime::fromString(wire.value("created"_L1).toString(), Qt::ISODate).isValid());
        QVERIFY(!run.out.contains(u"token"_s));
    }

    void wrongCommandLinesStoreNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString url = u"https://news.example/"_s;
        QTest::newRow("plain http") << QStringList{u"--kind"_s, u"ninjs"_s, u"--url"_s, u"http://wire.example/"_s} << 2
                                    << u"https://"_s;
        QTest::newRow("no kind") << QStringList{u"--url"_s, url} << 2 << u"--kind"_s;
        QTest::newRow("unknown kind") << QStringList{u"--kind"_s, u"blogger"_s, u"--url"_s, url} << 2 << u"blogger"_s;
        QTest::newRow("no url") << QStringList{u"--kind"_s, u"ninjs"_s} << 2 << u"--url"_s;
        QTest::newRow("wordpress without user")
            << QStringList{u"--kind"_s, u"wordpress"_s, u"--url"_s, url} << 2 << u"user"_s;
        QTest::newRow("not an address") << QStringList{u"--kind"_s, u"ninjs"_s, u"--url"_s, u"wire"_s} << 2
                                        << u"https://"_s;
    }

    void wrongCommandLinesStoreNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run run = copydesk(
            QStringList{u"targets"_s, u"add"_s, u"site"_s, u"--database"_s, database()} + arguments, "secret\n");
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.err.startsWith(u"copydesk: "_s));
        QCOMPARE(readStatus(u"site"_s), CredentialResult::Status::NotFound);
        QCOMPARE(copydesk({u"targets"_s, u"list"_s, u"--database"_s, database()}).out, QString());
    }

    void anEmptySecretIsRefused()
    {
        const Run run = copydesk({u"targets"_s, u"add"_s, u"wire"_s, u"--kind"_s, u"ninjs"_s, u"--url"_s,
                                  u"https://wire.example/"_s, u"--database"_s, database()},
                                 "\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"standard input"_s), qPrintable(run.err));
        QCOMPARE(copydesk({u"targets"_s, u"list"_s, u"--database"_s, database()}).out, QString());
    }

    void aTakenNameIsRefusedAndTheFirstSecretKept()
    {
        const QStringList add{
            u"targets"_s,    u"add"_s,  u"wire"_s, u"--kind"_s, u"ninjs"_s, u"--url"_s, u"https://wire.example/"_s,
            u"--database"_s, database()};
        QCOMPARE(copydesk(add, "first\n").exitCode, 0);
        const Run again = copydesk(add, "second\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already"_s));
        QCOMPARE(readSecret(u"wire"_s), u"first"_s);
    }

    void removeForgetsTheTargetAndItsSecret()
    {
        QCOMPARE(copydesk({u"targets"_s, u"add"_s, u"wire"_s, u"--kind"_s, u"ninjs"_s, u"--url"_s,
                           u"https://wire.example/"_s, u"--database"_s, database()},
                          "token\n")
                     .exitCode,
                 0);
        const Run removed = copydesk({u"targets"_s, u"remove"_s, u"wire"_s, u"--database"_s, database()});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(readStatus(u"wire"_s), CredentialResult::Status::NotFound);
        QCOMPARE(copydesk({u"targets"_s, u"list"_s, u"--database"_s, database()}).out, QString());
        QCOMPARE(copydesk({u"targets"_s, u"remove"_s, u"wire"_s, u"--database"_s, database()}).exitCode, 1);
    }

    void withoutAKeychainItSaysSoWithinFiveSecondsAndStoresNothing()
    {
        const Run run = copydesk({u"targets"_s, u"add"_s, u"wire"_s, u"--kind"_s, u"ninjs"_s, u"--url"_s,
                                  u"https://wire.example/"_s, u"--database"_s, database()},
                                 "no-keychain-secret\n", u"unix:path=/nonexistent/copydesk-no-bus"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"No keychain is available"_s), qPrintable(run.err));
        QVERIFY2(run.milliseconds < 5000, qPrintable(QString::number(run.milliseconds)));
        QCOMPARE(copydesk({u"targets"_s, u"list"_s, u"--database"_s, database()}).out, QString());
        QCOMPARE(readStatus(u"wire"_s), CredentialResult::Status::NotFound);
        QVERIFY(!anyFileContains(m_dir->path(), "no-keychain-secret"));
    }

private:
    QString database() const { return m_dir->filePath(u"copydesk.db"_s); }

    Run copydesk(const QStringList &arguments, const QByteArray &input = {}, const QString &bus = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        env.insert(u"COPYDESK_KEYCHAIN_SERVICE"_s, m_service);
        if (!bus.isEmpty())
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus);
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(COPYDESK_EXECUTABLE), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError()), clock.elapsed()};
    }

    CredentialResult read(const QString &name)
    {
        CredentialStore store(m_service);
        CredentialRequest *request = store.read(name);
        QSignalSpy spy(request, &CredentialRequest::finished);
        if (!spy.wait(10000))
            return CredentialResult{CredentialResult::Status::Failed, {}, u"no answer"_s, {}};
        return spy.constFirst().constFirst().value<CredentialResult>();
    }
    QString readSecret(const QString &name) { return read(name).secret; }
    CredentialResult::Status readStatus(const QString &name) { return read(name).status; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_service;
};

QTEST_GUILESS_MAIN(TargetsCommandTest)
#include "tst_targetscommand.moc"
