// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycontroller.h"

#include "database.h"
#include "historymodel.h"
#include "historypanel.h"
#include "revisionhistory.h"

#include <QAction>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHistory, "copydesk.history")

HistoryController::HistoryController(Database &db, QMainWindow *window, QString who)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_who(std::move(who))
    , m_dock(new QDockWidget(tr("History"), window))
    , m_panel(new HistoryPanel(db, m_dock))
    , m_refresh(new QTimer(this))
{
    m_dock->setObjectName(QStringLiteral("historyDock"));
    m_dock->setWidget(m_panel);
    m_panel->setReadOnly(db.isReadOnly());
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // reads the history only while it is shown

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("showHistory"));
    toggle->setText(tr("&History"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    toggle->setStatusTip(tr("Show the story's revisions, what changed between them, and restore one"));
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refreshIfShown();
    });
    // Autosaves come every second while someone types; the list follows a little behind.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(2000);
    connect(m_refresh, &QTimer::timeout, this, &HistoryController::refreshIfShown);
    connect(m_panel, &HistoryPanel::restoreRequested, this, &HistoryController::restore);
    connect(m_panel, &HistoryPanel::failed, this, [this](const StorageError &error) {
        qCWarning(lcHistory).noquote() << "history:" << error.toLogString();
        m_window->statusBar()->showMessage(tr("The history could not be read: %1").arg(error.message), 10000);
    });
}

QAction *HistoryController::toggleAction() const
{
    return m_dock->toggleViewAction();
}

void HistoryController::setCurrentSource(std::function<Article()> source)
{
    m_panel->setCurrentSource(std::move(source));
}

void HistoryController::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_stale = true;
    refreshIfShown();
}

void HistoryController::articleSaved()
{
    m_stale = true;
    if (m_dock->isVisible())
        m_refresh->start();
}

void HistoryController::refreshIfShown()
{
    if (!m_dock->isVisible() || !m_stale)
        return;
    m_stale = false;
    if (m_panel->model()->articleId() == m_articleId && m_articleId != 0)
        m_panel->reload();
    else
        m_panel->setArticle(m_articleId);
}

void HistoryController::restore(qint64 revisionId)
{
    if (m_db.isReadOnly() || m_articleId == 0)
        return;
    // What is in the editor is stored first, so the restore never overwrites unsaved words.
    if (m_saveFirst && !m_saveFirst())
        return;
    auto outcome = RevisionHistory(m_db).restore(revisionId, m_who);
    if (!outcome) {
        qCWarning(lcHistory).noquote() << "restore failed:" << outcome.error().toLogString();
        QMessageBox box(QMessageBox::Warning, tr("Restore Revision"), tr("The revision could not be restored."),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(outcome.error().message);
        box.exec();
        return;
    }
    Q_EMIT restored(outcome->article);
    m_stale = true;
    refreshIfShown();
    m_panel->selectRevisions({outcome->revision.id, outcome->keptRevisionId});
    m_window->statusBar()->showMessage(tr("Revision restored; the text before it is kept in the history."), 5000);
}
