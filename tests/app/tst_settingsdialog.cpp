// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "currentuser.h"
#include "database.h"
#include "languagepage.h"
#include "mainwindow.h"
#include "previewbrowser.h"
#include "previewpane.h"
#include "publicationrepository.h"
#include "sectionrepository.h"
#include "settingscontroller.h"
#include "settingsdialog.h"
#include "targetspage.h"
#include "testdatabase.h"
#include "userrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
template<typename Widget> Widget *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<Widget *>(QLatin1StringView(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(which), Qt::LeftButton);
}

/// Replaces a line edit's text as a person would: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void retype(QComboBox *box, const QString &text)
{
    retype(box->lineEdit(), text);
}

/// A fresh connection to the same file, as another run of the app would read it.
std::unique_ptr<Database> fresh(const QString &path)
{
    return std::move(Database::open(path)).value();
}
} // namespace

/// Each settings page as people use it: type, OK, and the desk has it (from a fresh connection).
class SettingsDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CurrentUser> m_user;

    // A desk with the editor "ada" and the journalist "joe"; `login` is using it.
    SettingsDialog *openAs(const QString &login)
    {
        m_db = std::make_unique<TestDatabase>();
        TAKE(UserRepository(**m_db).ensure(u"ada"_s, u"Ada"_s));
        TAKE(UserRepository(**m_db).ensure(u"joe"_s, u"Joe"_s));
        CurrentUser::setLoginOverride(login);
        m_user = std::make_unique<CurrentUser>(**m_db);
        if (!m_user->load().ok())
            qFatal("no profile");
        auto *dialog = new SettingsDialog(**m_db, m_user.get());
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        CurrentUser::setLoginOverride({});
        m_user.reset();
        m_db.reset();
    }

    void theProfileRoundTrips()
    {
        SettingsDialog *dialog = openAs(u"joe"_s);
        const qint64 authorId = TAKE(AuthorRepository(**m_db).add(Author{0, u"Joe Bloggs"_s, u"Courts."_s})).id;
        delete dialog; // reopened so that the new author is offered
        dialog = new SettingsDialog(**m_db, m_user.get());
        dialog->show();
        dialog->showPage(u"Profile"_s);
        retype(child<QLineEdit>(dialog, "displayName"), u"Joseph Bloggs"_s);
        auto *author = child<QComboBox>(dialog, "bylineAuthor");
        author->setCurrentIndex(author->findText(u"Joe Bloggs"_s));
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isHidden());
        delete dialog;
        auto db = fresh(m_db->path());
        const UserProfile joe = TAKE(UserRepository(*db).load(u"joe"_s));
        QCOMPARE(joe.displayName, u"Joseph Bloggs"_s);
        QCOMPARE(joe.authorId, authorId);
        QCOMPARE(m_user->profile().displayName, u"Joseph Bloggs"_s); // the window sees it at once
    }

    void aJournalistSeesTheDeskReadOnlyAndCannotChangeRoles()
    {
        SettingsDialog *dialog = openAs(u"joe"_s);
        QVERIFY(child<QLabel>(dialog, "readOnlyNote")->isVisible());
        QVERIFY(!child<QComboBox>(dialog, "role")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "publicationName")->isReadOnly());
        QVERIFY(!child<QComboBox>(dialog, "timeZone")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "addSection")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "newSection")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "addAuthor")->isEnabled());
        QCOMPARE(child<QTableWidget>(dialog, "authors")->editTriggers(), QAbstractItemView::NoEditTriggers);
        auto *people = child<QTableWidget>(dialog, "people");
        QCOMPARE(people->rowCount(), 1); // ada
        QVERIFY(!people->cellWidget(0, 2)->isEnabled());
        // Typing into a read-only field changes nothing, and OK stores nothing of the desk.
        QTest::keyClicks(child<QLineEdit>(dialog, "publicationName"), u"Hijacked"_s);
        clickButton(dialog, QDialogButtonBox::Ok);
        QCOMPARE(TAKE(PublicationRepository(**m_db).load()).name, QString());
        delete dialog;
    }

    void anEditorPromotesAJournalist()
    {
        SettingsDialog *dialog = openAs(u"ada"_s);
        QVERIFY(!dialog->findChild<QLabel *>(u"readOnlyNote"_s));
        auto *people = child<QTableWidget>(dialog, "people");
        QCOMPARE(people->item(0, 0)->text(), u"joe"_s);
        auto *role = qobject_cast<QComboBox *>(people->cellWidget(0, 2));
        QVERIFY(role->isEnabled());
        role->setCurrentIndex(role->findData(int(Role::Editor)));
        clickButton(dialog, QDialogButtonBox::Ok);
        auto db = fresh(m_db->path());
        QCOMPARE(TAKE(UserRepository(*db).load(u"joe"_s)).role, Role::Editor);
        delete dialog;
    }

    void theLastEditorIsToldAndTheDialogStaysOpen()
    {
        SettingsDialog *dialog = openAs(u"ada"_s);
        auto *role = child<QComboBox>(dialog, "role");
        role->setCurrentIndex(role->findData(int(Role::Journalist)));
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        answer.start();
        clickButton(dialog, QDialogButtonBox::Ok);
        answer.stop();
        QVERIFY(dialog->isVisible());
        QCOMPARE(TAKE(UserRepository(**m_db).load(u"ada"_s)).role, Role::Editor);
        delete dialog;
    }

    void thePublicationRoundTrips()
    {
        SettingsDialog *dialog = openAs(u"ada"_s);
        dialog->showPage(u"Publication"_s);
        retype(child<QLineEdit>(dialog, "publicationName"), u"The Harbour Ledger"_s);
        retype(child<QLineEdit>(dialog, "tagline"), u"News from the quay"_s);
        retype(child<QLineEdit>(dialog, "homeCity"), u"Hobart"_s);
        retype(child<QComboBox>(dialog, "locale"), u"en_AU"_s);
        retype(child<QComboBox>(dialog, "timeZone"), u"Australia/Hobart"_s);
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isHidden());
        delete dialog;
        auto db = fresh(m_db->path());
        const Publication p = TAKE(PublicationRepository(*db).load());
        QCOMPARE(p,
                 (Publication{u"The Harbour Ledger"_s, u"News from the quay"_s, u"Hobart"_s, u"en_AU"_s,
                              u"Australia/Hobart"_s}));
        // Reopened, the dialog shows what is stored.
        auto *again = new SettingsDialog(*db, m_user.get());
        QCOMPARE(child<QLineEdit>(again, "homeCity")->text(), u"Hobart"_s);
        QCOMPARE(child<QComboBox>(again, "timeZone")->currentText(), u"Australia/Hobart"_s);
        delete again;
    }

    void anUnknownTimeZoneIsRefusedAndNothingIsStored()
    {
        SettingsDialog *dialog = openAs(u"ada"_s);
        retype(child<QLineEdit>(dialog, "publicationName"), u"Ledger"_s);
        retype(child<QComboBox>(dialog, "timeZone"), u"Mars/Olympus_Mons"_s);
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        answer.start();
        clickButton(dialog, QDialogButtonBox::Ok);
        answer.stop();
        QVERIFY(dialog->isVisible());
        QCOMPARE(TAKE(PublicationRepository(**m_db).load()).name, QString());
        delete dialog;
    }

    void sectionsAreAddedRenamedReorderedAndRetired()
    {
        SettingsDialog *dialog = openAs(u"ada"_s);
        TAKE(SectionRepository(**m_db).add(Section{0, u"Business"_s, {}, 0}));
        TAKE(SectionRepository(**m_db).add(Section{0, u"Motoring"_s, {}, 0}));
        delete dialog;
        dialog = new SettingsDialog(**m_db, m_user.get());
        dialog->show();
        dialog->showPage(u"Sections"_s);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = child<QListWidget>(dialog, "sections");
        QCOMPARE(list->count(), 2);
        // Add "Science" by typing, then move it to the top.
        auto *name = child<QLineEdit>(dialog, "newSection");
        QTest::keyClicks(name, u"Science"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "addSection"), Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->currentItem()->text(), u"Science"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "moveSectionUp"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "moveSectionUp"), Qt::LeftButton);
        QCOMPARE(list->item(0)->text(), u"Science"_s);
        // Rename "Business" in place (F2, type, Enter).
        list->setCurrentRow(1);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = list->viewport()->findChild<QLineEdit *>()));
        editor->selectAll();
        QTest::keyClicks(editor, u"Economy"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(list->item(1)->text(), u"Economy"_s); // the delegate commits from the event loop
        // Retire "Motoring".
        list->setCurrentRow(2);
        QTest::mouseClick(child<QPushButton>(dialog, "retireSection"), Qt::LeftButton);
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isHidden());
        delete dialog;

        auto db = fresh(m_db->path());
        const QList<Section> sections = TAKE(SectionRepository(*db).list());
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(0).name, u"Science"_s);
        QCOMPARE(sections.at(1).name, u"Economy"_s);
        QCOMPARE(sections.at(1).slug, u"business"_s); // addresses do not move with a rename
        QCOMPARE(sections.at(2).name, u"Motoring"_s);
        QVERIFY(sections.at(2).retired);
        QVERIFY(!sections.at(0).retired && !sections.at(1).retired);
    }

    void authorsAreAddedAndEdited()
    {
        SettingsDialog *dialog = openAs(u"ada"_s);
        TAKE(AuthorRepository(**m_db).add(Author{0, u"Mia Chen"_s, u"Covers the port."_s}));
        delete dialog;
        dialog = new SettingsDialog(**m_db, m_user.get());
        dialog->show();
        dialog->showPage(u"Authors"_s);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *table = child<QTableWidget>(dialog, "authors");
        QCOMPARE(table->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(dialog, "addAuthor"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, u"Sam Okafor"_s);
        QTest::keyClick(editor, Qt::Key_Tab); // on to the bio, which opens its editor
        editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, u"Writes on science."_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->item(1, 1)->text(), u"Writes on science."_s);
        QCOMPARE(table->item(1, 0)->text(), u"Sam Okafor"_s);
        table->item(0, 1)->setText(u"Covers the port and the council."_s);
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog->isHidden());
        delete dialog;

        auto db = fresh(m_db->path());
        const QList<Author> authors = TAKE(AuthorRepository(*db).list());
        QCOMPARE(authors.size(), 2);
        QCOMPARE(authors.at(0), (Author{authors.at(0).id, u"Mia Chen"_s, u"Covers the port and the council."_s}));
        QCOMPARE(authors.at(1).displayName, u"Sam Okafor"_s);
        QCOMPARE(authors.at(1).bio, u"Writes on science."_s);
    }

    void otherPartsOfTheAppAddPages()
    {
        SettingsDialog *dialog = openAs(u"ada"_s);
        auto *page = new QLabel(u"Targets"_s);
        page->setObjectName(u"targetsPage"_s);
        dialog->addPage(page, u"Publishing"_s);
        dialog->showPage(u"Publishing"_s);
        QVERIFY(page->isVisible());
        QCOMPARE(page->parentWidget()->parentWidget()->objectName(), u"settingsPages"_s);
        delete dialog;
    }

    void theWindowShowsSettingsAtOnceAndHidesRetiredSectionsFromNewStories()
    {
        m_db = std::make_unique<TestDatabase>();
        CurrentUser::setLoginOverride(u"ada"_s);
        const Section motoring = TAKE(SectionRepository(**m_db).add(Section{0, u"Motoring"_s, {}, 0}));
        TAKE(SectionRepository(**m_db).add(Section{0, u"Business"_s, {}, 0}));
        Article old;
        old.headline = u"Old car story"_s;
        old.sectionId = motoring.id;
        const qint64 oldId = TAKE(ArticleRepository(**m_db).create(old)).id;

        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showArticle(oldId));
        QAction *settings = window.findChild<QAction *>(u"settings"_s);
        QVERIFY(settings);
        QVERIFY(!settings->shortcuts().isEmpty());
        settings->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        retype(child<QLineEdit>(dialog, "publicationName"), u"The Quay"_s);
        auto *list = child<QListWidget>(dialog, "sections");
        list->setCurrentRow(0);
        QCOMPARE(list->currentItem()->text(), u"Motoring"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "retireSection"), Qt::LeftButton);
        clickButton(dialog, QDialogButtonBox::Ok);

        QVERIFY(window.windowTitle().contains(u"The Quay"_s));
        auto *preview = window.findChild<PreviewPane *>();
        QTRY_VERIFY(preview->browser()->toPlainText().contains(u"The Quay"_s)); // the masthead
        // The old story keeps its section and shows it; a new story is not offered it.
        auto *section = window.findChild<QComboBox *>(u"section"_s);
        QCOMPARE(section->currentText(), u"Motoring (retired)"_s);
        QVERIFY(window.save());
        QCOMPARE(TAKE(ArticleRepository(**m_db).load(oldId)).sectionId, motoring.id);
        window.newArticle();
        QCOMPARE(section->currentData().toLongLong(), 0);
        QCOMPARE(section->findText(u"Motoring"_s, Qt::MatchStartsWith), -1);
        QVERIFY(section->findText(u"Business"_s) >= 0);
    }

    void theWindowAddsTheLanguageAndPublishingPages()
    {
        m_db = std::make_unique<TestDatabase>();
        TAKE(UserRepository(**m_db).ensure(u"ada"_s, u"Ada"_s)); // the first user: the editor
        CurrentUser::setLoginOverride(u"ada"_s);
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QAction *>(u"settings"_s)->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *tabs = child<QTabWidget>(dialog, "settingsPages");
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QVERIFY2(titles.contains(LanguagePage::title()), qPrintable(titles.join(u", ")));
        QVERIFY2(titles.contains(u"Publishing"_s), qPrintable(titles.join(u", ")));
        dialog->showPage(LanguagePage::title());
        QVERIFY(dialog->findChild<LanguagePage *>()->isVisible());
        dialog->showPage(u"Publishing"_s);
        auto *targets = dialog->findChild<TargetsPage *>();
        QVERIFY(targets);
        QVERIFY(targets->isVisible());
        clickButton(dialog, QDialogButtonBox::Cancel);
    }

    void aJournalistGetsNoPublishingPageAndPublishFollowsTheRole()
    {
        m_db = std::make_unique<TestDatabase>();
        TAKE(UserRepository(**m_db).ensure(u"ada"_s, u"Ada"_s));
        TAKE(UserRepository(**m_db).ensure(u"joe"_s, u"Joe"_s));
        Article story;
        story.headline = u"Harbour reopens"_s;
        const qint64 id = TAKE(ArticleRepository(**m_db).create(story)).id;
        CurrentUser::setLoginOverride(u"joe"_s);
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showArticle(id));
        QAction *publish = window.findChild<QAction *>(u"publish"_s);
        QVERIFY(publish);
        QVERIFY(!publish->isEnabled());

        window.findChild<QAction *>(u"settings"_s)->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<LanguagePage *>());
        QVERIFY(!dialog->findChild<TargetsPage *>());
        clickButton(dialog, QDialogButtonBox::Cancel);

        // Promoted by the editor: the window follows as soon as the profile is read again.
        QVERIFY(UserRepository(**m_db).setRole(u"ada"_s, u"joe"_s, Role::Editor).ok());
        QVERIFY(window.currentUser()->load().ok());
        QVERIFY(publish->isEnabled());
    }

    void aNewStoryIsBylinedToTheAuthorInTheProfile()
    {
        m_db = std::make_unique<TestDatabase>();
        CurrentUser::setLoginOverride(u"mia"_s);
        const Author mia = TAKE(AuthorRepository(**m_db).add(Author{0, u"Mia Chen"_s, u"Covers the port."_s}));
        MainWindow window(**m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QAction *>(u"settings"_s)->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *author = child<QComboBox>(dialog, "bylineAuthor");
        author->setCurrentIndex(author->findText(u"Mia Chen"_s));
        clickButton(dialog, QDialogButtonBox::Ok);
        QCOMPARE(window.currentUser()->profile().authorId, mia.id);
        window.newArticle();
        QVERIFY(window.save());
        const QList<ArticleSummary> stories = TAKE(ArticleRepository(**m_db).list());
        QCOMPARE(stories.size(), 1);
        QCOMPARE(TAKE(ArticleRepository(**m_db).load(stories.first().id)).authorIds, QList<qint64>{mia.id});
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
