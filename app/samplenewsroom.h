// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QString>

class Database;

/// A small invented newsroom (The Harbour Ledger: sections, authors, tags and three stories) so
/// that a first start shows how Copydesk works instead of an empty window.
namespace SampleNewsroom {

/// The resource the sample is read from.
QString resourcePath();

/// Adds the sample to `db` through the repositories, in one transaction: all of it or nothing.
Result<void> seed(Database &db);

} // namespace SampleNewsroom
