// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "savedviewrepository.h"
#include "sectionrepository.h"
#include "storyfilterbar.h"
#include "storylistmodel.h"
#include "tagrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class StoryFilterBarTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QWidget> m_window;
    StoryListModel *m_model = nullptr;
    StoryFilterBar *m_bar = nullptr;
    QTreeView *m_view = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_business = 0;
    Author m_ana;
    Tag m_climate;

    qint64 store(const QString &headline, const QString &body, ArticleStatus status, qint64 section = 0,
                 QList<qint64> authors = {}, QList<qint64> tags = {})
    {
        Article a;
        a.headline = headline;
        a.body = body;
        a.status = status;
        a.sectionId = section;
        a.authorIds = authors;
        a.tagIds = tags;
        return TAKE(ArticleRepository(**m_db).create(a)).id;
    }

    QStringList headlines() const
    {
        QStringList shown;
        for (int row = 0; row < m_model->rowCount(); ++row)
            shown << m_model->index(row).data().toString();
        shown.sort();
        return shown;
    }

    template<typename T> T *child(const char *name) const
    {
        auto *found = m_bar->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    void waitForAnswer() { QTRY_VERIFY_WITH_TIMEOUT(!m_bar->isSearching(), 5000); }

    void choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setFocus();
        // The keyboard way: Home, then Down to the entry.
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentText(), text);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_business = TAKE(SectionRepository(**m_db).add(Section{0, u"Business"_s, {}, 0})).id;
        m_ana = TAKE(AuthorRepository(**m_db).add(Author{0, u"Ana Pereira"_s, {}}));
        m_climate = TAKE(TagRepository(**m_db).add(Tag{0, u"Climate"_s, {}, TagKind::Topic}));
        store(u"Harbour fees rise"_s, u"The port raises its fees."_s, ArticleStatus::Draft, m_business, {m_ana.id});
        store(u"Harbour strike ends"_s, u"Dockers return."_s, ArticleStatus::InReview, 0, {}, {m_climate.id});
        store(u"Parliament votes"_s, u"A budget passes."_s, ArticleStatus::Ready, m_business);

        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_model = new StoryListModel(**m_db, m_window.get());
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_bar = new StoryFilterBar(**m_db, m_model, m_window.get());
        m_bar->setCurrentUser(u"Ana Pereira"_s);
        m_view = new QTreeView(m_window.get());
        m_view->setModel(m_model);
        m_bar->setListView(m_view);
        layout->addWidget(m_bar);
        layout->addWidget(m_view);
        QVERIFY(m_model->reload());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_db.reset();
    }

    void typingSearchesOffTheGuiThread()
    {
        auto *box = child<QLineEdit>("storySearch");
        box->setFocus();
        QTest::keyClicks(box, u"harb"_s);
        QVERIFY(m_bar->isSearching());
        waitForAnswer();
        QCOMPARE(headlines(), (QStringList{u"Harbour fees rise"_s, u"Harbour strike ends"_s}));
        QVERIFY(m_model->index(0).data(StoryListModel::SnippetRole).toString().contains(u"<b>"_s));
        // "2 stories" once the English plural forms are loaded, as the app does.
        QVERIFY(child<QLabel>("storyCount")->text().startsWith(u"2 stor"_s));
        QTest::keyClicks(box, u"our strike"_s);
        waitForAnswer();
        QCOMPARE(headlines(), QStringList{u"Harbour strike ends"_s});
    }

    void hostileWordsNeverFail()
    {
        QSignalSpy failed(m_bar, &StoryFilterBar::failed);
        auto *box = child<QLineEdit>("storySearch");
        box->setFocus();
        QTest::keyClicks(box, u"NEAR( \"harbour * '; DROP TABLE"_s);
        waitForAnswer();
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(TAKE(ArticleRepository(**m_db).count()), 3);
    }

    void staleAnswersAreDropped()
    {
        QSignalSpy shown(m_bar, &StoryFilterBar::shown);
        auto *box = child<QLineEdit>("storySearch");
        box->setFocus();
        QTest::keyClicks(box, u"parliament"_s);
        QTest::keyClick(box, Qt::Key_Escape); // clears and asks again at once
        waitForAnswer();
        QTest::qWait(300); // long enough for a dropped answer to have shown itself
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(shown.size(), 1);
    }

    void filtersCombineWithSearchWords()
    {
        choose(child<QComboBox>("sectionFilter"), u"Business"_s);
        waitForAnswer();
        QCOMPARE(headlines(), (QStringList{u"Harbour fees rise"_s, u"Parliament votes"_s}));
        choose(child<QComboBox>("statusFilter"), statusDisplayName(ArticleStatus::Ready));
        waitForAnswer();
        QCOMPARE(headlines(), QStringList{u"Parliament votes"_s});
        choose(child<QComboBox>("statusFilter"), u"Any status"_s);
        auto *box = child<QLineEdit>("storySearch");
        box->setFocus();
        QTest::keyClicks(box, u"port"_s);
        waitForAnswer();
        QCOMPARE(headlines(), QStringList{u"Harbour fees rise"_s});
    }

    void tagAndAuthorFilters()
    {
        auto *tag = child<QLineEdit>("tagFilter");
        tag->setFocus();
        QTest::keyClicks(tag, u"climate"_s);
        QTest::keyClick(tag, Qt::Key_Return);
        waitForAnswer();
        QCOMPARE(headlines(), QStringList{u"Harbour strike ends"_s});
        tag->setFocus();
        tag->selectAll();
        QTest::keyClicks(tag, u"no such tag"_s);
        QTest::keyClick(tag, Qt::Key_Return);
        waitForAnswer();
        QCOMPARE(m_model->rowCount(), 0);
        tag->setFocus();
        tag->selectAll();
        QTest::keyClick(tag, Qt::Key_Backspace);
        QTest::keyClick(tag, Qt::Key_Return);
        waitForAnswer();
        QCOMPARE(m_model->rowCount(), 3);
        choose(child<QComboBox>("authorFilter"), u"Me"_s);
        waitForAnswer();
        QCOMPARE(headlines(), QStringList{u"Harbour fees rise"_s});
    }

    void savedViewsApplyAndCanBeAdded()
    {
        choose(child<QComboBox>("savedViews"), u"My drafts"_s);
        waitForAnswer();
        QCOMPARE(headlines(), QStringList{u"Harbour fees rise"_s});
        choose(child<QComboBox>("savedViews"), u"In review"_s);
        waitForAnswer();
        QCOMPARE(headlines(), QStringList{u"Harbour strike ends"_s});
        QCOMPARE(child<QComboBox>("statusFilter")->currentText(), statusDisplayName(ArticleStatus::InReview));

        auto *box = child<QLineEdit>("storySearch");
        choose(child<QComboBox>("statusFilter"), u"Any status"_s);
        box->setFocus();
        QTest::keyClicks(box, u"harbour"_s);
        waitForAnswer();
        QTest::mouseClick(child<QToolButton>("saveView"), Qt::LeftButton);
        auto *name = child<QLineEdit>("viewName");
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, u"Port stories"_s);
        QTest::keyClick(name, Qt::Key_Return);
        const auto views = TAKE(SavedViewRepository(**m_db).list());
        QCOMPARE(views.last().name, u"Port stories"_s);
        QCOMPARE(views.last().definition.search, u"harbour"_s);
        QCOMPARE(child<QComboBox>("savedViews")->currentText(), u"Port stories"_s);
    }

    void downMovesFromTheSearchBoxIntoTheList()
    {
        auto *box = child<QLineEdit>("storySearch");
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QTRY_VERIFY(m_view->hasFocus());
        QCOMPARE(m_view->currentIndex().row(), 0);
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->currentIndex().row(), 1);
    }
};

QTEST_MAIN(StoryFilterBarTest)
#include "tst_storyfilterbar.moc"
