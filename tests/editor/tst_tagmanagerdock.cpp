// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdock.h"
#include "tagtablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TagManagerDockTest : public QObject
{
    Q_OBJECT

private:
    QList<TagUsage> m_rows;
    std::unique_ptr<TagTableModel> m_model;
    std::unique_ptr<TagManagerDock> m_dock;

    void selectNames(const QStringList &names)
    {
        QTableView *view = m_dock->view();
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (names.contains(index.data().toString()))
                view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    qint64 idOf(const QString &name) const
    {
        for (const TagUsage &u : m_rows) {
            if (u.tag.name == name)
                return u.tag.id;
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        m_rows = {
            TagUsage{Tag{1, u"OpenAI"_s, {}, TagKind::Organisation}, {}, 3, {}, false, {}},
            TagUsage{Tag{2, u"Open AI"_s, {}, TagKind::Topic}, {}, 7, {}, true, {}},
            TagUsage{Tag{3, u"Climate"_s, {}, TagKind::Topic}, {}, 1, {}, false, {}},
        };
        m_model = std::make_unique<TagTableModel>([this] { return Result<QList<TagUsage>>(m_rows); });
        m_dock = std::make_unique<TagManagerDock>(m_model.get());
        m_model->reload();
        m_dock->resize(600, 400);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }

    void cleanup()
    {
        m_dock.reset();
        m_model.reset();
    }

    void theDockIsCalledTags() { QCOMPARE(m_dock->windowTitle(), u"Tags"_s); }

    void typingInTheFilterNarrowsTheTable()
    {
        QTest::keyClicks(m_dock->filterEdit(), u"open"_s);
        QCOMPARE(m_dock->view()->model()->rowCount(), 2);
        QTest::keyClicks(m_dock->filterEdit(), u"-ai"_s);
        QCOMPARE(m_dock->view()->model()->rowCount(), 2);
        m_dock->filterEdit()->clear();
        QCOMPARE(m_dock->view()->model()->rowCount(), 3);
    }

    void actionsFollowTheSelection_data()
    {
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<bool>("rename");
        QTest::addColumn<bool>("merge");
        QTest::addColumn<bool>("remove");
        QTest::newRow("none") << QStringList{} << false << false << false;
        QTest::newRow("one") << QStringList{u"Climate"_s} << true << false << true;
        QTest::newRow("two") << QStringList{u"Climate"_s, u"OpenAI"_s} << false << true << true;
    }
    void actionsFollowTheSelection()
    {
        QFETCH(QStringList, selected);
        QFETCH(bool, rename);
        QFETCH(bool, merge);
        QFETCH(bool, remove);
        selectNames(selected);
        QCOMPARE(m_dock->renameAction()->isEnabled(), rename);
        QCOMPARE(m_dock->mergeAction()->isEnabled(), merge);
        QCOMPARE(m_dock->deleteAction()->isEnabled(), remove);
        QCOMPARE(m_dock->kindAction()->isEnabled(), !selected.isEmpty());
        QVERIFY(m_dock->newAction()->isEnabled());
    }

    void renameAndDeleteAskTheAppForTheSelectedTags()
    {
        QSignalSpy renamed(m_dock.get(), &TagManagerDock::renameRequested);
        QSignalSpy deleted(m_dock.get(), &TagManagerDock::deleteRequested);
        selectNames({u"Climate"_s});
        m_dock->view()->setFocus();
        QTest::keyClick(m_dock->view(), Qt::Key_F2);
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.at(0).at(0).toLongLong(), idOf(u"Climate"_s));
        QTest::keyClick(m_dock->view(), Qt::Key_Delete);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.at(0).at(0).value<QList<qint64>>(), QList<qint64>{idOf(u"Climate"_s)});
    }

    void mergeSuggestsTheMostUsedTag()
    {
        QSignalSpy merged(m_dock.get(), &TagManagerDock::mergeRequested);
        selectNames({u"OpenAI"_s, u"Open AI"_s});
        m_dock->mergeAction()->trigger();
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.at(0).at(0).value<QList<qint64>>().size(), 2);
        QCOMPARE(merged.at(0).at(1).toLongLong(), idOf(u"Open AI"_s));
    }

    void aKindFromTheMenuIsRequestedForEverySelectedTag()
    {
        QSignalSpy kinds(m_dock.get(), &TagManagerDock::kindChangeRequested);
        selectNames({u"OpenAI"_s, u"Climate"_s});
        const QList<QAction *> menu = m_dock->kindAction()->menu()->actions();
        QCOMPARE(menu.size(), 4);
        menu.at(2)->trigger();
        QCOMPARE(kinds.size(), 1);
        QCOMPARE(kinds.at(0).at(0).value<QList<qint64>>().size(), 2);
        QCOMPARE(kinds.at(0).at(1).value<TagKind>(), TagKind::Person);
    }

    void newStartsFromTheFilterText()
    {
        QSignalSpy created(m_dock.get(), &TagManagerDock::createRequested);
        QTest::keyClicks(m_dock->filterEdit(), u"Energy "_s);
        m_dock->newAction()->trigger();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).toString(), u"Energy"_s);
    }

    void doubleClickAsksForTheTagsStories()
    {
        QSignalSpy filter(m_dock.get(), &TagManagerDock::filterStoriesRequested);
        QTableView *view = m_dock->view();
        selectNames({u"Climate"_s});
        const QModelIndex index = view->selectionModel()->selectedRows().constFirst();
        const QPoint where = view->visualRect(index).center();
        QVERIFY(view->viewport()->rect().contains(where));
        // Through the window, as the system sends it: press, release, press, double-click.
        QTest::mouseDClick(m_dock->windowHandle(), Qt::LeftButton, {}, view->viewport()->mapTo(m_dock.get(), where));
        QTRY_COMPARE(filter.size(), 1);
        QCOMPARE(filter.at(0).at(0).toLongLong(), idOf(u"Climate"_s));
    }

    void reloadKeepsTheSelectionAndShowsChanges()
    {
        selectNames({u"Climate"_s});
        m_rows[2].articleCount = 40;
        m_rows.removeAt(0);
        m_dock->reload();
        QCOMPARE(m_dock->selectedTagIds(), QList<qint64>{3});
        QCOMPARE(m_dock->view()->model()->rowCount(), 2);
    }

    void clickingAHeaderSortsByThatColumn()
    {
        QHeaderView *header = m_dock->view()->horizontalHeader();
        const QPoint count(header->sectionViewportPosition(TagTableModel::CountColumn) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, count);
        QAbstractItemModel *shown = m_dock->view()->model();
        QCOMPARE(shown->index(0, 0).data().toString(), u"Climate"_s);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, count);
        QCOMPARE(shown->index(0, 0).data().toString(), u"Open AI"_s);
    }

    void aReadOnlyDatabaseTurnsTheChangesOff()
    {
        selectNames({u"Climate"_s});
        m_dock->setReadOnly(true);
        QVERIFY(!m_dock->newAction()->isEnabled());
        QVERIFY(!m_dock->renameAction()->isEnabled());
        QVERIFY(!m_dock->deleteAction()->isEnabled());
    }

    void selectTagClearsAFilterThatHidesIt()
    {
        QTest::keyClicks(m_dock->filterEdit(), u"open"_s);
        m_dock->selectTag(3);
        QCOMPARE(m_dock->filterEdit()->text(), QString());
        QCOMPARE(m_dock->selectedTagIds(), QList<qint64>{3});
    }
};

QTEST_MAIN(TagManagerDockTest)
#include "tst_tagmanagerdock.moc"
