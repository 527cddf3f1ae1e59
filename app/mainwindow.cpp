// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articleform.h"
#include "database.h"
#include "publicationrepository.h"
#include "storylistmodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>

Q_LOGGING_CATEGORY(lcWindow, "copydesk.window")

namespace {
// Typing is stored this long after it stops...
constexpr int autosaveIdleMs = 1000;
// ...and, during a long run of typing, at least this often: at most the last second or two of
// words can be lost to a crash (product.md).
constexpr int autosaveMaxDelayMs = 1000;
} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_articles(db)
    , m_model(new StoryListModel(db, this))
    , m_list(new QListView(this))
    , m_form(new ArticleForm(this))
    , m_saveState(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true); // lets the view skip measuring every row of a long list
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    auto *databaseLabel = new QLabel(this);
    databaseLabel->setObjectName(QStringLiteral("databaseState"));
    if (db.isReadOnly())
        databaseLabel->setText(tr("Read-only: %1").arg(db.readOnlyReason()));
    else
        databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())));
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addWidget(m_saveState, 1);
    statusBar()->addPermanentWidget(databaseLabel);

    createActions();
    m_form->setReadOnly(db.isReadOnly());
    m_form->setEnabled(false); // until a story is open

    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(autosaveIdleMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_form, &ArticleForm::edited, this, &MainWindow::formEdited);
    connect(m_model, &StoryListModel::failed, this,
            [this](const StorageError &error) { showStorageError(tr("The story list could not be read."), error); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::storyChosen);

    updateWindowTitle();
    if (m_model->reload() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    resize(1100, 720);
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
    fileMenu->addAction(quitAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
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
    return saveCurrent(Report::Always);
}

void MainWindow::newArticle()
{
    if (m_db.isReadOnly() || !saveCurrent(Report::Always))
        return;
    Article article;
    article.headline = tr("Untitled story");
    if (auto publication = PublicationRepository(m_db).load())
        article.dateline = publication->homeCity;
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (saveCurrent(Report::Never)) {
        event->accept();
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Close Copydesk"),
                    tr("Your latest changes could not be saved: %1").arg(m_lastSaveError.message),
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
    if (!saveCurrent(Report::Always)) {
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
    m_autosaveTimer.stop();
    m_unsavedSince.invalidate();
    m_form->setArticle(article.value());
    m_form->setEnabled(true);
    m_currentId = id;
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

void MainWindow::formEdited()
{
    setWindowModified(true);
    setSaveState(m_saveFailing ? tr("Not saved: %1").arg(m_lastSaveError.message) : tr("Edited"));
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    // Restarting on every key would put saving off for as long as the typing goes on.
    if (!m_autosaveTimer.isActive() || m_unsavedSince.elapsed() < autosaveMaxDelayMs)
        m_autosaveTimer.start();
}

void MainWindow::autosave()
{
    saveCurrent(Report::OncePerFailure);
}

bool MainWindow::saveCurrent(Report report)
{
    m_autosaveTimer.stop();
    if (m_currentId == 0 || !m_form->isModified() || m_db.isReadOnly())
        return true;
    auto stored = m_articles.update(m_form->article());
    if (!stored) {
        const bool alreadyReported = m_saveFailing;
        m_saveFailing = true;
        m_lastSaveError = stored.error();
        qCWarning(lcWindow) << "saving story" << m_currentId << "failed:" << stored.error().toLogString();
        setSaveState(tr("Not saved: %1").arg(stored.error().message));
        if (report == Report::Always || (report == Report::OncePerFailure && !alreadyReported))
            showStorageError(tr("The story could not be saved. Your words are still in the editor."), stored.error());
        return false;
    }
    m_saveFailing = false;
    m_unsavedSince.invalidate();
    m_form->markSaved(stored.value());
    m_model->updateArticle(stored.value());
    setWindowModified(false);
    setSaveState(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

void MainWindow::setSaveState(const QString &text)
{
    m_saveState->setText(text);
}
