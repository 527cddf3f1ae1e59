// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

/// The Settings page where the user picks the program's language, or leaves it to the system.
/// The choice is stored at once (Language::setChosen) and used from the next start.
class LanguagePage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguagePage(QWidget *parent = nullptr);

    /// The page's title for the Settings dialog's list of pages.
    static QString title();

Q_SIGNALS:
    /// The user chose another language (empty: the system's); it applies after a restart.
    void languageChosen(const QString &code);

private:
    void choose(int index);

    QComboBox *m_languages;
    QLabel *m_note;
};
