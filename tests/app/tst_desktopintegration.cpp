// SPDX-License-Identifier: GPL-3.0-or-later
// The program as the desktop sees it: its id and its icon.
#include "desktopintegration.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class DesktopIntegrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theIdNamesTheDesktopFile()
    {
        DesktopIntegration::apply();
        // packaging/linux/org.copydesk.Copydesk.desktop, the metainfo and the icon share it.
        QCOMPARE(QGuiApplication::desktopFileName(), u"org.copydesk.Copydesk"_s);
        QVERIFY(!QGuiApplication::windowIcon().isNull());
    }

    void theIconIsDrawnAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 32, 48, 64, 128, 256})
            QTest::addRow("%d px", size) << size;
    }

    void theIconIsDrawnAtEverySize()
    {
        QFETCH(int, size);
        const QImage image = DesktopIntegration::applicationIcon().pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The page is drawn in the middle; the corners stay transparent.
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 200);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }
};

QTEST_MAIN(DesktopIntegrationTest)
#include "tst_desktopintegration.moc"
