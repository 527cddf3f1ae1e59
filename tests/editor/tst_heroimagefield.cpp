// SPDX-License-Identifier: GPL-3.0-or-later
#include "heroimagefield.h"

#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

class HeroImageFieldTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateImageTellsImagesFromTheRest_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mimeType"); // empty: refused

        QByteArray big = encoded("PNG");
        big.append(QByteArray(HeroImageField::maxBytes, 'x'));
        QTest::newRow("png") << encoded("PNG") << QStringLiteral("image/png");
        QTest::newRow("jpeg") << encoded("JPEG") << QStringLiteral("image/jpeg");
        QTest::newRow("text") << QByteArray("This is not an image at all.") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("cut short") << encoded("PNG").left(60) << QString();
        QTest::newRow("bmp is not for the web") << encoded("BMP") << QString();
        QTest::newRow("too large") << big << QString();
    }
    void validateImageTellsImagesFromTheRest()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mimeType);
        QString found;
        const auto error = HeroImageField::validateImage(data, &found);
        if (mimeType.isEmpty()) {
            QVERIFY(error);
            QVERIFY(!error->isEmpty());
        } else {
            QVERIFY2(!error, qPrintable(error.value_or(QString())));
            QCOMPARE(found, mimeType);
        }
    }

    void anImageBecomesPendingWithItsType()
    {
        HeroImageField field;
        QSignalSpy changed(&field, &HeroImageField::changed);
        const QByteArray png = encoded("PNG");
        QVERIFY(field.setImageData(png, QStringLiteral("/tmp/quay.png")));
        QCOMPARE(field.pendingImage(), std::optional<QByteArray>(png));
        QVERIFY(field.hero());
        QCOMPARE(field.hero()->mimeType, QStringLiteral("image/png"));
        QCOMPARE(field.hero()->imageId, 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(field.errorText().isEmpty());
        QVERIFY(!thumbnail(field)->icon().isNull());
    }

    void bytesThatAreNotAnImageAreRefusedAndTheOldImageKept()
    {
        HeroImageField field;
        const QByteArray png = encoded("PNG");
        QVERIFY(field.setImageData(png));
        QSignalSpy rejected(&field, &HeroImageField::rejected);
        QSignalSpy changed(&field, &HeroImageField::changed);

        QVERIFY(!field.setImageData("%PDF-1.7 not an image", QStringLiteral("report.pdf")));

        QCOMPARE(rejected.size(), 1);
        const QString message = rejected.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("report.pdf")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not an image")), qPrintable(message));
        QCOMPARE(field.errorText(), message);
        QCOMPARE(field.pendingImage(), std::optional<QByteArray>(png));
        QCOMPARE(changed.size(), 0);

        // The next good image clears the message.
        QVERIFY(field.setImageData(encoded("JPEG")));
        QVERIFY(field.errorText().isEmpty());
    }

    void pastingOnTheThumbnailTakesTheClipboardImage()
    {
        HeroImageField field;
        const QByteArray jpeg = encoded("JPEG");
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("image/jpeg"), jpeg);
        QGuiApplication::clipboard()->setMimeData(mime);

        QTest::keyClick(thumbnail(field), Qt::Key_V, Qt::ControlModifier);

        QCOMPARE(field.pendingImage(), std::optional<QByteArray>(jpeg)); // the original bytes, not re-encoded
        QCOMPARE(field.hero()->mimeType, QStringLiteral("image/jpeg"));
    }

    void pastingABitmapStoresItAsPng()
    {
        HeroImageField field;
        QImage image(20, 10, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QGuiApplication::clipboard()->setImage(image);
        field.findChild<QPushButton *>(QStringLiteral("heroPaste"))->click();
        QVERIFY(field.pendingImage());
        QCOMPARE(field.hero()->mimeType, QStringLiteral("image/png"));
    }

    void pastingTextIsRefused()
    {
        HeroImageField field;
        QGuiApplication::clipboard()->setText(QStringLiteral("just words"));
        QSignalSpy rejected(&field, &HeroImageField::rejected);
        QVERIFY(!field.pasteImage());
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!field.hero());
    }

    void droppingAnImageFileTakesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("harbour.png"));
        QVERIFY(QImage(encodedImage()).save(path, "PNG"));
        HeroImageField field;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        // Qt delivers a drop to the widget that accepted the drag's entry.
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&field, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&field, &drop);
        QVERIFY2(field.pendingImage(), qPrintable(field.errorText()));
        QCOMPARE(field.hero()->mimeType, QStringLiteral("image/png"));
    }

    void theWordsRoundTripAndTypingIsAChange()
    {
        HeroImageField field;
        const HeroImage stored{5, QStringLiteral("image/jpeg"), QStringLiteral("Cranes at dawn"),
                               QStringLiteral("The quay at six"), QStringLiteral("A. Photographer")};
        field.setHero(stored);
        field.setPreview(encoded("JPEG"));
        QCOMPARE(field.hero(), std::optional<HeroImage>(stored));
        QVERIFY(!field.pendingImage());
        QVERIFY(!thumbnail(field)->icon().isNull());

        QSignalSpy changed(&field, &HeroImageField::changed);
        auto *caption = field.findChild<QLineEdit *>(QStringLiteral("heroCaption"));
        caption->end(false);
        QTest::keyClicks(caption, QStringLiteral(", Tuesday"));
        QVERIFY(changed.size() > 0);
        QCOMPARE(field.hero()->caption, QStringLiteral("The quay at six, Tuesday"));
    }

    void altTextIsMarkedAsNeededOnlyWithAnImage()
    {
        HeroImageField field;
        auto *alt = field.findChild<QLineEdit *>(QStringLiteral("heroAlt"));
        QVERIFY(!alt->isEnabled()); // no image: words would be lost
        QVERIFY(!alt->property("warning").toBool());
        field.setImageData(encoded("PNG"));
        QVERIFY(alt->isEnabled());
        QVERIFY(alt->property("warning").toBool());
        QTest::keyClicks(alt, QStringLiteral("A container ship"));
        QVERIFY(!alt->property("warning").toBool());
        QCOMPARE(field.hero()->altText, QStringLiteral("A container ship"));
    }

    void removingTheImageLeavesNone()
    {
        HeroImageField field;
        field.setHero(HeroImage{5, QStringLiteral("image/png"), QStringLiteral("alt"), {}, {}});
        QSignalSpy changed(&field, &HeroImageField::changed);
        thumbnail(field)->setFocus();
        QTest::keyClick(thumbnail(field), Qt::Key_Delete);
        QVERIFY(!field.hero());
        QCOMPARE(changed.size(), 1);
    }

    void markStoredTakesTheIdAndDropsThePendingBytes()
    {
        HeroImageField field;
        QVERIFY(field.setImageData(encoded("PNG")));
        auto *alt = field.findChild<QLineEdit *>(QStringLiteral("heroAlt"));
        QTest::keyClicks(alt, QStringLiteral("Cranes"));
        field.markStored(HeroImage{42, QStringLiteral("image/png"), QStringLiteral("Cranes"), {}, {}});
        QVERIFY(!field.pendingImage());
        QCOMPARE(field.hero()->imageId, 42);
        QCOMPARE(field.hero()->altText, QStringLiteral("Cranes"));
    }

    void chooseAsksTheApp()
    {
        HeroImageField field;
        QSignalSpy choose(&field, &HeroImageField::chooseRequested);
        field.findChild<QPushButton *>(QStringLiteral("heroChoose"))->click();
        thumbnail(field)->click();
        QCOMPARE(choose.size(), 2);
    }

    void aReadOnlyFieldRefusesChanges()
    {
        HeroImageField field;
        field.setHero(HeroImage{5, QStringLiteral("image/png"), QStringLiteral("alt"), {}, {}});
        field.setReadOnly(true);
        field.removeImage();
        QVERIFY(field.hero());
        QVERIFY(!field.findChild<QPushButton *>(QStringLiteral("heroRemove"))->isEnabled());
        QVERIFY(field.findChild<QLineEdit *>(QStringLiteral("heroAlt"))->isReadOnly());
    }

private:
    static QImage encodedImage()
    {
        QImage image(64, 40, QImage::Format_RGB32);
        image.fill(QColor(30, 90, 160));
        return image;
    }
    static QByteArray encoded(const char *format)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        encodedImage().save(&buffer, format);
        return bytes;
    }
    static QToolButton *thumbnail(HeroImageField &field)
    {
        return field.findChild<QToolButton *>(QStringLiteral("heroThumbnail"));
    }
};

QTEST_MAIN(HeroImageFieldTest)
#include "tst_heroimagefield.moc"
