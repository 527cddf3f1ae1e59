// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taghistory.h"

#include <QObject>

#include <functional>
#include <optional>

class Database;
class QUndoStack;
class QWidget;
class TagManagerDock;

/// Answers the tag manager's requests: asks the editor (dialogs), changes the store through
/// TagRepository, and makes each change undoable while the app runs (TagHistory snapshots).
class TagManagerController : public QObject
{
    Q_OBJECT

public:
    TagManagerController(Database &db, TagManagerDock *dock, QString who, QWidget *window);

    QUndoStack *undoStack() const { return m_undo; }

Q_SIGNALS:
    /// A change is about to touch stories' tags: whatever is being edited should be stored first.
    void aboutToChangeTags();
    /// Tags changed (names, kinds, which stories have them): lists that show tags read again.
    void tagsChanged();

private:
    void create(const QString &suggestedName);
    void rename(qint64 id);
    void describe(qint64 id);
    void merge(const QList<qint64> &ids, qint64 into);
    void changeKind(const QList<qint64> &ids, TagKind kind);
    void remove(const QList<qint64> &ids);
    /// A change to the store, run on a worker thread with a connection of its own.
    using Change = std::function<Result<void>(Database &)>;
    struct Outcome {
        TagSnapshot before;
        std::optional<StorageError> error;
    };
    /// Runs `change` after a snapshot of `ids`, and offers putting that snapshot back as Undo.
    void record(const QString &text, const QList<qint64> &ids, Change change);
    void restore(const TagSnapshot &snapshot);
    void warn(const QString &what, const QString &why);

    Database &m_db;
    TagManagerDock *m_dock;
    QString m_who;
    QWidget *m_window;
    QUndoStack *m_undo;
};
