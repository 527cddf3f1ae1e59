// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "revisionrepository.h"
#include "testdatabase.h"

#include <QTest>

class RevisionRepositoryTest : public QObject
{
    Q_OBJECT

private:
    static Article stored(TestDatabase &db)
    {
        Article a;
        a.headline = QStringLiteral("Revised");
        a.body = QStringLiteral("First draft");
        return TAKE(ArticleRepository(*db).create(a));
    }

private Q_SLOTS:
    void aSnapshotKeepsEveryField()
    {
        Article a;
        a.id = 7;
        a.slug = QStringLiteral("s");
        a.slugAuto = false;
        a.headline = QStringLiteral("Ünïcödé 🚀 \"quoted\"");
        a.dek = QStringLiteral("dek");
        a.sectionId = 3;
        a.authorIds = {5, 2};
        a.dateline = QStringLiteral("Brisbane");
        a.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC);
        a.updated = a.created.addSecs(60);
        a.published = a.created.addDays(1);
        a.scheduled = a.created.addDays(2);
        a.hero = HeroImage{9, QStringLiteral("image/png"), QStringLiteral("alt"), QStringLiteral("cap"),
                           QStringLiteral("cred")};
        a.body = QStringLiteral("line\nline\t\\");
        a.tagIds = {1, 4};
        a.attribution = QStringLiteral("AAP");
        a.sourceUrl = QStringLiteral("https://example.org");
        a.status = ArticleStatus::Scheduled;
        a.notes = QStringLiteral("n");
        a.dekWaived = true;
        a.extraFrontMatter = QStringLiteral("x: 1\n");
        const auto back = RevisionRepository::fromJson(RevisionRepository::toJson(a));
        QVERIFY(back.has_value());
        QCOMPARE(*back, a);
        QVERIFY(!RevisionRepository::fromJson("not json").has_value());
    }

    void autosavesByOnePersonFoldIntoOneRevision()
    {
        TestDatabase db;
        Article a = stored(db);
        RevisionRepository revisions(*db);
        const Revision first =
            TAKE(revisions.record(a, QStringLiteral("ana"), a.status, RevisionRepository::Kind::Autosave));
        for (int i = 0; i < 50; ++i) {
            a.body += QStringLiteral(" more");
            const Revision r =
                TAKE(revisions.record(a, QStringLiteral("ana"), a.status, RevisionRepository::Kind::Autosave));
            QCOMPARE(r.id, first.id);
        }
        const QList<Revision> list = TAKE(revisions.list(a.id));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().snapshot.body, a.body); // the latest text, not the first
    }

    void aSavePointAnotherPersonOrAStatusChangeStartsANewRevision()
    {
        TestDatabase db;
        Article a = stored(db);
        RevisionRepository revisions(*db);
        const auto autosave = RevisionRepository::Kind::Autosave;
        TAKE(revisions.record(a, QStringLiteral("ana"), a.status, autosave));
        TAKE(revisions.record(a, QStringLiteral("ana"), a.status, RevisionRepository::Kind::SavePoint));
        TAKE(revisions.record(a, QStringLiteral("ben"), a.status, autosave));
        const ArticleStatus before = a.status;
        a.status = ArticleStatus::InReview;
        const Revision change = TAKE(revisions.record(a, QStringLiteral("ben"), before, autosave));
        QCOMPARE(change.statusFrom, std::optional(ArticleStatus::Draft));
        QCOMPARE(change.statusTo, std::optional(ArticleStatus::InReview));
        // An autosave right after a status change does not rewrite the status change's snapshot.
        a.body += QStringLiteral(" edit");
        const Revision after = TAKE(revisions.record(a, QStringLiteral("ben"), a.status, autosave));
        QVERIFY(after.id != change.id);

        const QList<Revision> list = TAKE(revisions.list(a.id));
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.first().id, after.id); // newest first
        const Revision loaded = TAKE(revisions.load(change.id));
        QCOMPARE(loaded.who, QStringLiteral("ben"));
        QCOMPARE(loaded.snapshot.status, ArticleStatus::InReview);
    }

    void revisionsGoWithTheirArticle()
    {
        TestDatabase db;
        const Article a = stored(db);
        RevisionRepository revisions(*db);
        const Revision r =
            TAKE(revisions.record(a, QStringLiteral("ana"), a.status, RevisionRepository::Kind::SavePoint));
        QVERIFY(ArticleRepository(*db).remove(a.id).ok());
        QCOMPARE(revisions.load(r.id).error().kind, StorageError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(RevisionRepositoryTest)
#include "tst_revisionrepository.moc"
