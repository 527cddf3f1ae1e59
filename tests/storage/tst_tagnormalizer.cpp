// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TagNormalizerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variantsOfOneNameShareAKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case") << u"OpenAI"_s << u"openai"_s;
        QTest::newRow("space") << u"OpenAI"_s << u"Open AI"_s;
        QTest::newRow("hyphen") << u"OpenAI"_s << u"Open-AI"_s;
        QTest::newRow("en dash and dots") << u"A.I. – ethics"_s << u"AI ethics"_s;
        QTest::newRow("no-break space") << u"New\u00a0York"_s << u"new york"_s;
        QTest::newRow("apostrophe") << u"Côte d’Ivoire"_s << u"Cote dIvoire"_s;
        QTest::newRow("accents") << u"São Paulo"_s << u"Sao Paulo"_s;
        QTest::newRow("umlaut") << u"Zürich"_s << u"ZURICH"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"STRASSE"_s;
        QTest::newRow("stroke") << u"Łódź"_s << u"Lodz"_s;
        QTest::newRow("ligature") << u"ﬁnance"_s << u"finance"_s;
        QTest::newRow("full width") << u"ＯｐｅｎＡＩ"_s << u"openai"_s;
        QTest::newRow("greek accents") << u"Ελληνικά"_s << u"ΕΛΛΗΝΙΚΑ"_s;
        QTest::newRow("cyrillic") << u"Москва́"_s << u"москва"_s;
        QTest::newRow("tokyo spaced") << u"東京"_s << u"東 京"_s;
        QTest::newRow("emoji variation selector") << u"I ❤️ NY"_s << u"i❤ny"_s;
        QTest::newRow("surrounding space") << u"  climate  "_s << u"Climate"_s;
    }
    void variantsOfOneNameShareAKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(TagNormalizer::matchKey(a), TagNormalizer::matchKey(b));
    }

    void differentNamesKeepDifferentKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("c plus plus") << u"C++"_s << u"C"_s;
        QTest::newRow("emoji") << u"AI 🤖"_s << u"AI"_s;
        QTest::newRow("two emoji") << u"🤖"_s << u"👽"_s;
        QTest::newRow("japanese dakuten") << u"が"_s << u"か"_s;
        QTest::newRow("different city") << u"東京"_s << u"京都"_s;
        QTest::newRow("greek word") << u"Αθήνα"_s << u"Ελληνικά"_s;
        QTest::newRow("devanagari vowel sign") << u"कि"_s << u"क"_s;
        QTest::newRow("only punctuation") << u"!!!"_s << u"???"_s;
    }
    void differentNamesKeepDifferentKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(TagNormalizer::matchKey(a) != TagNormalizer::matchKey(b), qPrintable(TagNormalizer::matchKey(a)));
    }

    void keysAreWhatTheNameReadsAs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("latin") << u"Open-AI"_s << u"openai"_s;
        QTest::newRow("greek") << u"Ελληνικά"_s << u"ελληνικα"_s;
        QTest::newRow("kanji unchanged") << u"東京"_s << u"東京"_s;
        QTest::newRow("kana recomposed") << u"ガス"_s << u"ガス"_s;
        QTest::newRow("emoji kept") << u"AI 🤖"_s << u"ai🤖"_s;
        QTest::newRow("punctuation only falls back") << u" ... "_s << u"..."_s;
    }
    void keysAreWhatTheNameReadsAs()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(TagNormalizer::matchKey(name), key);
    }

    void aTenThousandCharacterNameGetsAWholeKey()
    {
        const QString name = QString(u"Ä-b "_s).repeated(2500);
        const QString key = TagNormalizer::matchKey(name);
        QCOMPARE(key.size(), 5000);
        QVERIFY(key.startsWith(u"abab"_s));
        QCOMPARE(TagNormalizer::matchKey(name.toUpper()), key);
    }

    void theKeyIsStable()
    {
        for (const QString &name : {u"São Paulo"_s, u"東京"_s, u"ガス"_s, u"Ελληνικά"_s, u"I ❤️ NY"_s}) {
            const QString key = TagNormalizer::matchKey(name);
            QCOMPARE(TagNormalizer::matchKey(key), key);
        }
    }
};

QTEST_GUILESS_MAIN(TagNormalizerTest)
#include "tst_tagnormalizer.moc"
