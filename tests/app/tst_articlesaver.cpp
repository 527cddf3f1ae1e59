// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "articlesaver.h"
#include "revisionrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class ArticleSaverTest : public QObject
{
    Q_OBJECT

private:
    // The "editor": an article value the test changes, as typing would.
    Article m_editing;

    void attach(ArticleSaver &saver, TestDatabase &db)
    {
        Article a;
        a.headline = QStringLiteral("Saved as typed");
        m_editing = TAKE(ArticleRepository(*db).create(a));
        saver.setSource([this] { return ArticleSaver::Snapshot{m_editing, std::nullopt}; });
        saver.setArticle(m_editing);
    }

    static QString storedBody(TestDatabase &db, qint64 id) { return TAKE(ArticleRepository(*db).load(id)).body; }

private Q_SLOTS:
    void aSaveFollowsASecondAfterAnEdit()
    {
        TestDatabase db;
        ArticleSaver saver(*db, QStringLiteral("ana"));
        attach(saver, db);
        QSignalSpy saved(&saver, &ArticleSaver::saved);
        QElapsedTimer clock;
        clock.start();
        m_editing.body = QStringLiteral("First words");
        saver.edited();
        QVERIFY(saver.hasUnsavedChanges());
        QTest::qWait(400);
        QCOMPARE(storedBody(db, m_editing.id), QString()); // a timer never fires early
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        // A coarse timer (Qt's default) may fire up to 5% early.
        QVERIFY(clock.elapsed() >= ArticleSaver::idleDelayMs * 95 / 100);
        QCOMPARE(saved.first().at(1).toBool(), true);
        QVERIFY(!saver.hasUnsavedChanges());
        QCOMPARE(storedBody(db, m_editing.id), QStringLiteral("First words"));
    }

    void typingWithoutPauseIsStillSavedEverySecond()
    {
        TestDatabase db;
        ArticleSaver saver(*db, QStringLiteral("ana"));
        attach(saver, db);
        QSignalSpy saved(&saver, &ArticleSaver::saved);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 3500) {
            m_editing.body += QStringLiteral("word ");
            saver.edited();
            QTest::qWait(50);
        }
        // Idle-only saving would have stored nothing yet; with the one-second ceiling there are several.
        QVERIFY2(saved.size() >= 2, qPrintable(QString::number(saved.size())));
        QVERIFY(storedBody(db, m_editing.id).startsWith(QStringLiteral("word word")));
        // An hour of this is not thousands of revisions: autosaves fold into one.
        QCOMPARE(TAKE(RevisionRepository(*db).list(m_editing.id)).size(), 1);
    }

    void flushStoresAtOnceAndMakesASavePoint()
    {
        TestDatabase db;
        ArticleSaver saver(*db, QStringLiteral("ana"));
        attach(saver, db);
        m_editing.body = QStringLiteral("Autosaved");
        saver.edited();
        QVERIFY(saver.flush());
        QCOMPARE(storedBody(db, m_editing.id), QStringLiteral("Autosaved"));
        m_editing.body = QStringLiteral("Saved by hand");
        saver.edited();
        QVERIFY(saver.flush(RevisionRepository::Kind::SavePoint));
        QCOMPARE(storedBody(db, m_editing.id), QStringLiteral("Saved by hand"));
        const QList<Revision> revisions = TAKE(RevisionRepository(*db).list(m_editing.id));
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.first().who, QStringLiteral("ana"));
        QCOMPARE(revisions.first().snapshot.body, QStringLiteral("Saved by hand"));
    }

    void aStatusChangeIsARevisionOfItsOwn()
    {
        TestDatabase db;
        ArticleSaver saver(*db, QStringLiteral("ana"));
        attach(saver, db);
        m_editing.body = QStringLiteral("x");
        saver.edited();
        QVERIFY(saver.flush());
        m_editing.status = ArticleStatus::InReview;
        saver.edited();
        QVERIFY(saver.flush());
        const QList<Revision> revisions = TAKE(RevisionRepository(*db).list(m_editing.id));
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.first().statusFrom, std::optional(ArticleStatus::Draft));
        QCOMPARE(revisions.first().statusTo, std::optional(ArticleStatus::InReview));
    }

    void aFailedSaveKeepsTheChangesUnsavedUntilOneWorks()
    {
        TestDatabase db;
        ArticleSaver saver(*db, QStringLiteral("ana"));
        attach(saver, db);
        QSignalSpy failed(&saver, &ArticleSaver::failed);
        m_editing.headline = QString(ArticleLimits::headlineHard + 1, QChar(u'x')); // the store refuses it
        m_editing.body = QStringLiteral("Words worth keeping");
        saver.edited();
        QVERIFY(!saver.flush());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(saver.lastError().kind, StorageError::Kind::Invalid);
        QVERIFY(saver.hasUnsavedChanges());
        m_editing.headline = QStringLiteral("Fixed");
        saver.edited();
        QVERIFY(saver.flush());
        QVERIFY(!saver.hasUnsavedChanges());
        QCOMPARE(storedBody(db, m_editing.id), QStringLiteral("Words worth keeping"));
    }

    void newHeroImageBytesAreStoredWithTheSave()
    {
        TestDatabase db;
        ArticleSaver saver(*db, QStringLiteral("ana"));
        attach(saver, db);
        m_editing.hero = HeroImage{0, QStringLiteral("image/png"), QStringLiteral("Crane at dusk"), {}, {}};
        saver.setSource([this] { return ArticleSaver::Snapshot{m_editing, QByteArray("png bytes")}; });
        saver.edited();
        QVERIFY(saver.flush());
        const Article stored = TAKE(ArticleRepository(*db).load(m_editing.id));
        QVERIFY(stored.hero.has_value());
        QCOMPARE(stored.hero->altText, QStringLiteral("Crane at dusk"));
    }
};

QTEST_MAIN(ArticleSaverTest)
#include "tst_articlesaver.moc"
