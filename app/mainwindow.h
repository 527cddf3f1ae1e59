// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"
#include "storageerror.h"

#include <QMainWindow>

class ArticleForm;
class CredentialStore;
class CurrentUser;
class SettingsController;
class WorkflowController;
class ArticleSaver;
class Database;
class EditorServices;
class FileActions;
class FindReplaceBar;
class FormattingActions;
class HistoryController;
class PreviewPane;
class PublishController;
class TagManagerController;
class TagManagerDock;
class TextStatistics;
class QAction;
class QLabel;
class QTreeView;
class QMenu;
class StoryFilterBar;
class StoryListModel;

/// The window: the story list on the left, the article form in the middle. It wires actions to
/// those components and saves the story being edited; the work itself happens in them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `db` must outlive the window.
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Stores the story in the form now, as a save point of its own in the history.
    /// On failure the words stay in the form.
    bool save();
    /// Starts a story and puts the cursor in its headline.
    void newArticle();
    /// Selects the story in the list and opens it with the cursor in the body.
    bool showArticle(qint64 id);

    /// The person using the window, with their role (the Publish button asks Workflow::mayPublish).
    CurrentUser *currentUser() const { return m_user; }
    /// Edit ▸ Settings…; others add their pages with addPageFactory().
    SettingsController *settings() const { return m_settings; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createEditMenus();
    void updateStatistics();
    void setUpPreview();
    void setUpTagManager();
    void setUpHistory();
    void filterByTag(qint64 tagId);
    void tagsChanged();
    /// Adds a tag to, or removes it from, every selected story.
    void bulkTag(bool add);
    void openExternalLink(const QUrl &url);
    void updateWindowTitle();
    void showStorageError(const QString &what, const StorageError &error);
    void storyChosen(const QModelIndex &current, const QModelIndex &previous);
    bool openStory(qint64 id);
    void selectStory(qint64 id);
    void focusMoved(QWidget *old, QWidget *now);
    void articleSaved(const Article &stored, bool upToDate);
    void autosaveFailed(const StorageError &error);
    /// Stores what is unsaved before the form shows another story or the window closes.
    bool saveBeforeLeaving(bool reportFailure);
    void setSaveState(const QString &text);
    void setUpWorkflow();

    Database &m_db;
    ArticleRepository m_articles;
    StoryListModel *m_model;
    QTreeView *m_list;
    StoryFilterBar *m_filterBar = nullptr;
    ArticleForm *m_form;
    QLabel *m_saveState;
    QLabel *m_statistics;
    FindReplaceBar *m_findBar;
    FormattingActions *m_formatting;
    TextStatistics *m_textStatistics;
    PreviewPane *m_preview;
    TagManagerDock *m_tagDock = nullptr;
    TagManagerController *m_tagController = nullptr;
    CredentialStore *m_credentials = nullptr; ///< the keychain, shared by publishing and the targets page
    PublishController *m_publishing = nullptr;
    HistoryController *m_history = nullptr;
    QAction *m_showAllStories = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    ArticleSaver *m_saver;
    EditorServices *m_services = nullptr;
    FileActions *m_fileActions = nullptr;
    CurrentUser *m_user = nullptr;
    WorkflowController *m_workflow = nullptr;
    SettingsController *m_settings = nullptr;
    qint64 m_currentId = 0;
    bool m_revertingSelection = false;
    bool m_saveFailing = false; ///< autosave reports a failure once per run of failures
};
