// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"
#include "spellchecker.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QElapsedTimer>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

// The underlined words of a document, read back from the block layouts the highlighter filled.
QStringList underlinedWords(const QTextDocument &doc)
{
    QStringList words;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QList<QTextLayout::FormatRange> ranges = b.layout()->formats();
        std::sort(ranges.begin(), ranges.end(), [](const auto &x, const auto &y) { return x.start < y.start; });
        int end = -1;
        const QString text = b.text();
        for (const QTextLayout::FormatRange &r : std::as_const(ranges)) {
            if (r.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
                continue;
            const QString word = text.mid(r.start, r.length);
            if (r.start == end && !words.isEmpty())
                words.last() += word; // one word split by syntax runs
            else
                words += word;
            end = r.start + r.length;
        }
    }
    return words;
}

// A document reports its edits (and so gets highlighted) once it has a layout, as in an editor.
class Document : public QTextDocument
{
public:
    Document() { setDocumentLayout(new QPlainTextDocumentLayout(this)); }
};

QTextCharFormat formatAt(const QTextBlock &block, int offset)
{
    QTextCharFormat format;
    for (const auto items = block.layout()->formats(); const QTextLayout::FormatRange &r : items) {
        if (r.start <= offset && offset < r.start + r.length)
            format.merge(r.format);
    }
    return format;
}

} // namespace

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_speller.setLanguage(u"en_US"_s)); }

    void spellingSkipsCodeAndAddresses_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("underlined");
        QTest::newRow("prose") << u"I saw teh cat"_s << QStringList{u"teh"_s};
        QTest::newRow("inline code") << u"Use `teh` and `wrnog --flag` here"_s << QStringList{};
        QTest::newRow("code beside prose") << u"`teh` but teh"_s << QStringList{u"teh"_s};
        QTest::newRow("fenced block") << u"Before\n\n```\nteh wrnog\n```\n\nafter teh"_s << QStringList{u"teh"_s};
        QTest::newRow("fenced with language") << u"```python\nteh = wrnog(1)\n```"_s << QStringList{};
        QTest::newRow("tilde fence") << u"~~~\nteh\n~~~"_s << QStringList{};
        QTest::newRow("indented code") << u"Text\n\n    teh indented wrnog\n"_s << QStringList{};
        QTest::newRow("bare url") << u"Visit https://teh.example.com/wrnog today"_s << QStringList{};
        QTest::newRow("autolink") << u"See <https://example.com/teh>"_s << QStringList{};
        QTest::newRow("link text checked, target not")
            << u"[teh story](https://example.com/wrnog)"_s << QStringList{u"teh"_s};
        QTest::newRow("image path") << u"![A photo](copydesk-image:12 \"teh\")"_s << QStringList{};
        QTest::newRow("email") << u"Write to <teh.desk@example.com>"_s << QStringList{};
        QTest::newRow("heading") << u"# Teh headline"_s << QStringList{u"Teh"_s};
        QTest::newRow("bold") << u"**wrnog** news"_s << QStringList{u"wrnog"_s};
        QTest::newRow("list item") << u"- teh item"_s << QStringList{u"teh"_s};
        QTest::newRow("quote") << u"> teh quote"_s << QStringList{u"teh"_s};
    }
    void spellingSkipsCodeAndAddresses()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, underlined);
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        highlighter.setSpellChecker(&m_speller);
        doc.setPlainText(markdown);
        QCOMPARE(underlinedWords(doc), underlined);
    }

    void syntaxFormatsSurviveTheUnderline()
    {
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        highlighter.setTheme(
            MarkdownHighlighter::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        highlighter.setSpellChecker(&m_speller);
        doc.setPlainText(u"# Heading teh\n\n**bold** plain"_s);
        const QTextBlock heading = doc.firstBlock();
        const QTextCharFormat misspelt = formatAt(heading, 10);
        QCOMPARE(misspelt.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        QCOMPARE(misspelt.fontWeight(), int(QFont::Bold)); // still a heading
        QCOMPARE(formatAt(heading, 3).fontWeight(), int(QFont::Bold));
        QVERIFY(formatAt(heading, 3).underlineStyle() != QTextCharFormat::SpellCheckUnderline);
        const QTextBlock body = doc.findBlockByNumber(2);
        QCOMPARE(formatAt(body, 3).fontWeight(), int(QFont::Bold));
        QVERIFY(formatAt(body, 10).fontWeight() != int(QFont::Bold));
    }

    void addedWordLosesItsUnderline()
    {
        SpellChecker speller;
        QVERIFY(speller.setLanguage(u"en_US"_s));
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        highlighter.setSpellChecker(&speller);
        doc.setPlainText(u"Flurbix rocks\n\nteh\n\nFlurbix again"_s);
        // On a loaded machine the first checks can outlast the budget and finish a turn later.
        QTRY_COMPARE(underlinedWords(doc), (QStringList{u"Flurbix"_s, u"teh"_s, u"Flurbix"_s}));
        speller.addWord(u"Flurbix"_s);
        QTRY_COMPARE(underlinedWords(doc), QStringList{u"teh"_s});
        speller.ignoreWord(u"teh"_s);
        QTRY_VERIFY(underlinedWords(doc).isEmpty());
    }

    void typingUnderlinesOnlyWhenMisspelt()
    {
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        highlighter.setSpellChecker(&m_speller);
        QTextCursor cursor(&doc);
        cursor.insertText(u"The "_s);
        cursor.insertText(u"teh"_s);
        QCOMPARE(underlinedWords(doc), QStringList{u"teh"_s});
        cursor.deletePreviousChar();
        cursor.deletePreviousChar();
        cursor.insertText(u"he"_s);
        QVERIFY(underlinedWords(doc).isEmpty());
    }

    void withoutSpellCheckerNothingIsUnderlined()
    {
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        doc.setPlainText(u"teh wrnog"_s);
        QVERIFY(underlinedWords(doc).isEmpty());
        highlighter.setSpellChecker(&m_speller);
        QCOMPARE(underlinedWords(doc), (QStringList{u"teh"_s, u"wrnog"_s}));
        highlighter.setSpellChecker(nullptr);
        QVERIFY(underlinedWords(doc).isEmpty());
    }

    // A 1 MB body is highlighted in slices between events, so opening it never freezes the window.
    void largeDocumentIsHighlightedInSlices()
    {
        QString paragraph = u"Some **bold** words and a teh typo in `code` with https://example.com/x.\n\n"_s;
        QString text;
        while (text.size() < 1024 * 1024)
            text += paragraph;
        text += u"# Last heading"_s;
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        highlighter.setSpellChecker(&m_speller);
        doc.setPlainText(text);
        QVERIFY(highlighter.isCatchingUp());
        QVERIFY(doc.lastBlock().layout()->formats().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter.isCatchingUp(), 60000);
        QCOMPARE(formatAt(doc.lastBlock(), 3).fontWeight(), int(QFont::Bold));
        const QTextBlock late = doc.findBlockByNumber(doc.blockCount() - 3);
        QCOMPARE(formatAt(late, 28).underlineStyle(), QTextCharFormat::SpellCheckUnderline); // "teh"
        QVERIFY(formatAt(late, 42).underlineStyle() != QTextCharFormat::SpellCheckUnderline); // in code
    }

    // A body set while a deferral is pending (a story opened right after another, or at launch)
    // is highlighted in slices too: the pending frontier must not move past the new text.
    void bodySetWhileDeferredIsStillHighlightedInSlices()
    {
        QString text;
        while (text.size() < 1024 * 1024)
            text += u"Some **bold** words and a teh typo.\n\n"_s;
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        highlighter.setSpellChecker(&m_speller);
        doc.setPlainText(u"A first story.\n\n"_s + text);
        QVERIFY(highlighter.isCatchingUp());
        doc.setPlainText(text + u"# Last heading"_s); // in the same event-loop turn
        QVERIFY(highlighter.isCatchingUp());
        QVERIFY(doc.lastBlock().layout()->formats().isEmpty());
        QVERIFY(doc.findBlockByNumber(doc.blockCount() / 2).layout()->formats().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter.isCatchingUp(), 60000);
        QCOMPARE(formatAt(doc.lastBlock(), 3).fontWeight(), int(QFont::Bold));
        const QTextBlock late = doc.findBlockByNumber(doc.blockCount() - 3);
        QCOMPARE(formatAt(late, 27).underlineStyle(), QTextCharFormat::SpellCheckUnderline); // "teh"
    }

    // A rehighlight (the dictionary loaded, the theme changed) while catching up stays in budget.
    void rehighlightWhileCatchingUpStaysInSlices()
    {
        QString text;
        while (text.size() < 1024 * 1024)
            text += u"Some **bold** words and a teh typo.\n\n"_s;
        Document doc;
        MarkdownHighlighter highlighter(&doc);
        highlighter.setSpellChecker(&m_speller);
        doc.setPlainText(text);
        QVERIFY(highlighter.isCatchingUp());
        QTRY_VERIFY_WITH_TIMEOUT(!doc.findBlockByNumber(doc.blockCount() / 2).layout()->formats().isEmpty(), 60000);
        QVERIFY(highlighter.isCatchingUp());
        QElapsedTimer timer;
        timer.start();
        highlighter.rehighlight();
        // Half the body again at once would take seconds; a slice is a few milliseconds.
        QCOMPARE_LT(timer.elapsed(), 1000);
        QVERIFY(highlighter.isCatchingUp());
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter.isCatchingUp(), 60000);
        QCOMPARE(formatAt(doc.findBlockByNumber(doc.blockCount() - 3), 7).fontWeight(), int(QFont::Bold));
    }

private:
    SpellChecker m_speller;
};

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
