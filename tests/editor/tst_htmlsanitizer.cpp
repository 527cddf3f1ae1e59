// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class HtmlSanitizerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unwantedMarkupGoesAndWordsStay_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("gone");

        QTest::newRow("script with markup inside")
            << u"<p>one</p><script>if (a < b) { x = '<p>leak</p><img src=x onerror=alert(2)>'; }</script><p>two</p>"_s
            << QStringList{u"<p>one</p>"_s, u"<p>two</p>"_s} << QStringList{u"leak"_s, u"script"_s, u"onerror"_s};
        QTest::newRow("script ends only at its own end tag, in any case")
            << u"<p>a<SCRIPT type=\"text/javascript\">var s='</p><h1>boom</h1>';</ScRiPt >b</p>"_s
            << QStringList{u"<p>ab</p>"_s} << QStringList{u"boom"_s, u"h1"_s};
        QTest::newRow("unterminated script drops the rest")
            << u"<p>kept</p><script>alert(1)</p><p>also script"_s << QStringList{u"<p>kept</p>"_s}
            << QStringList{u"alert"_s, u"also"_s};
        QTest::newRow("unclosed tags are closed")
            << u"<p>one <b>bold<p>two <i>it"_s << QStringList{u"<p>one <b>bold</b></p>"_s, u"<i>it</i></p>"_s}
            << QStringList{};
        QTest::newRow("a link element in the body hides nothing")
            << u"<p>before</p><link rel=\"stylesheet\" href=\"https://t.example/s.css\"><p>after</p>"_s
            << QStringList{u"before"_s, u"after"_s} << QStringList{u"link"_s, u"t.example"_s};
        QTest::newRow("frames, noscript, svg, math, template, form controls")
            << u"<p>a<noscript><img src=\"https://t.example/p\">Enable JS</noscript>b<iframe src=\"x\">frame</iframe>c"
               u"<svg><text>icon</text></svg>d<math><mi>x</mi></math>e<template>tpl</template>f<button>Share</button>"
               u"g<textarea>typed</textarea>h<select><option>pick</option></select>i<input value=\"v\">j</p>"_s
            << QStringList{u"<p>abcdefghij</p>"_s}
            << QStringList{u"Enable"_s, u"frame"_s, u"icon"_s,  u"tpl"_s,      u"Share"_s,
                           u"typed"_s,  u"pick"_s,  u"value"_s, u"t.example"_s};
        QTest::newRow("images and media")
            << u"<p>Look <img src=x onerror=alert(1)> here<video src=v><source src=s>no video</video></p>"_s
            << QStringList{u"<p>Look  here</p>"_s} << QStringList{u"img"_s, u"video"_s, u"src"_s};
        QTest::newRow("head, title, style, meta, base")
            << u"<html><head><title>Page</title><base href=\"https://evil.example/\"><meta charset=\"utf-8\">"
               u"<style>p { color: red }</style></head><body><p>Body</p></body></html>"_s
            << QStringList{u"<p>Body</p>"_s} << QStringList{u"Page"_s, u"evil"_s, u"color"_s, u"head"_s};
        QTest::newRow("event handlers and other attributes")
            << u"<p onclick=\"steal()\" onmouseover='x()' class=\"c\" id=\"i\">Click <b onclick=\"y()\" "
               u"style=\"color:red\">me</b></p>"_s
            << QStringList{u"<p>Click <b style=\"color:red\">me</b></p>"_s}
            << QStringList{u"onclick"_s, u"onmouseover"_s, u"class"_s, u"id="_s};
        QTest::newRow("a style that fetches is dropped")
            << u"<p style=\"background:url(https://t.example/p.gif)\">x</p><p style=\"font-weight:700\">y</p>"_s
            << QStringList{u"<p>x</p>"_s, u"<p style=\"font-weight:700\">y</p>"_s} << QStringList{u"t.example"_s};
        QTest::newRow("unsafe links lose the link, keep the words")
            << u"<p><a href=\"javascript:alert(1)\">Prize</a> <a href=\" JaVa&#09;ScRiPt:alert(1)\">more</a> "
               u"<a href=\"data:text/html,x\">d</a> <a href=\"file:///etc/passwd\">f</a> <a href=\"/x\">r</a></p>"_s
            << QStringList{u"<p><a>Prize</a> <a>more</a> <a>d</a> <a>f</a> <a>r</a></p>"_s}
            << QStringList{u"href"_s, u"script"_s};
        QTest::newRow("safe links are kept, encoded")
            << u"<p><a href=\" https://example.com/a b?c=1 \" target=\"_blank\">web</a> "
               u"<a href=\"mailto:desk@example.com\">mail</a></p>"_s
            << QStringList{u"<a href=\"https://example.com/a%20b?c=1\">web</a>"_s,
                           u"<a href=\"mailto:desk@example.com\">mail</a>"_s}
            << QStringList{u"target"_s};
        QTest::newRow("comments, conditional comments, processing instructions")
            << u"<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p>a<!-- note -->b"
               u"<?xml:namespace prefix = o ns = \"urn:schemas-microsoft-com:office:office\" />c"
               u"<![if !vml]>d<![endif]>e</p>"_s
            << QStringList{u"<p>abcde</p>"_s} << QStringList{u"mso"_s, u"note"_s, u"namespace"_s, u"vml"_s};
        QTest::newRow("list numbering and table spans stay")
            << u"<ol start=\"3\" type=\"a\" class=\"x\"><li>c</li></ol><table><tr><td colspan=\"2\" "
               u"width=\"9\">x</td></tr></table>"_s
            << QStringList{u"<ol start=\"3\" type=\"a\">"_s, u"<td colspan=\"2\">x</td>"_s}
            << QStringList{u"class"_s, u"width"_s};
        QTest::newRow("text that looks like markup stays text")
            << u"<p>1 &lt; 2 &amp;&amp; &lt;b&gt;</p>"_s << QStringList{u"<p>1 &lt; 2 &amp;&amp; &lt;b&gt;</p>"_s}
            << QStringList{u"<b>"_s};
    }

    void unwantedMarkupGoesAndWordsStay()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, gone);
        const QString clean = HtmlSanitizer::sanitize(html);
        for (const QString &part : kept)
            QVERIFY2(clean.contains(part), qPrintable(u"%1 missing in %2"_s.arg(part, clean)));
        for (const QString &part : gone)
            QVERIFY2(!clean.contains(part, Qt::CaseInsensitive), qPrintable(u"%1 left in %2"_s.arg(part, clean)));
    }

    void wordListParagraphsBecomeRealLists()
    {
        const auto item = [](const char *style, const QString &bullet, const QString &text) {
            return u"<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;%1'><![if !supportLists]><span "
                   u"style='font-family:Symbol'><span style='mso-list:Ignore'>%2<span style='font:7.0pt \"Times New "
                   u"Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>%3<o:p></o:p></p>\n"_s.arg(
                       QLatin1StringView(style), bullet, text);
        };
        const QString word = u"<p class=MsoNormal>Intro<o:p></o:p></p>\n"_s
            + item("mso-list:l0 level1 lfo1", u"·"_s, u"Roads"_s)
            + item("mso-list:l0 level2 lfo1", u"o"_s, u"<b>Bridges</b>"_s)
            + item("mso-list:l0 level1 lfo1", u"·"_s, u"Libraries"_s)
            + item("mso-list:l1 level1 lfo2", u"1."_s, u"First"_s)
            + item("mso-list:l1 level1 lfo2", u"2."_s, u"Second"_s) + u"<p class=MsoNormal>After<o:p></o:p></p>"_s;
        const QString clean = HtmlSanitizer::sanitize(word);
        QVERIFY2(clean.contains(u"<p>Intro</p>"_s), qPrintable(clean));
        QVERIFY2(clean.contains(u"<ul><li>Roads<ul><li><b>Bridges</b></li></ul></li><li>Libraries</li></ul>"_s),
                 qPrintable(clean));
        QVERIFY2(clean.contains(u"<ol><li>First</li><li>Second</li></ol>"_s), qPrintable(clean));
        QVERIFY2(clean.contains(u"<p>After</p>"_s), qPrintable(clean));
        for (const QString &gone : {u"·"_s, u"1."_s, u"supportLists"_s, u"mso-list"_s, u"Symbol"_s})
            QVERIFY2(!clean.contains(gone), qPrintable(gone));
    }

    void charactersSurviveWhateverTheDeclaredCharset()
    {
        const QString words = u"café — 東京 🚢 non\u00a0breaking"_s;
        const QString clean = HtmlSanitizer::sanitize(
            u"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            u"<body><p>%1</p></body></html>"_s.arg(words));
        QTextDocument document;
        document.setHtml(clean);
        QCOMPARE(document.toRawText(), words);
    }

    void deepNestingNeitherCrashesNorLosesText()
    {
        const QString deep = u"<div>"_s.repeated(10000) + u"<p>deep <b>words</b></p>"_s + u"<script>x</script>"_s
            + u"</div>"_s.repeated(10000) + u"<p>after</p>"_s;
        QElapsedTimer timer;
        timer.start();
        const QString clean = HtmlSanitizer::sanitize(deep);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(clean.contains(u"<p>deep <b>words</b></p>"_s));
        QVERIFY(clean.contains(u"<p>after</p>"_s));
        QVERIFY(!clean.contains(u"script"_s));
        // and junk nested as deep goes with all it holds
        const QString junk = u"<p>a</p><template>"_s + u"<div>"_s.repeated(10000) + u"hidden</template><p>b</p>"_s;
        const QString cleanJunk = HtmlSanitizer::sanitize(junk);
        QVERIFY(!cleanJunk.contains(u"hidden"_s));
        QVERIFY(cleanJunk.contains(u"<p>a</p>"_s));
    }

    void nothingGivesNothing()
    {
        QCOMPARE(HtmlSanitizer::sanitize(QString()), QString());
        QCOMPARE(HtmlSanitizer::sanitizeUtf8(QByteArrayView()), QString());
        QVERIFY(!HtmlSanitizer::sanitize(u"<script>only</script>"_s).contains(u"only"_s));
    }

    void safeLinksAreWebMailAndPhoneOnly_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("safe");
        QTest::newRow("https") << u"https://example.com/a?b=1#c"_s << u"https://example.com/a?b=1#c"_s;
        QTest::newRow("spaces trimmed, inner encoded")
            << u"  http://example.com/a b "_s << u"http://example.com/a%20b"_s;
        QTest::newRow("mailto") << u"mailto:desk@example.com"_s << u"mailto:desk@example.com"_s;
        QTest::newRow("tel") << u"tel:+6441234567"_s << u"tel:+6441234567"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
        QTest::newRow("javascript with a tab") << u"java\tscript:alert(1)"_s << QString();
        QTest::newRow("data") << u"data:text/html,x"_s << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
        QTest::newRow("relative") << u"/x"_s << QString();
        QTest::newRow("web without a host") << u"https:///x"_s << QString();
    }

    void safeLinksAreWebMailAndPhoneOnly()
    {
        QFETCH(QString, href);
        QFETCH(QString, safe);
        QCOMPARE(HtmlSanitizer::safeLink(href), safe);
    }
};

QTEST_MAIN(HtmlSanitizerTest)
#include "tst_htmlsanitizer.moc"
