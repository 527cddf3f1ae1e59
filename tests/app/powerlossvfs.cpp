// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerlossvfs.h"

#include <QMutex>

#include <cstring>
#include <sqlite3.h>

namespace PowerLossVfs {
namespace {

QMutex mutex;
QString folder; // empty: not recording
QList<Op> ops;
sqlite3_vfs *platform = nullptr;
sqlite3_vfs vfs;

struct File {
    sqlite3_file base;
    sqlite3_file *real; // the platform's file, in the memory just after this struct
    QString *name; // null: not recorded (temporary files, other folders)
};

void add(Op op)
{
    const QMutexLocker lock(&mutex);
    if (!folder.isEmpty())
        ops.append(std::move(op));
}

File *self(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

int xClose(sqlite3_file *f)
{
    const int rc = self(f)->real->pMethods->xClose(self(f)->real);
    delete self(f)->name;
    return rc;
}
int xRead(sqlite3_file *f, void *out, int amount, sqlite3_int64 offset)
{
    return self(f)->real->pMethods->xRead(self(f)->real, out, amount, offset);
}
int xWrite(sqlite3_file *f, const void *in, int amount, sqlite3_int64 offset)
{
    const int rc = self(f)->real->pMethods->xWrite(self(f)->real, in, amount, offset);
    if (rc == SQLITE_OK && self(f)->name)
        add({Op::Write, *self(f)->name, offset, QByteArray(static_cast<const char *>(in), amount)});
    return rc;
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    const int rc = self(f)->real->pMethods->xTruncate(self(f)->real, size);
    if (rc == SQLITE_OK && self(f)->name)
        add({Op::Truncate, *self(f)->name, size, {}});
    return rc;
}
int xSync(sqlite3_file *f, int flags)
{
    const int rc = self(f)->real->pMethods->xSync(self(f)->real, flags);
    if (rc == SQLITE_OK && self(f)->name)
        add({Op::Sync, *self(f)->name, 0, {}});
    return rc;
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return self(f)->real->pMethods->xFileSize(self(f)->real, size);
}
int xLock(sqlite3_file *f, int level)
{
    return self(f)->real->pMethods->xLock(self(f)->real, level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return self(f)->real->pMethods->xUnlock(self(f)->real, level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return self(f)->real->pMethods->xCheckReservedLock(self(f)->real, out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return self(f)->real->pMethods->xFileControl(self(f)->real, op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return self(f)->real->pMethods->xSectorSize(self(f)->real);
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return self(f)->real->pMethods->xDeviceCharacteristics(self(f)->real);
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return self(f)->real->pMethods->xShmMap(self(f)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return self(f)->real->pMethods->xShmLock(self(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    self(f)->real->pMethods->xShmBarrier(self(f)->real);
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return self(f)->real->pMethods->xShmUnmap(self(f)->real, deleteFlag);
}
// No memory-mapped reads: every page SQLite sees comes through xRead.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = self(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->name = nullptr;
    file->base.pMethods = nullptr;
    const int rc = platform->xOpen(platform, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK || !file->real->pMethods)
        return rc;
    file->base.pMethods = &methods;
    if (name) {
        const QString path = QString::fromUtf8(name);
        const QMutexLocker lock(&mutex);
        if (!folder.isEmpty() && path.startsWith(folder))
            file->name = new QString(path);
    }
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    const int rc = platform->xDelete(platform, name, syncDir);
    if (rc == SQLITE_OK) {
        const QString path = QString::fromUtf8(name);
        const QMutexLocker lock(&mutex);
        if (!folder.isEmpty() && path.startsWith(folder))
            ops.append({Op::Delete, path, 0, {}});
    }
    return rc;
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return platform->xAccess(platform, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return platform->xFullPathname(platform, name, size, out);
}
} // namespace

bool install()
{
    platform = sqlite3_vfs_find(nullptr);
    if (!platform)
        return false;
    // The platform's own entries, but files wrapped in ours: what a program opens goes through xOpen.
    std::memcpy(&vfs, platform, sizeof vfs);
    vfs.iVersion = std::min(platform->iVersion, 3);
    vfs.szOsFile = int(sizeof(File)) + platform->szOsFile;
    vfs.zName = "copydesk-powerloss";
    vfs.pNext = nullptr;
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = nullptr;
    vfs.xDlError = nullptr;
    vfs.xDlSym = nullptr;
    vfs.xDlClose = nullptr;
    // Remaining entries (randomness, sleep, time, system calls) call the platform's with our vfs
    // pointer; the unix VFS ignores that pointer in them.
    return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
}

void record(const QString &under)
{
    const QMutexLocker lock(&mutex);
    folder = under;
    ops.clear();
}

QList<Op> stop()
{
    const QMutexLocker lock(&mutex);
    folder.clear();
    return std::exchange(ops, {});
}

qsizetype recorded()
{
    const QMutexLocker lock(&mutex);
    return ops.size();
}

namespace {
void apply(QByteArray &bytes, const Op &op, qsizetype length)
{
    if (op.kind == Op::Truncate) {
        bytes.resize(op.offset);
        return;
    }
    const qsizetype end = op.offset + length;
    if (bytes.size() < end)
        bytes.resize(end, '\0');
    std::memcpy(bytes.data() + op.offset, op.data.constData(), size_t(length));
}
} // namespace

QHash<QString, QByteArray> diskAt(const QList<Op> &ops, qsizetype cut, const std::function<int(int)> &chance)
{
    // Per file: the bytes as of its last sync, and the changes made since.
    QHash<QString, QByteArray> synced;
    QHash<QString, QList<const Op *>> pending;
    for (qsizetype i = 0; i < cut && i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        switch (op.kind) {
        case Op::Write:
        case Op::Truncate:
            if (!synced.contains(op.file))
                synced.insert(op.file, QByteArray());
            pending[op.file].append(&op);
            break;
        case Op::Sync: {
            QByteArray &bytes = synced[op.file];
            for (const Op *change : std::as_const(pending[op.file]))
                apply(bytes, *change, change->data.size());
            pending[op.file].clear();
            break;
        }
        case Op::Delete:
            // SQLite asks for the folder to be synced where a deletion matters, so it is taken as done.
            synced.remove(op.file);
            pending.remove(op.file);
            break;
        }
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QByteArray &bytes = synced[it.key()];
        for (const Op *change : it.value()) {
            const int fate = chance(4); // 0: lost, 1: torn, 2-3: landed
            if (fate == 0)
                continue;
            if (change->kind == Op::Write && fate == 1) {
                // Torn at a sector boundary: the first part of the write made it, the rest did not.
                const qsizetype sectors = change->data.size() / 512;
                if (sectors > 1)
                    apply(bytes, *change, 512 * (1 + chance(int(sectors - 1))));
                continue;
            }
            apply(bytes, *change, change->data.size());
        }
    }
    return synced;
}

} // namespace PowerLossVfs
