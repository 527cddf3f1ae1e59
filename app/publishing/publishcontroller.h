// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishchecklist.h"
#include "publishqueue.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CredentialStore;
class Database;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;

/// The Publish button and what hangs off it in the window: the target choice when there are
/// several, the pre-publish checklist first, progress in the status bar, the remote address as
/// a link in the status bar afterwards, "Update" once the story is on the chosen target, and
/// Unpublish in the Publish menu. Runs the app's PublishQueue, so jobs left from an earlier
/// session go out too. MainWindow only places the actions and tells it which story is open.
class PublishController : public QObject
{
    Q_OBJECT

public:
    /// What the window asks of the desk; tests replace these, the defaults open dialogs.
    struct Prompts {
        /// Several targets: which one (an index into `names`), or -1 for none.
        std::function<int(const QStringList &names)> chooseTarget;
        /// The checklist's result, shown before anything is sent; true to go ahead. A failing
        /// checklist never goes ahead, whatever this answers.
        std::function<bool(const QList<ChecklistItem> &items)> confirmChecklist;
        /// The post was edited on the site since: overwrite those edits?
        std::function<bool(const QString &message)> confirmOverwrite;
        /// A job failed for good.
        std::function<void(const QString &message)> showFailure;
    };

    /// `currentArticle` gives the open story's id (0: none); `saveFirst` stores the form and says
    /// whether that worked. `credentials` may be null in tests that give their own factory.
    PublishController(Database &db, CredentialStore *credentials, QMainWindow *window,
                      std::function<qint64()> currentArticle, std::function<bool()> saveFirst);
    ~PublishController() override;

    QAction *publishAction() const { return m_publish; }
    QAction *unpublishAction() const { return m_unpublish; }
    QMenu *menu() const { return m_menu; }
    QLabel *remoteLink() const { return m_link; }
    PublishQueue &queue() { return *m_queue; }

    /// Replaces the prompts that are set; an empty member keeps the default dialog.
    void setPrompts(Prompts prompts);
    /// Only an editor may publish; the window's role check goes here (default: everyone). Asked
    /// at each press and by articleChanged(), which greys the actions out when it says no.
    void setMayPublish(std::function<bool()> mayPublish) { m_mayPublish = std::move(mayPublish); }
    /// Who publishes, as the story's history names them (the login); default: nobody named.
    void setActor(std::function<QString()> login) { m_actor = std::move(login); }
    /// For tests: endpoints without the keychain.
    void setEndpointFactory(PublishQueue::EndpointFactory factory);

    /// The open story changed (or was saved): refresh "Publish"/"Update" and the link.
    void articleChanged();
    void publish();
    void unpublish();

Q_SIGNALS:
    /// An attempt ended (for tests and the history view).
    void attemptFinished(const PublishJob &job, PublishOutcome outcome, const EndpointResult &result);
    /// A publish or unpublish moved the story's own status (published, updated, scheduled,
    /// unpublished); `stored` is the story as stored now, for the window to show.
    void articleStatusChanged(const Article &stored);

private:
    std::optional<PublishTarget> chooseTarget(bool onlyPublished);
    void enqueue(qint64 articleId, const PublishTarget &target, PublishAction action, bool overwrite);
    void jobFinished(const PublishJob &job, PublishOutcome outcome, const EndpointResult &result);
    void showStatus(const QString &text);
    void followStatus(const PublishJob &job, const EndpointResult &result);

    Database &m_db;
    QPointer<CredentialStore> m_credentials;
    QMainWindow *m_window;
    std::function<qint64()> m_currentArticle;
    std::function<bool()> m_saveFirst;
    std::function<bool()> m_mayPublish;
    std::function<QString()> m_actor;
    Prompts m_prompts;
    std::unique_ptr<PublishQueue> m_queue;
    QAction *m_publish;
    QAction *m_unpublish;
    QMenu *m_menu;
    QLabel *m_link;
    qint64 m_lastTargetId = 0;
};
