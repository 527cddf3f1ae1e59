// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// What a person may do on the desk. Journalists write and submit; editors also approve, publish,
/// send stories back and change the newsroom's settings (product.md, "Who uses it").
enum class Role { Journalist, Editor };

/// The stable key stored in the database ("journalist", "editor").
QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
/// The translated name shown to people.
QString roleDisplayName(Role role);
