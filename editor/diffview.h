// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlediff.h"

#include <QWidget>

class QTextBrowser;

/// Shows an article diff field by field, inline (deleted and inserted words in one text) or side
/// by side (the older version on the left, the newer on the right). Inserted words are underlined
/// and deleted ones struck through, in the palette's highlight and tooltip colours, so the change
/// reads in high contrast and without colour; optional [-…-] {+…+} marks spell it out for screen
/// readers. Long unchanged stretches are shortened to their ends around the changes.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    /// The text property that tells which kind of segment a fragment shows (DiffSegment::Kind).
    static constexpr int KindProperty = 0x100100;
    /// Unchanged text longer than this keeps only this many characters on each side of a change.
    static constexpr int context = 300;
    /// At most this many characters of a diff are shown, so a wholly rewritten 1 MB body costs the
    /// GUI thread milliseconds, not seconds; the view says how many changes it left out.
    static constexpr int maxShown = 30000;

    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const QList<FieldDiff> &fields);
    /// A sentence in place of a diff ("Choose a revision").
    void setMessage(const QString &text);

    void setSideBySide(bool sideBySide);
    bool isSideBySide() const { return m_sideBySide; }
    void setMarks(bool marks);
    bool hasMarks() const { return m_marks; }

    /// The inline view, or the left (older) one side by side.
    QTextBrowser *primary() const { return m_primary; }
    /// The right (newer) view side by side; hidden inline.
    QTextBrowser *secondary() const { return m_secondary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void render(QTextBrowser *browser, bool showDeleted, bool showInserted);

    QTextBrowser *m_primary;
    QTextBrowser *m_secondary;
    QList<FieldDiff> m_fields;
    QString m_message;
    bool m_sideBySide = false;
    bool m_marks = false;
};
