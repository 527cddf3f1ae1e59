// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "currentuser.h"
#include "database.h"
#include "mainwindow.h"
#include "revisionrepository.h"
#include "testdatabase.h"
#include "userrepository.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

using namespace Qt::StringLiterals;
using S = ArticleStatus;

namespace {
template<typename Widget> Widget *child(QWidget &window, const char *name)
{
    return window.findChild<Widget *>(QLatin1StringView(name));
}
} // namespace

/// The workflow actions as people meet them in the main window.
class WorkflowControllerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_storyId = 0;

    // A desk whose editor is "ada" (she came first), with one story in `status`.
    void makeDesk(S status)
    {
        m_db = std::make_unique<TestDatabase>();
        TAKE(UserRepository(**m_db).ensure(u"ada"_s, u"Ada"_s));
        TAKE(UserRepository(**m_db).ensure(u"joe"_s, u"Joe"_s));
        Article a;
        a.headline = u"Harbour dredging starts"_s;
        a.body = u"First words."_s;
        a.status = status;
        m_storyId = TAKE(ArticleRepository(**m_db).create(a)).id;
    }
    S storedStatus() { return TAKE(ArticleRepository(**m_db).load(m_storyId)).status; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        CurrentUser::setLoginOverride({});
        m_db.reset();
    }

    void aJournalistSubmitsWithTheShortcutAndTheWordsGoAlong()
    {
        makeDesk(S::Draft);
        CurrentUser::setLoginOverride(u"joe"_s);
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showArticle(m_storyId));
        auto *submit = child<QAction>(window, "submitForReview");
        QVERIFY(submit->isEnabled());
        auto *body = child<QPlainTextEdit>(window, "body");
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" More words."_s);
        QTest::keySequence(&window, submit->shortcut());
        QCOMPARE(storedStatus(), S::InReview);
        QCOMPARE(TAKE(ArticleRepository(**m_db).load(m_storyId)).body, u"First words. More words."_s);
        QCOMPARE(child<QLabel>(window, "workflowStatus")->text(), u"Status: In review"_s);
        const Revision last = TAKE(RevisionRepository(**m_db).list(m_storyId)).constFirst();
        QCOMPARE(last.who, u"joe"_s);
        QCOMPARE(last.statusTo, S::InReview);
        // Submitted once; and a journalist may not approve it: the actions say so.
        QVERIFY(!submit->isEnabled());
        auto *approve = child<QAction>(window, "approve");
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(u"editor"_s), qPrintable(approve->toolTip()));
        QVERIFY(!child<QAction>(window, "sendBack")->isEnabled());
        approve->trigger(); // a disabled action does nothing, even when triggered
        QCOMPARE(storedStatus(), S::InReview);
    }

    void typingAfterATransitionKeepsTheNewStatus()
    {
        makeDesk(S::Draft);
        CurrentUser::setLoginOverride(u"joe"_s);
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showArticle(m_storyId));
        child<QAction>(window, "submitForReview")->trigger();
        auto *body = child<QPlainTextEdit>(window, "body");
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" Fixed."_s);
        QVERIFY(window.save());
        const Article stored = TAKE(ArticleRepository(**m_db).load(m_storyId));
        QCOMPARE(stored.status, S::InReview); // the autosave did not write the old status back
        QVERIFY(stored.body.endsWith(u"Fixed."_s));
    }

    void anEditorApprovesAndSendsBackWithANote()
    {
        makeDesk(S::InReview);
        CurrentUser::setLoginOverride(u"ada"_s);
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showArticle(m_storyId));
        auto *approve = child<QAction>(window, "approve");
        auto *sendBack = child<QAction>(window, "sendBack");
        QVERIFY(approve->isEnabled());
        QVERIFY(sendBack->isEnabled());
        QVERIFY(!child<QAction>(window, "submitForReview")->isEnabled());
        approve->trigger();
        QCOMPARE(storedStatus(), S::Ready);
        QCOMPARE(child<QLabel>(window, "workflowStatus")->text(), u"Status: Ready"_s);

        // Send back asks why; the note is typed into the dialog and kept with the revision.
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"sendBackNote"_s)
                return;
            auto *edit = dialog->findChild<QPlainTextEdit *>();
            QTest::keyClicks(edit, u"Needs a second source."_s);
            dialog->accept();
        });
        answer.start();
        QTest::keySequence(&window, sendBack->shortcut());
        answer.stop();
        QCOMPARE(storedStatus(), S::Draft);
        const Revision last = TAKE(RevisionRepository(**m_db).list(m_storyId)).constFirst();
        QCOMPARE(last.who, u"ada"_s);
        QCOMPARE(last.statusFrom, S::Ready);
        QCOMPARE(last.note, u"Needs a second source."_s);
    }

    void cancellingTheNoteLeavesTheStoryWhereItWas()
    {
        makeDesk(S::InReview);
        CurrentUser::setLoginOverride(u"ada"_s);
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showArticle(m_storyId));
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        answer.start();
        child<QAction>(window, "sendBack")->trigger();
        answer.stop();
        QCOMPARE(storedStatus(), S::InReview);
    }

    void withNoStoryOpenTheActionsSaySo()
    {
        m_db = std::make_unique<TestDatabase>();
        MainWindow window(**m_db);
        auto *submit = child<QAction>(window, "submitForReview");
        QVERIFY(!submit->isEnabled());
        QVERIFY(submit->toolTip().contains(u"No story"_s));
    }

    void promotingTheUserEnablesApprovalAtOnce()
    {
        makeDesk(S::InReview);
        CurrentUser::setLoginOverride(u"joe"_s);
        MainWindow window(**m_db);
        QVERIFY(window.showArticle(m_storyId));
        auto *approve = child<QAction>(window, "approve");
        QVERIFY(!approve->isEnabled());
        QVERIFY(UserRepository(**m_db).setRole(u"ada"_s, u"joe"_s, Role::Editor).ok());
        QVERIFY(window.currentUser()->load().ok());
        QVERIFY(approve->isEnabled());
    }
};

QTEST_MAIN(WorkflowControllerTest)
#include "tst_workflowcontroller.moc"
