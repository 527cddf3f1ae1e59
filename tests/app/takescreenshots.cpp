// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: makes the screenshots in packaging/screenshots/ (the README and, later, the AppStream
// metadata show them). Run by packaging/screenshots/take.sh with the offscreen platform:
//   takescreenshots OUTPUT_DIR
// It opens the window on a fresh sample newsroom, once with a light and once with a dark palette.

#include "commandline.h"
#include "database.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "samplenewsroom.h"

#include <QApplication>
#include <QDir>
#include <QListView>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    return p;
}

bool shoot(MainWindow &window, const QString &path)
{
    auto *preview = window.findChild<PreviewPane *>(QStringLiteral("preview"));
    QSignalSpy rendered(preview, &PreviewPane::rendered);
    preview->refreshNow();
    if (!rendered.wait(5000))
        return false;
    QTest::qWait(300); // the layout that follows a new page
    return window.grab().save(path);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    CommandLine::installTranslations();
    if (app.arguments().size() < 2)
        return 2;
    const QDir out(app.arguments().at(1));
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("newsroom.db")));
    if (!db || !SampleNewsroom::seed(*db.value()))
        return 1;
    MainWindow window(*db.value());
    window.resize(1500, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (!shoot(window, out.filePath(QStringLiteral("editor-preview-light.png"))))
        return 1;
    QApplication::setPalette(darkPalette());
    if (!shoot(window, out.filePath(QStringLiteral("editor-preview-dark.png"))))
        return 1;
    return 0;
}
