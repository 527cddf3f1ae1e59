// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

QString roleKey(Role role)
{
    return role == Role::Editor ? QStringLiteral("editor") : QStringLiteral("journalist");
}

std::optional<Role> roleFromKey(QStringView key)
{
    if (key == QLatin1StringView("editor"))
        return Role::Editor;
    if (key == QLatin1StringView("journalist"))
        return Role::Journalist;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    return role == Role::Editor ? Tr::tr("Editor") : Tr::tr("Journalist");
}
