// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerenderer.h"
#include "previewbrowser.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QPlainTextEdit;
class QToolButton;

/// The live preview: the article as the site will show it, following the body editor.
///
/// Edits are debounced; the page is rendered and parsed off the GUI thread, one render at a time
/// (edits made meanwhile are coalesced into one more); nothing is rendered while the pane is
/// hidden; the scroll position survives a refresh. The preview scrolls with the editor, and a
/// click on a paragraph asks for the editor's cursor to go there (sourceLineActivated()).
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    /// The rest of the article (everything but the body, which comes from the source editor).
    using InputProvider = std::function<RenderInput()>;

    /// Quiet time after an edit before the preview follows.
    static constexpr int debounceMs = 200;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    /// The body editor to follow (not owned); its text becomes the article's body.
    void setSource(QPlainTextEdit *editor);
    /// Called on the GUI thread when a refresh starts, after the debounce.
    void setInputProvider(InputProvider provider);
    /// Resolves "copydesk-image:ID"; it must refuse images of other articles.
    void setImageResolver(PreviewBrowser::ImageResolver resolver);

    PreviewBrowser *browser() const { return m_browser; }

    /// The page's column: a phone's or a desktop browser's (the header's toggle).
    void setPageWidth(PageOptions::Width width);
    PageOptions::Width pageWidth() const { return m_pageWidth; }

    /// Whether the preview scrolls with the editor and its cursor (on by default).
    void setFollowEditor(bool on);
    bool followsEditor() const { return m_follow; }

public Q_SLOTS:
    /// Refreshes after the debounce (the metadata changed, say).
    void scheduleRefresh();
    /// Refreshes now, or as soon as the render in progress is done.
    void refreshNow();
    /// Scrolls so that the block made from body line `line` (counted from 0) is at the top.
    void scrollToSourceLine(int line);

Q_SIGNALS:
    /// A paragraph made from body line `line` (counted from 0) was clicked.
    void sourceLineActivated(int line);
    /// An https link was clicked; the app asks for confirmation and opens it.
    void externalLinkRequested(const QUrl &url);
    /// A new page is shown.
    void rendered();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyRender();
    /// Centres the page's column in the viewer: the page has no width of its own (see
    /// ArticleRenderer), so the side margins of `document`'s root frame make it.
    void fitColumn(QTextDocument *document) const;
    void followEditor();
    void onPositionClicked(int position);
    /// The anchor of the block that `line` belongs to, or nullptr.
    const SourceAnchor *anchorForLine(int line) const;
    int documentY(int position) const;
    void setScrollValue(int value);

    PreviewBrowser *m_browser;
    QToolButton *m_phoneButton;
    QToolButton *m_desktopButton;
    QPointer<QPlainTextEdit> m_source;
    InputProvider m_provider;
    QTimer m_debounce;
    QTimer m_followThrottle;
    QFutureWatcher<PreviewDocument *> m_watcher;
    PageOptions::Width m_pageWidth = PageOptions::Width::Desktop;
    bool m_follow = true;
    bool m_dirty = true; ///< the shown page is older than the article
    bool m_rendering = false; ///< a render is in flight (its result not yet taken)
    bool m_again = false; ///< edits arrived during the render in flight
};
