// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagepage.h"

#include "language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

LanguagePage::LanguagePage(QWidget *parent)
    : QWidget(parent)
    , m_languages(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("languagePage"));
    m_languages->setObjectName(QStringLiteral("languageChoice"));
    const QString systemName = QLocale::system().nativeLanguageName();
    m_languages->addItem(systemName.isEmpty() ? tr("System language") : tr("System language (%1)").arg(systemName),
                         QString());
    for (const auto choices = Language::available(); const Language::Choice &choice : choices)
        m_languages->addItem(choice.nativeName, choice.code);
    const int current = m_languages->findData(Language::chosen());
    m_languages->setCurrentIndex(current < 0 ? 0 : current);

    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Menus, dialogs and messages use this language from the next start. "
                       "How the preview shows dates is set by the publication's locale."));

    auto *form = new QFormLayout;
    // The buddy gives the list its accessible name and Alt+L its keyboard path.
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_languages);
    m_languages->setAccessibleName(tr("Language"));
    form->addRow(label, m_languages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_languages, &QComboBox::activated, this, &LanguagePage::choose);
}

QString LanguagePage::title()
{
    return tr("Language");
}

void LanguagePage::choose(int index)
{
    const QString code = m_languages->itemData(index).toString();
    if (code == Language::chosen())
        return;
    Language::setChosen(code);
    Q_EMIT languageChosen(code);
}
