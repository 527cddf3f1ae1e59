// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"
#include "workflow.h"

#include <QObject>

#include <functional>

class CurrentUser;
class Database;
class QAction;
class QLabel;
class QWidget;

/// The workflow actions of the main window (Submit for Review, Approve, Send Back): enabled by the
/// open story's status and the user's role, with a tooltip saying why when they are not. A
/// triggered action stores the editor's words first, asks for a note where one is needed, and
/// moves the story through WorkflowService.
class WorkflowController : public QObject
{
    Q_OBJECT

public:
    /// `db` and `user` must outlive this; `window` parents the actions and dialogs.
    WorkflowController(Database &db, CurrentUser *user, QWidget *window);

    QAction *submitAction() const { return m_submit; }
    QAction *approveAction() const { return m_approve; }
    QAction *sendBackAction() const { return m_sendBack; }
    QList<QAction *> actions() const { return {m_submit, m_approve, m_sendBack}; }
    /// Shows the open story's status (for the status bar).
    QLabel *statusLabel() const { return m_statusLabel; }

    /// The story now in the editor (0: none) and its stored status.
    void setArticle(qint64 id, ArticleStatus status);
    /// How to store the editor's words before a story moves on; returning false (the save failed
    /// and the user was told) leaves the story where it is.
    void setSaveFirst(std::function<bool()> saveFirst) { m_saveFirst = std::move(saveFirst); }

    /// Takes `action` on the open story; `note` is used instead of asking when it is given.
    /// Returns whether the story moved.
    bool run(Workflow::Action action, const QString &note = {});

Q_SIGNALS:
    /// The story moved on; `stored` is it as stored now (show it again in the editor).
    void transitioned(const Article &stored);

private:
    QAction *makeAction(Workflow::Action action, const QString &objectName, const QString &iconName,
                        const QKeySequence &shortcut, const QString &tip);
    void updateActions();
    /// Asks why the story goes back; nullopt when the user cancels.
    std::optional<QString> askForNote();

    Database &m_db;
    CurrentUser *m_user;
    QWidget *m_window;
    QAction *m_submit;
    QAction *m_approve;
    QAction *m_sendBack;
    QLabel *m_statusLabel;
    std::function<bool()> m_saveFirst;
    qint64 m_articleId = 0;
    ArticleStatus m_status = ArticleStatus::Draft;
};
