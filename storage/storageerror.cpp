// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

QString StorageError::toLogString() const
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}
