// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

/// An SQLite VFS for power-cut tests: it passes everything to the platform's VFS, so the program
/// runs as usual, and records every write, truncation, sync and deletion of the files under one
/// folder. disksAt() then says what could be on the disk had the power gone at any moment: each
/// file as of its last sync, plus any subset of the writes made since (a disk may reorder or lose
/// them), some of them torn.
namespace PowerLossVfs {

struct Op {
    enum Kind { Write, Truncate, Sync, Delete } kind;
    QString file;
    qint64 offset = 0; ///< Write: where; Truncate: the new size
    QByteArray data;
};

/// Registers the VFS as SQLite's default, on the libsqlite3 this program is linked to.
/// Returns false if SQLite refused.
bool install();
/// Records the operations on files under `folder` from now on (and forgets earlier ones).
void record(const QString &folder);
/// Stops recording and returns the operations, in the order they were made.
QList<Op> stop();
/// How many operations have been recorded so far (a "moment" to compare with a cut point).
qsizetype recorded();

/// The files (name → bytes; absent = not on the disk) left by a power cut just before op `cut`.
/// `chance(n)` picks a number in [0, n): which unsynced writes land, and how much of them.
QHash<QString, QByteArray> diskAt(const QList<Op> &ops, qsizetype cut, const std::function<int(int)> &chance);

} // namespace PowerLossVfs
