// SPDX-License-Identifier: GPL-3.0-or-later
#include "heroimagefield.h"

#include "legiblecolours.h"

#include <QBoxLayout>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HeroImageField)
};

const QSize thumbnailSize(160, 100);

// What a web page can show everywhere; other formats would need converting before publishing.
bool isWebFormat(const QString &mimeType)
{
    return mimeType == u"image/png" || mimeType == u"image/jpeg" || mimeType == u"image/gif"
        || mimeType == u"image/webp";
}

// Decodes at thumbnail size: enough to prove the bytes are a whole image, without holding a
// full-size bitmap of a large photo in memory.
std::optional<QString> decode(const QByteArray &data, QString *mimeType, QImage *thumbnail)
{
    if (data.isEmpty())
        return Tr::tr("The file is empty, so it is not an image.");
    if (data.size() > HeroImageField::maxBytes) {
        const QLocale locale;
        return Tr::tr("The image is %1; the largest a hero image can be is %2.")
            .arg(locale.formattedDataSize(data.size()), locale.formattedDataSize(HeroImageField::maxBytes));
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForData(data);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead() || !mime.name().startsWith(u"image/")) {
        return Tr::tr("This is not an image (it looks like %1). Choose a PNG, JPEG, GIF or WebP file.")
            .arg(mime.comment());
    }
    if (!isWebFormat(mime.name()))
        return Tr::tr("%1 images cannot be shown on the site. Choose a PNG, JPEG, GIF or WebP file.")
            .arg(mime.comment());
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > thumbnailSize.width() * 2 || size.height() > thumbnailSize.height() * 2))
        reader.setScaledSize(size.scaled(thumbnailSize * 2, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return Tr::tr("The image cannot be read: %1.").arg(reader.errorString());
    if (mimeType)
        *mimeType = mime.name();
    if (thumbnail)
        *thumbnail = image;
    return std::nullopt;
}
} // namespace

HeroImageField::HeroImageField(QWidget *parent)
    : QWidget(parent)
    , m_thumbnail(new QToolButton(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_paste(new QPushButton(tr("Paste"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(new QLabel(this))
    , m_alt(new QLineEdit(this))
    , m_caption(new QLineEdit(this))
    , m_credit(new QLineEdit(this))
{
    setAcceptDrops(true);
    m_thumbnail->setObjectName(QStringLiteral("heroThumbnail"));
    m_thumbnail->setAccessibleName(tr("Hero image"));
    m_thumbnail->setToolTip(tr("Click to choose an image; paste (%1) or drop one here; Delete removes it")
                                .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    m_thumbnail->setFixedSize(thumbnailSize + QSize(8, 8));
    m_thumbnail->setIconSize(thumbnailSize);
    m_thumbnail->setFocusPolicy(Qt::StrongFocus);
    m_thumbnail->installEventFilter(this);
    setFocusProxy(m_thumbnail);

    m_choose->setObjectName(QStringLiteral("heroChoose"));
    m_choose->setAccessibleName(tr("Choose hero image"));
    m_paste->setObjectName(QStringLiteral("heroPaste"));
    m_paste->setAccessibleName(tr("Paste hero image"));
    m_remove->setObjectName(QStringLiteral("heroRemove"));
    m_remove->setAccessibleName(tr("Remove hero image"));

    m_error->setObjectName(QStringLiteral("heroError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setPalette(LegibleColours::warningPalette(m_error->palette()));
    m_error->hide();

    m_alt->setObjectName(QStringLiteral("heroAlt"));
    m_alt->setAccessibleName(tr("Alt text"));
    m_alt->setAccessibleDescription(tr("Required to publish"));
    m_alt->setPlaceholderText(tr("Required: what the image shows"));
    m_caption->setObjectName(QStringLiteral("heroCaption"));
    m_caption->setAccessibleName(tr("Caption"));
    m_credit->setObjectName(QStringLiteral("heroCredit"));
    m_credit->setAccessibleName(tr("Credit"));
    m_credit->setPlaceholderText(tr("Photographer / agency"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_thumbnail);
    top->addLayout(buttons);
    top->addStretch();

    auto *words = new QFormLayout;
    words->setContentsMargins(0, 0, 0, 0);
    words->addRow(tr("Alt te&xt:"), m_alt);
    words->addRow(tr("Capt&ion:"), m_caption);
    words->addRow(tr("C&redit:"), m_credit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(words);

    connect(m_thumbnail, &QToolButton::clicked, this, &HeroImageField::chooseRequested);
    connect(m_choose, &QPushButton::clicked, this, &HeroImageField::chooseRequested);
    connect(m_paste, &QPushButton::clicked, this, &HeroImageField::pasteImage);
    connect(m_remove, &QPushButton::clicked, this, &HeroImageField::removeImage);
    for (QLineEdit *edit : {m_alt, m_caption, m_credit})
        connect(edit, &QLineEdit::textEdited, this, &HeroImageField::changed);
    connect(m_alt, &QLineEdit::textChanged, this, &HeroImageField::updateState);
    updateState();
}

std::optional<QString> HeroImageField::validateImage(const QByteArray &data, QString *mimeType)
{
    return decode(data, mimeType, nullptr);
}

void HeroImageField::setHero(const std::optional<HeroImage> &hero)
{
    m_hero = hero;
    m_pending.reset();
    m_alt->setText(hero ? hero->altText : QString());
    m_caption->setText(hero ? hero->caption : QString());
    m_credit->setText(hero ? hero->credit : QString());
    m_thumbnail->setIcon({});
    m_error->hide();
    updateState();
}

void HeroImageField::setPreview(const QByteArray &data)
{
    showThumbnail(data);
}

std::optional<HeroImage> HeroImageField::hero() const
{
    if (!m_hero)
        return std::nullopt;
    HeroImage hero = *m_hero;
    hero.altText = m_alt->text();
    hero.caption = m_caption->text();
    hero.credit = m_credit->text();
    return hero;
}

void HeroImageField::markStored(const std::optional<HeroImage> &stored)
{
    m_pending.reset();
    if (m_hero && stored) {
        m_hero->imageId = stored->imageId;
        m_hero->mimeType = stored->mimeType;
    }
}

bool HeroImageField::setImageData(const QByteArray &data, const QString &fileName)
{
    QString mimeType;
    QImage thumbnail;
    if (auto error = decode(data, &mimeType, &thumbnail)) {
        showError(fileName.isEmpty() ? *error : tr("%1: %2").arg(QFileInfo(fileName).fileName(), *error));
        return false;
    }
    m_error->hide();
    HeroImage hero = m_hero.value_or(HeroImage{});
    hero.imageId = 0;
    hero.mimeType = mimeType;
    m_hero = hero;
    m_pending = data;
    m_thumbnail->setIcon(
        QPixmap::fromImage(thumbnail.scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    updateState();
    Q_EMIT changed();
    return true;
}

bool HeroImageField::pasteImage()
{
    if (m_readOnly)
        return false;
    return takeMimeData(QGuiApplication::clipboard()->mimeData());
}

void HeroImageField::removeImage()
{
    if (m_readOnly || !m_hero)
        return;
    m_hero.reset();
    m_pending.reset();
    m_thumbnail->setIcon({});
    m_error->hide();
    updateState();
    Q_EMIT changed();
}

QString HeroImageField::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HeroImageField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_alt, m_caption, m_credit})
        edit->setReadOnly(readOnly);
    updateState();
}

bool HeroImageField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_thumbnail && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteImage();
            return true;
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeImage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HeroImageField::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_readOnly && (mime->hasImage() || mime->hasUrls()))
        event->acceptProposedAction();
}

void HeroImageField::dropEvent(QDropEvent *event)
{
    if (takeMimeData(event->mimeData()))
        event->acceptProposedAction();
}

bool HeroImageField::takeMimeData(const QMimeData *mime)
{
    if (!mime) {
        showError(tr("There is no image to paste."));
        return false;
    }
    // The original bytes first: a JPEG stays a JPEG instead of becoming a much larger PNG.
    for (const auto items = mime->formats(); const QString &format : items) {
        if (format.startsWith(u"image/"))
            return setImageData(mime->data(format));
    }
    if (mime->hasUrls()) {
        const QUrl url = mime->urls().constFirst();
        if (!url.isLocalFile()) {
            showError(tr("Only images on this computer can be used; download the image first."));
            return false;
        }
        QFile file(url.toLocalFile());
        if (file.size() > maxBytes) {
            const QLocale locale;
            showError(tr("%1 is %2; the largest a hero image can be is %3.")
                          .arg(QFileInfo(file).fileName(), locale.formattedDataSize(file.size()),
                               locale.formattedDataSize(maxBytes)));
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("%1 cannot be opened: %2").arg(QFileInfo(file).fileName(), file.errorString()));
            return false;
        }
        return setImageData(file.readAll(), file.fileName());
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return setImageData(png);
    }
    showError(tr("There is no image on the clipboard."));
    return false;
}

void HeroImageField::showThumbnail(const QByteArray &data)
{
    QImage image;
    if (data.isEmpty() || decode(data, nullptr, &image)) {
        m_thumbnail->setIcon({});
    } else {
        m_thumbnail->setIcon(
            QPixmap::fromImage(image.scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    updateState();
}

void HeroImageField::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    Q_EMIT rejected(message);
}

void HeroImageField::updateState()
{
    const bool hasImage = m_hero.has_value();
    m_thumbnail->setToolButtonStyle(hasImage && !m_thumbnail->icon().isNull() ? Qt::ToolButtonIconOnly
                                                                              : Qt::ToolButtonTextOnly);
    m_thumbnail->setText(hasImage ? tr("Image") : tr("No image"));
    m_thumbnail->setEnabled(!m_readOnly || hasImage);
    m_choose->setEnabled(!m_readOnly);
    m_paste->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && hasImage);
    // Words without an image would be lost on save, so they wait for one.
    for (QLineEdit *edit : {m_alt, m_caption, m_credit})
        edit->setEnabled(hasImage);
    const bool altMissing = hasImage && m_alt->text().trimmed().isEmpty();
    m_alt->setProperty("warning", altMissing);
    m_alt->setToolTip(altMissing ? tr("The story cannot be published until the image has alt text.") : QString());
}
