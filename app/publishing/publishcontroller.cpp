// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishcontroller.h"

#include "articleremoterepository.h"
#include "articlerepository.h"
#include "checklistdialog.h"
#include "credentialstore.h"
#include "endpointfactory.h"
#include "publicationrepository.h"
#include "publishedstatus.h"
#include "publishtargetrepository.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

PublishController::PublishController(Database &db, CredentialStore *credentials, QMainWindow *window,
                                     std::function<qint64()> currentArticle, std::function<bool()> saveFirst)
    : QObject(window)
    , m_db(db)
    , m_credentials(credentials)
    , m_window(window)
    , m_currentArticle(std::move(currentArticle))
    , m_saveFirst(std::move(saveFirst))
    , m_mayPublish([] { return true; })
    , m_actor([] { return QString(); })
    , m_publish(new QAction(QIcon::fromTheme(QStringLiteral("document-send")), tr("&Publish"), this))
    , m_unpublish(new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Unpublish…"), this))
    , m_menu(new QMenu(tr("&Publish"), window))
    , m_link(new QLabel(window))
{
    m_publish->setObjectName(QStringLiteral("publish"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_publish->setToolTip(tr("Run the checklist, then publish the story to the site (Ctrl+Alt+P)"));
    m_unpublish->setObjectName(QStringLiteral("unpublish"));
    connect(m_publish, &QAction::triggered, this, &PublishController::publish);
    connect(m_unpublish, &QAction::triggered, this, &PublishController::unpublish);
    m_menu->addAction(m_publish);
    m_menu->addAction(m_unpublish);

    m_link->setObjectName(QStringLiteral("remoteLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_prompts.chooseTarget = [this](const QStringList &names) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_window, tr("Publish"), tr("Publish to:"), names, 0, false, &ok);
        return ok ? int(names.indexOf(chosen)) : -1;
    };
    m_prompts.confirmChecklist = [this](const QList<ChecklistItem> &items) {
        ChecklistDialog dialog(items, m_window);
        return dialog.exec() == QDialog::Accepted;
    };
    m_prompts.confirmOverwrite = [this](const QString &message) {
        return QMessageBox::question(m_window, tr("Edited on the site"),
                                     message + u'\n' + tr("Overwrite the changes made on the site?"),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    m_prompts.showFailure = [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Not published"), message);
    };

    setEndpointFactory(m_credentials ? EndpointFactory::fromKeychain(*m_credentials) : PublishQueue::EndpointFactory());
}

PublishController::~PublishController() = default;

void PublishController::setPrompts(Prompts prompts)
{
    // An empty member keeps the window's own dialog, so a test can answer the real one.
    if (prompts.chooseTarget)
        m_prompts.chooseTarget = std::move(prompts.chooseTarget);
    if (prompts.confirmChecklist)
        m_prompts.confirmChecklist = std::move(prompts.confirmChecklist);
    if (prompts.confirmOverwrite)
        m_prompts.confirmOverwrite = std::move(prompts.confirmOverwrite);
    if (prompts.showFailure)
        m_prompts.showFailure = std::move(prompts.showFailure);
}

void PublishController::setEndpointFactory(PublishQueue::EndpointFactory factory)
{
    m_queue = std::make_unique<PublishQueue>(m_db, std::move(factory));
    connect(m_queue.get(), &PublishQueue::progress, this,
            [this](const PublishJob &, const QString &step) { showStatus(step); });
    connect(m_queue.get(), &PublishQueue::attemptFinished, this, &PublishController::jobFinished);
    connect(m_queue.get(), &PublishQueue::storageFailed, this,
            [this](const StorageError &error) { showStatus(error.message); });
    m_queue->start();
}

void PublishController::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, 10000);
}

void PublishController::articleChanged()
{
    const qint64 id = m_currentArticle();
    QList<ArticleRemote> remotes;
    if (id > 0) {
        auto listed = ArticleRemoteRepository(m_db).list(id);
        if (listed)
            remotes = *listed;
    }
    const ArticleRemote *shown = nullptr;
    for (const ArticleRemote &remote : std::as_const(remotes)) {
        if (!shown || remote.targetId == m_lastTargetId)
            shown = &remote;
    }
    const bool published = shown && shown->published.isValid();
    m_publish->setText(published ? tr("&Update") : tr("&Publish"));
    // A journalist sees the button greyed with the reason, rather than pressing it to find out.
    const bool may = m_mayPublish();
    m_publish->setEnabled(id > 0 && may);
    m_unpublish->setEnabled(published && may);
    m_publish->setToolTip(may ? tr("Run the checklist, then publish the story to the site (Ctrl+Alt+P)")
                              : tr("Only an editor may publish"));
    if (shown && shown->url.isValid()) {
        const QString url = shown->url.toString().toHtmlEscaped();
        m_link->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
        m_link->setToolTip(tr("Where the story is on the site"));
    } else {
        m_link->clear();
    }
}

std::optional<PublishTarget> PublishController::chooseTarget(bool onlyPublished)
{
    auto targets = PublishTargetRepository(m_db).list();
    if (!targets) {
        m_prompts.showFailure(targets.error().message);
        return std::nullopt;
    }
    QList<PublishTarget> candidates = *targets;
    if (onlyPublished) {
        auto remotes = ArticleRemoteRepository(m_db).list(m_currentArticle());
        candidates.removeIf([&](const PublishTarget &target) {
            return !remotes || std::none_of(remotes->cbegin(), remotes->cend(), [&](const ArticleRemote &r) {
                return r.targetId == target.id;
            });
        });
    }
    if (candidates.isEmpty()) {
        m_prompts.showFailure(onlyPublished
                                  ? tr("The story is not on any site.")
                                  : tr("No publishing target is set up yet. Add one with "
                                       "'copydesk targets add NAME --kind wordpress --url URL --user USER'."));
        return std::nullopt;
    }
    if (candidates.size() == 1)
        return candidates.constFirst();
    QStringList names;
    for (const PublishTarget &target : std::as_const(candidates))
        names << target.name;
    const int chosen = m_prompts.chooseTarget(names);
    if (chosen < 0 || chosen >= candidates.size())
        return std::nullopt;
    return candidates.at(chosen);
}

void PublishController::publish()
{
    if (!m_mayPublish()) {
        m_prompts.showFailure(tr("Only an editor may publish."));
        return;
    }
    if (!m_saveFirst())
        return;
    const qint64 id = m_currentArticle();
    if (id <= 0)
        return;
    if (m_credentials && !m_credentials->isAvailable()) {
        m_prompts.showFailure(CredentialStore::noKeychainMessage());
        return;
    }
    const auto target = chooseTarget(false);
    if (!target)
        return;
    auto article = ArticleRepository(m_db).load(id);
    if (!article) {
        m_prompts.showFailure(article.error().message);
        return;
    }
    auto publication = PublicationRepository(m_db).load();
    QTimeZone zone(publication ? publication->timeZone.toUtf8() : QByteArray("UTC"));
    const auto items =
        PublishChecklist::check(*article, QDateTime::currentDateTimeUtc(), zone.isValid() ? zone : QTimeZone::UTC);
    // The checklist is shown every time; a failure stops it whatever the answer.
    if (!m_prompts.confirmChecklist(items) || PublishChecklist::blocks(items))
        return;
    enqueue(id, *target, PublishAction::Publish, false);
}

void PublishController::unpublish()
{
    if (!m_mayPublish()) {
        m_prompts.showFailure(tr("Only an editor may unpublish."));
        return;
    }
    const qint64 id = m_currentArticle();
    if (id <= 0)
        return;
    if (const auto target = chooseTarget(true))
        enqueue(id, *target, PublishAction::Unpublish, false);
}

void PublishController::enqueue(qint64 articleId, const PublishTarget &target, PublishAction action, bool overwrite)
{
    m_lastTargetId = target.id;
    auto job = m_queue->enqueue(articleId, target.id, action, overwrite);
    if (!job) {
        m_prompts.showFailure(job.error().message);
        return;
    }
    showStatus(action == PublishAction::Publish ? tr("Publishing to %1…").arg(target.name)
                                                : tr("Taking the story off %1…").arg(target.name));
}

void PublishController::jobFinished(const PublishJob &job, PublishOutcome outcome, const EndpointResult &result)
{
    if (outcome == PublishOutcome::Succeeded)
        followStatus(job, result);
    Q_EMIT attemptFinished(job, outcome, result);
    const QLocale locale;
    switch (outcome) {
    case PublishOutcome::Succeeded:
        showStatus(result.kind == EndpointResult::Kind::Scheduled ? tr("Scheduled: %1").arg(result.url.toString())
                       : result.kind == EndpointResult::Kind::Unpublished ? tr("Taken off the site.")
                                                                          : tr("Live: %1").arg(result.url.toString()));
        break;
    case PublishOutcome::Retrying:
    case PublishOutcome::Unknown:
        showStatus(
            tr("%1 Will try again at %2.")
                .arg(result.message, locale.toString(job.nextAttempt.toLocalTime().time(), QLocale::ShortFormat)));
        break;
    case PublishOutcome::Conflict:
        if (m_prompts.confirmOverwrite(result.message)) {
            auto again = m_queue->enqueue(job.articleId, job.targetId, job.action, true);
            if (!again)
                m_prompts.showFailure(again.error().message);
        } else {
            showStatus(tr("Not published: the site's edits were kept."));
        }
        break;
    case PublishOutcome::Failed:
        m_prompts.showFailure(result.message);
        break;
    }
    if (job.articleId == m_currentArticle())
        articleChanged();
}

void PublishController::followStatus(const PublishJob &job, const EndpointResult &result)
{
    // The open story's unsaved words go in first, so storing them later cannot put the old status back.
    if (job.articleId == m_currentArticle())
        m_saveFirst();
    auto target = PublishTargetRepository(m_db).find(job.targetId);
    const QString targetName = target ? target->name : QString();
    auto moved = PublishedStatus::follow(m_db, job.articleId, job.action, result.kind, m_actor(), targetName);
    if (!moved) {
        showStatus(moved.error().message);
        return;
    }
    if (moved->has_value())
        Q_EMIT articleStatusChanged(**moved);
}
