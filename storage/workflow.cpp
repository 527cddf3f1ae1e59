// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

using S = ArticleStatus;
using A = Workflow::Action;
} // namespace

namespace Workflow {

const QList<Transition> &transitions()
{
    // Only an editor lets a story out of the newsroom or stops it on its way; anyone hands it in.
    static const QList<Transition> all{
        {S::Draft, S::InReview, A::Submit, Role::Journalist, false},
        {S::InReview, S::Ready, A::Approve, Role::Editor, false},
        {S::InReview, S::Draft, A::SendBack, Role::Editor, true},
        {S::Ready, S::Draft, A::SendBack, Role::Editor, true},
        {S::Ready, S::Scheduled, A::Schedule, Role::Editor, false},
        {S::Ready, S::Published, A::Publish, Role::Editor, false},
        {S::Scheduled, S::Ready, A::Unschedule, Role::Editor, false},
        {S::Scheduled, S::Published, A::Publish, Role::Editor, false},
        {S::Published, S::Updated, A::Update, Role::Editor, false},
        {S::Published, S::Unpublished, A::Unpublish, Role::Editor, false},
        {S::Updated, S::Unpublished, A::Unpublish, Role::Editor, false},
        {S::Unpublished, S::Published, A::Publish, Role::Editor, false},
        {S::Unpublished, S::Draft, A::Reopen, Role::Editor, false},
    };
    return all;
}

std::optional<Transition> find(ArticleStatus from, ArticleStatus to)
{
    for (const Transition &t : transitions()) {
        if (t.from == from && t.to == to)
            return t;
    }
    return std::nullopt;
}

std::optional<Transition> find(ArticleStatus from, Action action)
{
    for (const Transition &t : transitions()) {
        if (t.from == from && t.action == action)
            return t;
    }
    return std::nullopt;
}

namespace {
QString refusalOf(const std::optional<Transition> &t, ArticleStatus from, const QString &what, Role role)
{
    if (!t)
        //: %1: what was asked ("Approve" or "Ready"); %2: the story's status ("Draft")
        return Tr::tr("“%1” does not apply to a story that is “%2”.").arg(what, statusDisplayName(from));
    if (t->minimumRole == Role::Editor && role != Role::Editor)
        return Tr::tr("Only an editor may do this (“%1”).").arg(actionName(t->action));
    return {};
}
} // namespace

bool allowed(ArticleStatus from, ArticleStatus to, Role role)
{
    return refusal(from, to, role).isEmpty();
}

QString refusal(ArticleStatus from, ArticleStatus to, Role role)
{
    return refusalOf(find(from, to), from, statusDisplayName(to), role);
}

QString refusal(ArticleStatus from, Action action, Role role)
{
    return refusalOf(find(from, action), from, actionName(action), role);
}

bool mayPublish(Role role)
{
    return role == Role::Editor;
}

bool mayApprove(Role role)
{
    return role == Role::Editor;
}

bool mayChangeNewsroom(Role role)
{
    return role == Role::Editor;
}

QString actionName(Action action)
{
    switch (action) {
    case A::Submit:
        return Tr::tr("Submit for Review");
    case A::Approve:
        return Tr::tr("Approve");
    case A::SendBack:
        return Tr::tr("Send Back");
    case A::Schedule:
        return Tr::tr("Schedule");
    case A::Unschedule:
        return Tr::tr("Unschedule");
    case A::Publish:
        return Tr::tr("Publish");
    case A::Update:
        return Tr::tr("Update");
    case A::Unpublish:
        return Tr::tr("Unpublish");
    case A::Reopen:
        return Tr::tr("Reopen");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace Workflow
