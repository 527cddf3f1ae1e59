// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "appsettings.h"

#include <QDirIterator>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString settingsKey = u"interface/language"_s;
const QString translationsFolder = u":/i18n"_s;
} // namespace

QList<Language::Choice> Language::available()
{
    QList<Choice> choices{{u"en"_s, QLocale(QLocale::English).nativeLanguageName()}};
    // What is compiled in, so a language added in CMake appears without touching this.
    QDirIterator it(translationsFolder, {u"copydesk_*.qm"_s}, QDir::Files);
    QStringList codes;
    while (it.hasNext()) {
        const QString name = it.nextFileInfo().completeBaseName();
        const QString code = name.mid(name.indexOf(u'_') + 1);
        if (code != u"en")
            codes << code;
    }
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        QString native = QLocale(code).nativeLanguageName();
        if (!native.isEmpty())
            native[0] = native.at(0).toUpper(); // "français" as a list item reads "Français"
        choices.append({code, native.isEmpty() ? code : native});
    }
    return choices;
}

QString Language::chosen()
{
    return AppSettings::open()->value(settingsKey).toString();
}

void Language::setChosen(const QString &code)
{
    auto settings = AppSettings::open();
    if (code.isEmpty())
        settings->remove(settingsKey);
    else
        settings->setValue(settingsKey, code);
}

QLocale Language::uiLocale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void Language::install()
{
    static QTranslator ours;
    static QTranslator qts;
    const QLocale locale = uiLocale();
    if (!chosen().isEmpty()) {
        // The user's choice also decides how the program's own dates and numbers read; the
        // preview keeps the publication's locale, which it names explicitly.
        QLocale::setDefault(locale);
    }
    if (ours.load(locale, u"copydesk"_s, u"_"_s, translationsFolder)
        || ours.load(translationsFolder + u"/copydesk_en.qm"_s))
        QCoreApplication::installTranslator(&ours);
    if (qts.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qts);
}
