// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetemplate.h"

#include <QTest>

class PageTemplateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsNamedPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << QStringLiteral("<h1>{{headline}}</h1>") << QStringLiteral("<h1>Bridge</h1>");
        QTest::newRow("twice") << QStringLiteral("{{headline}}/{{headline}}") << QStringLiteral("Bridge/Bridge");
        QTest::newRow("unknown kept") << QStringLiteral("a {{nope}} b") << QStringLiteral("a {{nope}} b");
        QTest::newRow("unclosed kept") << QStringLiteral("a {{headline b") << QStringLiteral("a {{headline b");
        QTest::newRow("css braces") << QStringLiteral("p { color: {{ink}}; }") << QStringLiteral("p { color: #111; }");
        QTest::newRow("empty value") << QStringLiteral("[{{empty}}]") << QStringLiteral("[]");
    }

    void fillsNamedPlaceholders()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QHash<QString, QString> values{{QStringLiteral("headline"), QStringLiteral("Bridge")},
                                             {QStringLiteral("ink"), QStringLiteral("#111")},
                                             {QStringLiteral("empty"), QString()}};
        QCOMPARE(PageTemplate::fill(text, values), expected);
    }

    void aValueIsNeverExpandedAgain()
    {
        const QHash<QString, QString> values{{QStringLiteral("headline"), QStringLiteral("{{body}} and {{headline}}")},
                                             {QStringLiteral("body"), QStringLiteral("SECRET")}};
        QCOMPARE(PageTemplate::fill(u"<h1>{{headline}}</h1><div>{{body}}</div>", values),
                 QStringLiteral("<h1>{{body}} and {{headline}}</h1><div>SECRET</div>"));
    }

    void thePageTemplateIsCompiledIn()
    {
        const QString html = PageTemplate::resource(QStringLiteral(":/copydesk/preview/article.html"));
        QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>")));
        for (const char *name : {"{{headline}}", "{{body}}", "{{css}}", "{{masthead_date}}", "{{tags}}"})
            QVERIFY2(html.contains(QLatin1StringView(name)), name);
        QVERIFY(PageTemplate::resource(QStringLiteral(":/copydesk/preview/article.css"))
                    .contains(QLatin1StringView("{{accent}}")));
        QVERIFY(PageTemplate::resource(QStringLiteral(":/copydesk/preview/missing.html")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(PageTemplateTest)
#include "tst_pagetemplate.moc"
