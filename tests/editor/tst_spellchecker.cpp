// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianEnglishDictionariesAreFound()
    {
        const QStringList languages = SpellChecker::availableLanguages();
        QVERIFY2(languages.contains(u"en_AU"_s), qPrintable(languages.join(u", ")));
        QVERIFY(languages.contains(u"en_GB"_s));
        QVERIFY(languages.contains(u"en_US"_s));
    }

    void localePicksDictionary_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("exact") << u"en_AU"_s << u"en_AU"_s;
        QTest::newRow("bcp47 dash") << u"en-GB"_s << u"en_GB"_s;
        QTest::newRow("us") << u"en_US"_s << u"en_US"_s;
        QTest::newRow("bare english → British") << u"en"_s << u"en_GB"_s;
        QTest::newRow("new zealand → British") << u"en_NZ"_s << u"en_GB"_s;
        QTest::newRow("with encoding suffix") << u"en_US.UTF-8"_s << u"en_US"_s;
    }
    void localePicksDictionary()
    {
        QFETCH(QString, locale);
        QFETCH(QString, dictionary);
        SpellChecker checker;
        QSignalSpy changed(&checker, &SpellChecker::languageChanged);
        QVERIFY2(checker.setLanguage(locale), qPrintable(checker.errorString()));
        QCOMPARE(checker.language(), dictionary);
        QCOMPARE(changed.count(), 1);
        QVERIFY(checker.isReady());
    }

    void missingDictionaryFailsAndKeepsThePreviousOne()
    {
        SpellChecker checker;
        QVERIFY(checker.setLanguage(u"en_US"_s));
        QVERIFY(!checker.setLanguage(u"tlh_QO"_s));
        QVERIFY(!checker.errorString().isEmpty());
        QCOMPARE(checker.language(), u"en_US"_s);
        QVERIFY(!checker.isCorrect(u"teh"));
    }

    void withoutDictionaryEverythingIsCorrect()
    {
        SpellChecker checker;
        QVERIFY(!checker.isReady());
        QVERIFY(checker.isCorrect(u"teh"));
        QVERIFY(checker.suggestions(u"teh").isEmpty());
    }

    void spellingFollowsTheVariety_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("US colour") << u"en_US"_s << u"colour"_s << false;
        QTest::newRow("US color") << u"en_US"_s << u"color"_s << true;
        QTest::newRow("GB colour") << u"en_GB"_s << u"colour"_s << true;
        QTest::newRow("AU colour") << u"en_AU"_s << u"colour"_s << true;
        QTest::newRow("typo") << u"en_GB"_s << u"teh"_s << false;
        QTest::newRow("ascii apostrophe") << u"en_US"_s << u"don't"_s << true;
        QTest::newRow("typographic apostrophe") << u"en_US"_s << u"don’t"_s << true;
        QTest::newRow("capitalised name") << u"en_US"_s << u"London"_s << true;
    }
    void spellingFollowsTheVariety()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(bool, correct);
        SpellChecker checker;
        QVERIFY(checker.setLanguage(language));
        QCOMPARE(checker.isCorrect(word), correct);
        QCOMPARE(checker.isCorrect(word), correct); // the cached answer is the same
    }

    void suggestionsForTehIncludeThe()
    {
        SpellChecker checker;
        QVERIFY(checker.setLanguage(u"en_US"_s));
        const QStringList suggestions = checker.suggestions(u"teh");
        QVERIFY2(suggestions.contains(u"the"_s), qPrintable(suggestions.join(u", ")));
        QVERIFY(checker.suggestions(u"teh", 2).size() <= 2);
    }

    void addedWordIsCorrectAndAnnounced()
    {
        SpellChecker checker;
        QVERIFY(checker.setLanguage(u"en_GB"_s));
        QVERIFY(!checker.isCorrect(u"Copydeskish")); // cached as wrong first
        QSignalSpy added(&checker, &SpellChecker::wordAdded);
        QSignalSpy accepted(&checker, &SpellChecker::wordAccepted);
        checker.addWord(u"Copydeskish"_s);
        QVERIFY(checker.isCorrect(u"Copydeskish"));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toString(), u"en_GB"_s);
        QCOMPARE(added.at(0).at(1).toString(), u"Copydeskish"_s);
        QCOMPARE(accepted.count(), 1);
    }

    void storedWordsAreAddedSilently()
    {
        SpellChecker checker;
        QVERIFY(checker.setLanguage(u"en_GB"_s));
        QSignalSpy added(&checker, &SpellChecker::wordAdded);
        checker.addWords({u"Quoxxle"_s, u"Blorptown"_s});
        QVERIFY(checker.isCorrect(u"Quoxxle"));
        QVERIFY(checker.isCorrect(u"Blorptown"));
        QCOMPARE(added.count(), 0);
    }

    void ignoredWordLastsOneSession()
    {
        {
            SpellChecker checker;
            QVERIFY(checker.setLanguage(u"en_GB"_s));
            QSignalSpy added(&checker, &SpellChecker::wordAdded);
            checker.ignoreWord(u"Zyxxor"_s);
            QVERIFY(checker.isCorrect(u"Zyxxor"));
            QCOMPARE(added.count(), 0); // not stored
        }
        SpellChecker next;
        QVERIFY(next.setLanguage(u"en_GB"_s));
        QVERIFY(!next.isCorrect(u"Zyxxor"));
    }

    void wordsWorthChecking_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << u"teh cat"_s << QStringList{u"teh"_s, u"cat"_s};
        QTest::newRow("apostrophes inside") << u"don't it’s"_s << QStringList{u"don't"_s, u"it’s"_s};
        QTest::newRow("trailing apostrophe") << u"writers’ desk"_s << QStringList{u"writers"_s, u"desk"_s};
        QTest::newRow("quotes") << u"'teh' “cat”"_s << QStringList{u"teh"_s, u"cat"_s};
        QTest::newRow("hyphen splits") << u"well-knwon"_s << QStringList{u"well"_s, u"knwon"_s};
        QTest::newRow("digits") << u"3rd MP3 2024 COVID-19"_s << QStringList{};
        QTest::newRow("acronyms") << u"NASA and ABC, I"_s << QStringList{u"and"_s, u"I"_s};
        QTest::newRow("url") << u"see https://example.com/teh now"_s << QStringList{u"see"_s, u"now"_s};
        QTest::newRow("url in parentheses") << u"(https://teh.example)"_s << QStringList{};
        QTest::newRow("www") << u"www.teh.example/x"_s << QStringList{};
        QTest::newRow("email") << u"mail teh.desk@example.com today"_s << QStringList{u"mail"_s, u"today"_s};
        QTest::newRow("markdown emphasis") << u"**bold** _it_"_s << QStringList{u"bold"_s, u"it"_s};
        QTest::newRow("link text kept, url not") << u"[teh](https://example.com/teh)"_s << QStringList{u"teh"_s};
        QTest::newRow("cjk skipped") << u"東京 Tokyo"_s << QStringList{u"Tokyo"_s};
        QTest::newRow("accented") << u"café naïve"_s << QStringList{u"café"_s, u"naïve"_s};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void wordsWorthChecking()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QStringList found;
        for (const auto items = SpellChecker::checkableWords(text); const SpellChecker::WordRange &w : items)
            found += text.mid(w.start, w.length);
        QCOMPARE(found, words);
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
