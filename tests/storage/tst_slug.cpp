// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include <QTest>

class SlugTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << QStringLiteral("Rates rise again") << QStringLiteral("rates-rise-again");
        QTest::newRow("punctuation") << QStringLiteral("  Rates: up, again!?  ") << QStringLiteral("rates-up-again");
        QTest::newRow("apostrophes join")
            << QStringLiteral("Don’t panic, it's fine") << QStringLiteral("dont-panic-its-fine");
        QTest::newRow("accents") << QStringLiteral("Ça déménage à Zürich") << QStringLiteral("ca-demenage-a-zurich");
        QTest::newRow("german") << QStringLiteral("Straße über Köln") << QStringLiteral("strasse-uber-koln");
        QTest::newRow("cyrillic") << QStringLiteral("Москва сегодня") << QStringLiteral("moskva-segodna");
        QTest::newRow("greek") << QStringLiteral("Αθήνα") << QStringLiteral("athena");
        QTest::newRow("chinese") << QStringLiteral("北京") << QStringLiteral("bei-jing");
        QTest::newRow("emoji only") << QStringLiteral("🚀🚀") << QStringLiteral("article");
        QTest::newRow("empty") << QString() << QStringLiteral("article");
        QTest::newRow("digits") << QStringLiteral("2026: 10 things") << QStringLiteral("2026-10-things");
    }
    void slugify()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(::slugify(text), slug);
    }

    void longTextIsCutAtAWordBoundary()
    {
        const QString s = ::slugify(QStringLiteral("word ").repeated(40));
        QVERIFY(s.size() <= 80);
        QVERIFY(s.endsWith(QStringLiteral("word")));
    }
};

QTEST_GUILESS_MAIN(SlugTest)
#include "tst_slug.moc"
