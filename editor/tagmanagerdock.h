// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QDockWidget>
#include <QList>

class QAction;
class QLineEdit;
class QTableView;
class TagFilterProxy;
class TagTableModel;

/// The tag manager: a sortable, filterable table of every tag with its kind, number of stories
/// and last use. It changes nothing itself: each action emits a request, and the app confirms
/// (with the number of affected stories), calls TagRepository, keeps the undo step and then
/// calls reload().
class TagManagerDock : public QDockWidget
{
    Q_OBJECT

public:
    /// The dock shows `model` (it does not take ownership) and reloads it on reload().
    explicit TagManagerDock(TagTableModel *model, QWidget *parent = nullptr);

    /// Reads the tags again, keeping the selection and the filter.
    void reload();
    /// The selected tags, in the table's order.
    QList<qint64> selectedTagIds() const;
    /// Selects one tag and scrolls to it (after the app created or renamed it).
    void selectTag(qint64 id);
    /// A read-only database: the table is shown, the changing actions are off.
    void setReadOnly(bool readOnly);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QAction *newAction() const { return m_new; }
    QAction *renameAction() const { return m_rename; }
    QAction *mergeAction() const { return m_merge; }
    /// Its menu holds one action per kind; triggering one emits kindChangeRequested().
    QAction *kindAction() const { return m_kind; }
    QAction *deleteAction() const { return m_delete; }

Q_SIGNALS:
    /// New: `name` is the filter's text (may be empty); the app asks for the name and kind.
    void createRequested(const QString &name);
    void renameRequested(qint64 tagId);
    /// The app asks for the tag's description (what it covers, for the desk) and stores it.
    void describeRequested(qint64 tagId);
    /// Two or more tags; `suggestedInto` is the most used of them (the app may let people choose).
    void mergeRequested(const QList<qint64> &tagIds, qint64 suggestedInto);
    void kindChangeRequested(const QList<qint64> &tagIds, TagKind kind);
    void deleteRequested(const QList<qint64> &tagIds);
    /// Double-click or Enter on a tag: show only its stories in the story list.
    void filterStoriesRequested(qint64 tagId);

private:
    void updateActions();
    void requestMerge();

    TagTableModel *m_model;
    TagFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QAction *m_new;
    QAction *m_rename;
    QAction *m_describe;
    QAction *m_merge;
    QAction *m_kind;
    QAction *m_delete;
    bool m_readOnly = false;
};
