// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"
#include "markdownhighlighter.h"
#include "pasteconverter.h"
#include "spellchecker.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractTextDocumentLayout>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace {

// Reaches the paste entry point that Ctrl+V and drops use.
class Edit : public MarkdownEdit
{
public:
    using MarkdownEdit::canInsertFromMimeData;
    using MarkdownEdit::insertFromMimeData;
    using MarkdownEdit::viewportMargins;
};

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (const auto items = menu->actions(); QAction * a : items) {
        if (a->text() == text || a->objectName() == text)
            return a;
    }
    return nullptr;
}

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_speller.setLanguage(u"en_US"_s)); }

    void typingGoesIntoTheBody()
    {
        Edit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(&edit, u"Breaking news"_s);
        QTest::keyClick(&edit, Qt::Key_Return);
        QTest::keyClicks(&edit, u"**More** soon"_s);
        QCOMPARE(edit.toPlainText(), u"Breaking news\n**More** soon"_s);
        QCOMPARE(edit.lineWrapMode(), QPlainTextEdit::WidgetWidth);
    }

    void textLooksLikeProse()
    {
        Edit edit;
        QVERIFY(edit.font().pointSizeF() >= 12);
        QVERIFY(edit.font().pointSizeF() >= QApplication::font().pointSizeF());
    }

    void textColumnKeepsAReadableMeasure()
    {
        Edit edit;
        edit.resize(1800, 600);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const int column = QFontMetrics(edit.font()).averageCharWidth() * MarkdownEdit::measureCharacters
            + 2 * int(edit.document()->documentMargin());
        // The room kept for the scroll bar may widen the column by that much, no more.
        const int slack = edit.verticalScrollBar()->sizeHint().width() + 2;
        QVERIFY2(edit.viewport()->width() <= column + slack, qPrintable(QString::number(edit.viewport()->width())));
        QVERIFY(edit.viewport()->width() >= column - 2);
        const QRect viewport = edit.viewport()->geometry();
        QVERIFY(viewport.left() > 100); // centred: room on both sides
        QVERIFY(qAbs((viewport.left()) - (edit.width() - viewport.right())) < 60);
        edit.resize(300, 600);
        QTRY_COMPARE(edit.viewportMargins().left(), 0); // a narrow window uses all of its width
    }

    void wrappedLinesAreSpacedApart()
    {
        Edit edit;
        edit.resize(500, 400);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setPlainText(QString(u"A line of prose that goes on for a while. "_s).repeated(20));
        const QTextBlock block = edit.document()->firstBlock();
        edit.document()->documentLayout()->blockBoundingRect(block);
        QTextLayout *layout = block.layout();
        QVERIFY(layout->lineCount() > 2);
        const qreal gap = layout->lineAt(1).y() - layout->lineAt(0).y();
        QVERIFY2(gap >= layout->lineAt(0).height() * 1.3, qPrintable(QString::number(gap)));
        // The cursor still lands where the text is drawn.
        QTextCursor cursor(block);
        cursor.setPosition(layout->lineAt(2).textStart());
        edit.setTextCursor(cursor);
        const QRect rect = edit.cursorRect();
        QCOMPARE(edit.cursorForPosition(rect.center()).block(), block);
        QVERIFY(qAbs(edit.cursorForPosition(rect.center()).position() - cursor.position()) <= 1);
    }

    void themeFollowsThePalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black) << false;
        QTest::newRow("dark") << QColor(0x20, 0x20, 0x24) << QColor(0xee, 0xee, 0xee) << true;
    }
    void themeFollowsThePalette()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        QFETCH(bool, dark);
        Edit edit;
        edit.setPalette(paletteWithBase(base, text));
        const KSyntaxHighlighting::Theme theme = MarkdownHighlighter::repository().theme(edit.themeName());
        QVERIFY(theme.isValid());
        const bool themeIsDark =
            QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
        QCOMPARE(themeIsDark, dark);
        QCOMPARE(edit.highlighter()->theme().name(), edit.themeName());
    }

    void themeSwitchesWhenThePaletteChanges()
    {
        Edit edit;
        edit.setPalette(paletteWithBase(Qt::white, Qt::black));
        const QString light = edit.themeName();
        edit.setPalette(paletteWithBase(QColor(0x10, 0x10, 0x10), Qt::white));
        QVERIFY(edit.themeName() != light);
    }

    void contextMenuOffersSuggestions()
    {
        Edit edit;
        edit.setSpellChecker(&m_speller);
        edit.setPlainText(u"I saw teh cat"_s);
        QCOMPARE(edit.misspeltWordAt(7).selectedText(), u"teh"_s);
        std::unique_ptr<QMenu> menu(edit.createContextMenu(7));
        QAction *the = actionNamed(menu.get(), u"the"_s);
        QVERIFY(the);
        QCOMPARE(menu->actions().indexOf(the) < menu->actions().indexOf(actionNamed(menu.get(), u"addToDictionary"_s)),
                 true);
        QVERIFY(actionNamed(menu.get(), u"ignoreWord"_s));
        QVERIFY(menu->actions().size() > 6); // the standard actions are still there
        the->trigger();
        QCOMPARE(edit.toPlainText(), u"I saw the cat"_s);
        edit.undo();
        QCOMPARE(edit.toPlainText(), u"I saw teh cat"_s); // one undo step
    }

    void contextMenuOnACorrectWordIsStandard()
    {
        Edit edit;
        edit.setSpellChecker(&m_speller);
        edit.setPlainText(u"I saw teh cat"_s);
        QVERIFY(edit.misspeltWordAt(11).isNull());
        std::unique_ptr<QMenu> menu(edit.createContextMenu(11));
        QVERIFY(!actionNamed(menu.get(), u"addToDictionary"_s));
        QVERIFY(!menu->actions().isEmpty());
    }

    void misspeltWordInCodeOffersNothing()
    {
        Edit edit;
        edit.setSpellChecker(&m_speller);
        edit.setPlainText(u"Run `teh` now"_s);
        QVERIFY(edit.misspeltWordAt(6).isNull());
    }

    void addToDictionaryFromTheMenu()
    {
        SpellChecker speller;
        QVERIFY(speller.setLanguage(u"en_GB"_s));
        Edit edit;
        edit.setSpellChecker(&speller);
        edit.setPlainText(u"Snorkwell said so"_s);
        QSignalSpy added(&speller, &SpellChecker::wordAdded);
        std::unique_ptr<QMenu> menu(edit.createContextMenu(2));
        QAction *add = actionNamed(menu.get(), u"addToDictionary"_s);
        QVERIFY(add);
        add->trigger();
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(1).toString(), u"Snorkwell"_s);
        QVERIFY(edit.misspeltWordAt(2).isNull());
    }

    void htmlPasteGoesThroughTheConverter()
    {
        Edit edit;
        edit.setPlainText(u"Intro "_s);
        edit.moveCursor(QTextCursor::End);
        QMimeData mime;
        mime.setHtml(u"<p><b>Bold</b> news with <a href=\"https://example.com\">a link</a></p>"_s);
        mime.setText(u"Bold news with a link"_s);
        QVERIFY(edit.canInsertFromMimeData(&mime));
        const PasteResult expected = PasteConverter::convert(&mime);
        QVERIFY(expected.error.isEmpty());
        QVERIFY(expected.markdown.contains(u"**Bold**"));
        edit.insertFromMimeData(&mime);
        QCOMPARE(edit.toPlainText(), u"Intro "_s + expected.markdown);
        edit.undo();
        QCOMPARE(edit.toPlainText(), u"Intro "_s); // one undo step
    }

    void refusedPasteKeepsTheText()
    {
        Edit edit;
        edit.setPlainText(u"Every word typed"_s);
        QSignalSpy refused(&edit, &MarkdownEdit::pasteRefused);
        QMimeData mime;
        QImage picture(4, 4, QImage::Format_RGB32);
        picture.fill(Qt::red);
        mime.setImageData(picture);
        QVERIFY(edit.canInsertFromMimeData(&mime));
        edit.insertFromMimeData(&mime);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.at(0).at(0).toString().isEmpty());
        QCOMPARE(edit.toPlainText(), u"Every word typed"_s);
    }

    void focusModeDimsOtherParagraphs()
    {
        Edit edit;
        edit.resize(600, 300);
        edit.setPlainText(u"First paragraph here.\n\nSecond paragraph here."_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.moveCursor(QTextCursor::End);
        const QImage plain = edit.viewport()->grab().toImage();
        edit.setFocusMode(true);
        QVERIFY(edit.focusMode());
        const QImage focused = edit.viewport()->grab().toImage();
        const QRect first = edit.cursorRect(QTextCursor(edit.document()->firstBlock()));
        const QRect last = edit.cursorRect();
        // The first paragraph changed; the one with the cursor did not.
        QVERIFY(plain.copy(0, first.top(), plain.width(), first.height())
                != focused.copy(0, first.top(), plain.width(), first.height()));
        QCOMPARE(plain.copy(0, last.top(), plain.width(), last.height()),
                 focused.copy(0, last.top(), plain.width(), last.height()));
        edit.setFocusMode(false);
        QCOMPARE(edit.viewport()->grab().toImage(), plain);
    }

private:
    SpellChecker m_speller;
};

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
