// SPDX-License-Identifier: GPL-3.0-or-later
#include "formattingactions.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// «selection» in the text given to and read back from the editor.
void load(QPlainTextEdit *editor, QString marked)
{
    const qsizetype from = marked.indexOf(u'\u00ab');
    marked.remove(u'\u00ab');
    const qsizetype to = marked.indexOf(u'\u00bb');
    marked.remove(u'\u00bb');
    editor->setPlainText(marked);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(from));
    cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
}

} // namespace

class FormattingActionsTest : public QObject
{
    Q_OBJECT

private:
    QWidget *m_window = nullptr;
    QLineEdit *m_headline = nullptr;
    QPlainTextEdit *m_body = nullptr;
    FormattingActions *m_actions = nullptr;

    QAction *action(const QString &name) const
    {
        for (const auto items = m_actions->actions(); QAction * action : items) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_window = new QWidget;
        auto *layout = new QVBoxLayout(m_window);
        m_headline = new QLineEdit(m_window);
        m_body = new QPlainTextEdit(m_window);
        layout->addWidget(m_headline);
        layout->addWidget(m_body);
        m_actions = new FormattingActions(m_window);
        m_actions->setEditor(m_body);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_body->setFocus();
    }

    void cleanup() { delete m_window; }

    void everyActionHasANameAShortcutAndATooltip()
    {
        const QStringList names = {u"formatBold"_s,          u"formatItalic"_s,       u"formatLink"_s,
                                   u"formatHeading2"_s,      u"formatHeading3"_s,     u"formatQuote"_s,
                                   u"formatBulletList"_s,    u"formatNumberedList"_s, u"formatImage"_s,
                                   u"formatHorizontalRule"_s};
        QCOMPARE(m_actions->actions().size(), names.size());
        QList<QKeySequence> seen;
        for (const QString &name : names) {
            QAction *found = action(name);
            QVERIFY2(found, qPrintable(name));
            QVERIFY(!found->shortcut().isEmpty());
            QVERIFY(!seen.contains(found->shortcut()));
            seen += found->shortcut();
            QVERIFY(found->toolTip().contains(found->shortcut().toString(QKeySequence::NativeText)));
        }
        QCOMPARE(action(u"formatBold"_s)->shortcut(), QKeySequence(QKeySequence::Bold));
        QCOMPARE(action(u"formatItalic"_s)->shortcut(), QKeySequence(QKeySequence::Italic));
        QCOMPARE(action(u"formatLink"_s)->shortcut(), QKeySequence(u"Ctrl+K"_s));
    }

    void actionsFormatTheSelectionAndUndoInOneStep_data()
    {
        QTest::addColumn<bool>("byShortcut");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");

        const int ctrl = Qt::ControlModifier;
        const int ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
        struct Row {
            const char *name;
            Qt::Key key;
            int modifiers;
            const char16_t *before;
            const char16_t *after;
        };
        const Row rows[] = {
            {"formatBold", Qt::Key_B, ctrl, u"a «word» b", u"a **word** b"},
            {"formatItalic", Qt::Key_I, ctrl, u"a «word» b", u"a *word* b"},
            {"formatHeading2", Qt::Key_2, ctrl, u"«Title»", u"## Title"},
            {"formatHeading3", Qt::Key_3, ctrl, u"«Title»", u"### Title"},
            {"formatQuote", Qt::Key_9, ctrlShift, u"«one\ntwo»", u"> one\n> two"},
            {"formatBulletList", Qt::Key_8, ctrlShift, u"«one\ntwo»", u"- one\n- two"},
            {"formatNumberedList", Qt::Key_7, ctrlShift, u"«one\ntwo»", u"1. one\n2. two"},
            {"formatHorizontalRule", Qt::Key_R, ctrlShift, u"«one»", u"one\n\n---\n"},
        };
        for (bool byShortcut : {true, false}) {
            for (const Row &row : rows) {
                QTest::addRow("%s by %s", row.name, byShortcut ? "shortcut" : "toolbar")
                    << byShortcut << QString::fromLatin1(row.name) << int(row.key) << row.modifiers
                    << QString::fromUtf16(row.before) << QString::fromUtf16(row.after);
            }
        }
    }

    void actionsFormatTheSelectionAndUndoInOneStep()
    {
        QFETCH(bool, byShortcut);
        QFETCH(QString, name);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, before);
        QFETCH(QString, after);
        load(m_body, before);
        const QString original = m_body->toPlainText();

        if (byShortcut)
            QTest::keyClick(m_body, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        else
            action(name)->trigger();
        QCOMPARE(m_body->toPlainText(), after);

        QTest::keyClick(m_body, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_body->toPlainText(), original);
        QVERIFY(!m_body->document()->isUndoAvailable());
    }

    void boldTogglesTheWordUnderTheCursor()
    {
        m_body->setPlainText(u"a word b"_s);
        QTextCursor cursor = m_body->textCursor();
        cursor.setPosition(4);
        m_body->setTextCursor(cursor);
        QTest::keyClick(m_body, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(m_body->toPlainText(), u"a **word** b"_s);
        QTest::keyClick(m_body, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(m_body->toPlainText(), u"a word b"_s);
    }

    void linkAsksWithTheSelectionAndInsertsTheLink()
    {
        LinkChoice asked;
        m_actions->linkPrompt = [&asked](const LinkChoice &current) {
            asked = current;
            return std::optional<LinkChoice>({u"https://example.com/r"_s, current.text});
        };
        load(m_body, u"see «the report» and the rest"_s);
        QTest::keyClick(m_body, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(asked.text, u"the report"_s);
        QCOMPARE(asked.url, QString());
        QCOMPARE(m_body->toPlainText(), u"see [the report](https://example.com/r) and the rest"_s);

        // Again inside the link: the prompt shows it, and the answer replaces it.
        m_actions->linkPrompt = [&asked](const LinkChoice &current) {
            asked = current;
            return std::optional<LinkChoice>({u"https://example.com/new"_s, u"report"_s});
        };
        QTextCursor cursor = m_body->textCursor();
        cursor.setPosition(8);
        m_body->setTextCursor(cursor);
        action(u"formatLink"_s)->trigger();
        QCOMPARE(asked.url, u"https://example.com/r"_s);
        QCOMPARE(m_body->toPlainText(), u"see [report](https://example.com/new) and the rest"_s);
        m_body->undo();
        QCOMPARE(m_body->toPlainText(), u"see [the report](https://example.com/r) and the rest"_s);
    }

    void cancellingTheLinkPromptChangesNothing()
    {
        m_actions->linkPrompt = [](const LinkChoice &) { return std::optional<LinkChoice>(); };
        load(m_body, u"see «this»"_s);
        QTest::keyClick(m_body, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(m_body->toPlainText(), u"see this"_s);
        QVERIFY(!m_body->document()->isUndoAvailable());
    }

    void linkDialogAcceptsOnlyWebAndMailAddresses()
    {
        load(m_body, u"see «this»"_s);
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields.at(0)->text(), u"this"_s); // the words, prefilled
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(fields.at(1), u"javascript:alert(1)"_s);
            QVERIFY(!ok->isEnabled());
            fields.at(1)->clear();
            QTest::keyClicks(fields.at(1), u"example.com/story"_s);
            QVERIFY(ok->isEnabled());
            checked = true;
            ok->click();
        });
        action(u"formatLink"_s)->trigger();
        QVERIFY(checked);
        QCOMPARE(m_body->toPlainText(), u"see [this](https://example.com/story)"_s);
    }

    void imageActionAsksTheApplication()
    {
        QSignalSpy requested(m_actions, &FormattingActions::imageRequested);
        m_body->setPlainText(u"Para"_s);
        m_body->moveCursor(QTextCursor::End);
        QTest::keyClick(m_body, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(m_body->toPlainText(), u"Para"_s);
        m_actions->insertImage(u"Quay"_s, u"copydesk-image:3"_s);
        QCOMPARE(m_body->toPlainText(), u"Para\n\n![Quay](copydesk-image:3)\n"_s);
        m_body->undo();
        QCOMPARE(m_body->toPlainText(), u"Para"_s);
    }

    void shortcutsLeaveOtherFieldsAlone()
    {
        m_body->setPlainText(u"body"_s);
        m_headline->setText(u"headline"_s);
        m_headline->setFocus();
        QTest::keyClick(m_headline, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClick(m_headline, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_body->toPlainText(), u"body"_s);
        QCOMPARE(m_headline->text(), u"headline"_s);
    }

    void actionsAreDisabledWithoutAWritableEditor()
    {
        QVERIFY(action(u"formatBold"_s)->isEnabled());
        m_body->setReadOnly(true);
        QVERIFY(!action(u"formatBold"_s)->isEnabled());
        load(m_body, u"«word»"_s);
        action(u"formatBold"_s)->trigger();
        QCOMPARE(m_body->toPlainText(), u"word"_s);
        m_body->setReadOnly(false);
        QVERIFY(action(u"formatBold"_s)->isEnabled());
        m_actions->setEditor(nullptr);
        QVERIFY(!action(u"formatBold"_s)->isEnabled());
        QTest::keyClick(m_body, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(m_body->toPlainText(), u"word"_s);
    }

    void undoAndRedoFollowTheFocusedField()
    {
        QAction undo(u"Undo"_s);
        QAction redo(u"Redo"_s);
        FormattingActions::wireUndoRedo(&undo, &redo, m_window);

        m_headline->setFocus();
        QVERIFY(!undo.isEnabled());
        QTest::keyClicks(m_headline, u"Quay"_s);
        QVERIFY(undo.isEnabled());
        QVERIFY(!redo.isEnabled());

        m_body->setFocus();
        QVERIFY(!undo.isEnabled());
        QTest::keyClicks(m_body, u"Body"_s);
        QVERIFY(undo.isEnabled());
        undo.trigger();
        QCOMPARE(m_body->toPlainText(), QString());
        QCOMPARE(m_headline->text(), u"Quay"_s);
        QVERIFY(redo.isEnabled());
        redo.trigger();
        QCOMPARE(m_body->toPlainText(), u"Body"_s);

        m_headline->setFocus();
        undo.trigger();
        QCOMPARE(m_headline->text(), QString());
        QCOMPARE(m_body->toPlainText(), u"Body"_s);
        QVERIFY(redo.isEnabled());
    }
};

QTEST_MAIN(FormattingActionsTest)
#include "tst_formattingactions.moc"
