// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QObject>

#include <functional>

class Database;
class HistoryPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class QTimer;

/// The History dock of the window: shows the open story's revisions while the dock is open, and
/// restores a revision after the editor's pending changes are stored, as a new revision that
/// keeps what was there before.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    /// Adds the (hidden) dock to `window`; `db` must outlive the controller.
    HistoryController(Database &db, QMainWindow *window, QString who);

    /// View ▸ History (Ctrl+Shift+H).
    QAction *toggleAction() const;
    HistoryPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

    /// The editor's text, for comparing a revision with it.
    void setCurrentSource(std::function<Article()> source);
    /// Stores the editor's pending changes; returns false (having told the user) if it could not,
    /// and then nothing is restored.
    void setSaveFirst(std::function<bool()> saveFirst) { m_saveFirst = std::move(saveFirst); }

    /// The story now open (0: none).
    void setArticle(qint64 articleId);
    /// A save may have added or changed a revision: the open dock shows it soon after.
    void articleSaved();

Q_SIGNALS:
    /// A revision was restored: the editor should show `article` as now stored.
    void restored(const Article &article);

private:
    void restore(qint64 revisionId);
    void refreshIfShown();

    Database &m_db;
    QMainWindow *m_window;
    QString m_who;
    QDockWidget *m_dock;
    HistoryPanel *m_panel;
    QTimer *m_refresh;
    std::function<bool()> m_saveFirst;
    qint64 m_articleId = 0;
    bool m_stale = true; ///< the panel shows an older state of the history than the store's
};
