// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

/// One line of the pre-publish checklist.
struct ChecklistItem {
    enum class Severity {
        Passed,
        Warning, ///< publishing may go ahead once someone has seen it
        Failure, ///< blocks publishing until fixed
    };

    /// Which check, stable for code and tests: "headline", "section", "byline", "tags", "hero",
    /// "hero-alt", "image-alt", "dek", "links", "schedule", "body".
    QString check;
    Severity severity = Severity::Passed;
    QString title; ///< what was checked, e.g. "Alt text of image 2"
    QString message; ///< what is wrong and exactly what to do about it, or why it is fine
    int line = 0; ///< 1-based body line for body checks; 0 otherwise

    bool operator==(const ChecklistItem &) const = default;
};

/// The checks a story must pass before it is sent anywhere (product.md, "Publishing"): headline,
/// section, byline, at least one tag, alt text on the hero and every inline image, a dek or an
/// explicit waiver, no empty links, and a scheduled time in the future. The body is read with
/// cmark-gfm, as the renderer reads it. No widgets, no database: usable from the CLI, the dialog
/// and the publishing runner alike.
class PublishChecklist
{
    Q_DECLARE_TR_FUNCTIONS(PublishChecklist)

public:
    /// Every check's outcome, in the order the desk reads a story: passed ones included. Times
    /// are shown in `zone` (the publication's time zone).
    static QList<ChecklistItem> check(const Article &article, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                      const QTimeZone &zone = QTimeZone::UTC);

    /// True when any item is a Failure.
    static bool blocks(const QList<ChecklistItem> &items);
    /// True when any item is a Warning.
    static bool hasWarnings(const QList<ChecklistItem> &items);
    /// The items that are not Passed.
    static QList<ChecklistItem> problems(const QList<ChecklistItem> &items);
};
