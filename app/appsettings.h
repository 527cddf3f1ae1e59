// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

#include <memory>

/// The program's settings: one INI file in the user's configuration folder
/// (QStandardPaths::AppConfigLocation, normally ~/.config/copydesk/copydesk.conf).
///
/// Use this rather than a default-constructed QSettings: the program sets no organisation name
/// (it would add a level to the data folder), and QSettings without one writes to
/// "Unknown Organization". Never next to the binary, and test mode
/// (QStandardPaths::setTestModeEnabled) moves it with the other folders.
namespace AppSettings {
/// A fresh QSettings on the settings file; cheap enough to open where needed.
std::unique_ptr<QSettings> open();
/// Where the settings file is.
QString filePath();
} // namespace AppSettings
