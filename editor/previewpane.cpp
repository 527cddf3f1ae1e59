// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "legiblecolours.h"
#include "previewhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

QToolButton *widthButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new PreviewBrowser(this))
    , m_phoneButton(widthButton(tr("Phone"), tr("Preview at a phone's width"), this))
    , m_desktopButton(widthButton(tr("Desktop"), tr("Preview at a desktop's width"), this))
{
    m_browser->setAccessibleName(tr("Preview"));

    auto *widths = new QButtonGroup(this);
    widths->addButton(m_phoneButton);
    widths->addButton(m_desktopButton);
    m_desktopButton->setChecked(true);
    connect(m_phoneButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setPageWidth(PageOptions::Width::Phone);
    });
    connect(m_desktopButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setPageWidth(PageOptions::Width::Desktop);
    });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addStretch();
    header->addWidget(m_phoneButton);
    header->addWidget(m_desktopButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_browser, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewPane::refreshNow);
    // Throttled, not debounced: the preview moves while the cursor does.
    m_followThrottle.setSingleShot(true);
    m_followThrottle.setInterval(50);
    connect(&m_followThrottle, &QTimer::timeout, this, &PreviewPane::followEditor);
    connect(&m_watcher, &QFutureWatcher<PreviewDocument *>::finished, this, &PreviewPane::applyRender);
    connect(m_browser, &PreviewBrowser::externalLinkRequested, this, &PreviewPane::externalLinkRequested);
    connect(m_browser, &PreviewBrowser::positionClicked, this, &PreviewPane::onPositionClicked);
    m_browser->viewport()->installEventFilter(this);
}

PreviewPane::~PreviewPane()
{
    if (m_rendering) {
        m_watcher.waitForFinished();
        delete m_watcher.result();
    }
}

void PreviewPane::setSource(QPlainTextEdit *editor)
{
    if (m_source) {
        m_source->document()->disconnect(this);
        m_source->disconnect(this);
        m_source->verticalScrollBar()->disconnect(this);
    }
    m_source = editor;
    if (editor) {
        const auto follow = [this] {
            if (m_follow && !m_followThrottle.isActive())
                m_followThrottle.start();
        };
        connect(editor->document(), &QTextDocument::contentsChanged, this, &PreviewPane::scheduleRefresh);
        connect(editor, &QPlainTextEdit::cursorPositionChanged, this, follow);
        connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    }
    scheduleRefresh();
}

void PreviewPane::setInputProvider(InputProvider provider)
{
    m_provider = std::move(provider);
    scheduleRefresh();
}

void PreviewPane::setImageResolver(PreviewBrowser::ImageResolver resolver)
{
    m_browser->setImageResolver(std::move(resolver));
    scheduleRefresh();
}

void PreviewPane::setPageWidth(PageOptions::Width width)
{
    (width == PageOptions::Width::Phone ? m_phoneButton : m_desktopButton)->setChecked(true);
    if (width == m_pageWidth)
        return;
    m_pageWidth = width;
    refreshNow();
}

void PreviewPane::setFollowEditor(bool on)
{
    m_follow = on;
}

void PreviewPane::scheduleRefresh()
{
    // Per keystroke: nothing but restarting a timer.
    m_dirty = true;
    if (isVisible())
        m_debounce.start();
}

void PreviewPane::refreshNow()
{
    m_debounce.stop();
    m_dirty = true;
    if (!isVisible())
        return;
    if (m_rendering) {
        m_again = true;
        return;
    }
    RenderInput input = m_provider ? m_provider() : RenderInput{};
    if (m_source)
        input.article.body = m_source->toPlainText(); // one snapshot per refresh, shared, not copied
    m_dirty = false;
    m_again = false;
    m_rendering = true;
    PageOptions options;
    options.width = m_pageWidth;
    // The page follows the desktop, as the editor's highlighting does.
    options.theme =
        palette().color(QPalette::Base).lightness() < 128 ? PageOptions::Theme::Dark : PageOptions::Theme::Light;
    options.colours = LegibleColours::pageColours(palette());
    m_watcher.setFuture(QtConcurrent::run(&PreviewHtml::document, std::move(input), options, thread()));
}

void PreviewPane::applyRender()
{
    m_rendering = false;
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int value = bar->value();
    PreviewDocument *document = m_watcher.result();
    fitColumn(document); // before it is shown, so that it is laid out once
    m_browser->showDocument(document);
    setScrollValue(value);
    Q_EMIT rendered();
    if (m_again)
        refreshNow();
}

void PreviewPane::fitColumn(QTextDocument *document) const
{
    // td.page's padding as it was, when a table made the column: 16 px at the sides at least.
    constexpr int top = 8, bottom = 24, gutter = 16;
    const int column = ArticleRenderer::columnWidth(m_pageWidth);
    const int side = std::max(gutter, (m_browser->viewport()->width() - column) / 2);
    QTextFrame *root = document->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (format.leftMargin() == side && format.rightMargin() == side && format.topMargin() == top
        && format.bottomMargin() == bottom) {
        return;
    }
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    root->setFrameFormat(format);
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitColumn(m_browser->document());
    return QWidget::eventFilter(watched, event);
}

void PreviewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        scheduleRefresh();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refreshNow();
}

const SourceAnchor *PreviewPane::anchorForLine(int line) const
{
    const PreviewDocument *document = m_browser->previewDocument();
    if (!document)
        return nullptr;
    const QList<SourceAnchor> &anchors = document->sourceAnchors();
    auto after = std::upper_bound(anchors.cbegin(), anchors.cend(), line,
                                  [](int wanted, const SourceAnchor &anchor) { return wanted < anchor.line; });
    return after == anchors.cbegin() ? nullptr : &*(after - 1);
}

int PreviewPane::documentY(int position) const
{
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(position);
    return m_browser->cursorRect(cursor).top() + m_browser->verticalScrollBar()->value();
}

void PreviewPane::setScrollValue(int value)
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    if (value > bar->maximum()) {
        // The document is laid out lazily and the range follows on a timer: lay out as far as
        // needed now and widen the range, which the next update then sets exactly.
        QAbstractTextDocumentLayout *layout = m_browser->document()->documentLayout();
        layout->hitTest(QPointF(0, value + m_browser->viewport()->height()), Qt::FuzzyHit);
        const int height = qCeil(layout->documentSize().height()) - m_browser->viewport()->height();
        bar->setRange(0, std::max(bar->maximum(), std::min(value, height)));
    }
    bar->setValue(value);
}

void PreviewPane::scrollToSourceLine(int line)
{
    const SourceAnchor *anchor = anchorForLine(line);
    setScrollValue(anchor ? documentY(anchor->position) : 0);
}

void PreviewPane::followEditor()
{
    if (!m_source || !m_follow || !isVisible())
        return;
    // The editor's top line at the top (the masthead while the editor is at its start), then the
    // cursor's paragraph pulled into view.
    const SourceAnchor *top = m_source->verticalScrollBar()->value() == 0
        ? nullptr
        : anchorForLine(m_source->cursorForPosition(QPoint(0, 0)).blockNumber());
    int value = top ? documentY(top->position) : 0;
    if (const SourceAnchor *current = anchorForLine(m_source->textCursor().blockNumber())) {
        QTextCursor cursor(m_browser->document());
        cursor.setPosition(current->position);
        const int y = documentY(current->position);
        const int height = m_browser->viewport()->height();
        const int bottom = y + m_browser->cursorRect(cursor).height();
        if (bottom > value + height)
            value = bottom - height;
        value = std::min(value, y);
    }
    setScrollValue(value);
}

void PreviewPane::onPositionClicked(int position)
{
    const PreviewDocument *document = m_browser->previewDocument();
    if (!document || (document->bodyEnd() >= 0 && position >= document->bodyEnd()))
        return;
    const QList<SourceAnchor> &anchors = document->sourceAnchors();
    auto after = std::upper_bound(anchors.cbegin(), anchors.cend(), position,
                                  [](int wanted, const SourceAnchor &anchor) { return wanted < anchor.position; });
    if (after != anchors.cbegin())
        Q_EMIT sourceLineActivated((after - 1)->line);
}
