// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowcontroller.h"

#include "currentuser.h"
#include "database.h"
#include "workflowservice.h"

#include <QAction>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcWorkflow, "copydesk.workflow")

using Workflow::Action;

WorkflowController::WorkflowController(Database &db, CurrentUser *user, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_user(user)
    , m_window(window)
    , m_statusLabel(new QLabel(window))
{
    m_submit = makeAction(Action::Submit, QStringLiteral("submitForReview"), QStringLiteral("mail-send"),
                          QKeySequence(tr("Ctrl+Alt+R")), tr("Hand the story to an editor for review"));
    m_approve = makeAction(Action::Approve, QStringLiteral("approve"), QStringLiteral("dialog-ok-apply"),
                           QKeySequence(tr("Ctrl+Alt+A")), tr("Mark the story ready to publish"));
    m_sendBack =
        makeAction(Action::SendBack, QStringLiteral("sendBack"), QStringLiteral("edit-undo"),
                   QKeySequence(tr("Ctrl+Alt+B")), tr("Return the story to its writer as a draft, with a note"));
    m_sendBack->setText(tr("Send &Back…"));
    m_submit->setText(tr("Su&bmit for Review"));
    m_approve->setText(tr("A&pprove"));
    m_statusLabel->setObjectName(QStringLiteral("workflowStatus"));
    m_statusLabel->setAccessibleName(tr("Story status"));
    connect(m_user, &CurrentUser::changed, this, &WorkflowController::updateActions);
    updateActions();
}

QAction *WorkflowController::makeAction(Action action, const QString &objectName, const QString &iconName,
                                        const QKeySequence &shortcut, const QString &tip)
{
    auto *a = new QAction(QIcon::fromTheme(iconName), Workflow::actionName(action), m_window);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    a->setStatusTip(tip);
    a->setData(tip);
    connect(a, &QAction::triggered, this, [this, action] { run(action); });
    return a;
}

void WorkflowController::setArticle(qint64 id, ArticleStatus status)
{
    m_articleId = id;
    m_status = status;
    updateActions();
}

void WorkflowController::updateActions()
{
    m_statusLabel->setText(m_articleId == 0 ? QString() : tr("Status: %1").arg(statusDisplayName(m_status)));
    const std::pair<QAction *, Action> all[] = {
        {m_submit, Action::Submit}, {m_approve, Action::Approve}, {m_sendBack, Action::SendBack}};
    for (const auto &[qaction, action] : all) {
        QString why;
        if (m_articleId == 0)
            why = tr("No story is open.");
        else if (m_db.isReadOnly())
            why = tr("The database is read-only.");
        else
            why = Workflow::refusal(m_status, action, m_user->role());
        qaction->setEnabled(why.isEmpty());
        // A disabled action says why, so a journalist knows whom to ask rather than what is broken.
        const QString tip = why.isEmpty() ? qaction->data().toString() : why;
        qaction->setToolTip(QStringLiteral("%1 (%2)").arg(tip, qaction->shortcut().toString(QKeySequence::NativeText)));
    }
}

bool WorkflowController::run(Action action, const QString &givenNote)
{
    const auto rule = Workflow::find(m_status, action);
    if (m_articleId == 0 || !rule || !Workflow::refusal(m_status, action, m_user->role()).isEmpty())
        return false;
    QString note = givenNote;
    if (rule->needsNote && note.trimmed().isEmpty()) {
        const auto asked = askForNote();
        if (!asked)
            return false;
        note = *asked;
    }
    // The words on screen go with the story: what the editor approves is what was written.
    if (m_saveFirst && !m_saveFirst())
        return false;
    auto stored = WorkflowService(m_db).transition(m_articleId, rule->to, m_user->login(), note);
    if (!stored) {
        qCWarning(lcWorkflow).noquote() << "transition refused:" << stored.error().toLogString();
        QMessageBox box(QMessageBox::Warning, tr("Copydesk"),
                        tr("The story could not be moved on (“%1”).").arg(Workflow::actionName(action)),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(stored.error().message);
        box.exec();
        return false;
    }
    setArticle(stored->id, stored->status);
    Q_EMIT transitioned(stored.value());
    return true;
}

std::optional<QString> WorkflowController::askForNote()
{
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("sendBackNote"));
    dialog.setWindowTitle(tr("Send Back"));
    dialog.setLabelText(tr("What should the writer change? The note is kept in the story’s history."));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setOkButtonText(tr("Send Back"));
    while (dialog.exec() == QDialog::Accepted) {
        QString note = dialog.textValue().trimmed();
        if (!note.isEmpty())
            return note;
        QMessageBox::information(m_window, tr("Send Back"), tr("Please say why the story goes back."));
    }
    return std::nullopt;
}
