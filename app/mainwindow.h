// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"
#include "storageerror.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class ArticleForm;
class Database;
class QAction;
class QLabel;
class QListView;
class StoryListModel;

/// The window: the story list on the left, the article form in the middle. It wires actions to
/// those components and saves the story being edited; the work itself happens in them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `db` must outlive the window.
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    /// Stores the story in the form if it has changes. On failure the words stay in the form.
    bool save();
    /// Starts a story and puts the cursor in its headline.
    void newArticle();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateWindowTitle();
    void showStorageError(const QString &what, const StorageError &error);
    void storyChosen(const QModelIndex &current, const QModelIndex &previous);
    bool openStory(qint64 id);
    void selectStory(qint64 id);
    void formEdited();
    void autosave();
    /// How a failed save is reported: autosave tells once per run of failures, not every second.
    enum class Report { Always, OncePerFailure, Never };
    bool saveCurrent(Report report);
    void setSaveState(const QString &text);

    Database &m_db;
    ArticleRepository m_articles;
    StoryListModel *m_model;
    QListView *m_list;
    ArticleForm *m_form;
    QLabel *m_saveState;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QTimer m_autosaveTimer;
    QElapsedTimer m_unsavedSince; ///< running while the form has changes not yet stored
    qint64 m_currentId = 0;
    bool m_revertingSelection = false;
    bool m_saveFailing = false;
    StorageError m_lastSaveError;
};
