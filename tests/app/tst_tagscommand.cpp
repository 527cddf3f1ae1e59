// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"
#include "tagrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TagsCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(database());
        QVERIFY(db.ok());
        TagRepository tags(**db);
        ArticleRepository articles(**db);
        m_openai = tags.add(Tag{0, u"OpenAI"_s, {}, TagKind::Organisation}).value().id;
        m_ai = tags.add(Tag{0, u"Artificial intelligence"_s, {}, TagKind::Topic}).value().id;
        m_zurich = tags.add(Tag{0, u"Zürich"_s, {}, TagKind::Place}).value().id;
        for (const auto &[headline, tagIds] :
             {std::pair{u"One"_s, QList<qint64>{m_openai, m_ai}}, std::pair{u"Two"_s, QList<qint64>{m_ai}},
              std::pair{u"Three"_s, QList<qint64>{m_zurich}}}) {
            Article a;
            a.headline = headline;
            a.tagIds = tagIds;
            QVERIFY(articles.create(a).ok());
        }
    }

    void cleanup() { m_dir.reset(); }

    void listPrintsEveryTagWithItsCount()
    {
        const Run run = copydesk({u"tags"_s, u"list"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"artificial-intelligence\ttopic\t2\tArtificial intelligence\n"
                 "openai\torganisation\t1\tOpenAI\n"
                 "zurich\tplace\t1\tZürich\n"_s);
    }

    void listAsJsonHasEveryField()
    {
        const Run run = copydesk({u"--database"_s, database(), u"tags"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 3);
        const QJsonObject zurich = array.at(2).toObject();
        QCOMPARE(zurich.value("name"_L1).toString(), u"Zürich"_s);
        QCOMPARE(zurich.value("kind"_L1).toString(), u"place"_s);
        QCOMPARE(zurich.value("count"_L1).toInt(), 1);
        QVERIFY(QDateTime::fromString(zurich.value("lastUsed"_L1).toString(), Qt::ISODate).isValid());
    }

    void renameMatchesTheOldNameLoosely()
    {
        const Run run = copydesk({u"tags"_s, u"rename"_s, u"open ai"_s, u"OpenAI Inc."_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"'OpenAI Inc.'; stories changed: 1."_s), qPrintable(run.out));
        auto db = Database::open(database());
        QCOMPARE(TagRepository(**db).load(m_openai).value().name, u"OpenAI Inc."_s);
    }

    void renameOntoAnotherTagFails()
    {
        const Run run = copydesk({u"tags"_s, u"rename"_s, u"OpenAI"_s, u"zurich"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Zürich"_s), qPrintable(run.err));
    }

    void mergeMovesTheStoriesAndDeletesTheOthers()
    {
        const Run run = copydesk({u"tags"_s, u"merge"_s, u"OPENAI"_s, u"zurich"_s, u"artificial intelligence"_s,
                                  u"--database"_s, database()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"stories changed: 2."_s), qPrintable(run.out));
        auto db = Database::open(database());
        const QList<TagUsage> usage = TagRepository(**db).usage().value();
        QCOMPARE(usage.size(), 1);
        QCOMPARE(usage.constFirst().tag.id, m_ai);
        QCOMPARE(usage.constFirst().articleCount, 3);
    }

    void anUnknownTagFailsWithExitCodeOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("rename") << QStringList{u"tags"_s, u"rename"_s, u"Nowhere"_s, u"Somewhere"_s};
        QTest::newRow("merge from") << QStringList{u"tags"_s, u"merge"_s, u"Nowhere"_s, u"OpenAI"_s};
        QTest::newRow("merge into") << QStringList{u"tags"_s, u"merge"_s, u"OpenAI"_s, u"x'; DROP TABLE tags;--"_s};
    }
    void anUnknownTagFailsWithExitCodeOne()
    {
        QFETCH(QStringList, arguments);
        const Run run = copydesk(arguments + QStringList{u"--database"_s, database()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"there is no tag called"_s), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        auto db = Database::open(database());
        QCOMPARE(TagRepository(**db).list().value().size(), 3);
    }

    void aWrongCommandLineFailsWithExitCodeTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no action") << QStringList{u"tags"_s};
        QTest::newRow("unknown action") << QStringList{u"tags"_s, u"frobnicate"_s};
        QTest::newRow("rename with one name") << QStringList{u"tags"_s, u"rename"_s, u"OpenAI"_s};
        QTest::newRow("rename with three") << QStringList{u"tags"_s, u"rename"_s, u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("merge with one name") << QStringList{u"tags"_s, u"merge"_s, u"OpenAI"_s};
        QTest::newRow("list with a word") << QStringList{u"tags"_s, u"list"_s, u"extra"_s};
        QTest::newRow("json on rename") << QStringList{u"tags"_s, u"rename"_s, u"a"_s, u"b"_s, u"--json"_s};
        QTest::newRow("unknown option") << QStringList{u"tags"_s, u"list"_s, u"--colour"_s};
    }
    void aWrongCommandLineFailsWithExitCodeTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = copydesk(arguments + QStringList{u"--database"_s, database()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(u"copydesk: tags"_s));
    }

    void helpDescribesTheActions()
    {
        const Run run = copydesk({u"tags"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"copydesk tags merge FROM... INTO"_s));
    }

private:
    QString database() const { return m_dir->filePath(u"tags.db"_s); }

    Run copydesk(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(COPYDESK_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_openai = 0;
    qint64 m_ai = 0;
    qint64 m_zurich = 0;
};

QTEST_GUILESS_MAIN(TagsCommandTest)
#include "tst_tagscommand.moc"
