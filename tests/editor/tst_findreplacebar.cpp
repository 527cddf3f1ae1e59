// SPDX-License-Identifier: GPL-3.0-or-later
#include "findreplacebar.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class FindReplaceBarTest : public QObject
{
    Q_OBJECT

private:
    QWidget *m_window = nullptr;
    QPlainTextEdit *m_body = nullptr;
    FindReplaceBar *m_bar = nullptr;

    template<typename T> T *child(const char *name) const
    {
        T *found = m_bar->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }
    QString count() const { return child<QLabel>("matchCount")->text(); }
    QString selected() const { return m_body->textCursor().selectedText(); }
    int selectionStart() const { return m_body->textCursor().selectionStart(); }

    void find(const QString &query)
    {
        QTest::keyClick(m_body, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_bar->isVisible());
        QTest::keyClicks(child<QLineEdit>("findField"), query);
    }

private Q_SLOTS:
    void init()
    {
        m_window = new QWidget;
        auto *layout = new QVBoxLayout(m_window);
        m_body = new QPlainTextEdit(m_window);
        m_bar = new FindReplaceBar(m_window);
        layout->addWidget(m_body);
        layout->addWidget(m_bar);
        m_bar->setEditor(m_body);
        m_body->setPlainText(u"The fox saw a Fox.\nA fox ran; the foxes hid."_s);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_body->setFocus();
    }

    void cleanup() { delete m_window; }

    void hiddenUntilCtrlF()
    {
        QVERIFY(!m_bar->isVisible());
        QCOMPARE(m_bar->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(m_bar->replaceAction()->shortcut(), QKeySequence(u"Ctrl+H"_s));
        QTest::keyClick(m_body, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_bar->isVisible());
        QVERIFY(child<QLineEdit>("findField")->hasFocus());
        QVERIFY(!child<QLineEdit>("replaceField")->isVisible());
    }

    void typingCountsAndSelectsTheFirstMatch()
    {
        find(u"fox"_s);
        QCOMPARE(m_bar->matchCount(), 4); // case-insensitive, inside "foxes" too
        QCOMPARE(count(), u"1 of 4"_s);
        QCOMPARE(selectionStart(), 4);
        QCOMPARE(selected(), u"fox"_s);
    }

    void nextAndPreviousMoveAndWrap()
    {
        find(u"fox"_s);
        child<QPushButton>("nextButton")->click();
        QCOMPARE(selectionStart(), 14);
        QCOMPARE(count(), u"2 of 4"_s);
        QTest::keyClick(child<QLineEdit>("findField"), Qt::Key_Return);
        QCOMPARE(selectionStart(), 21);
        QTest::keyClick(child<QLineEdit>("findField"), Qt::Key_F3);
        QCOMPARE(count(), u"4 of 4"_s);
        QTest::keyClick(child<QLineEdit>("findField"), Qt::Key_F3);
        QCOMPARE(count(), u"1 of 4"_s); // wrapped
        QTest::keyClick(child<QLineEdit>("findField"), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(count(), u"4 of 4"_s);
        child<QPushButton>("previousButton")->click();
        QCOMPARE(count(), u"3 of 4"_s);
        QCOMPARE(selectionStart(), 21);
    }

    void caseAndWholeWordsNarrowTheSearch()
    {
        find(u"Fox"_s);
        QCOMPARE(m_bar->matchCount(), 4);
        child<QCheckBox>("caseSensitive")->click();
        QCOMPARE(m_bar->matchCount(), 1);
        QCOMPARE(count(), u"1 of 1"_s);
        QCOMPARE(selectionStart(), 14);
        child<QCheckBox>("caseSensitive")->click();
        child<QCheckBox>("wholeWords")->click();
        QCOMPARE(m_bar->matchCount(), 3); // not "foxes"
    }

    void noMatchesSaysSo()
    {
        find(u"badger"_s);
        QCOMPARE(count(), u"No matches"_s);
        QVERIFY(!m_bar->findNext());
        QVERIFY(!m_body->textCursor().hasSelection());
    }

    void aOneLineSelectionFillsTheField()
    {
        QTextCursor cursor = m_body->textCursor();
        cursor.setPosition(25);
        cursor.setPosition(28, QTextCursor::KeepAnchor);
        m_body->setTextCursor(cursor);
        QTest::keyClick(m_body, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(child<QLineEdit>("findField")->text(), u"ran"_s);
        QCOMPARE(count(), u"1 of 1"_s);
    }

    void replaceReplacesTheSelectedMatchAndMovesOn()
    {
        QTest::keyClick(m_body, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(child<QLineEdit>("replaceField")->isVisible());
        QTest::keyClicks(child<QLineEdit>("findField"), u"fox"_s);
        QTest::keyClicks(child<QLineEdit>("replaceField"), u"cat"_s);
        child<QPushButton>("replaceButton")->click();
        QCOMPARE(m_body->toPlainText(), u"The cat saw a Fox.\nA fox ran; the foxes hid."_s);
        QCOMPARE(count(), u"1 of 3"_s);
        QCOMPARE(selectionStart(), 14);
    }

    void replaceAllIsOneUndoStep()
    {
        const QString original = m_body->toPlainText();
        QTest::keyClick(m_body, Qt::Key_H, Qt::ControlModifier);
        child<QCheckBox>("wholeWords")->click();
        QTest::keyClicks(child<QLineEdit>("findField"), u"fox"_s);
        QTest::keyClicks(child<QLineEdit>("replaceField"), u"badger"_s);
        child<QPushButton>("replaceAllButton")->click();
        QCOMPARE(m_body->toPlainText(), u"The badger saw a badger.\nA badger ran; the foxes hid."_s);
        QCOMPARE(count(), u"3 replaced"_s);
        QCOMPARE(m_bar->matchCount(), 0);
        m_body->undo();
        QCOMPARE(m_body->toPlainText(), original);
        QVERIFY(!m_body->document()->isUndoAvailable());
    }

    void replaceDoesNothingToAReadOnlyBody()
    {
        m_body->setReadOnly(true);
        find(u"fox"_s);
        QCOMPARE(m_bar->replaceAll(), 0);
        QCOMPARE(m_body->toPlainText(), u"The fox saw a Fox.\nA fox ran; the foxes hid."_s);
    }

    void countFollowsEditsAfterAPause()
    {
        find(u"fox"_s);
        QCOMPARE(count(), u"1 of 4"_s);
        m_body->moveCursor(QTextCursor::End);
        m_body->insertPlainText(u" One more fox."_s);
        QTRY_COMPARE(count(), u"5 matches"_s);
    }

    void escapeClosesAndReturnsToTheBody()
    {
        QSignalSpy closed(m_bar, &FindReplaceBar::closed);
        find(u"fox"_s);
        QTest::keyClick(child<QLineEdit>("findField"), Qt::Key_Escape);
        QVERIFY(!m_bar->isVisible());
        QCOMPARE(closed.size(), 1);
        QVERIFY(m_body->hasFocus());
        QCOMPARE(selected(), u"fox"_s); // the last match stays selected
    }
};

QTEST_MAIN(FindReplaceBarTest)
#include "tst_findreplacebar.moc"
