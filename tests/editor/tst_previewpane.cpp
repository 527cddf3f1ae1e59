// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString paragraphs(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << u"Paragraph %1 of the story, with enough words to take a line or two."_s.arg(i);
    return lines.join(u"\n\n"_s);
}

// The editor and the preview side by side, as the main window has them.
struct Desk {
    QWidget window;
    QPlainTextEdit *editor = new QPlainTextEdit(&window);
    PreviewPane *pane = new PreviewPane(&window);
    int provided = 0;

    Desk()
    {
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(editor);
        layout->addWidget(pane);
        pane->setSource(editor);
        pane->setInputProvider([this] {
            ++provided;
            RenderInput input;
            input.article.headline = u"The headline"_s;
            input.tagNames = {u"Zebras"_s};
            return input;
        });
        window.resize(900, 500);
    }

    QString previewText() const { return pane->browser()->toPlainText(); }
    QScrollBar *previewBar() const { return pane->browser()->verticalScrollBar(); }

    // The viewport point in the middle of `text` in the preview.
    QPoint pointOf(const QString &text) const
    {
        PreviewBrowser *browser = pane->browser();
        const QTextCursor found = browser->document()->find(text);
        QTextCursor middle(browser->document());
        middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
        return browser->cursorRect(middle).center();
    }
};

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingUpdatesThePreview();
    void aBurstOfEditsRendersFewTimes();
    void neverMoreThanOneRenderInFlight();
    void nothingIsRenderedWhileHidden();
    void scrollPositionSurvivesARefresh();
    void clickingAParagraphNamesItsLine_data();
    void clickingAParagraphNamesItsLine();
    void scrollToSourceLineMovesThePreview();
    void theCursorIsFollowed();
    void theWidthToggleRendersAgain();
    void theColumnIsCentredInTheViewer_data();
    void theColumnIsCentredInTheViewer();
    void httpsLinksAreForwarded();
};

void TestPreviewPane::typingUpdatesThePreview()
{
    Desk desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QTRY_VERIFY(desk.previewText().contains(u"The headline"_s));
    desk.editor->setFocus();
    QTest::keyClicks(desk.editor, u"Hello preview world"_s);
    QTRY_VERIFY(desk.previewText().contains(u"Hello preview world"_s));
    QTest::keyClick(desk.editor, Qt::Key_Return);
    QTest::keyClick(desk.editor, Qt::Key_Return);
    QTest::keyClicks(desk.editor, u"## A subhead"_s);
    QTRY_VERIFY(desk.previewText().contains(u"A subhead"_s));
    QVERIFY(!desk.previewText().contains(u"##"_s));
}

void TestPreviewPane::aBurstOfEditsRendersFewTimes()
{
    Desk desk;
    QSignalSpy rendered(desk.pane, &PreviewPane::rendered);
    desk.window.show();
    QTRY_COMPARE(rendered.count(), 1);
    rendered.clear();
    desk.provided = 0;
    for (int i = 0; i < 50; ++i)
        QTest::keyClicks(desk.editor, u"w%1 "_s.arg(i));
    QTRY_VERIFY(desk.previewText().contains(u"w49"_s));
    QTest::qWait(3 * PreviewPane::debounceMs);
    QVERIFY2(rendered.count() <= 2, qPrintable(QString::number(rendered.count())));
    QCOMPARE(desk.provided, rendered.count()); // the provider is asked once per render, not per edit
}

void TestPreviewPane::neverMoreThanOneRenderInFlight()
{
    Desk desk;
    QSignalSpy rendered(desk.pane, &PreviewPane::rendered);
    desk.window.show();
    QTRY_COMPARE(rendered.count(), 1);
    desk.editor->setPlainText(paragraphs(300));
    for (int i = 0; i < 50; ++i)
        desk.pane->refreshNow();
    QTRY_VERIFY(desk.previewText().contains(u"Paragraph 299"_s));
    QTest::qWait(3 * PreviewPane::debounceMs);
    // The first render, then at most one more for all the requests made while it ran.
    QVERIFY2(rendered.count() <= 3, qPrintable(QString::number(rendered.count())));
}

void TestPreviewPane::nothingIsRenderedWhileHidden()
{
    Desk desk;
    QSignalSpy rendered(desk.pane, &PreviewPane::rendered);
    desk.pane->hide();
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QTest::keyClicks(desk.editor, u"Typed while hidden"_s);
    desk.pane->refreshNow();
    QTest::qWait(3 * PreviewPane::debounceMs);
    QCOMPARE(rendered.count(), 0);
    QCOMPARE(desk.provided, 0);
    desk.pane->show();
    QTRY_COMPARE(rendered.count(), 1);
    QVERIFY(desk.previewText().contains(u"Typed while hidden"_s));
    QTest::qWait(3 * PreviewPane::debounceMs);
    QCOMPARE(rendered.count(), 1);
}

void TestPreviewPane::scrollPositionSurvivesARefresh()
{
    Desk desk;
    desk.pane->setFollowEditor(false);
    QSignalSpy rendered(desk.pane, &PreviewPane::rendered);
    desk.editor->setPlainText(paragraphs(200));
    desk.window.show();
    QTRY_VERIFY(rendered.count() >= 1);
    QTRY_VERIFY(desk.previewBar()->maximum() > 2000);
    const int value = desk.previewBar()->maximum() / 2;
    desk.previewBar()->setValue(value);
    rendered.clear();
    desk.editor->moveCursor(QTextCursor::End);
    desk.editor->insertPlainText(u"\n\nOne more paragraph at the end."_s);
    QTRY_COMPARE(rendered.count(), 1);
    QVERIFY(desk.previewText().contains(u"One more paragraph"_s));
    QCOMPARE(desk.previewBar()->value(), value);
}

void TestPreviewPane::clickingAParagraphNamesItsLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line"); // -1: no line
    QTest::newRow("first paragraph") << u"First paragraph"_s << 0;
    QTest::newRow("second paragraph") << u"Second paragraph"_s << 2;
    QTest::newRow("subhead") << u"A subhead"_s << 4;
    QTest::newRow("list item") << u"item two"_s << 7;
    QTest::newRow("quote") << u"quoted words"_s << 9;
    QTest::newRow("table header row") << u"headcell"_s << 11;
    QTest::newRow("table row, by its own line") << u"cellvalue"_s << 13;
    QTest::newRow("last paragraph") << u"Last words"_s << 15;
    QTest::newRow("headline") << u"The headline"_s << -1;
    QTest::newRow("tags after the body") << u"Zebras"_s << -1;
}

void TestPreviewPane::clickingAParagraphNamesItsLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    Desk desk;
    QSignalSpy rendered(desk.pane, &PreviewPane::rendered);
    desk.editor->setPlainText(u"First paragraph here.\n\nSecond paragraph here.\n\n## A subhead\n\n- item one\n"
                              "- item two\n\n> quoted words\n\n| a | headcell |\n|---|---|\n| 1 | cellvalue |\n\n"
                              "Last words."_s);
    desk.window.show();
    QTRY_VERIFY(desk.previewText().contains(u"Last words"_s));
    QSignalSpy activated(desk.pane, &PreviewPane::sourceLineActivated);
    const QPoint point = desk.pointOf(text);
    QTest::mouseClick(desk.pane->browser()->viewport(), Qt::LeftButton, {}, point);
    if (line < 0) {
        QCOMPARE(activated.count(), 0);
    } else {
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toInt(), line);
    }
}

void TestPreviewPane::scrollToSourceLineMovesThePreview()
{
    Desk desk;
    desk.pane->setFollowEditor(false);
    desk.editor->setPlainText(paragraphs(200));
    desk.window.show();
    QTRY_VERIFY(desk.previewText().contains(u"Paragraph 199"_s));
    QCOMPARE(desk.previewBar()->value(), 0);
    desk.pane->scrollToSourceLine(300); // "Paragraph 150" is on line 300
    QVERIFY(desk.previewBar()->value() > 0);
    const QPoint target = desk.pointOf(u"Paragraph 150 "_s);
    QVERIFY2(target.y() >= 0 && target.y() < 60, qPrintable(QString::number(target.y())));
    desk.pane->scrollToSourceLine(2);
    QVERIFY(desk.pointOf(u"Paragraph 1 "_s).y() < 60);
    desk.pane->scrollToSourceLine(-1); // before the body: the top of the page
    QCOMPARE(desk.previewBar()->value(), 0);
}

void TestPreviewPane::theCursorIsFollowed()
{
    Desk desk;
    desk.editor->setPlainText(paragraphs(200));
    desk.window.show();
    QTRY_VERIFY(desk.previewText().contains(u"Paragraph 199"_s));
    desk.editor->moveCursor(QTextCursor::End);
    QTRY_VERIFY(desk.previewBar()->value() > 0);
    QTRY_VERIFY(desk.pane->browser()->viewport()->rect().contains(desk.pointOf(u"Paragraph 199 "_s)));
    desk.editor->moveCursor(QTextCursor::Start);
    QTRY_COMPARE(desk.previewBar()->value(), 0);

    desk.pane->setFollowEditor(false);
    desk.editor->moveCursor(QTextCursor::End);
    QTest::qWait(200);
    QCOMPARE(desk.previewBar()->value(), 0);
}

void TestPreviewPane::theWidthToggleRendersAgain()
{
    Desk desk;
    QSignalSpy rendered(desk.pane, &PreviewPane::rendered);
    desk.window.resize(2000, 500); // room for both columns
    desk.window.show();
    QTRY_COMPARE(rendered.count(), 1);
    QToolButton *phone = nullptr;
    for (const auto buttons = desk.pane->findChildren<QToolButton *>(); QToolButton * button : buttons) {
        if (button->text() == u"Phone"_s)
            phone = button;
    }
    QVERIFY(phone);
    QCOMPARE(desk.pane->pageWidth(), PageOptions::Width::Desktop);
    // The column is the root frame's width less its margins (see theColumnIsCentredInTheViewer).
    const auto sideMargin = [&desk] {
        return desk.pane->browser()->document()->rootFrame()->frameFormat().leftMargin();
    };
    const qreal desktopMargin = sideMargin();
    phone->setFocus();
    QTest::keyClick(phone, Qt::Key_Space);
    QCOMPARE(desk.pane->pageWidth(), PageOptions::Width::Phone);
    QTRY_COMPARE(rendered.count(), 2);
    QVERIFY2(sideMargin() > desktopMargin, qPrintable(QString::number(sideMargin())));
}

void TestPreviewPane::theColumnIsCentredInTheViewer_data()
{
    QTest::addColumn<PageOptions::Width>("width");
    QTest::addColumn<int>("column");
    QTest::newRow("desktop") << PageOptions::Width::Desktop << 720;
    QTest::newRow("phone") << PageOptions::Width::Phone << 375;
}

void TestPreviewPane::theColumnIsCentredInTheViewer()
{
    QFETCH(PageOptions::Width, width);
    QFETCH(int, column);
    Desk desk;
    desk.editor->setPlainText(paragraphs(3));
    desk.pane->setPageWidth(width);
    desk.window.resize(2200, 500);
    desk.window.show();
    QTRY_VERIFY(desk.previewText().contains(u"Paragraph 2"_s));
    for (int windowWidth : {2200, 1900}) {
        desk.window.resize(windowWidth, 500);
        QTRY_COMPARE(desk.pane->browser()->width(), desk.pane->width());
        const int viewport = desk.pane->browser()->viewport()->width();
        QVERIFY2(viewport > column + 100, qPrintable(QString::number(viewport)));
        const int side = (viewport - column) / 2;
        // A paragraph's first line starts at the column's left edge and fills it to the right one.
        QTRY_VERIFY(qAbs(desk.pointOf(u"Paragraph 0"_s).x() - side) < 80);
        const QTextCursor found = desk.pane->browser()->document()->find(u"Paragraph 0"_s);
        QTextCursor start(found);
        start.setPosition(found.selectionStart());
        QCOMPARE(desk.pane->browser()->cursorRect(start).left(), side);
        QTextFrameFormat root = desk.pane->browser()->document()->rootFrame()->frameFormat();
        QCOMPARE(qRound(root.rightMargin()), side);
    }
}

void TestPreviewPane::httpsLinksAreForwarded()
{
    Desk desk;
    QSignalSpy requested(desk.pane, &PreviewPane::externalLinkRequested);
    desk.editor->setPlainText(u"A [secure link](https://example.com/x) and [a file](file:///etc/passwd)."_s);
    desk.window.show();
    QTRY_VERIFY(desk.previewText().contains(u"secure link"_s));
    QTest::mouseClick(desk.pane->browser()->viewport(), Qt::LeftButton, {}, desk.pointOf(u"secure link"_s));
    QTest::mouseClick(desk.pane->browser()->viewport(), Qt::LeftButton, {}, desk.pointOf(u"a file"_s));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toUrl(), QUrl(u"https://example.com/x"_s));
}

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
