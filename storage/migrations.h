// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QSqlDatabase>

/// The schema, as numbered steps. Step N takes a database from user_version N-1 to N.
namespace Migrations {

/// The highest version this build knows.
int latestVersion();

/// Our `PRAGMA application_id` ("CDSK"), so another program's SQLite file is never mistaken for ours.
constexpr int applicationId = 0x4344534b;

/// Runs the steps after `fromVersion` up to `toVersion`, each in its own transaction together with
/// its user_version bump, so a failure leaves the database at the last complete version.
Result<void> migrate(QSqlDatabase &db, int fromVersion, int toVersion = latestVersion());

} // namespace Migrations
