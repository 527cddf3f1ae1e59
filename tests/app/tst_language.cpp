// SPDX-License-Identifier: GPL-3.0-or-later
// The program's language: compiled-in translations, the choice in Settings, and what it changes.
#include "appsettings.h"
#include "articlerenderer.h"
#include "language.h"
#include "languagepage.h"

#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace Qt::StringLiterals;

class LanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(AppSettings::filePath()); }
    void cleanupTestCase() { QFile::remove(AppSettings::filePath()); }

    void germanFrenchAndSpanishAreCompiledIn()
    {
        QStringList codes;
        for (const auto choices = Language::available(); const Language::Choice &choice : choices)
            codes << choice.code;
        QCOMPARE(codes, (QStringList{u"en"_s, u"de"_s, u"es"_s, u"fr"_s}));
        QCOMPARE(Language::available().at(1).nativeName, u"Deutsch"_s);
        QCOMPARE(Language::available().at(3).nativeName, u"Français"_s);
    }

    void theLanguageFollowsTheSystemUntilChosen()
    {
        QCOMPARE(Language::chosen(), QString());
        QCOMPARE(Language::uiLocale(), QLocale::system());
        Language::setChosen(u"fr"_s);
        QCOMPARE(Language::chosen(), u"fr"_s);
        QCOMPARE(Language::uiLocale().language(), QLocale::French);
        // Kept in the settings file, where the next start reads it.
        QVERIFY(QFile::exists(AppSettings::filePath()));
        QVERIFY(AppSettings::filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)));
        Language::setChosen(QString());
        QCOMPARE(Language::chosen(), QString());
    }

    void choosingOnThePageStoresTheLanguage()
    {
        LanguagePage page;
        auto *choice = page.findChild<QComboBox *>(u"languageChoice"_s);
        QVERIFY(choice);
        QCOMPARE(choice->currentData().toString(), QString()); // the system's
        QCOMPARE(choice->count(), 5);
        QSignalSpy chosen(&page, &LanguagePage::languageChosen);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        choice->setFocus();
        // By keyboard, as a person without a mouse would: down to "Deutsch".
        QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(choice->currentData().toString(), u"en"_s);
        QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.last().at(0).toString(), u"de"_s);
        QCOMPARE(Language::chosen(), u"de"_s);

        LanguagePage again;
        QCOMPARE(again.findChild<QComboBox *>(u"languageChoice"_s)->currentData().toString(), u"de"_s);
        QCOMPARE(choice->accessibleName(), u"Language"_s);
    }

    void eachTranslationTranslatesTheForm_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("dek");
        QTest::newRow("German") << u"de"_s << u"Schlagzeile"_s << u"Vorspann"_s;
        QTest::newRow("French") << u"fr"_s << u"Titre"_s << u"Chapô"_s;
        QTest::newRow("Spanish") << u"es"_s << u"Titular"_s << u"Entradilla"_s;
    }

    void eachTranslationTranslatesTheForm()
    {
        QFETCH(QString, code);
        QFETCH(QString, headline);
        QFETCH(QString, dek);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(code), u"copydesk"_s, u"_"_s, u":/i18n"_s));
        QCOMPARE(translator.translate("ArticleForm", "Headline"), headline);
        QCOMPARE(translator.translate("ArticleForm", "Dek"), dek);
    }

    void thePageSpeaksThePublicationsLanguageNotTheProgramsOne_data()
    {
        QTest::addColumn<QString>("publicationLocale");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("date");
        QTest::newRow("English site") << u"en_GB"_s << u"By Maren Okafor"_s << u"1 May 2026"_s;
        QTest::newRow("German site") << u"de_DE"_s << u"Von Maren Okafor"_s << u"1. Mai 2026"_s;
        QTest::newRow("French site") << u"fr_FR"_s << u"Par Maren Okafor"_s << u"1 mai 2026"_s;
        QTest::newRow("Spanish site") << u"es_ES"_s << u"Por Maren Okafor"_s << u"1 de mayo de 2026"_s;
    }

    void thePageSpeaksThePublicationsLanguageNotTheProgramsOne()
    {
        QFETCH(QString, publicationLocale);
        QFETCH(QString, byline);
        QFETCH(QString, date);
        // The program itself speaks German, as a German desk's would.
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), u"copydesk"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&german);
        RenderInput input;
        input.article.headline = u"Harbour reopens"_s;
        input.article.published = QDateTime(QDate(2026, 5, 1), QTime(9, 30), QTimeZone::UTC);
        input.authors = {Author{}};
        input.authors[0].displayName = u"Maren Okafor"_s;
        input.publication.locale = publicationLocale;
        const QString html = ArticleRenderer::page(input, PageOptions{});
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(html.contains(byline), qPrintable(html));
        QVERIFY2(html.contains(date), qPrintable(date));
    }
};

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
