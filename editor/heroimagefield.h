// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QToolButton;

/// The article's hero image: a thumbnail, ways to pick one (Choose…, paste, drop a file), Remove,
/// and its words (alt text, caption, credit). New bytes stay pending here until the app has stored
/// them; bytes that are not an image are refused with a message and change nothing.
class HeroImageField : public QWidget
{
    Q_OBJECT

public:
    /// Larger files are refused: a hero image is a photo for the web, not a print master.
    static constexpr qsizetype maxBytes = qsizetype{25} * 1024 * 1024;

    explicit HeroImageField(QWidget *parent = nullptr);

    /// Checks that `data` is an image the site can show (PNG, JPEG, GIF or WebP that decodes).
    /// Returns a message for people when it is not; otherwise fills `mimeType`.
    static std::optional<QString> validateImage(const QByteArray &data, QString *mimeType);

    /// Shows the stored hero (or none); drops pending bytes and any earlier preview.
    void setHero(const std::optional<HeroImage> &hero);
    /// The stored image's bytes, for the thumbnail.
    void setPreview(const QByteArray &data);
    /// The hero with the words in the fields; imageId is 0 while new bytes are pending, and
    /// nothing is returned when there is no image.
    std::optional<HeroImage> hero() const;
    /// New bytes not yet stored.
    std::optional<QByteArray> pendingImage() const { return m_pending; }
    /// After the app stored the pending bytes: takes the stored image's id, keeps the words typed.
    void markStored(const std::optional<HeroImage> &stored);

    /// Takes `data` as the new image if it is one; otherwise shows why and keeps the old one.
    bool setImageData(const QByteArray &data, const QString &fileName = {});
    /// Takes the image on the clipboard (image bytes, a bitmap, or a local image file).
    bool pasteImage();
    void removeImage();

    /// The error shown for the last refused image; empty once an image is taken.
    QString errorText() const;

    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// The user changed the image or its words.
    void changed();
    /// The user asked to pick a file; the app opens the dialog and calls setImageData().
    void chooseRequested();
    /// Bytes were refused; `message` says why (also shown in the field).
    void rejected(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool takeMimeData(const QMimeData *mime);
    void showThumbnail(const QByteArray &data);
    void showError(const QString &message);
    void updateState();

    QToolButton *m_thumbnail;
    QPushButton *m_choose;
    QPushButton *m_paste;
    QPushButton *m_remove;
    QLabel *m_error;
    QLineEdit *m_alt;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    std::optional<HeroImage> m_hero;
    std::optional<QByteArray> m_pending;
    bool m_readOnly = false;
};
