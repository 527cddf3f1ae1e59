// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutpacer.h"
#include "previewbrowser.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

QByteArray png(const QColor &color, QSize size = QSize(40, 30))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString dataUri(const QByteArray &bytes, const char *type = "image/png")
{
    return u"data:"_s + QLatin1StringView(type) + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

QImage imageOf(const QVariant &resource)
{
    return resource.userType() == QMetaType::QImage ? resource.value<QImage>() : QImage();
}

bool containsColor(const QImage &image, const QColor &color)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == color)
                return true;
        }
    }
    return false;
}

// Shows `html` for real: laid out, painted, images loaded.
QImage rendered(PreviewBrowser &browser, const QString &html)
{
    browser.resize(400, 300);
    browser.show();
    browser.setHtml(html);
    return browser.grab().toImage();
}

} // namespace

class TestPreviewBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A long page is laid out a slice per event, the layout's own large steps held back.
    void longPageIsLaidOutInSlices()
    {
        QTextBrowser browser;
        browser.resize(600, 400);
        browser.show();
        auto *doc = new QTextDocument(&browser);
        QString html;
        while (html.size() < 400000)
            html += u"<p>Some words that wrap around the narrow column of the page a few times over.</p>"_s;
        doc->setHtml(html);
        browser.setDocument(doc);
        LayoutPacer pacer;
        pacer.pace(doc);
        QVERIFY(pacer.isPacing());
        QCoreApplication::processEvents(); // one turn: a slice, not the whole page
        QVERIFY(pacer.isPacing());
        QVERIFY(doc->lastBlock().layout()->lineCount() == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!pacer.isPacing(), 60000);
        QVERIFY(doc->lastBlock().layout()->lineCount() > 0);
    }

    void refusesEveryOtherAddress_data();
    void refusesEveryOtherAddress();
    void neverShowsAFileFromDisk();
    void neverConnectsToTheNetwork();
    void showsTheArticlesImagesThroughTheResolver();
    void asksTheResolverOncePerImage();
    void showsASmallDataImage();
    void refusesDataThatIsTooLargeOrNotAnImage_data();
    void refusesDataThatIsTooLargeOrNotAnImage();
    void onlyHttpsLinksAreOffered_data();
    void onlyHttpsLinksAreOffered();
    void clickingALinkAsksTheAppAndNavigatesNowhere();
    void navigationLoadsNothing();
};

void TestPreviewBrowser::refusesEveryOtherAddress_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("http") << QUrl(u"http://127.0.0.1:9/x.png"_s);
    QTest::newRow("https") << QUrl(u"https://example.com/x.png"_s);
    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s);
    QTest::newRow("absolute path") << QUrl(u"/etc/passwd"_s);
    QTest::newRow("relative path") << QUrl(u"x.png"_s);
    QTest::newRow("/dev/zero") << QUrl(u"/dev/zero"_s);
    QTest::newRow("file /dev/zero") << QUrl(u"file:///dev/zero"_s);
    // Exists in every Qt program: refused all the same.
    QTest::newRow("qrc") << QUrl(u"qrc:/qt-project.org/styles/commonstyle/images/file-16.png"_s);
    QTest::newRow("qrc without scheme") << QUrl(u":/qt-project.org/styles/commonstyle/images/file-16.png"_s);
    QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s);
    QTest::newRow("unknown id") << QUrl(u"copydesk-image:99"_s);
    QTest::newRow("bad id") << QUrl(u"copydesk-image:../../etc/passwd"_s);
}

void TestPreviewBrowser::refusesEveryOtherAddress()
{
    QFETCH(QUrl, url);
    PreviewBrowser browser;
    browser.setImageResolver([](qint64 id) { return id == 1 ? std::optional(png(Qt::red)) : std::nullopt; });
    QElapsedTimer timer;
    timer.start();
    // Directly, and the way QTextDocument asks (which would fall back to files and data: itself).
    const QVariant direct = browser.loadResource(QTextDocument::ImageResource, url);
    const QVariant viaDocument = browser.document()->resource(QTextDocument::ImageResource, url);
    const QVariant styleSheet = browser.document()->resource(QTextDocument::StyleSheetResource, url);
    QVERIFY2(timer.elapsed() < 2000, "a refused address must not be read");
    for (const QVariant &image : {direct, viaDocument}) {
        QVERIFY(image.isValid()); // so that nothing else tries to load it
        QCOMPARE(imageOf(image).size(), QSize(1, 1));
    }
    QVERIFY(styleSheet.isValid());
    QVERIFY(styleSheet.toString().isEmpty());
    QVERIFY(browser.loadResource(QTextDocument::HtmlResource, url).toString().isEmpty());
}

void TestPreviewBrowser::neverShowsAFileFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"red.png"_s);
    QImage red(64, 48, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(path));
    const QString oldCurrent = QDir::currentPath();
    QDir::setCurrent(dir.path());

    PreviewBrowser browser;
    QElapsedTimer timer;
    timer.start();
    const QImage shown = rendered(
        browser,
        u"<p>x</p><img src=\"%1\"><img src=\"%2\"><img src=\"red.png\"><img src=\"/dev/zero\">"
        "<table background=\"%2\"><tr><td>cell</td></tr></table>"_s.arg(QUrl::fromLocalFile(path).toString(), path));
    QDir::setCurrent(oldCurrent);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!shown.isNull());
    QVERIFY2(!containsColor(shown, Qt::red), "a file from disk was shown");
}

void TestPreviewBrowser::neverConnectsToTheNetwork()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    const QString base = u"http://127.0.0.1:%1/"_s.arg(server.serverPort());
    PreviewBrowser browser;
    rendered(browser,
             u"<html><head><link rel=\"stylesheet\" href=\"%1style.css\"></head><body>"
             "<p style=\"background-image: url(%1bg.png)\">text</p><img src=\"%1x.png\">"
             "<a href=\"%1page.html\">link</a></body></html>"_s.arg(base));
    QTest::qWait(300);
    QCOMPARE(connections.count(), 0);
    QVERIFY(!server.hasPendingConnections());
}

void TestPreviewBrowser::showsTheArticlesImagesThroughTheResolver()
{
    PreviewBrowser browser;
    QList<qint64> asked;
    browser.setImageResolver([&asked](qint64 id) {
        asked << id;
        return id == 7 ? std::optional(png(QColor(0, 0, 255))) : std::nullopt;
    });
    const QImage direct = imageOf(browser.loadResource(QTextDocument::ImageResource, QUrl(u"copydesk-image:7"_s)));
    QCOMPARE(direct.size(), QSize(40, 30));
    const QImage shown = rendered(browser, u"<p>x</p><img src=\"copydesk-image:7\">"_s);
    QVERIFY(containsColor(shown, QColor(0, 0, 255)));
    QVERIFY(asked.contains(7));
}

void TestPreviewBrowser::asksTheResolverOncePerImage()
{
    PreviewBrowser browser;
    int asked = 0;
    browser.setImageResolver([&asked](qint64) {
        ++asked;
        return std::optional(png(Qt::green));
    });
    rendered(browser, u"<img src=\"copydesk-image:3\"><img src=\"copydesk-image:3\">"_s);
    browser.setHtml(u"<p>again</p><img src=\"copydesk-image:3\">"_s);
    browser.grab();
    QCOMPARE(asked, 1);
    // A new resolver (another article) starts again.
    browser.setImageResolver([](qint64) { return std::optional<QByteArray>(); });
    QCOMPARE(imageOf(browser.loadResource(QTextDocument::ImageResource, QUrl(u"copydesk-image:3"_s))).size(),
             QSize(1, 1));
}

void TestPreviewBrowser::showsASmallDataImage()
{
    PreviewBrowser browser;
    const QString uri = dataUri(png(QColor(0, 128, 0)));
    QCOMPARE(imageOf(browser.loadResource(QTextDocument::ImageResource, QUrl(uri))).size(), QSize(40, 30));
    const QImage shown = rendered(browser, u"<p>x</p><img src=\"%1\">"_s.arg(uri));
    QVERIFY(containsColor(shown, QColor(0, 128, 0)));
}

void TestPreviewBrowser::refusesDataThatIsTooLargeOrNotAnImage_data()
{
    QTest::addColumn<QString>("uri");
    // A valid PNG with bytes after its end still decodes: only the size decides here.
    QByteArray large = png(Qt::red);
    large.append(PreviewBrowser::maxDataImageBytes, '\0');
    QTest::newRow("over the cap") << dataUri(large);
    QTest::newRow("text") << dataUri("hello", "text/plain");
    QTest::newRow("text called an image") << dataUri("hello, not a picture");
    QTest::newRow("svg") << dataUri("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                                    "<image href=\"file:///etc/passwd\"/></svg>",
                                    "image/svg+xml");
    QTest::newRow("not base64") << u"data:image/png,%89PNG"_s;
    QTest::newRow("broken base64") << u"data:image/png;base64,!!!!"_s;
}

void TestPreviewBrowser::refusesDataThatIsTooLargeOrNotAnImage()
{
    QFETCH(QString, uri);
    PreviewBrowser browser;
    const QVariant viaDocument = browser.document()->resource(QTextDocument::ImageResource, QUrl(uri));
    QCOMPARE(imageOf(viaDocument).size(), QSize(1, 1));
}

void TestPreviewBrowser::onlyHttpsLinksAreOffered_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("offered");
    QTest::newRow("https") << QUrl(u"https://example.com/story"_s) << true;
    QTest::newRow("http") << QUrl(u"http://example.com/story"_s) << false;
    QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << false;
    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << false;
    QTest::newRow("mailto") << QUrl(u"mailto:desk@example.com"_s) << false;
    QTest::newRow("relative") << QUrl(u"other.html"_s) << false;
    QTest::newRow("https without host") << QUrl(u"https:///etc/passwd"_s) << false;
}

void TestPreviewBrowser::onlyHttpsLinksAreOffered()
{
    QFETCH(QUrl, url);
    QFETCH(bool, offered);
    PreviewBrowser browser;
    QSignalSpy requested(&browser, &PreviewBrowser::externalLinkRequested);
    Q_EMIT browser.anchorClicked(url);
    QCOMPARE(requested.count(), offered ? 1 : 0);
    if (offered)
        QCOMPARE(requested.first().first().toUrl(), url);
}

void TestPreviewBrowser::clickingALinkAsksTheAppAndNavigatesNowhere()
{
    PreviewBrowser browser;
    QSignalSpy requested(&browser, &PreviewBrowser::externalLinkRequested);
    QSignalSpy clicked(&browser, &PreviewBrowser::positionClicked);
    rendered(browser,
             u"<p><a href=\"https://example.com/a\">secure link</a></p><p><a href=\"file:///etc/passwd\">file "
             "link</a></p>"_s);
    const QString before = browser.toPlainText();
    const auto clickOn = [&browser](const QString &text) {
        const QTextCursor found = browser.document()->find(text);
        QTextCursor middle(browser.document());
        middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
        QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, browser.cursorRect(middle).center());
    };
    clickOn(u"secure link"_s);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toUrl(), QUrl(u"https://example.com/a"_s));
    clickOn(u"file link"_s);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(browser.toPlainText(), before);
    QCOMPARE(clicked.count(), 0); // link clicks are not paragraph clicks
}

void TestPreviewBrowser::navigationLoadsNothing()
{
    PreviewBrowser browser;
    browser.setHtml(u"<p>page</p>"_s);
    QTextBrowser &base = browser;
    base.setSource(QUrl::fromLocalFile(u"/etc/passwd"_s));
    base.reload();
    QCOMPARE(browser.toPlainText(), u"page"_s);
    QVERIFY(browser.searchPaths().isEmpty());
}

QTEST_MAIN(TestPreviewBrowser)
#include "tst_previewbrowser.moc"
