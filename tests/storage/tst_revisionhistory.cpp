// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "revisionhistory.h"
#include "revisionrepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class RevisionHistoryTest : public QObject
{
    Q_OBJECT

private:
    static Article stored(TestDatabase &db)
    {
        Article a;
        a.headline = u"Harbour budget passes"_s;
        a.body = u"The council voted on Tuesday."_s;
        return TAKE(ArticleRepository(*db).create(a));
    }

    // Stores `a` as the editor's saver does: the row, then a revision.
    static Revision save(TestDatabase &db, Article &a, const QString &who, ArticleStatus before,
                         RevisionRepository::Kind kind = RevisionRepository::Kind::SavePoint)
    {
        a = TAKE(ArticleRepository(*db).update(a));
        return TAKE(RevisionRepository(*db).record(a, who, before, kind));
    }

private Q_SLOTS:
    void entriesListRevisionsNewestFirstWithoutSnapshots()
    {
        TestDatabase db;
        Article a = stored(db);
        const Revision first = save(db, a, u"ana"_s, a.status);
        a.status = ArticleStatus::InReview;
        const Revision second = save(db, a, u"ben"_s, ArticleStatus::Draft);
        const QList<RevisionEntry> entries = TAKE(RevisionHistory(*db).entries(a.id));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].revision.id, second.id);
        QCOMPARE(entries[0].revision.who, u"ben"_s);
        QCOMPARE(entries[0].revision.statusFrom, std::optional(ArticleStatus::Draft));
        QCOMPARE(entries[0].revision.statusTo, std::optional(ArticleStatus::InReview));
        QCOMPARE(entries[1].revision.id, first.id);
        QVERIFY(!entries[1].revision.statusTo);
        QVERIFY(entries[1].revision.snapshot.body.isEmpty()); // left for load()
        QVERIFY(!entries[0].restoredFrom);
        QVERIFY(entries[0].revision.created.isValid());
    }

    void restoringMakesANewRevisionAndKeepsTheStateBefore()
    {
        TestDatabase db;
        Article a = stored(db);
        const Revision old = save(db, a, u"ana"_s, a.status);
        a.headline = u"Harbour budget fails"_s;
        a.body = u"The council voted it down on Wednesday."_s;
        a.status = ArticleStatus::InReview;
        const Revision latest = save(db, a, u"ana"_s, ArticleStatus::Draft);

        const RestoreOutcome outcome = TAKE(RevisionHistory(*db).restore(old.id, u"ben"_s));
        QCOMPARE(outcome.keptRevisionId, latest.id); // the latest already held the current state
        QCOMPARE(outcome.article.headline, u"Harbour budget passes"_s);
        QCOMPARE(outcome.article.body, u"The council voted on Tuesday."_s);
        QCOMPARE(outcome.article.status, ArticleStatus::InReview); // words come back, the workflow stays

        const Article now = TAKE(ArticleRepository(*db).load(a.id));
        QCOMPARE(now.body, u"The council voted on Tuesday."_s);
        const QList<RevisionEntry> entries = TAKE(RevisionHistory(*db).entries(a.id));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].revision.id, outcome.revision.id);
        QCOMPARE(entries[0].restoredFrom, std::optional(old.id));
        QCOMPARE(entries[0].revision.who, u"ben"_s);
        // Nothing lost: the words from before the restore are still a revision.
        const Revision before = TAKE(RevisionRepository(*db).load(entries[1].revision.id));
        QCOMPARE(before.snapshot.body, u"The council voted it down on Wednesday."_s);
        const Revision restored = TAKE(RevisionRepository(*db).load(outcome.revision.id));
        QCOMPARE(restored.snapshot.body, u"The council voted on Tuesday."_s);
    }

    void aStateNoRevisionHoldsIsRecordedBeforeTheRestore()
    {
        TestDatabase db;
        Article a = stored(db);
        const Revision old = save(db, a, u"ana"_s, a.status);
        // Changed in the store without a revision (an import, or a tool of the desk's).
        a.body = u"Words only the store has."_s;
        a = TAKE(ArticleRepository(*db).update(a));

        const RestoreOutcome outcome = TAKE(RevisionHistory(*db).restore(old.id, u"ana"_s));
        QVERIFY(outcome.keptRevisionId != old.id);
        const Revision kept = TAKE(RevisionRepository(*db).load(outcome.keptRevisionId));
        QCOMPARE(kept.snapshot.body, u"Words only the store has."_s);
        QCOMPARE(TAKE(RevisionHistory(*db).entries(a.id)).size(), 3);
    }

    void tagsAuthorsAndSectionsDeletedSinceAreLeftOut()
    {
        TestDatabase db;
        Article a = stored(db);
        const Tag kept = TAKE(TagRepository(*db).add(Tag{0, u"Ports"_s, {}, TagKind::Topic}));
        const Tag gone = TAKE(TagRepository(*db).add(Tag{0, u"Gone"_s, {}, TagKind::Topic}));
        const Author author = TAKE(AuthorRepository(*db).add(Author{0, u"Ana Ruiz"_s, u"Reporter"_s}));
        a.tagIds = {kept.id, gone.id};
        a.authorIds = {author.id};
        const Revision old = save(db, a, u"ana"_s, a.status);
        a.tagIds = {kept.id};
        a.body += u" More."_s;
        save(db, a, u"ana"_s, a.status);
        TAKE(TagRepository(*db).remove(gone.id, u"ana"_s));

        const RestoreOutcome outcome = TAKE(RevisionHistory(*db).restore(old.id, u"ana"_s));
        QCOMPARE(outcome.article.tagIds, QList<qint64>{kept.id});
        QCOMPARE(outcome.article.authorIds, QList<qint64>{author.id});
    }

    // The workflow adds a note column to revisions in a migration of its own; until then there is
    // none, and entries() reads it only when the table has it.
    void theWorkflowsNoteIsReadWhenTheTableHasIt()
    {
        TestDatabase db;
        Article a = stored(db);
        const Revision r = save(db, a, u"ana"_s, a.status);
        QCOMPARE(TAKE(RevisionHistory(*db).entries(a.id)).constFirst().note, QString());
        QSqlQuery q((*db).connection());
        QVERIFY(q.exec(u"SELECT 1 FROM pragma_table_info('revisions') WHERE name = 'note'"_s));
        if (!q.next())
            QVERIFY(q.exec(u"ALTER TABLE revisions ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s));
        QVERIFY(q.prepare(u"UPDATE revisions SET note = ? WHERE id = ?"_s));
        q.addBindValue(u"Needs a second source"_s);
        q.addBindValue(r.id);
        QVERIFY(q.exec());
        QCOMPARE(TAKE(RevisionHistory(*db).entries(a.id)).constFirst().note, u"Needs a second source"_s);
    }

    void restoringARevisionThatIsGoneIsAnError()
    {
        TestDatabase db;
        auto restored = RevisionHistory(*db).restore(999, u"ana"_s);
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, StorageError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(RevisionHistoryTest)
#include "tst_revisionhistory.moc"
