// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QStandardPaths>

QString AppSettings::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QLatin1StringView("/copydesk.conf");
}

std::unique_ptr<QSettings> AppSettings::open()
{
    return std::make_unique<QSettings>(filePath(), QSettings::IniFormat);
}
