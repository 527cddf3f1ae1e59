// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "database.h"
#include "imagerepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

class CheckCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(database());
        QVERIFY(db.ok());
        Article a;
        a.headline = u"Reserve Bank lifts the cash rate"_s;
        a.dek = u"The first rise in two years."_s;
        a.sectionId = SectionRepository(**db).add(Section{0, u"Business"_s, {}, 0}).value().id;
        a.authorIds = {AuthorRepository(**db).add(Author{0, u"Sam Lee"_s, u"Economics writer"_s}).value().id};
        a.tagIds = {TagRepository(**db).add(Tag{0, u"Interest rates"_s, {}, TagKind::Topic}).value().id};
        a.body = u"The bank [said](https://rba.example/) so.\n"_s;
        const Article stored = ArticleRepository(**db).create(a).value();
        QVERIFY(
            ImageRepository(**db)
                .setHero(stored.id, QByteArray("\x89PNG fake", 9), HeroImage{0, u"image/png"_s, u"The bank"_s, {}, {}})
                .ok());
        Article broken = a;
        broken.headline = u"Broken story"_s;
        broken.slug.clear();
        broken.tagIds.clear();
        broken.body = u"See ![](copydesk-image:1) and [this]().\n"_s;
        m_broken = ArticleRepository(**db).create(broken).value().slug;
        m_ready = stored.slug;
    }

    void cleanup() { m_dir.reset(); }

    void aReadyStoryPassesWithExitCodeZero()
    {
        const Run run = copydesk({u"check"_s, m_ready, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(u"fail\t"_s));
        QVERIFY2(run.out.endsWith(u"Ready to publish.\n"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"ok\tSection"_s));
    }

    void aBrokenStoryListsEveryProblemFirstAndExitsOne()
    {
        const Run run = copydesk({u"check"_s, m_broken, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.at(0).startsWith(u"fail\tTags: Add at least one tag"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"fail\tAlt text of image 1: Image 1 in the body (line 1) has no alt text"_s));
        QVERIFY(run.out.contains(u"fail\tLink without address: The link “this” on line 1"_s));
        QVERIFY(run.out.contains(u"Not ready to publish. Problems to fix: 3.\n"_s));
    }

    void jsonHasEveryItem()
    {
        const Run run = copydesk({u"check"_s, m_broken, u"--json"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value("slug"_L1).toString(), m_broken);
        QVERIFY(object.value("blocked"_L1).toBool());
        const QJsonArray items = object.value("items"_L1).toArray();
        int failures = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject i = v.toObject();
            QVERIFY(!i.value("title"_L1).toString().isEmpty());
            QVERIFY(!i.value("message"_L1).toString().isEmpty());
            failures += i.value("severity"_L1).toString() == "fail"_L1;
            if (i.value("check"_L1).toString() == "links"_L1)
                QCOMPARE(i.value("line"_L1).toInt(), 1);
        }
        QCOMPARE(failures, 3);
    }

    void anUnknownSlugFails()
    {
        const Run run = copydesk({u"check"_s, u"no-such-story"_s, u"--database"_s, database()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"no story with the slug 'no-such-story'"_s));
    }

    void aMissingSlugIsAUsageError() { QCOMPARE(copydesk({u"check"_s, u"--database"_s, database()}).exitCode, 2); }

private:
    QString database() const { return m_dir->filePath(u"copydesk.db"_s); }

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
    QString m_ready;
    QString m_broken;
};

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "tst_checkcommand.moc"
