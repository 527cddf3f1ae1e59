// SPDX-License-Identifier: GPL-3.0-or-later
#include "pasteconverter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class PasteConverterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlBecomesMarkdown_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");

        QTest::newRow("emphasis") << u"<p>A <b>bold</b> and <i>italic</i> and <strong><em>both</em></strong>.</p>"_s
                                  << u"A **bold** and *italic* and ***both***."_s;
        QTest::newRow("spaces stay outside markers") << u"<p>a<b> bold </b>word</p>"_s << u"a **bold** word"_s;
        QTest::newRow("headings, h1 becomes a subhead")
            << u"<h1>Top</h1><h2>Sub</h2><h3>Minor</h3><p>Text</p>"_s << u"## Top\n\n## Sub\n\n### Minor\n\nText"_s;
        QTest::newRow("links") << u"<p>See <a href=\"https://example.com/a?b=1\">the report</a>.</p>"_s
                               << u"See [the report](https://example.com/a?b=1)."_s;
        QTest::newRow("mailto link") << u"<p><a href='mailto:desk@example.com'>Write</a></p>"_s
                                     << u"[Write](mailto:desk@example.com)"_s;
        QTest::newRow("bulleted list") << u"<ul><li>one</li><li>two <b>bold</b></li></ul>"_s
                                       << u"- one\n- two **bold**"_s;
        QTest::newRow("numbered list") << u"<ol><li>first</li><li>second</li></ol>"_s << u"1. first\n2. second"_s;
        QTest::newRow("nested list") << u"<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"_s << u"- a\n  - b\n- c"_s;
        QTest::newRow("quote") << u"<p>Before</p><blockquote><p>Said <i>this</i>.</p><p>And that.</p></blockquote>"_s
                               << u"Before\n\n> Said *this*.\n>\n> And that."_s;
        QTest::newRow("nested quote")
            << u"<blockquote><p>a</p><blockquote><p>b</p><p>c</p></blockquote></blockquote><p>d</p>"_s
            << u"> a\n>\n> > b\n> >\n> > c\n\nd"_s;
        QTest::newRow("rule") << u"<p>a</p><hr><p>b</p>"_s << u"a\n\n---\n\nb"_s;
        QTest::newRow("line break") << u"<p>one<br>two</p>"_s << u"one\\\ntwo"_s;
        QTest::newRow("code") << u"<p>Run <code>ls -l</code></p><pre>a = 1\nb = `2`</pre>"_s
                              << u"Run `ls -l`\n\n```\na = 1\nb = `2`\n```"_s;
        QTest::newRow("table")
            << u"<table><tr><th>Name</th><th>Votes</th></tr><tr><td>A|B</td><td>12</td></tr></table>"_s
            << u"| Name | Votes |\n| --- | --- |\n| A\\|B | 12 |"_s;
        QTest::newRow("layout table gives up its words")
            << u"<table><tr><td><p>Column one</p><p>more</p></td></tr></table>"_s << u"Column one\n\nmore"_s;
        QTest::newRow("long paragraph is not wrapped")
            << u"<p>"_s + u"word "_s.repeated(40) + u"</p>"_s << u"word "_s.repeated(40).trimmed();
        QTest::newRow("markdown characters in words are escaped")
            << u"<p>*star* _under_ snake_case [x](y) `t` &lt;b&gt; 1 * 2 AT&amp;T &amp;amp;</p><p>1. not a list</p>"
               u"<p># not a heading</p><p>&gt; not a quote</p><p>- not an item</p>"_s
            << u"\\*star\\* \\_under\\_ snake_case \\[x\\](y) \\`t\\` \\<b> 1 * 2 AT&T \\&amp;\n\n1\\. not a list\n\n"
               u"\\# not a heading\n\n\\> not a quote\n\n\\- not an item"_s;
        QTest::newRow("empty paragraphs collapse")
            << u"<p>a</p><p>&nbsp;</p><p></p><p><br></p><p>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("google docs wrapper is not bold")
            << u"<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p dir=\"ltr\"><span "
               u"style=\"font-weight:700\">Bold</span> plain</p></b>"_s
            << u"**Bold** plain"_s;
    }

    void htmlBecomesMarkdown()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        const PasteResult result = PasteConverter::fromHtml(html);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.markdown, markdown);
    }

    void dangerousHtmlIsDropped_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");

        QTest::newRow("script") << u"<p>Hello <script>alert(1)</script>world</p>"_s << u"Hello world"_s;
        QTest::newRow("script with markup inside")
            << u"<p>one</p><script>if (a < b) { x = '<p>leak</p><img src=x onerror=alert(2)>'; }</script><p>two</p>"_s
            << u"one\n\ntwo"_s;
        QTest::newRow("script closing tag in another case")
            << u"<p>a<SCRIPT type=\"text/javascript\">var s='</p><h1>boom</h1>';</ScRiPt >b</p>"_s << u"ab"_s;
        QTest::newRow("onerror image") << u"<p>Look <img src=x onerror=alert(1)> here</p>"_s << u"Look here"_s;
        QTest::newRow("tracking pixel")
            << u"<p>Story<img src=\"https://track.example/p.gif?id=7\" width=\"1\" height=\"1\" alt=\"\"></p>"_s
            << u"Story"_s;
        QTest::newRow("style") << u"<style>p { color: red } .x::after { content: '<b>x</b>' }</style><p>Body</p>"_s
                               << u"Body"_s;
        QTest::newRow("inline handler")
            << u"<p onclick=\"steal()\" onmouseover='x()'>Click <b onclick=\"y()\">me</b></p>"_s << u"Click **me**"_s;
        QTest::newRow("javascript link") << u"<p><a href=\"javascript:alert(1)\">Prize</a> and <a href=\" "
                                            u"JaVa&#09;ScRiPt:alert(1)\">more</a></p>"_s
                                         << u"Prize and more"_s;
        QTest::newRow("data, file and relative links")
            << u"<p><a href=\"data:text/html,x\">d</a> <a href=\"file:///etc/passwd\">f</a> <a href=\"/x\">r</a></p>"_s
            << u"d f r"_s;
        QTest::newRow("noscript, iframe, svg, template, form controls")
            << u"<p>a<noscript><img src=\"https://t.example/p\">Enable JS</noscript>b<iframe src=\"x\">frame</iframe>c"
               u"<svg><text>icon</text></svg>d<template>tpl</template>e<button>Share</button>f</p>"_s
            << u"abcdef"_s;
        QTest::newRow("external style sheet")
            << u"<link rel=\"stylesheet\" href=\"https://t.example/s.css\"><p>x</p>"_s << u"x"_s;
        QTest::newRow("unterminated script drops the rest") << u"<p>kept</p><script>alert(1)"_s << u"kept"_s;
    }

    void dangerousHtmlIsDropped()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        QCOMPARE(PasteConverter::fromHtml(html).markdown, markdown);
    }

    void wordHtmlBecomesCleanMarkdown()
    {
        const QString word =
            u"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            u"xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            u"<head><meta name=Generator content=\"Microsoft Word 15\">\n"
            u"<!--[if gte mso "
            u"9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->\n"
            u"<style><!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm; font-size:11.0pt; "
            u"font-family:\"Calibri\",sans-serif;}\n"
            u"@list l0:level1 {mso-level-text:\\F0B7;} --></style></head>\n"
            u"<body lang=EN-AU style='tab-interval:36.0pt'><!--StartFragment-->\n"
            u"<h2>Council <span class=SpellE>approves</span> budget<o:p></o:p></h2>\n"
            u"<p class=MsoNormal>The council voted <b style='mso-bidi-font-weight:normal'>seven to two</b> on\n"
            u"<i style='mso-bidi-font-style:normal'>Tuesday</i>.<o:p></o:p></p>\n"
            u"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            u"<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if "
            u"!supportLists]><span\n"
            u"style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New "
            u"Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;\n"
            u"</span></span></span><![endif]>Roads<o:p></o:p></p>\n"
            u"<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if "
            u"!supportLists]><span\n"
            u"style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New "
            u"Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;\n"
            u"</span></span></span><![endif]>Libraries<o:p></o:p></p>\n"
            u"<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span\n"
            u"style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;\n"
            u"</span></span></span><![endif]>First<o:p></o:p></p>\n"
            u"<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span\n"
            u"style='mso-list:Ignore'>2.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;\n"
            u"</span></span></span><![endif]>Second<o:p></o:p></p>\n"
            u"<p class=MsoQuote>Read <a href=\"https://council.example/budget\">the budget</a>.<o:p></o:p></p>\n"
            u"<!--EndFragment--></body></html>"_s;
        QCOMPARE(PasteConverter::fromHtml(word).markdown,
                 u"## Council approves budget\n\nThe council voted **seven to two** on *Tuesday*.\n\n- Roads\n- "
                 u"Libraries\n\n"
                 u"1. First\n2. Second\n\nRead [the budget](https://council.example/budget)."_s);
    }

    void wordNestedListsStayNested()
    {
        const auto item = [](int level, const QString &bullet, const QString &text) {
            return u"<p class=MsoListParagraph style='mso-list:l0 level%1 lfo1'><![if !supportLists]><span "
                   u"style='font-family:Symbol'><span style='mso-list:Ignore'>%2<span style='font:7.0pt'>&nbsp; "
                   u"</span></span></span><![endif]>%3<o:p></o:p></p>\n"_s.arg(level)
                       .arg(bullet, text);
        };
        const QString word = item(1, u"·"_s, u"Roads"_s) + item(2, u"a)"_s, u"Bridges"_s)
            + item(2, u"b)"_s, u"Tunnels"_s) + item(1, u"·"_s, u"Libraries"_s);
        QCOMPARE(PasteConverter::fromHtml(word).markdown, u"- Roads\n  1. Bridges\n  2. Tunnels\n- Libraries"_s);
    }

    void deeplyNestedHtmlStillConverts()
    {
        const QString deep = u"<div>"_s.repeated(10000) + u"<p>deep <b>words</b></p>"_s + u"</div>"_s.repeated(10000);
        QCOMPARE(PasteConverter::fromHtml(deep).markdown, u"deep **words**"_s);
    }

    void oversizeHtmlIsRefused()
    {
        QMimeData data;
        data.setHtml(u"<p>"_s + QString(PasteConverter::maxBytes, u'x') + u"</p>"_s);
        data.setText(u"small"_s);
        const PasteResult result = PasteConverter::convert(&data);
        QCOMPARE(result.markdown, QString());
        QVERIFY2(result.error.contains(u"10 MB"_s), qPrintable(result.error));
    }

    void oversizeTextIsRefused()
    {
        QMimeData data;
        data.setText(QString(PasteConverter::maxBytes / 2 + 1, QChar(0x00e9))); // two UTF-8 bytes each
        const PasteResult result = PasteConverter::convert(&data);
        QCOMPARE(result.markdown, QString());
        QVERIFY(result.error.contains(u"10 MB"_s));
        QVERIFY(PasteConverter::convert(&data).error == PasteConverter::tooLargeMessage());
    }

    void plainTextIsKeptAsTyped_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("markdown stays markdown")
            << QByteArray("# Title\n\n**bold** _x_") << u"# Title\n\n**bold** _x_"_s;
        QTest::newRow("line endings") << QByteArray("a\r\nb\rc\n") << u"a\nb\nc\n"_s;
        QTest::newRow("controls dropped, tabs kept") << QByteArray("a\0b\x01\x1b[0m\tc\x7f", 11) << u"ab[0m\tc"_s;
        QTest::newRow("invalid utf-8 becomes replacement characters")
            << QByteArray("caf\xc3\xa9 \xff\xfe ok") << u"caf\u00e9 \ufffd\ufffd ok"_s;
    }

    void plainTextIsKeptAsTyped()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, markdown);
        QMimeData data;
        data.setData(u"text/plain"_s, bytes);
        const PasteResult result = PasteConverter::convert(&data);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.markdown, markdown);
    }

    void htmlWithoutFormattingPrefersThePlainText()
    {
        // What a code editor or another plain-text widget puts on the clipboard.
        QMimeData data;
        data.setHtml(u"<div style=\"font-family:monospace\"><span>**bold** and # x</span></div>"_s);
        data.setText(u"**bold** and # x"_s);
        QCOMPARE(PasteConverter::convert(&data).markdown, u"**bold** and # x"_s);
    }

    void copyingFromAPlainTextEditorKeepsTheMarkdown()
    {
        QPlainTextEdit editor;
        const QString markdown = u"## Sub\n\n**bold** and _x_ [a](https://b.example)\n\n- item"_s;
        editor.setPlainText(markdown);
        editor.selectAll();
        editor.copy();
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied && copied->hasText());
        QCOMPARE(PasteConverter::convert(copied).markdown, markdown);
    }

    void formattedHtmlWinsOverPlainText()
    {
        QMimeData data;
        data.setHtml(u"<p><b>Bold</b> *</p>"_s);
        data.setText(u"Bold *"_s);
        QCOMPARE(PasteConverter::convert(&data).markdown, u"**Bold** *"_s);
    }

    void anImageAloneIsRefusedWithAHint()
    {
        QMimeData data;
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        data.setImageData(image);
        const PasteResult result = PasteConverter::convert(&data);
        QCOMPARE(result.markdown, QString());
        QVERIFY(result.error.contains(u"Insert Image"_s));
    }

    void nothingUsefulGivesNothing()
    {
        QMimeData data;
        const PasteResult result = PasteConverter::convert(&data);
        QVERIFY(result.markdown.isEmpty());
        QVERIFY(result.error.isEmpty());
        QVERIFY(PasteConverter::convert(nullptr).markdown.isEmpty());
    }
};

QTEST_MAIN(PasteConverterTest)
#include "tst_pasteconverter.moc"
