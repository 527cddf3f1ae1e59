// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"
#include "types.h"

#include <QList>
#include <QString>

#include <optional>

/// The desk's workflow rules: which status changes exist and who may make each (product.md,
/// "status"). Pure rules with no storage, so the toolbar, the command line and the publisher ask
/// the same questions and get the same answers.
namespace Workflow {

/// What a person does to move a story on; the toolbar names its actions after these.
enum class Action {
    Submit, ///< draft → in review
    Approve, ///< in review → ready
    SendBack, ///< in review / ready → draft, with a note saying why
    Schedule, ///< ready → scheduled
    Unschedule, ///< scheduled → ready
    Publish, ///< ready / scheduled / unpublished → published
    Update, ///< published → updated (a published story republished with changes)
    Unpublish, ///< published / updated → unpublished
    Reopen, ///< unpublished → draft
};

struct Transition {
    ArticleStatus from;
    ArticleStatus to;
    Action action;
    Role minimumRole; ///< Journalist: anyone; Editor: editors only
    bool needsNote; ///< the person must say why (sending a story back)
};

/// Every status change there is.
const QList<Transition> &transitions();
/// The transition from `from` to `to`, if there is one.
std::optional<Transition> find(ArticleStatus from, ArticleStatus to);
/// The transition `action` makes from `from`, if it applies to that status.
std::optional<Transition> find(ArticleStatus from, Action action);
/// Whether a person with `role` may move a story from `from` to `to`.
bool allowed(ArticleStatus from, ArticleStatus to, Role role);
/// Why `role` may not move a story from `from` to `to`, in the user's words; empty when allowed.
QString refusal(ArticleStatus from, ArticleStatus to, Role role);
/// Why `role` may not take `action` on a story in `from`; empty when allowed.
QString refusal(ArticleStatus from, Action action, Role role);

/// Whether `role` may publish, schedule or unpublish stories (the Publish button asks this).
bool mayPublish(Role role);
/// Whether `role` may approve stories.
bool mayApprove(Role role);
/// Whether `role` may change what the whole newsroom shares (publication, sections, authors, roles).
bool mayChangeNewsroom(Role role);

/// The translated name of an action ("Submit for Review").
QString actionName(Action action);

} // namespace Workflow
