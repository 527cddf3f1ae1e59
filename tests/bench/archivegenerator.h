// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

class Database;

/// What archive to make. The same spec always makes the same archive (ids, words, dates), so
/// benchmarks on different machines or days measure the same thing.
struct ArchiveSpec {
    int articles = 100000;
    int tags = 50000;
    int authors = 500;
    quint32 seed = 20261126;
    int minWords = 300; ///< body length, uniformly between these
    int maxWords = 3000;
    /// The archive's "now": stories span the five years before it, a few are scheduled after it.
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC);
};

struct ArchiveReport {
    int articles = 0;
    int tags = 0;
    int authors = 0;
    int sections = 0;
    qint64 milliseconds = 0; ///< wall time of generate()
};

/// A realistic newsroom archive for benchmarks: news-like English text whose word frequencies
/// follow Zipf's law (so common words match most stories and names few, as in a real archive),
/// sections, statuses and dates in a newsroom's proportions, tags and bylines skewed towards a
/// popular few. Written through the repositories and ArticleBulkWriter in one transaction.
namespace ArchiveGenerator {

/// Fills `db` (normally empty) as `spec` says.
Result<ArchiveReport> generate(Database &db, const ArchiveSpec &spec = {});

/// The text's vocabulary, most frequent first: benchmarks draw their query words from it.
const QStringList &vocabulary();
/// The section names the generator uses.
QStringList sectionNames();

} // namespace ArchiveGenerator
