// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutpacer.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QEvent>
#include <QTextBlock>
#include <QTextDocument>

namespace {
// Well inside one frame, so a keystroke arriving meanwhile waits no longer than this.
constexpr qint64 sliceNs = qint64{6} * 1000 * 1000;
// Characters asked for at a time; the layout goes on to its next check point (2,000 px further).
constexpr int stride = 2000;
} // namespace

LayoutPacer::LayoutPacer(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &LayoutPacer::step);
}

void LayoutPacer::pace(QTextDocument *document)
{
    stop();
    if (!document)
        return;
    m_document = document;
    m_layout = document->documentLayout();
    m_position = 0;
    m_layout->installEventFilter(this);
    m_timer.start();
}

void LayoutPacer::stop()
{
    m_timer.stop();
    if (m_layout)
        m_layout->removeEventFilter(this);
    m_layout = nullptr;
    m_document = nullptr;
}

bool LayoutPacer::eventFilter(QObject *watched, QEvent *event)
{
    // The layout's own steps (and its size reports, made again in step()) wait for the pacer.
    if (watched == m_layout && event->type() == QEvent::Timer)
        return true;
    return QObject::eventFilter(watched, event);
}

void LayoutPacer::step()
{
    if (!m_document || !m_layout) {
        stop();
        return;
    }
    QElapsedTimer slice;
    slice.start();
    const int end = m_document->characterCount();
    while (m_position < end && slice.nsecsElapsed() < sliceNs) {
        const QTextBlock block = m_document->findBlock(std::min(m_position + stride, end - 1));
        if (!block.isValid())
            break;
        m_layout->blockBoundingRect(block); // lays out up to the end of `block`, lazily
        m_position = block.position() + block.length();
    }
    QAbstractTextDocumentLayout *layout = m_layout;
    if (m_position >= end)
        stop(); // the layout, finished, reports its final size itself
    // The viewer's scroll range follows the progress (QTextEdit reads the size from the layout).
    Q_EMIT layout->documentSizeChanged(QSizeF());
}
