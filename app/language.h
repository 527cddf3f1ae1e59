// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>

/// The language of the program's own words (menus, dialogs, messages), as opposed to the
/// publication's locale, which decides how the preview and published pieces show dates.
/// It follows the system unless the user chose one in Settings (stored in AppSettings).
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    /// A language the program is translated into.
    struct Choice {
        QString code; ///< "de", "fr", ... as in translations/copydesk_<code>.ts
        QString nativeName; ///< "Deutsch", "Français", ... as its speakers write it
    };
    /// English first, then every translation compiled in.
    static QList<Choice> available();

    /// The code the user chose, or empty to follow the system.
    static QString chosen();
    /// Stores the choice (empty: follow the system); it applies from the next start.
    static void setChosen(const QString &code);
    /// The locale the program's words are in: the chosen language, else the system's.
    static QLocale uiLocale();

    /// Loads our translation for uiLocale() (else the English plural forms) and Qt's own.
    /// Needs a QCoreApplication; the translators live as long as the program.
    static void install();
};
