// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutpacer.h"

#include <QByteArray>
#include <QList>
#include <QTextBrowser>
#include <QTextDocument>

#include <functional>
#include <optional>

/// A body line (counted from 0, as QTextDocument counts blocks) and where its preview starts.
struct SourceAnchor {
    int line = 0;
    int position = 0; ///< in the preview document
};

/// A preview page's document. It can be filled off the GUI thread: until it is shown in a
/// PreviewBrowser it loads nothing at all, and afterwards only what that browser allows. It never
/// falls back to QTextDocument's own loading, which reads local files and data: URIs of any size.
class PreviewDocument : public QTextDocument
{
    Q_OBJECT

public:
    explicit PreviewDocument(QObject *parent = nullptr);

    /// Where each body line starts in this document, in document order (see PreviewHtml).
    const QList<SourceAnchor> &sourceAnchors() const { return m_anchors; }
    /// Where the page after the body starts (tags, attribution), or -1.
    int bodyEnd() const { return m_bodyEnd; }
    void setSourceAnchors(QList<SourceAnchor> anchors, int bodyEnd)
    {
        m_anchors = std::move(anchors);
        m_bodyEnd = bodyEnd;
    }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<SourceAnchor> m_anchors;
    int m_bodyEnd = -1;
};

/// The preview's viewer, locked down: it shows the article's own images ("copydesk-image:ID",
/// through the resolver) and data: images up to maxDataImageBytes, and nothing else — no
/// http(s), file:, paths, qrc: or style sheets. Links never open by themselves: an https link
/// asks the app through externalLinkRequested(); every other link is ignored.
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    /// The bytes of an image by id, or nullopt when it is not the current article's.
    using ImageResolver = std::function<std::optional<QByteArray>(qint64 imageId)>;

    /// Largest data: image accepted, decoded.
    static constexpr qsizetype maxDataImageBytes = qsizetype{5} * 1024 * 1024;
    /// Images are scaled down to this width: the preview never shows more, and memory stays low.
    static constexpr int maxImageWidth = 1600;

    explicit PreviewBrowser(QWidget *parent = nullptr);
    ~PreviewBrowser() override;

    /// Resolves the article's own images; forgets images resolved before. Set it again (or call
    /// clearImageCache()) when another article is shown.
    void setImageResolver(ImageResolver resolver);
    void clearImageCache();

    /// Shows `document` (which this browser then owns) and deletes the one shown before.
    void showDocument(PreviewDocument *document);
    PreviewDocument *previewDocument() const;

    /// The only way resources reach the preview. Never calls the base class, which reads files.
    QVariant loadResource(int type, const QUrl &name) override;

    /// Search paths would let the base class read files; this browser has none.
    void setSearchPaths(const QStringList &paths) = delete;
    /// Navigation is off: the preview is set as a whole document.
    void setSource(const QUrl &name, QTextDocument::ResourceType type) = delete;

    /// What a refused resource of `type` loads as: valid but empty (an invisible 1×1 image), so
    /// that neither QTextDocument nor QTextImageHandler tries to load it another way.
    static QVariant refusedResource(int type);

Q_SIGNALS:
    /// An https link was clicked or activated; the app confirms and opens it.
    void externalLinkRequested(const QUrl &url);
    /// A click (not a drag, not on a link) at `position` in the document.
    void positionClicked(int position);

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    QVariant loadImage(const QUrl &name);

    ImageResolver m_resolver;
    QHash<qint64, QImage> m_images; ///< decoded article images by id
    QPoint m_pressPosition;
    bool m_pressed = false;
    LayoutPacer m_pacer; ///< a long page is laid out in slices, never in one frozen event
};
