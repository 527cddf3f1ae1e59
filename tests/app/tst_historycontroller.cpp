// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"
#include "historycontroller.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "revisionhistory.h"
#include "revisionrepository.h"

#include <QAction>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
template<typename Widget> Widget *child(QWidget &window, const QString &name)
{
    return window.findChild<Widget *>(name);
}
} // namespace

class HistoryControllerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Article m_article;
    Revision m_original;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"newsroom.db"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        Article a;
        a.headline = u"Harbour budget passes"_s;
        a.body = u"Original words."_s;
        auto created = ArticleRepository(*m_db).create(a);
        QVERIFY(created);
        m_article = created.value();
        auto recorded = RevisionRepository(*m_db).record(m_article, u"ana"_s, m_article.status,
                                                         RevisionRepository::Kind::SavePoint);
        QVERIFY(recorded);
        m_original = recorded.value();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void theHistoryDockOpensFromTheViewMenuAndListsTheStory()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showArticle(m_article.id));
        auto *dock = child<QDockWidget>(window, u"historyDock"_s);
        QVERIFY(dock && !dock->isVisible());
        auto *show = child<QAction>(window, u"showHistory"_s);
        QCOMPARE(show->shortcut(), QKeySequence(u"Ctrl+Shift+H"_s));
        show->trigger();
        QVERIFY(dock->isVisible());
        auto *list = child<QTableView>(window, u"historyList"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, HistoryModel::WhoColumn).data().toString(), u"ana"_s);
    }

    void restoringPutsTheOldTextInTheEditorAndLosesNothing()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showArticle(m_article.id));
        auto *body = child<QPlainTextEdit>(window, u"body"_s);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" Later words."_s); // not saved yet when the restore is asked for
        QCOMPARE(body->toPlainText(), u"Original words. Later words."_s);

        child<QAction>(window, u"showHistory"_s)->trigger();
        auto *list = child<QTableView>(window, u"historyList"_s);
        QTRY_VERIFY(list->model()->rowCount() >= 1);
        const int oldest = list->model()->rowCount() - 1;
        const QRect rect = list->visualRect(list->model()->index(oldest, HistoryModel::WhoColumn));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        auto *diff = child<QTextBrowser>(window, u"historyDiff"_s);
        QTRY_VERIFY(diff->toPlainText().contains(u"Later"_s)); // the revision against the editor's text

        auto *restore = child<QPushButton>(window, u"historyRestore"_s);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);

        QCOMPARE(body->toPlainText(), u"Original words."_s);
        QVERIFY(!window.isWindowModified());
        auto stored = ArticleRepository(*m_db).load(m_article.id);
        QVERIFY(stored);
        QCOMPARE(stored->body, u"Original words."_s);

        auto entries = RevisionHistory(*m_db).entries(m_article.id);
        QVERIFY(entries);
        QVERIFY(entries->size() >= 2);
        QCOMPARE(entries->first().restoredFrom, std::optional(m_original.id));
        // The words typed before the restore are still in the history.
        bool kept = false;
        for (const RevisionEntry &e : std::as_const(entries.value())) {
            auto revision = RevisionRepository(*m_db).load(e.revision.id);
            QVERIFY(revision);
            kept = kept || revision->snapshot.body == u"Original words. Later words."_s;
        }
        QVERIFY(kept);
        QTRY_COMPARE(list->model()->rowCount(), int(entries->size()));
    }
};

QTEST_MAIN(HistoryControllerTest)
#include "tst_historycontroller.moc"
