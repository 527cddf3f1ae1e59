// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "migrations.h"
#include "revisionrepository.h"
#include "sectionrepository.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "userrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class WorkflowMigrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOldDeskKeepsItsSectionsAndRevisionsAndGainsPeople()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        // Version 1 is what the oldest Copydesk wrote; every later step runs on open.
        QVERIFY(TestFiles::withRawSqlite(path, [](QSqlDatabase &db) {
            return Migrations::migrate(db, 0, 1).ok()
                && TestFiles::exec(db,
                                   "INSERT INTO sections (id, name, name_key, slug, position) "
                                   "VALUES (7, 'Motoring', 'motoring', 'motoring', 1)")
                && TestFiles::exec(db,
                                   "INSERT INTO articles (id, slug, headline, section_id, created_at, updated_at) "
                                   "VALUES (1, 'old', 'Old story', 7, '2026-01-01T00:00:00.000Z', "
                                   "'2026-01-01T00:00:00.000Z')")
                && TestFiles::exec(db,
                                   "INSERT INTO revisions (article_id, created_at, who, status_from, status_to, "
                                   "snapshot) VALUES (1, '2026-01-01T00:00:00.000Z', 'old-hand', 'draft', "
                                   "'in_review', '{\"headline\": \"Old story\"}')");
        }));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toLogString()));
        Database &db = *opened.value();
        QVERIFY(!db.backupPath().isEmpty());
        QCOMPARE(TestFiles::scalar(db.connection(), "PRAGMA user_version").toInt(), Migrations::latestVersion());

        const QList<Section> sections = TAKE(SectionRepository(db).list());
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections.first().name, u"Motoring"_s);
        QVERIFY(!sections.first().retired);

        const Revision old = TAKE(RevisionRepository(db).list(1)).constFirst();
        QCOMPARE(old.who, u"old-hand"_s);
        QCOMPARE(old.statusTo, ArticleStatus::InReview);
        QVERIFY(old.note.isEmpty());

        // Nobody was on the desk before: whoever opens it first runs it.
        QVERIFY(TAKE(UserRepository(db).list()).isEmpty());
        QCOMPARE(TAKE(UserRepository(db).ensure(u"first"_s)).role, Role::Editor);
    }
};

QTEST_GUILESS_MAIN(WorkflowMigrationTest)
#include "tst_workflowmigration.moc"
