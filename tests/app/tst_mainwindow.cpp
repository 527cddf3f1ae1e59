// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"
#include "mainwindow.h"
#include "previewbrowser.h"
#include "previewpane.h"
#include "revisionrepository.h"
#include "samplenewsroom.h"
#include "storylistmodel.h"
#include "tagmanagerdock.h"
#include "tagrepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

namespace {

const QString headlineText = QStringLiteral("Zürich’s 🚀 budget'; DROP TABLE articles;--");
const QString dekText = QStringLiteral("Москва, 東京 and \"quotes\" <b>not bold</b> 100% of the time");
const QStringList bodyLines{
    QStringLiteral("First paragraph — with an em dash."),
    QString(),
    QStringLiteral("## A subhead"),
    QStringLiteral("> \"A quote,\" she said. 🎉"),
    QStringLiteral("- one; DELETE FROM articles"),
};

/// Types `text` as a keyboard would, one character at a time. QTest::keyClicks cannot: it sends
/// Latin-1 only, and would drop "’", "🚀" and Cyrillic.
void type(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        // A character outside the BMP arrives as one key event carrying both of its halves.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length), Qt::NoModifier);
        i += length - 1;
    }
}

template<typename Widget> Widget *child(QWidget &window, const char *name)
{
    return window.findChild<Widget *>(QLatin1StringView(name));
}

void clickRow(QAbstractItemView *list, int row)
{
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

int rowWithHeadline(QAbstractItemView *list, const QString &headline)
{
    const QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == headline)
            return row;
    }
    return -1;
}

/// Answers the modal dialogs of type `Dialog` that open while it lives, with `answer`: the app's
/// dialogs run their own event loop, so the test answers them from a timer.
template<typename Dialog> std::unique_ptr<QTimer> answerDialogs(QObject *context, std::function<void(Dialog *)> answer)
{
    auto timer = std::make_unique<QTimer>();
    QObject::connect(timer.get(), &QTimer::timeout, context, [answer = std::move(answer)] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget()))
            answer(dialog);
    });
    timer->start(50);
    return timer;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("newsroom.db"));
    }

    void cleanup() { m_dir.reset(); }

    void aNewStoryIsIntactAfterCloseAndReopen()
    {
        const QString body = bodyLines.join(u'\n');
        {
            auto db = open();
            QVERIFY(db);
            QVERIFY(SampleNewsroom::seed(*db));
            MainWindow window(*db);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(window.windowTitle().contains(QLatin1StringView("The Harbour Ledger")));

            QTest::keySequence(&window, QKeySequence::New);
            auto *headline = child<QLineEdit>(window, "headline");
            QTRY_COMPARE(QApplication::focusWidget(), headline);
            QCOMPARE(headline->selectedText(), QStringLiteral("Untitled story"));
            auto *list = child<QAbstractItemView>(window, "storyList");
            QCOMPARE(list->model()->rowCount(), 4);
            QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Untitled story"));

            type(headline, headlineText);
            QCOMPARE(headline->text(), headlineText);
            auto *dek = child<QLineEdit>(window, "dek");
            QTest::mouseClick(dek, Qt::LeftButton);
            type(dek, dekText);
            auto *bodyEdit = child<QPlainTextEdit>(window, "body");
            QTest::mouseClick(bodyEdit->viewport(), Qt::LeftButton);
            type(bodyEdit, body);
            QCOMPARE(bodyEdit->toPlainText(), body);
            QVERIFY(window.isWindowModified());

            QVERIFY(window.close()); // saves
        }

        auto db = open();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = child<QAbstractItemView>(window, "storyList");
        QCOMPARE(list->model()->rowCount(), 4);
        const int row = rowWithHeadline(list, headlineText);
        QVERIFY(row >= 0);
        // Away to another story and back, by clicking, as a person would.
        clickRow(list, row == 0 ? 1 : 0);
        QVERIFY(child<QLineEdit>(window, "headline")->text() != headlineText);
        clickRow(list, row);
        QCOMPARE(list->currentIndex().row(), row);
        QCOMPARE(child<QLineEdit>(window, "headline")->text(), headlineText);
        QCOMPARE(child<QLineEdit>(window, "dek")->text(), dekText);
        QCOMPARE(child<QPlainTextEdit>(window, "body")->toPlainText(), body);
        QVERIFY(!window.isWindowModified());

        // The metacharacters were stored as words, not run: every table is still there.
        auto stored = ArticleRepository(*db).load(list->currentIndex().data(StoryListModel::IdRole).toLongLong());
        QVERIFY(stored);
        QCOMPARE(stored->headline, headlineText);
        QCOMPARE(stored->body, body);
        QCOMPARE(ArticleRepository(*db).count().value(), 4);
    }

    void openingAStoryIsNotAnEdit()
    {
        auto db = openSample();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = child<QAbstractItemView>(window, "storyList");
        clickRow(list, 1);
        QTest::qWait(1500); // longer than the autosave delay
        QVERIFY(!window.isWindowModified());
        const qint64 id = list->currentIndex().data(StoryListModel::IdRole).toLongLong();
        QVERIFY(id > 0);
        auto revisions = RevisionRepository(*db).list(id);
        QVERIFY(revisions.ok());
        QCOMPARE(revisions.value().size(), 0);
    }

    void editUndoActsOnTheFieldWithTheCursor()
    {
        auto db = openSample();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *undo = child<QAction>(window, "undo");

        auto *dek = child<QLineEdit>(window, "dek");
        const QString before = dek->text();
        dek->setFocus();
        QTest::keyClick(dek, Qt::Key_End);
        QTest::keyClicks(dek, QStringLiteral(" More."));
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(dek->text(), before);

        // The section has no history of its own; the form's shared one serves it.
        child<QToolButton>(window, "detailsToggle")->click();
        auto *section = child<QComboBox>(window, "section");
        const int chosen = section->currentIndex();
        section->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), section);
        QTest::keyClick(section, Qt::Key_Down);
        QVERIFY(section->currentIndex() != chosen);
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(section->currentIndex(), chosen);
    }

    void thePreviewFollowsTypingAndHidesOnRequest()
    {
        auto db = openSample();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *preview = window.findChild<PreviewPane *>(QStringLiteral("preview"));
        QVERIFY(preview && preview->isVisible());
        // The sample's publication and the story's headline are on the page.
        QTRY_VERIFY(preview->browser()->toPlainText().contains(QStringLiteral("Harbour Ledger")));
        QTRY_VERIFY(preview->browser()->toPlainText().contains(child<QLineEdit>(window, "headline")->text()));

        auto *body = child<QPlainTextEdit>(window, "body");
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("Quayside cranes idle"));
        QTRY_VERIFY(preview->browser()->toPlainText().contains(QStringLiteral("Quayside cranes idle")));

        child<QAction>(window, "showPreview")->trigger();
        QVERIFY(!preview->isVisible());
        QTest::keyClicks(body, QStringLiteral(" overnight"));
        QTest::qWait(400);
        QVERIFY(!preview->browser()->toPlainText().contains(QStringLiteral("overnight"))); // hidden: no work
        child<QAction>(window, "showPreview")->trigger();
        QTRY_VERIFY(preview->browser()->toPlainText().contains(QStringLiteral("idle overnight")));
    }

    void theTagManagerDeletesUndoesAndFiltersStories()
    {
        auto db = openSample();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        child<QAction>(window, "showTags")->trigger();
        auto *dock = window.findChild<TagManagerDock *>();
        QVERIFY(dock && dock->isVisible());

        // The most used tag of the sample, and the stories that carry it.
        auto tags = TagRepository(*db).list();
        QVERIFY(tags);
        Tag busiest;
        int busiestCount = 0;
        for (const Tag &tag : std::as_const(tags.value())) {
            const int n = TagRepository(*db).affectedArticles(tag.id).value();
            if (n > busiestCount) {
                busiest = tag;
                busiestCount = n;
            }
        }
        QVERIFY(busiestCount > 0);

        // Double-click (Enter) on the tag: only its stories are listed.
        dock->selectTag(busiest.id);
        auto *table = dock->findChild<QTableView *>();
        QVERIFY(table);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        auto *list = child<QAbstractItemView>(window, "storyList");
        QTRY_COMPARE(list->model()->rowCount(), busiestCount);
        child<QAction>(window, "showAllStories")->trigger();
        QTRY_COMPARE(list->model()->rowCount(), 3);

        // Delete it, answering the question that names the number of stories.
        QString question;
        auto answer = answerDialogs<QMessageBox>(this, [&](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        dock->selectTag(busiest.id);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_VERIFY(!TagRepository(*db).load(busiest.id).ok());
        answer.reset();
        QVERIFY2(question.contains(QString::number(busiestCount)), qPrintable(question));

        // Edit ▸ Undo Tag Change puts it back on the same stories.
        // (The change runs on a worker thread; Undo is offered once it is done.)
        auto *undo = child<QAction>(window, "undoTagChange");
        QTRY_VERIFY(undo->isEnabled());
        QTRY_VERIFY(dock->isEnabled());
        undo->trigger();
        QTRY_VERIFY(TagRepository(*db).load(busiest.id).ok());
        QTRY_COMPARE(TagRepository(*db).affectedArticles(busiest.id).value(), busiestCount);
        QTRY_VERIFY(dock->isEnabled());
    }

    void aTagCanBeDescribedAndTheDescriptionUndone()
    {
        auto db = openSample();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        child<QAction>(window, "showTags")->trigger();
        auto *dock = window.findChild<TagManagerDock *>();
        const Tag tag = TagRepository(*db).list().value().constFirst();
        dock->selectTag(tag.id);

        const QString words = QStringLiteral("Ships, cranes and the people who work them; not 'ports' in IT.");
        auto answer = answerDialogs<QInputDialog>(this, [&](QInputDialog *dialog) {
            dialog->setTextValue(words);
            dialog->accept();
        });
        QAction *action = nullptr;
        for (const auto items = dock->findChildren<QAction *>(); QAction * a : items) {
            if (a->text().remove(u'&') == QStringLiteral("Describe…"))
                action = a;
        }
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QTRY_COMPARE(TagRepository(*db).description(tag.id).value(), words);
        answer.reset();

        auto *undo = child<QAction>(window, "undoTagChange");
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(TagRepository(*db).description(tag.id).value(), QString());
    }

    void aTagCanBeAddedToSeveralStoriesAtOnce()
    {
        auto db = openSample();
        QVERIFY(db);
        auto added = TagRepository(*db).add(Tag{0, QStringLiteral("Crane drivers"), {}, TagKind::Topic});
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toLogString()));
        const Tag tag = added.value();
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = child<QAbstractItemView>(window, "storyList");
        list->selectAll();
        QCOMPARE(list->selectionModel()->selectedRows().size(), 3);

        auto answer = answerDialogs<QInputDialog>(this, [&](QInputDialog *dialog) {
            dialog->setTextValue(tag.name);
            dialog->accept();
        });
        child<QAction>(window, "addTagToStories")->trigger();
        answer.reset();
        QCOMPARE(TagRepository(*db).affectedArticles(tag.id).value(), 3);

        // The story open in the editor shows the new tag, so saving it does not take it off again.
        QVERIFY(window.save());
        const qint64 open = list->currentIndex().data(StoryListModel::IdRole).toLongLong();
        QVERIFY(ArticleRepository(*db).load(open)->tagIds.contains(tag.id));
    }

    void typingIsSavedWithoutPressingSave()
    {
        auto db = open();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(child<QAction>(window, "saveArticle")->isEnabled());

        child<QAction>(window, "newArticle")->trigger();
        auto stories = ArticleRepository(*db).list();
        QVERIFY(stories);
        QCOMPARE(stories->size(), 1);
        const qint64 id = stories->constFirst().id;

        auto *headline = child<QLineEdit>(window, "headline");
        QTRY_COMPARE(QApplication::focusWidget(), headline);
        type(headline, QStringLiteral("Autosaved 🚀"));
        QTRY_VERIFY_WITH_TIMEOUT(ArticleRepository(*db).load(id)->headline == QStringLiteral("Autosaved 🚀"), 3000);
        // The save worker's "saved" reaches the window a moment after the row is written.
        QTRY_VERIFY(!window.isWindowModified());
        QCOMPARE(child<QAbstractItemView>(window, "storyList")->currentIndex().data().toString(),
                 QStringLiteral("Autosaved 🚀"));
    }

    void switchingStoriesSavesTheOneLeft()
    {
        auto db = openSample();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = child<QAbstractItemView>(window, "storyList");
        clickRow(list, 0);
        const qint64 id = list->currentIndex().data(StoryListModel::IdRole).toLongLong();

        auto *bodyEdit = child<QPlainTextEdit>(window, "body");
        QTest::mouseClick(bodyEdit->viewport(), Qt::LeftButton);
        bodyEdit->moveCursor(QTextCursor::End);
        type(bodyEdit, QStringLiteral("\nA late paragraph."));
        clickRow(list, 1); // at once, before the autosave

        auto stored = ArticleRepository(*db).load(id);
        QVERIFY(stored);
        QVERIFY(stored->body.endsWith(QLatin1StringView("\nA late paragraph.")));
        QVERIFY(list->currentIndex().data(StoryListModel::IdRole).toLongLong() != id);
        QVERIFY(!window.isWindowModified());
    }

    void theSaveShortcutStoresAtOnce()
    {
        auto db = openSample();
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = child<QAbstractItemView>(window, "storyList");
        const qint64 id = list->currentIndex().data(StoryListModel::IdRole).toLongLong();
        QVERIFY(id != 0);

        auto *dek = child<QLineEdit>(window, "dek");
        QTest::mouseClick(dek, Qt::LeftButton);
        dek->selectAll();
        type(dek, QStringLiteral("Saved by hand."));
        QVERIFY(window.isWindowModified());
        QTest::keySequence(&window, QKeySequence::Save);
        QCOMPARE(ArticleRepository(*db).load(id)->dek, QStringLiteral("Saved by hand."));
        QVERIFY(!window.isWindowModified());
    }

    void theStatusBarNamesTheDatabase()
    {
        auto db = open();
        QVERIFY(db);
        MainWindow window(*db);
        auto *label = window.findChild<QWidget *>(QStringLiteral("databaseState"));
        QVERIFY(label);
        QVERIFY(label->property("text").toString().contains(QLatin1StringView("newsroom.db")));
        // An empty database: nothing to edit until a story exists.
        QVERIFY(!child<QLineEdit>(window, "headline")->isEnabled());
    }

private:
    /// The test's database with the sample newsroom in it; null (and a warning) on failure.
    std::unique_ptr<Database> openSample()
    {
        auto db = open();
        if (db && !SampleNewsroom::seed(*db)) {
            qWarning() << "could not seed the sample newsroom";
            return nullptr;
        }
        return db;
    }

    std::unique_ptr<Database> open()
    {
        auto opened = Database::open(m_path);
        if (!opened) {
            qWarning() << opened.error().toLogString();
            return nullptr;
        }
        return std::move(opened).value();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
