// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingspage.h"
#include "types.h"

class Database;
class QComboBox;
class QLineEdit;

/// The publication: name, tagline, home city, locale and time zone (editor only).
class PublicationPage : public SettingsPage
{
    Q_OBJECT

public:
    PublicationPage(Database &db, bool editable, QWidget *parent = nullptr);

    bool apply() override;

private:
    Publication edited() const;

    Database &m_db;
    bool m_editable;
    Publication m_stored;
    QLineEdit *m_name;
    QLineEdit *m_tagline;
    QLineEdit *m_city;
    QComboBox *m_locale;
    QComboBox *m_timeZone;
};
