// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articleform.h"
#include "articlesaver.h"
#include "credentialstore.h"
#include "currentuser.h"
#include "database.h"
#include "editorservices.h"
#include "fileactions.h"
#include "findreplacebar.h"
#include "formattingactions.h"
#include "historycontroller.h"
#include "languagepage.h"
#include "markdownedit.h"
#include "previewpane.h"
#include "publicationrepository.h"
#include "publishcontroller.h"
#include "settingscontroller.h"
#include "storyfilterbar.h"
#include "storylistmodel.h"
#include "tagmanagercontroller.h"
#include "tagmanagerdock.h"
#include "tagrepository.h"
#include "tagtablemodel.h"
#include "targetspage.h"
#include "textstatistics.h"
#include "workflow.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "copydesk.window")

namespace {
// Who the revision history names: the login, which the desk's profiles are keyed by.
QString currentUserName()
{
    return CurrentUser::loginName();
}
} // namespace

// ~QWidget hides the window, which moves the focus, while this is only a QWidget any more: the
// application's focusChanged must not reach focusMoved then (UBSan: invalid downcast).
MainWindow::~MainWindow()
{
    disconnect(qApp, &QApplication::focusChanged, this, &MainWindow::focusMoved);
}

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_articles(db)
    , m_model(new StoryListModel(db, this))
    , m_list(new QTreeView(this))
    , m_form(new ArticleForm(this))
    , m_saveState(new QLabel(this))
    , m_statistics(new QLabel(this))
    , m_findBar(new FindReplaceBar(this))
    , m_formatting(new FormattingActions(this))
    , m_textStatistics(new TextStatistics(m_form->body()->document(), this))
    , m_preview(new PreviewPane(this))
    , m_saver(new ArticleSaver(db, currentUserName(), this))
{
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setModel(m_model);
    m_list->setUniformRowHeights(true); // lets the view skip measuring every row of a long list
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(StoryListModel::UpdatedColumn, Qt::DescendingOrder);
    m_filterBar = new StoryFilterBar(db, m_model, this);
    m_filterBar->setListView(m_list);
    // Several stories can be selected for adding or removing a tag at once; the current one is edited.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    // The find bar sits under the story it searches, as in any editor.
    auto *editorArea = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_form, 1);
    editorLayout->addWidget(m_findBar);
    m_findBar->setEditor(m_form->body());
    m_formatting->setEditor(m_form->body());

    auto *splitter = new QSplitter(this);
    auto *listArea = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_list, 1);
    splitter->addWidget(listArea);
    splitter->addWidget(editorArea);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    auto *databaseLabel = new QLabel(this);
    databaseLabel->setObjectName(QStringLiteral("databaseState"));
    if (db.isReadOnly())
        databaseLabel->setText(tr("Read-only: %1").arg(db.readOnlyReason()));
    else
        databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())));
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_statistics->setObjectName(QStringLiteral("statistics"));
    statusBar()->addWidget(m_saveState, 1);
    statusBar()->addPermanentWidget(m_statistics);
    statusBar()->addPermanentWidget(databaseLabel);

    m_services = new EditorServices(db, m_form, m_formatting, this);
    m_fileActions = new FileActions(db, [this] { return m_currentId == 0 ? QString() : m_form->article().slug; }, this);
    connect(m_fileActions, &FileActions::imported, this, [this](qint64 lastId) {
        m_services->reloadVocabulary();
        m_model->reload();
        showArticle(lastId);
    });
    setUpPreview();
    createActions();
    createEditMenus();
    setUpTagManager();
    setUpWorkflow();
    setUpHistory();
    m_form->setReadOnly(db.isReadOnly());
    m_form->setEnabled(false); // until a story is open

    m_saver->setSource([this] { return ArticleSaver::Snapshot{m_form->article(), m_form->pendingHeroImage()}; });
    connect(m_form, &ArticleForm::edited, this, [this] {
        m_saver->edited();
        setWindowModified(true);
        if (!m_saveFailing)
            setSaveState(tr("Edited"));
    });
    connect(m_textStatistics, &TextStatistics::changed, this, &MainWindow::updateStatistics);
    connect(m_saver, &ArticleSaver::saved, this, &MainWindow::articleSaved);
    connect(m_saver, &ArticleSaver::failed, this, &MainWindow::autosaveFailed);
    // Leaving the story for another window or widget is a natural moment to store it.
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::focusMoved);
    connect(m_model, &StoryListModel::failed, this,
            [this](const StorageError &error) { showStorageError(tr("The story list could not be read."), error); });
    connect(m_filterBar, &StoryFilterBar::failed, this,
            [this](const StorageError &error) { showStorageError(tr("The stories could not be searched."), error); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::storyChosen);

    updateWindowTitle();
    if (m_model->reload() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    resize(1400, 860);
    splitter->setSizes({260, 600, 540});
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Story"), this);
    m_newAction->setObjectName(QStringLiteral("newArticle"));
    m_newAction->setShortcuts(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new story"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newArticle);

    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveArticle"));
    m_saveAction->setShortcuts(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Store the story now (it is also saved as you type)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    auto *quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quit"));
    quitAction->setShortcuts(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    if (m_db.isReadOnly()) {
        m_newAction->setEnabled(false);
        m_saveAction->setEnabled(false);
    }

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_saveAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_fileActions->importAction());
    fileMenu->addAction(m_fileActions->exportMarkdownAction());
    fileMenu->addAction(m_fileActions->exportHtmlAction());
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);

    // Publishing lives in PublishController; the window only places it.
    m_credentials = new CredentialStore(this);
    m_publishing = new PublishController(
        m_db, m_credentials, this, [this] { return m_currentId; }, [this] { return saveBeforeLeaving(true); });
    // Asked at each press, so a role changed in the settings counts at once (m_user comes in setUpWorkflow()).
    m_publishing->setMayPublish([this] { return m_user && Workflow::mayPublish(m_user->role()); });
    m_publishing->setActor([] { return CurrentUser::loginName(); });
    connect(m_publishing, &PublishController::articleStatusChanged, this, [this](const Article &stored) {
        m_model->updateArticle(stored);
        if (stored.id == m_currentId)
            openStory(stored.id); // the form, the saver and the workflow actions take the new status
    });
    connect(m_publishing, &PublishController::attemptFinished, this, [this](const PublishJob &job) {
        if (job.articleId == m_currentId)
            m_history->articleSaved(); // the attempt is in the story's history now
    });
    toolBar->addSeparator();
    toolBar->addAction(m_publishing->publishAction());
    if (auto *button = toolBar->widgetForAction(m_publishing->publishAction())) {
        button->setObjectName(QStringLiteral("publishButton"));
        button->setStyleSheet(QStringLiteral("font-weight: bold;"));
        qobject_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    menuBar()->addMenu(m_publishing->menu());
    statusBar()->addPermanentWidget(m_publishing->remoteLink());
    m_publishing->publishAction()->setEnabled(!m_db.isReadOnly());
}

void MainWindow::createEditMenus()
{
    auto *undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    auto *redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    // Each field keeps its own history; the menu acts on the one with the cursor.
    FormattingActions::wireUndoRedo(undo, redo, this, m_form->undoStack(), m_form);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = editMenu;
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(m_findBar->findAction());
    editMenu->addAction(m_findBar->replaceAction());
    editMenu->addAction(m_findBar->findNextAction());
    editMenu->addAction(m_findBar->findPreviousAction());

    QMenu *formatMenu = menuBar()->addMenu(tr("F&ormat"));
    QToolBar *formatBar = addToolBar(tr("Format"));
    formatBar->setObjectName(QStringLiteral("formatToolBar"));
    for (const auto items = m_formatting->actions(); QAction * action : items) {
        formatMenu->addAction(action);
        formatBar->addAction(action);
    }

    auto *focusMode = new QAction(tr("&Focus on the Paragraph"), this);
    focusMode->setObjectName(QStringLiteral("focusMode"));
    focusMode->setCheckable(true);
    focusMode->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    focusMode->setStatusTip(tr("Dim everything but the paragraph being written"));
    connect(focusMode, &QAction::toggled, m_form->body(), &MarkdownEdit::setFocusMode);
    auto *showPreview = new QAction(tr("Show &Preview"), this);
    showPreview->setObjectName(QStringLiteral("showPreview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    showPreview->setStatusTip(tr("Show the story as the site will"));
    // A hidden preview renders nothing, so typing in a long story costs nothing for it.
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    viewMenu->addAction(showPreview);
    viewMenu->addAction(focusMode);
}

void MainWindow::setUpPreview()
{
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setSource(m_form->body());
    m_preview->setInputProvider([this] { return m_services->renderInput(m_form->article()); });
    // The pane follows the body by itself; the other fields change the page too.
    connect(m_form, &ArticleForm::edited, m_preview, &PreviewPane::scheduleRefresh);
    connect(m_preview, &PreviewPane::externalLinkRequested, this, &MainWindow::openExternalLink);
    connect(m_preview, &PreviewPane::sourceLineActivated, this, [this](int line) {
        MarkdownEdit *body = m_form->body();
        QTextCursor cursor(body->document()->findBlockByNumber(line));
        body->setTextCursor(cursor);
        body->setFocus(Qt::MouseFocusReason);
    });
}

void MainWindow::setUpTagManager()
{
    m_tagDock = new TagManagerDock(new TagTableModel(m_db, this), this);
    m_tagDock->setReadOnly(m_db.isReadOnly());
    addDockWidget(Qt::RightDockWidgetArea, m_tagDock);
    m_tagDock->hide(); // opened from View ▸ Tags; it reads the whole vocabulary when shown
    m_tagController = new TagManagerController(m_db, m_tagDock, currentUserName(), this);
    // The open story's tags may change under it: store it first, show it again after.
    connect(m_tagController, &TagManagerController::aboutToChangeTags, this, [this] { saveBeforeLeaving(true); });
    connect(m_tagController, &TagManagerController::tagsChanged, this, &MainWindow::tagsChanged);
    connect(m_tagDock, &TagManagerDock::filterStoriesRequested, this, &MainWindow::filterByTag);

    QAction *showTags = m_tagDock->toggleViewAction();
    showTags->setObjectName(QStringLiteral("showTags"));
    showTags->setText(tr("&Tags"));
    showTags->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    connect(showTags, &QAction::toggled, m_tagDock, [this](bool shown) {
        if (shown)
            m_tagDock->reload();
    });
    m_showAllStories = new QAction(tr("Show &All Stories"), this);
    m_showAllStories->setObjectName(QStringLiteral("showAllStories"));
    m_showAllStories->setEnabled(false);
    connect(m_showAllStories, &QAction::triggered, this, [this] { filterByTag(0); });

    auto *addTag = new QAction(tr("Add a Tag to the Selected Stories…"), this);
    addTag->setObjectName(QStringLiteral("addTagToStories"));
    connect(addTag, &QAction::triggered, this, [this] { bulkTag(true); });
    auto *removeTag = new QAction(tr("Remove a Tag from the Selected Stories…"), this);
    removeTag->setObjectName(QStringLiteral("removeTagFromStories"));
    connect(removeTag, &QAction::triggered, this, [this] { bulkTag(false); });
    addTag->setEnabled(!m_db.isReadOnly());
    removeTag->setEnabled(!m_db.isReadOnly());
    m_list->addActions({addTag, removeTag});

    QAction *undoTags = m_tagController->undoStack()->createUndoAction(this, tr("Undo Tag Change"));
    undoTags->setObjectName(QStringLiteral("undoTagChange"));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(showTags);
    m_viewMenu->addAction(m_showAllStories);
    m_editMenu->addSeparator();
    m_editMenu->addAction(undoTags);
}

void MainWindow::setUpHistory()
{
    m_history = new HistoryController(m_db, this, currentUserName());
    m_history->setCurrentSource([this] { return m_form->article(); });
    m_history->setSaveFirst([this] { return saveBeforeLeaving(true); });
    connect(m_history, &HistoryController::restored, this, [this](const Article &article) {
        m_model->updateArticle(article);
        openStory(article.id);
    });
    m_viewMenu->addAction(m_history->toggleAction());
}

void MainWindow::tagsChanged()
{
    m_services->reloadVocabulary();
    m_model->reload();
    if (m_currentId == 0)
        return;
    openStory(m_currentId);
    // The reloaded list has forgotten which row was current; it is the story still open.
    m_revertingSelection = true;
    selectStory(m_currentId);
    m_revertingSelection = false;
}

void MainWindow::bulkTag(bool add)
{
    QList<qint64> ids;
    for (const auto indexes = m_list->selectionModel()->selectedRows(); const QModelIndex &index : indexes)
        ids.append(index.data(StoryListModel::IdRole).toLongLong());
    auto tags = TagRepository(m_db).list();
    if (ids.isEmpty() || !tags || tags->isEmpty())
        return;
    QStringList names;
    for (const Tag &tag : std::as_const(tags.value()))
        names.append(tag.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(this, add ? tr("Add a Tag") : tr("Remove a Tag"),
                                               add ? tr("Tag to add to %n story(ies):", nullptr, int(ids.size()))
                                                   : tr("Tag to remove from %n story(ies):", nullptr, int(ids.size())),
                                               names, 0, false, &ok);
    if (!ok)
        return;
    const Tag tag = tags->at(names.indexOf(name));
    if (!saveBeforeLeaving(true))
        return;
    TagRepository repository(m_db);
    const auto changed = add ? repository.addToArticles(tag.id, ids, currentUserName())
                             : repository.removeFromArticles(tag.id, ids, currentUserName());
    if (!changed) {
        showStorageError(tr("The tag was not changed on the stories."), changed.error());
        return;
    }
    statusBar()->showMessage(add ? tr("“%1” added to %n story(ies).", nullptr, changed.value()).arg(tag.name)
                                 : tr("“%1” removed from %n story(ies).", nullptr, changed.value()).arg(tag.name),
                             5000);
    tagsChanged();
}

void MainWindow::filterByTag(qint64 tagId)
{
    m_model->setTagFilter(tagId);
    m_showAllStories->setEnabled(tagId != 0);
    if (tagId == 0) {
        statusBar()->clearMessage();
        return;
    }
    auto tag = TagRepository(m_db).load(tagId);
    statusBar()->showMessage(tr("Stories tagged “%1”").arg(tag ? tag->name : QString()));
}

void MainWindow::openExternalLink(const QUrl &url)
{
    const auto answer =
        QMessageBox::question(this, tr("Open Link"), tr("Open %1 in your web browser?").arg(url.toDisplayString()),
                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

void MainWindow::updateStatistics()
{
    m_statistics->setText(m_textStatistics->summary());
}

void MainWindow::updateWindowTitle()
{
    auto publication = PublicationRepository(m_db).load();
    if (!publication)
        qCWarning(lcWindow) << "could not read the publication's name:" << publication.error().toLogString();
    const QString name = publication ? publication->name : QString();
    //: The window title; %1 is the publication's name. [*] marks unsaved changes.
    setWindowTitle(name.isEmpty() ? tr("Copydesk[*]") : tr("Copydesk — %1[*]").arg(name));
}

bool MainWindow::save()
{
    if (m_currentId == 0 || m_db.isReadOnly())
        return true;
    if (m_saver->flush(RevisionRepository::Kind::SavePoint))
        return true;
    showStorageError(tr("The story could not be saved. Your words are still in the editor."), m_saver->lastError());
    return false;
}

void MainWindow::newArticle()
{
    if (m_db.isReadOnly() || !saveBeforeLeaving(true))
        return;
    Article article;
    article.headline = tr("Untitled story");
    if (auto publication = PublicationRepository(m_db).load())
        article.dateline = publication->homeCity;
    if (m_user->profile().authorId != 0) // the byline the writer set in their profile
        article.authorIds = {m_user->profile().authorId};
    auto created = m_articles.create(article);
    if (!created) {
        showStorageError(tr("The new story could not be created."), created.error());
        return;
    }
    if (!openStory(created->id))
        return;
    if (m_model->reload())
        selectStory(created->id);
    m_form->focusHeadline();
}

bool MainWindow::showArticle(qint64 id)
{
    if (id != m_currentId && (!saveBeforeLeaving(true) || !openStory(id)))
        return false;
    m_revertingSelection = true; // already open: selecting it must not open it again
    selectStory(id);
    m_revertingSelection = false;
    m_form->focusBody();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (saveBeforeLeaving(false)) {
        event->accept();
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Close Copydesk"),
                    tr("Your latest changes could not be saved: %1").arg(m_saver->lastError().message),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Close anyway and lose them, or go back to the story?"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}

void MainWindow::showStorageError(const QString &what, const StorageError &error)
{
    qCWarning(lcWindow).noquote() << what << error.toLogString();
    QMessageBox box(QMessageBox::Warning, tr("Copydesk"), what, QMessageBox::Ok, this);
    box.setInformativeText(error.message);
    box.exec();
}

void MainWindow::storyChosen(const QModelIndex &current, const QModelIndex &)
{
    const qint64 id = current.data(StoryListModel::IdRole).toLongLong();
    if (m_revertingSelection || !current.isValid() || id == m_currentId)
        return;
    if (!saveBeforeLeaving(true)) {
        // The words that could not be stored stay on screen, with their story selected.
        m_revertingSelection = true;
        selectStory(m_currentId);
        m_revertingSelection = false;
        return;
    }
    openStory(id);
}

bool MainWindow::openStory(qint64 id)
{
    auto article = m_articles.load(id);
    if (!article) {
        showStorageError(tr("The story could not be opened."), article.error());
        return false;
    }
    m_form->setArticle(article.value());
    m_saver->setArticle(article.value());
    m_services->loadHeroPreview(id, article->hero ? article->hero->imageId : 0);
    // Set for each story opened: setting it also makes the pane forget the last story's images.
    m_preview->setImageResolver([this](qint64 imageId) { return m_services->imageOfCurrentStory(imageId); });
    m_preview->refreshNow();
    m_form->setEnabled(true);
    m_workflow->setArticle(id, article->status);
    m_currentId = id;
    m_publishing->articleChanged();
    m_history->setArticle(id);
    setWindowModified(false);
    setSaveState(QString());
    return true;
}

void MainWindow::selectStory(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::focusMoved(QWidget *old, QWidget *now)
{
    if (old && m_form->isAncestorOf(old) && !(now && m_form->isAncestorOf(now)))
        m_saver->saveSoon();
}

void MainWindow::articleSaved(const Article &stored, bool upToDate)
{
    m_saveFailing = false;
    m_form->markSaved(stored);
    m_model->updateArticle(stored);
    m_history->articleSaved();
    if (upToDate) {
        setWindowModified(false);
        setSaveState(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    }
}

void MainWindow::autosaveFailed(const StorageError &error)
{
    setSaveState(tr("Not saved: %1").arg(error.message));
    if (m_saveFailing)
        return;
    m_saveFailing = true;
    showStorageError(tr("The story could not be saved. Your words are still in the editor."), error);
}

bool MainWindow::saveBeforeLeaving(bool reportFailure)
{
    if (m_currentId == 0 || m_db.isReadOnly() || m_saver->flush())
        return true;
    if (reportFailure)
        showStorageError(tr("The story could not be saved. Your words are still in the editor."), m_saver->lastError());
    return false;
}

void MainWindow::setSaveState(const QString &text)
{
    m_saveState->setText(text);
}

void MainWindow::setUpWorkflow()
{
    m_user = new CurrentUser(m_db, this);
    if (auto loaded = m_user->load(); !loaded)
        qCWarning(lcWindow) << "could not read the user's profile:" << loaded.error().toLogString();
    // "My drafts" and other views of one's own stories follow the profile's name.
    m_filterBar->setCurrentUser(m_user->profile().displayName);
    connect(m_user, &CurrentUser::changed, this,
            [this] { m_filterBar->setCurrentUser(m_user->profile().displayName); });
    // A role changed in the settings greys out Publish (or brings it back) at once.
    connect(m_user, &CurrentUser::changed, m_publishing, &PublishController::articleChanged);
    m_publishing->articleChanged();
    m_workflow = new WorkflowController(m_db, m_user, this);
    m_workflow->setSaveFirst([this] { return saveBeforeLeaving(true); });
    connect(m_workflow, &WorkflowController::transitioned, this, [this](const Article &stored) {
        m_model->updateArticle(stored);
        openStory(stored.id); // the form and the saver take the new status
    });
    QMenu *storyMenu = menuBar()->addMenu(tr("Sto&ry"));
    storyMenu->addActions(m_workflow->actions());
    QToolBar *workflowBar = addToolBar(tr("Workflow"));
    workflowBar->setObjectName(QStringLiteral("workflowToolBar"));
    workflowBar->addActions(m_workflow->actions());
    statusBar()->addPermanentWidget(m_workflow->statusLabel());

    m_settings = new SettingsController(m_db, m_user, this);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settings->settingsAction());
    m_settings->addPageFactory(LanguagePage::title(), [](QWidget *parent) { return new LanguagePage(parent); });
    m_settings->addPageFactory(TargetsPage::tr("Publishing"), [this](QWidget *parent) -> QWidget * {
        // Where the desk publishes is the desk's setting, like its sections: editors only.
        if (m_db.isReadOnly() || !Workflow::mayChangeNewsroom(m_user->role()))
            return nullptr;
        auto *page = new TargetsPage(m_db, *m_credentials, parent);
        // The controller reads the targets at each press; Update/Unpublish follow at once.
        connect(page, &TargetsPage::targetsChanged, m_publishing, &PublishController::articleChanged);
        return page;
    });
    connect(m_settings, &SettingsController::applied, this, [this] {
        m_services->reloadVocabulary();
        updateWindowTitle();
        if (m_currentId != 0)
            m_preview->refreshNow();
    });
}
