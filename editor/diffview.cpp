// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>

namespace {
using Kind = DiffSegment::Kind;

QTextBrowser *makeBrowser(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(name);
    browser->setAccessibleName(accessibleName);
    browser->setOpenLinks(false);
    browser->setUndoRedoEnabled(false);
    return browser;
}
} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_primary(makeBrowser(this, QStringLiteral("historyDiff"), tr("Changes")))
    , m_secondary(makeBrowser(this, QStringLiteral("historyDiffAfter"), tr("Newer version")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_primary);
    layout->addWidget(m_secondary);
    m_secondary->hide();
}

void DiffView::setDiff(const QList<FieldDiff> &fields)
{
    m_fields = fields;
    m_message.clear();
    render();
}

void DiffView::setMessage(const QString &text)
{
    m_fields.clear();
    m_message = text;
    render();
}

void DiffView::setSideBySide(bool sideBySide)
{
    m_sideBySide = sideBySide;
    m_secondary->setVisible(sideBySide);
    m_primary->setAccessibleName(sideBySide ? tr("Older version") : tr("Changes"));
    render();
}

void DiffView::setMarks(bool marks)
{
    m_marks = marks;
    render();
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the change colours come from the palette
}

void DiffView::render()
{
    render(m_primary, true, !m_sideBySide);
    if (m_sideBySide)
        render(m_secondary, false, true);
}

void DiffView::render(QTextBrowser *browser, bool showDeleted, bool showInserted)
{
    browser->clear();
    QTextCursor cursor(browser->document());
    // One layout at the end instead of one per inserted piece: thousands of changes cost seconds otherwise.
    cursor.beginEditBlock();
    const auto done = qScopeGuard([&cursor] { cursor.endEditBlock(); });
    const QTextCharFormat plain;
    if (!m_message.isEmpty()) {
        cursor.insertText(m_message, plain);
        return;
    }
    const QPalette &p = palette();
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat inserted;
    inserted.setFontUnderline(true);
    inserted.setBackground(p.brush(QPalette::Highlight));
    inserted.setForeground(p.brush(QPalette::HighlightedText));
    inserted.setProperty(KindProperty, int(Kind::Inserted));
    QTextCharFormat deleted;
    deleted.setFontStrikeOut(true);
    deleted.setBackground(p.brush(QPalette::ToolTipBase));
    deleted.setForeground(p.brush(QPalette::ToolTipText));
    deleted.setProperty(KindProperty, int(Kind::Deleted));
    QTextCharFormat equal;
    equal.setProperty(KindProperty, int(Kind::Equal));
    QTextCharFormat elided;
    elided.setForeground(p.brush(QPalette::PlaceholderText));

    QStringList unchanged;
    bool first = true;
    qsizetype room = maxShown;
    int leftOut = 0; // changes not shown once the room is used up
    for (const FieldDiff &field : std::as_const(m_fields)) {
        if (!field.changed) {
            unchanged.append(field.label);
            continue;
        }
        if (room <= 0) {
            ++leftOut;
            continue;
        }
        if (!first)
            cursor.insertBlock();
        first = false;
        //: Heads a changed field in the history's diff; ± marks it changed without colour
        cursor.insertText(tr("± %1").arg(field.label), heading);
        cursor.insertBlock();
        auto show = [&](const QString &text, const QTextCharFormat &format) {
            cursor.insertText(text.size() > room ? text.first(room) : text, format);
            room -= text.size();
        };
        const qsizetype count = field.segments.size();
        for (qsizetype i = 0; i < count; ++i) {
            const DiffSegment &s = field.segments[i];
            if (room <= 0) {
                leftOut += s.kind == Kind::Equal ? 0 : 1;
                continue;
            }
            if (s.kind == Kind::Equal) {
                const bool atStart = i == 0;
                const bool atEnd = i == count - 1;
                const qsizetype keep = (atStart ? 0 : context) + (atEnd ? 0 : context);
                if (s.text.size() <= keep + context) {
                    show(s.text, equal);
                } else {
                    if (!atStart)
                        show(s.text.first(context), equal);
                    cursor.insertText(tr(" […] "), elided);
                    if (!atEnd)
                        show(s.text.last(context), equal);
                }
            } else if (s.kind == Kind::Deleted && showDeleted) {
                show(m_marks ? QStringLiteral("[-%1-]").arg(s.text) : s.text, deleted);
            } else if (s.kind == Kind::Inserted && showInserted) {
                show(m_marks ? QStringLiteral("{+%1+}").arg(s.text) : s.text, inserted);
            }
        }
    }
    if (leftOut > 0) {
        cursor.insertBlock();
        cursor.insertText(tr("Too many changes to show them all: %n more not shown.", nullptr, leftOut), heading);
    }
    if (m_fields.isEmpty())
        return;
    if (!first)
        cursor.insertBlock();
    if (unchanged.size() == m_fields.size())
        cursor.insertText(tr("No differences."), plain);
    else if (!unchanged.isEmpty())
        //: Lists the fields a diff did not change; %1 is "Section, Dek, …"
        cursor.insertText(tr("Unchanged: %1").arg(unchanged.join(tr(", "))), elided);
}
