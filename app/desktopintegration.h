// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

/// How the program presents itself to the desktop: the application id shared by the .desktop
/// file, the AppStream metainfo and the icon (packaging/CMakeLists.txt), and the window icon.
namespace DesktopIntegration {
/// "org.copydesk.Copydesk": the .desktop file's base name, the Wayland app id, the icon's name.
QString applicationId();
/// The application icon, drawn from the SVG compiled into the program at any size asked for.
/// Needs Qt Svg's library only, not its image plugin.
QIcon applicationIcon();
/// Sets the desktop file name and the window icon; call after the QGuiApplication exists.
void apply();
} // namespace DesktopIntegration
