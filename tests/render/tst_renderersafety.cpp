// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile article can make the preview do: the page is loaded into a real QTextDocument, as
// QTextBrowser does, and every resource it asks for is recorded instead of fetched.
#include "articlerenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

// Says what it was asked for and answers only our own images, as the preview pane must.
class RecordingDocument : public QTextDocument
{
public:
    QStringList requested; ///< each address once, in the order first asked for

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (!requested.contains(name.toString()))
            requested << name.toString();
        if (type == QTextDocument::ImageResource && name.scheme() == QLatin1StringView("copydesk-image")) {
            QImage image(40, 20, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            return image;
        }
        return QVariant();
    }
};

// Loads, lays out and paints the page, which is when images are asked for.
void show(RecordingDocument &document, const QString &html)
{
    document.setHtml(html);
    document.setTextWidth(800);
    QImage canvas(800, 600, QImage::Format_RGB32);
    QPainter painter(&canvas);
    document.drawContents(&painter);
}

RenderInput article(const QString &body)
{
    RenderInput input;
    input.article.headline = QStringLiteral("Headline");
    input.article.body = body;
    input.article.published = QDateTime(QDate(2026, 5, 21), QTime(8, 15), QTimeZone::UTC);
    input.article.hero = HeroImage{1, QStringLiteral("image/png"), QStringLiteral("alt"), QString(), QString()};
    input.publication.name = QStringLiteral("The Harbour Ledger");
    return input;
}

QString hostileBody(quint16 port)
{
    const QString local = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return QStringLiteral("<script>alert(1)</script>\n\n<img src=\"%1/raw.png\">\n\n"
                          "<span style=\"font-size:200000px\">huge</span>\n\n"
                          "<div style=\"font-size:200000px\">\nhuge block\n</div>\n\n"
                          "<style>body{font-size:200000px}</style>\n\n"
                          "![remote](%1/md.png) ![passwd](file:///etc/passwd) ![zero](/dev/zero) "
                          "![relative](x.png) ![other](copydesk-image:2)\n\n"
                          "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1)) "
                          "[d](  javascript:alert(1)) [e](vbscript:x) [f](file:///etc/passwd) [g](%1/link)\n\n"
                          "<link rel=\"stylesheet\" href=\"%1/style.css\">\n\n<iframe src=\"%1/frame\"></iframe>\n")
        .arg(local);
}

qreal largestFont(const QTextDocument &document)
{
    qreal largest = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QFont font = fragment.fragment().charFormat().font();
            largest = std::max({largest, font.pointSizeF(), qreal(font.pixelSize())});
        }
    }
    return largest;
}

const QString attack = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");

} // namespace

class RendererSafetyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileBodyFetchesAndReadsNothing_data()
    {
        QTest::addColumn<bool>("forExport");
        QTest::newRow("preview") << false;
        QTest::newRow("export") << true;
    }

    void hostileBodyFetchesAndReadsNothing()
    {
        QFETCH(bool, forExport);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PageOptions options;
        options.forExport = forExport;
        options.sourcePositions = true;
        RenderInput input = article(hostileBody(server.serverPort()));
        input.heroData = QByteArray("\x89PNG", 4);
        const QString html = ArticleRenderer::page(input, options);

        RecordingDocument document;
        QElapsedTimer timer;
        timer.start();
        show(document, html);
        QVERIFY2(timer.elapsed() < 2000, "the page took too long to show");

        QTest::qWait(50);
        QVERIFY(!server.hasPendingConnections());
        // Our own images only: by their private address in the preview (the pane's loadResource()
        // then answers only this story's ones), inside the page in export.
        for (const QString &url : std::as_const(document.requested)) {
            const QLatin1StringView allowed(forExport ? "data:image/png;base64,iVBORw==" : "copydesk-image:");
            QVERIFY2(url.startsWith(allowed), qPrintable(url));
        }
        QVERIFY(!document.requested.isEmpty());
        static const QRegularExpression source(QStringLiteral("src=\"(?!copydesk-image:|data:image/)"));
        QVERIFY2(!source.match(html).hasMatch(), qPrintable(html));
        for (const char *text : {"src=\"http", "/etc/passwd", "/dev/zero", "x.png", "<script",
                                 "javascript:", "vbscript:", "200000", "<link", "<style>body", "<iframe", "<div style"})
            QVERIFY2(!html.contains(QLatin1StringView(text), Qt::CaseInsensitive), text);
        QVERIFY(largestFont(document) < 100);
        QVERIFY(document.toPlainText().contains(QLatin1StringView("[Image not shown")));
    }

    void pathologicalBodiesRenderQuickly_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("nested brackets") << QString(50000, u'[') + QString(50000, u']');
        QTest::newRow("nested quotes") << QString(20000, u'>') + QStringLiteral(" deep");
        QTest::newRow("emphasis runs") << QStringLiteral("*a **b ").repeated(20000);
        QTest::newRow("link openers") << QStringLiteral("[a](").repeated(20000);
        QTest::newRow("wide table") << QStringLiteral("|a").repeated(5000) + QStringLiteral("|\n")
                + QStringLiteral("|-").repeated(5000) + QStringLiteral("|\n");
    }

    void pathologicalBodiesRenderQuickly()
    {
        QFETCH(QString, body);
        QElapsedTimer timer;
        timer.start();
        const QString html = ArticleRenderer::page(article(body), PageOptions{});
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(html.endsWith(QLatin1StringView("</html>\n")));
    }

    void fieldsShowAsTextNotMarkup_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"headline", "dek", "tag", "byline", "caption", "attribution", "tagline", "city"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void fieldsShowAsTextNotMarkup()
    {
        QFETCH(QString, field);
        RenderInput input = article(QStringLiteral("Body."));
        Article &a = input.article;
        const QHash<QString, std::function<void()>> set{
            {QStringLiteral("headline"), [&] { a.headline = attack; }},
            {QStringLiteral("dek"), [&] { a.dek = attack; }},
            {QStringLiteral("tag"), [&] { input.tagNames = {attack}; }},
            {QStringLiteral("byline"), [&] { input.authors = {Author{1, attack, attack}}; }},
            {QStringLiteral("caption"), [&] { a.hero->caption = attack; }},
            {QStringLiteral("attribution"), [&] { a.attribution = attack; }},
            {QStringLiteral("tagline"), [&] { input.publication.tagline = attack; }},
            {QStringLiteral("city"), [&] { input.publication.homeCity = attack; }},
        };
        set.value(field)();
        RecordingDocument document;
        show(document, ArticleRenderer::page(input, PageOptions{}));
        QCOMPARE(document.requested, QStringList{QStringLiteral("copydesk-image:1")});
        // The city is upper-cased on the masthead, like the date beside it.
        const QString shown = field == QLatin1StringView("city") ? attack.toUpper() : attack;
        QVERIFY2(document.toPlainText().contains(shown), qPrintable(document.toPlainText()));
    }

    void previewRefersToImagesExportCarriesThem()
    {
        RenderInput input = article(QStringLiteral("![Map](copydesk-image:7)"));
        input.heroData = QByteArray("\x89PNG", 4);
        const QString preview = ArticleRenderer::page(input, PageOptions{});
        QVERIFY(preview.contains(QLatin1StringView("src=\"copydesk-image:1\"")));
        QVERIFY(preview.contains(QLatin1StringView("src=\"copydesk-image:7\"")));
        QVERIFY(!preview.contains(QLatin1StringView("data:")));

        const auto resolve = [](qint64 id) -> std::optional<std::pair<QByteArray, QString>> {
            if (id != 7)
                return std::nullopt;
            return std::pair{QByteArray("GIF89a"), QStringLiteral("image/gif")};
        };
        const QString exported = ArticleRenderer::page(input, resolve);
        QVERIFY(exported.contains(QLatin1StringView("src=\"data:image/png;base64,iVBORw==\"")));
        QVERIFY(exported.contains(QLatin1StringView("src=\"data:image/gif;base64,R0lGODlh\"")));
        QVERIFY(!exported.contains(QLatin1StringView("copydesk-image")));
    }

    void sourceAnchorsReachTheTextDocument()
    {
        PageOptions options;
        options.sourcePositions = true;
        const QString body = QStringLiteral("First.\n\n## Sub\n\n- one\n- two\n\n> quoted\n\n```\ncode\n```\n\n"
                                            "| a | b |\n|---|---|\n| 1 | 2 |\n");
        RenderInput input = article(body);
        input.tagNames = {QStringLiteral("Harbour")}; // the text the end anchor names
        RecordingDocument document;
        show(document, ArticleRenderer::page(input, options));
        QStringList anchors;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
                anchors << fragment.fragment().charFormat().anchorNames();
        }
        for (int line : {1, 3, 5, 6, 8, 10, 14})
            QVERIFY2(anchors.contains(MarkdownBody::sourceAnchor(line)), qPrintable(anchors.join(u' ')));
        QVERIFY(anchors.contains(MarkdownBody::bodyEndAnchor()));
    }

    void themesAndWidthsChangeThePage()
    {
        const RenderInput input = article(QStringLiteral("Body."));
        PageOptions dark;
        dark.theme = PageOptions::Theme::Dark;
        PageOptions phone;
        phone.width = PageOptions::Width::Phone;
        const QString light = ArticleRenderer::page(input, PageOptions{});
        QVERIFY(light.contains(QLatin1StringView("<body bgcolor=\"#ffffff\">")));
        QVERIFY(ArticleRenderer::page(input, dark).contains(QLatin1StringView("<body bgcolor=\"#16181b\">")));
        QVERIFY(light.contains(QLatin1StringView("font-size: 34px")));
        QVERIFY(ArticleRenderer::page(input, phone).contains(QLatin1StringView("font-size: 26px")));
        PageOptions darkExport = dark;
        darkExport.forExport = true;
        const QString exported = ArticleRenderer::page(input, darkExport);
        QVERIFY2(exported.contains(QLatin1StringView("<body bgcolor=\"#ffffff\">")), "export is always light");
        QVERIFY(exported.contains(QLatin1StringView("div.page { max-width: 752px; margin: 0 auto;")));
    }

    // QTextDocument lays out a table all at once: a page inside one would be laid out whole on
    // every refresh, on the GUI thread.
    void thePreviewBodyIsInNoTable()
    {
        const QString body = QStringLiteral("First.\n\n## Sub\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLast words.\n");
        RenderInput input = article(body);
        input.tagNames = {QStringLiteral("Harbour")};
        PageOptions options;
        options.sourcePositions = true;
        RecordingDocument document;
        show(document, ArticleRenderer::page(input, options));
        for (const QString &text : {QStringLiteral("Headline"), QStringLiteral("First."), QStringLiteral("Sub"),
                                    QStringLiteral("Last words.")}) {
            const QTextCursor found = document.find(text);
            QVERIFY2(!found.isNull(), qPrintable(text));
            QVERIFY2(!found.currentTable(), qPrintable(text));
            QCOMPARE(found.currentFrame(), document.rootFrame());
        }
        const QTextCursor cell = document.find(QStringLiteral("2"), document.find(QStringLiteral("Sub")));
        QVERIFY(cell.currentTable()); // the body's own tables stay tables
    }

    void tableRowsHaveTheirOwnAnchors()
    {
        PageOptions options;
        options.sourcePositions = true;
        const QString html =
            ArticleRenderer::page(article(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n")), options);
        for (int line : {1, 3, 4}) {
            const QRegularExpression anchored(
                QStringLiteral("<t[hd][^>]*><a name=\"%1\"></a>").arg(MarkdownBody::sourceAnchor(line)));
            QVERIFY2(anchored.match(html).hasMatch(), qPrintable(html));
        }
    }
};

QTEST_MAIN(RendererSafetyTest)
#include "tst_renderersafety.moc"
