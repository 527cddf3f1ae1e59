// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers of the repositories: every exec() is checked and turned into a typed error.

#include "storageerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Sql {

/// A StorageError for a failed statement; `what` says in developer words what was being done.
StorageError errorFrom(const QSqlError &error, const char *what);

/// Prepares and runs `statement` with `values` bound in order.
Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values, const char *what);
/// Runs a prepared query again (after binding new values).
Result<void> exec(QSqlQuery &query, const char *what);

/// Times are stored as ISO 8601 text in UTC with milliseconds, so they sort and read well.
QVariant fromDateTime(const QDateTime &time);
QDateTime toDateTime(const QVariant &value);
/// NULL for an empty string or a zero id, so optional columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString &text);
QVariant nullIfZero(qint64 id);
/// '' for a null QString: Qt Sql binds a null QString as NULL, which NOT NULL columns refuse.
QString notNull(const QString &text);

} // namespace Sql
