// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk list` with --status, --search and --tag, run through the built program.
#include "articlerepository.h"
#include "authorrepository.h"
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

class ListCommandTest : public QObject
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
        const Tag climate = TagRepository(**db).add(Tag{0, u"Climate"_s, {}, TagKind::Topic}).value();
        const Author ana = AuthorRepository(**db).add(Author{0, u"Ana Pereira"_s, {}}).value();
        ArticleRepository articles(**db);
        const QDateTime t = QDateTime::currentDateTimeUtc().addDays(-1);
        int n = 0;
        for (const auto &[headline, body, status, tagged] :
             {std::tuple{u"Harbour fees rise"_s, u"The port <raises> its fees."_s, ArticleStatus::Draft, true},
              std::tuple{u"Storm closes ferries"_s, u"Ferries stay in port by the harbour wall."_s,
                         ArticleStatus::Ready, false},
              std::tuple{u"Parliament votes"_s, u"A budget passes."_s, ArticleStatus::InReview, true}}) {
            Article a;
            a.headline = headline;
            a.body = body;
            a.status = status;
            a.tagIds = tagged ? QList<qint64>{climate.id} : QList<qint64>{};
            a.authorIds = {ana.id};
            a.created = a.updated = t.addSecs(60 * n++);
            QVERIFY(articles.create(a).ok());
        }
    }

    void cleanup() { m_dir.reset(); }

    void searchRanksTheHeadlineFirst()
    {
        const Run run = copydesk({u"list"_s, u"--search"_s, u"harbour"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 u"harbour-fees-rise\tdraft\tHarbour fees rise\n"
                 "storm-closes-ferries\tready\tStorm closes ferries\n"_s);
    }

    void searchCombinesWithStatusAndTag_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("slugs");
        QTest::newRow("status") << QStringList{u"--search"_s, u"port"_s, u"--status"_s, u"ready"_s}
                                << QStringList{u"storm-closes-ferries"_s};
        QTest::newRow("several statuses") << QStringList{u"--status"_s, u"draft,in_review"_s}
                                          << QStringList{u"parliament-votes"_s, u"harbour-fees-rise"_s};
        QTest::newRow("repeated status") << QStringList{u"--status"_s, u"draft"_s, u"--status"_s, u"ready"_s}
                                         << QStringList{u"storm-closes-ferries"_s, u"harbour-fees-rise"_s};
        QTest::newRow("tag, any case") << QStringList{u"--tag"_s, u"CLIMATE"_s}
                                       << QStringList{u"parliament-votes"_s, u"harbour-fees-rise"_s};
        QTest::newRow("tag and words") << QStringList{u"--tag"_s, u"climate"_s, u"--search"_s, u"budget"_s}
                                       << QStringList{u"parliament-votes"_s};
        QTest::newRow("byline words") << QStringList{u"--search"_s, u"pereira"_s, u"--status"_s, u"draft"_s}
                                      << QStringList{u"harbour-fees-rise"_s};
        QTest::newRow("phrase") << QStringList{u"--search"_s, u"\"in port\""_s}
                                << QStringList{u"storm-closes-ferries"_s};
        QTest::newRow("hostile") << QStringList{u"--search"_s, u"'; DROP TABLE articles; --"_s} << QStringList{};
        QTest::newRow("only syntax") << QStringList{u"--search"_s, u"\"*()^"_s}
                                     << QStringList{u"parliament-votes"_s, u"storm-closes-ferries"_s,
                                                    u"harbour-fees-rise"_s};
    }
    void searchCombinesWithStatusAndTag()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, slugs);
        const Run run = copydesk(QStringList{u"list"_s, u"--database"_s, database()} + arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QStringList found;
        for (const auto lines = run.out.split(u'\n', Qt::SkipEmptyParts); const QString &line : lines)
            found << line.section(u'\t', 0, 0);
        QCOMPARE(found, slugs);
    }

    void searchAsJsonCarriesSnippetBylineAndWords()
    {
        const Run run = copydesk({u"list"_s, u"--json"_s, u"--search"_s, u"raises"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject story = array.at(0).toObject();
        QCOMPARE(story.value("headline"_L1).toString(), u"Harbour fees rise"_s);
        QCOMPARE(story.value("byline"_L1).toString(), u"Ana Pereira"_s);
        QCOMPARE(story.value("words"_L1).toInt(), 5);
        QCOMPARE(story.value("snippet"_L1).toString(), u"The port <[raises]> its fees."_s);
    }

    void plainListJsonHasNoSnippet()
    {
        const Run run = copydesk({u"list"_s, u"--json"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 3);
        QVERIFY(!array.at(0).toObject().contains("snippet"_L1));
        QCOMPARE(array.at(0).toObject().value("headline"_L1).toString(), u"Parliament votes"_s);
    }

    void anUnknownTagIsAnError()
    {
        const Run run = copydesk({u"list"_s, u"--tag"_s, u"Nonexistent"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Nonexistent"_s), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void anUnknownStatusAmongSeveralIsAUsageError()
    {
        const Run run = copydesk({u"list"_s, u"--status"_s, u"draft,bogus"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"bogus"_s));
    }

    void helpNamesTheNewOptions()
    {
        const Run run = copydesk({u"list"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--search WORDS"_s));
        QVERIFY(run.out.contains(u"--tag TAG"_s));
    }

private:
    QString database() const { return m_dir->filePath(u"newsroom.db"_s); }

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
};

QTEST_GUILESS_MAIN(ListCommandTest)
#include "tst_listcommand.moc"
