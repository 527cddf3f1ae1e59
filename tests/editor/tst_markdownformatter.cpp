// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownformatter.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// Text with the cursor marked: «selection» or ‸ for a cursor without one.
constexpr char16_t selectionStart = u'\u00ab';
constexpr char16_t selectionEnd = u'\u00bb';
constexpr char16_t caret = u'\u2038';

void load(QTextDocument &document, QTextCursor &cursor, QString marked)
{
    const qsizetype at = marked.indexOf(caret);
    const qsizetype from = marked.indexOf(selectionStart);
    marked.remove(caret).remove(selectionStart);
    const qsizetype to = marked.indexOf(selectionEnd);
    marked.remove(selectionEnd);
    document.setPlainText(marked);
    cursor = QTextCursor(&document);
    if (at >= 0) {
        cursor.setPosition(int(at));
    } else {
        cursor.setPosition(int(from));
        cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    }
}

QString marked(const QTextCursor &cursor)
{
    QString text = cursor.document()->toPlainText();
    if (!cursor.hasSelection())
        return text.insert(cursor.position(), caret);
    return text.insert(cursor.selectionEnd(), selectionEnd).insert(cursor.selectionStart(), selectionStart);
}

void apply(const QString &action, QTextCursor &cursor)
{
    if (action == u"bold")
        MarkdownFormatter::toggleBold(cursor);
    else if (action == u"italic")
        MarkdownFormatter::toggleItalic(cursor);
    else if (action == u"h2")
        MarkdownFormatter::toggleHeading(cursor, 2);
    else if (action == u"h3")
        MarkdownFormatter::toggleHeading(cursor, 3);
    else if (action == u"quote")
        MarkdownFormatter::toggleQuote(cursor);
    else if (action == u"bullets")
        MarkdownFormatter::toggleBulletList(cursor);
    else if (action == u"numbers")
        MarkdownFormatter::toggleNumberedList(cursor);
    else if (action == u"rule")
        MarkdownFormatter::insertHorizontalRule(cursor);
    else if (action == u"image")
        MarkdownFormatter::insertImage(cursor, u"Quay [at] dusk"_s, u"copydesk-image:7"_s);
    else if (action == u"link")
        MarkdownFormatter::setLink(cursor, u"https://example.com/a b"_s, MarkdownFormatter::linkAt(cursor).text);
    else
        QFAIL("unknown action");
}

} // namespace

class MarkdownFormatterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionChangesTextAndUndoRestoresIt_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");

        const auto row = [](const char *name, const char16_t *action, const char16_t *before, const char16_t *after) {
            QTest::newRow(name) << QString::fromUtf16(action) << QString::fromUtf16(before)
                                << QString::fromUtf16(after);
        };
        row("bold selection", u"bold", u"a «word» b", u"a **«word»** b");
        row("bold word under cursor", u"bold", u"a wo‸rd b", u"a **wo‸rd** b");
        row("bold off, markers outside", u"bold", u"a **«word»** b", u"a «word» b");
        row("bold off, markers inside", u"bold", u"a «**word**» b", u"a «word» b");
        row("bold off, word under cursor", u"bold", u"a **wo‸rd** b", u"a wo‸rd b");
        row("bold off, underscores", u"bold", u"__«word»__", u"«word»");
        row("bold with no word", u"bold", u"a ‸ b", u"a **‸** b");
        row("bold empty pair removed", u"bold", u"a **‸** b", u"a ‸ b");
        row("bold keeps spaces outside", u"bold", u"«two words »next", u"**«two words»** next");
        row("bold on italic", u"bold", u"*«word»*", u"***«word»***");
        row("bold off bold italic", u"bold", u"***«word»***", u"*«word»*");
        row("bold over lines", u"bold", u"«one\ntwo»", u"**«one**\n**two»**");
        row("bold off over lines", u"bold", u"**«one**\n**two»**", u"«one\ntwo»");
        row("italic selection", u"italic", u"a «word» b", u"a *«word»* b");
        row("italic off", u"italic", u"*wo‸rd*", u"wo‸rd");
        row("italic off, underscores", u"italic", u"_«word»_", u"«word»");
        row("italic on bold", u"italic", u"**«word»**", u"***«word»***");
        row("italic off bold italic", u"italic", u"***«word»***", u"**«word»**");
        row("italic ignores snake_case", u"italic", u"snake_«case»_x", u"snake_*«case»*_x");
        row("italic apostrophe word", u"italic", u"the desk‸'s", u"the *desk‸'s*");
        row("h2", u"h2", u"Tit‸le", u"## Tit‸le");
        row("h2 off", u"h2", u"## Tit‸le", u"Tit‸le");
        row("h2 to h3", u"h3", u"## Tit‸le", u"### Tit‸le");
        row("h3 to h2 over lines", u"h2", u"### «a\nb»", u"## «a\n## b»");
        row("h2 in a quote", u"h2", u"> Tit‸le", u"> ## Tit‸le");
        row("quote", u"quote", u"li‸ne", u"> li‸ne");
        row("quote paragraphs", u"quote", u"«a\n\nb»", u"> «a\n>\n> b»");
        row("quote off", u"quote", u"> «a\n>\n> b»", u"«a\n\nb»");
        row("bullets", u"bullets", u"«a\nb»", u"- «a\n- b»");
        row("bullets off", u"bullets", u"- «a\n- b»", u"«a\nb»");
        row("bullets replace numbers", u"bullets", u"1. «a\n2. b»", u"- «a\n- b»");
        row("bullets in a quote", u"bullets", u"> «a\n> b»", u"> - «a\n> - b»");
        row("bullets on an empty line", u"bullets", u"‸", u"- ‸");
        row("numbers", u"numbers", u"«a\n\nb\nc»", u"1. «a\n\n2. b\n3. c»");
        row("numbers replace bullets", u"numbers", u"- «a\n* b»", u"1. «a\n2. b»");
        row("numbers renumber", u"numbers", u"- «a\n7. b»", u"1. «a\n2. b»");
        row("numbers off", u"numbers", u"3. «a\n9. b»", u"«a\nb»");
        row("numbers leave a line below the selection", u"numbers", u"«a\n»b", u"1. «a\n»b");
        row("rule after a paragraph", u"rule", u"para‸", u"para\n\n---\n‸");
        row("rule splits a paragraph", u"rule", u"a‸b", u"a\n\n---\n\n‸b");
        row("rule in an empty text", u"rule", u"‸", u"---\n‸");
        row("rule on a blank line", u"rule", u"one\n‸\ntwo", u"one\n\n---\n‸\ntwo");
        row("rule after a selection", u"rule", u"«one»", u"one\n\n---\n‸");
        row("image", u"image", u"a‸", u"a\n\n![Quay \\[at\\] dusk](copydesk-image:7)\n‸");
        row("link on selection", u"link", u"see «the report» now", u"see [the report](https://example.com/a%20b)‸ now");
        row("link on word", u"link", u"see rep‸ort now", u"see [report](https://example.com/a%20b)‸ now");
        row("link replaces a link", u"link", u"see [o‸ld](https://old.example) now",
            u"see [old](https://example.com/a%20b)‸ now");
        row("link with no word", u"link", u"see ‸", u"see [https://example.com/a b](https://example.com/a%20b)‸");
    }

    void actionChangesTextAndUndoRestoresIt()
    {
        QFETCH(QString, action);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QTextDocument document;
        QTextCursor cursor;
        load(document, cursor, before);
        const QString original = document.toPlainText();

        apply(action, cursor);
        QCOMPARE(marked(cursor), after);

        document.undo(); // one step takes all of it back
        QCOMPARE(document.toPlainText(), original);
        QVERIFY(!document.isUndoAvailable());
    }

    void togglingTwiceGivesTheTextBack_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : {"bold", "italic", "h2", "h3", "quote", "bullets", "numbers"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }

    void togglingTwiceGivesTheTextBack()
    {
        QFETCH(QString, action);
        QTextDocument document;
        QTextCursor cursor;
        load(document, cursor, u"«First line\nsecond line»"_s);
        apply(action, cursor);
        QVERIFY(document.toPlainText() != u"First line\nsecond line"_s);
        apply(action, cursor);
        QCOMPARE(document.toPlainText(), u"First line\nsecond line"_s);
    }

    void linkAtReadsAnExistingLink()
    {
        QTextDocument document;
        QTextCursor cursor;
        load(document, cursor, u"see [the \\[big\\] re‸port](https://x.example/r) now"_s);
        const MarkdownLink link = MarkdownFormatter::linkAt(cursor);
        QCOMPARE(link.text, u"the [big] report"_s);
        QCOMPARE(link.url, u"https://x.example/r"_s);
        QCOMPARE(link.start, 4);
        QCOMPARE(link.end, 45);
    }

    void emptyUrlTakesTheLinkAway()
    {
        QTextDocument document;
        QTextCursor cursor;
        load(document, cursor, u"see [re‸port](https://x.example/r) now"_s);
        MarkdownFormatter::setLink(cursor, QString(), u"report"_s);
        QCOMPARE(marked(cursor), u"see report‸ now"_s);
    }
};

QTEST_MAIN(MarkdownFormatterTest)
#include "tst_markdownformatter.moc"
