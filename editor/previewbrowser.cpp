// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbrowser.h"

#include "imagerepository.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QMouseEvent>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Formats decoded without surprises: no SVG (it can refer to other files), no formats that
// read more than the bytes given.
bool isPlainImageFormat(const QByteArray &format)
{
    static const QList<QByteArray> formats{"png", "jpeg", "jpg", "gif", "webp", "bmp"};
    return formats.contains(format.toLower());
}

QImage decodeImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!isPlainImageFormat(reader.format()))
        return QImage();
    const QSize size = reader.size();
    if (size.width() > PreviewBrowser::maxImageWidth)
        reader.setScaledSize(size.scaled(PreviewBrowser::maxImageWidth, size.height(), Qt::KeepAspectRatio));
    return reader.read();
}

// "data:image/png;base64,...": only base64 images, refused before decoding when too large.
QImage decodeDataUri(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const qsizetype comma = path.indexOf(u',');
    if (comma < 0)
        return QImage();
    const QStringView header = QStringView(path).first(comma);
    if (!header.startsWith(u"image/", Qt::CaseInsensitive) || !header.endsWith(u";base64", Qt::CaseInsensitive))
        return QImage();
    const QStringView payload = QStringView(path).sliced(comma + 1);
    if (payload.size() / 4 * 3 > PreviewBrowser::maxDataImageBytes)
        return QImage();
    const auto decoded = QByteArray::fromBase64Encoding(payload.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > PreviewBrowser::maxDataImageBytes)
        return QImage();
    return decodeImage(decoded.decoded);
}

} // namespace

PreviewDocument::PreviewDocument(QObject *parent)
    : QTextDocument(parent)
{
    // A provider set for every document in the program must not get our refusals either.
    setResourceProvider([](const QUrl &) { return QVariant(); });
}

QVariant PreviewDocument::loadResource(int type, const QUrl &name)
{
    auto *browser = qobject_cast<PreviewBrowser *>(parent());
    if (!browser)
        return PreviewBrowser::refusedResource(type); // not kept: the browser may allow it later
    QVariant result = browser->loadResource(type, name);
    // The base class would cache it; without this every paint would load the image again.
    addResource(type, name, result);
    return result;
}

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    showDocument(new PreviewDocument);
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewBrowser::onAnchorClicked);
}

PreviewBrowser::~PreviewBrowser() = default;

void PreviewBrowser::setImageResolver(ImageResolver resolver)
{
    m_resolver = std::move(resolver);
    clearImageCache();
}

void PreviewBrowser::clearImageCache()
{
    m_images.clear();
}

void PreviewBrowser::showDocument(PreviewDocument *document)
{
    // The first document is the base class's, which it deletes itself.
    QTextDocument *old = this->document();
    const bool ours = old && old != document && old->parent() == this;
    document->setParent(this);
    document->setUndoRedoEnabled(false);
    setDocument(document); // lays out a screenful; the rest is paced
    m_pacer.pace(document);
    if (ours)
        delete old;
}

void PreviewBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // A new width lays the whole page out again, from the top.
    m_pacer.pace(document());
}

PreviewDocument *PreviewBrowser::previewDocument() const
{
    return qobject_cast<PreviewDocument *>(document());
}

QVariant PreviewBrowser::refusedResource(int type)
{
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::transparent);
        return blank;
    }
    return QString();
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return refusedResource(type);
    const QVariant image = loadImage(name);
    return image.isValid() ? image : refusedResource(type);
}

QVariant PreviewBrowser::loadImage(const QUrl &name)
{
    if (name.scheme() == u"copydesk-image"_s) {
        const qint64 id = ImageRepository::idFromUrl(name.toString());
        if (id == 0 || !m_resolver)
            return QVariant();
        if (const auto cached = m_images.constFind(id); cached != m_images.cend())
            return *cached;
        const std::optional<QByteArray> bytes = m_resolver(id);
        const QImage image = bytes ? decodeImage(*bytes) : QImage();
        if (image.isNull())
            return QVariant();
        m_images.insert(id, image);
        return image;
    }
    if (name.scheme() == u"data"_s) {
        const QImage image = decodeDataUri(name);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    return QVariant();
}

void PreviewBrowser::doSetSource(const QUrl &, QTextDocument::ResourceType)
{
    // Navigation (setSource, backward, reload) would load a page through the base class.
}

void PreviewBrowser::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == u"https"_s && url.isValid() && !url.host().isEmpty())
        Q_EMIT externalLinkRequested(url);
}

void PreviewBrowser::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPosition = event->position().toPoint();
    QTextBrowser::mousePressEvent(event);
}

void PreviewBrowser::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    const QPoint position = event->position().toPoint();
    const bool click = m_pressed && event->button() == Qt::LeftButton
        && (position - m_pressPosition).manhattanLength() < QApplication::startDragDistance();
    m_pressed = false;
    if (click && anchorAt(position).isEmpty() && !textCursor().hasSelection())
        Q_EMIT positionClicked(cursorForPosition(position).position());
}
