// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractTextDocumentLayout;
class QTextDocument;

/// Lays out a large rich-text document a slice at a time between events.
///
/// QTextDocumentLayout lays out lazily, but its own steps double up to 200,000 characters each:
/// on a 1 MB preview page that is several events of 50–350 ms, each a frozen window. While a
/// document is paced, the layout's own timer events are held back and the layout is advanced
/// here instead, through the public blockBoundingRect(), a few milliseconds per event. What is
/// needed at once (painting the visible part, scrolling to a line) still lays out on demand.
class LayoutPacer : public QObject
{
    Q_OBJECT

public:
    explicit LayoutPacer(QObject *parent = nullptr);

    /// Starts pacing `document`'s layout (after it is given its page width); stops the one before.
    void pace(QTextDocument *document);
    /// True until the paced document is laid out to its end.
    bool isPacing() const { return m_timer.isActive(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step();
    void stop();

    QPointer<QTextDocument> m_document;
    QPointer<QAbstractTextDocumentLayout> m_layout;
    QTimer m_timer;
    int m_position = 0; ///< laid out up to here
};
