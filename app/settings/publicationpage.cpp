// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationpage.h"

#include "database.h"
#include "publicationrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>

namespace {
QComboBox *editableCombo(QWidget *parent, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}
} // namespace

PublicationPage::PublicationPage(Database &db, bool editable, QWidget *parent)
    : SettingsPage(parent)
    , m_db(db)
    , m_editable(editable)
    , m_name(new QLineEdit(this))
    , m_tagline(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_locale(editableCombo(this, QStringLiteral("locale")))
    , m_timeZone(editableCombo(this, QStringLiteral("timeZone")))
{
    setObjectName(QStringLiteral("publicationPage"));
    if (auto stored = PublicationRepository(db).load())
        m_stored = stored.value();
    m_name->setObjectName(QStringLiteral("publicationName"));
    m_tagline->setObjectName(QStringLiteral("tagline"));
    m_city->setObjectName(QStringLiteral("homeCity"));
    m_name->setText(m_stored.name);
    m_tagline->setText(m_stored.tagline);
    m_city->setText(m_stored.homeCity);

    QStringList locales;
    for (const auto items = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
         const QLocale &l : items) {
        if (l.language() != QLocale::C)
            locales.append(l.name());
    }
    locales.removeDuplicates();
    locales.sort();
    m_locale->addItems(locales);
    m_locale->setCurrentText(m_stored.locale);
    for (const auto ids = QTimeZone::availableTimeZoneIds(); const QByteArray &id : ids)
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(m_stored.timeZone);

    for (QLineEdit *edit : {m_name, m_tagline, m_city})
        edit->setReadOnly(!editable);
    m_locale->setEnabled(editable);
    m_timeZone->setEnabled(editable);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Tagline:"), m_tagline);
    layout->addRow(tr("&Home city:"), m_city);
    layout->addRow(tr("&Locale:"), m_locale);
    layout->addRow(tr("Time &zone:"), m_timeZone);
}

Publication PublicationPage::edited() const
{
    Publication p;
    p.name = m_name->text().trimmed();
    p.tagline = m_tagline->text().trimmed();
    p.homeCity = m_city->text().trimmed();
    p.locale = m_locale->currentText().trimmed();
    p.timeZone = m_timeZone->currentText().trimmed();
    return p;
}

bool PublicationPage::apply()
{
    const Publication p = edited();
    if (!m_editable || p == m_stored)
        return true;
    // QLocale falls back to "C" for a name it does not know: a typo would silently change the dates.
    if (QLocale(p.locale).language() == QLocale::C) {
        showError(tr("The publication was not saved."), tr("“%1” is not a locale Copydesk knows.").arg(p.locale));
        return false;
    }
    if (!QTimeZone(p.timeZone.toLatin1()).isValid()) {
        showError(tr("The publication was not saved."), tr("“%1” is not a time zone Copydesk knows.").arg(p.timeZone));
        return false;
    }
    if (auto saved = PublicationRepository(m_db).save(p); !saved) {
        showError(tr("The publication was not saved."), saved.error().message);
        return false;
    }
    m_stored = p;
    return true;
}
