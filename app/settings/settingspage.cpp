// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcSettings, "copydesk.settings")

void SettingsPage::showError(const QString &what, const QString &why)
{
    qCWarning(lcSettings).noquote() << what << why;
    QMessageBox box(QMessageBox::Warning, tr("Settings"), what, QMessageBox::Ok, this);
    box.setInformativeText(why);
    box.exec();
}
