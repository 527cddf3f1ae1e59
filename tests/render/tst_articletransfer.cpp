// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "articletransfer.h"
#include "authorrepository.h"
#include "imagerepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray pngBytes(QColor colour = Qt::darkCyan)
{
    QImage image(16, 9, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray storyText = "---\n"
                             "headline: Harbour bridge reopens after repairs\n"
                             "dek: \"Traffic returns: slowly\"\n"
                             "section: Weather Desk\n"
                             "slug: bridge-reopens\n"
                             "byline:\n"
                             "  - Jane Doe\n"
                             "  - Łukasz Nowak\n"
                             "dateline: Hobart\n"
                             "published: 2024-05-01T09:30:00+10:00\n"
                             "scheduled: 2024-05-01T08:00:00+10:00\n"
                             "status: published\n"
                             "tags: [Bridges, Roads & traffic]\n"
                             "hero_image: images/bridge.png\n"
                             "hero_alt: The bridge at dawn\n"
                             "hero_caption: Cars cross again\n"
                             "hero_credit: Photo by A. Lee\n"
                             "attribution: The Mercury\n"
                             "source_url: https://example.com/bridge\n"
                             "notes: Check the toll figures\n"
                             "legacy_id: 42\n"
                             "---\n"
                             "\n"
                             "The bridge *reopened* on Monday.\n";

} // namespace

class ArticleTransferTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("story/images")));
        m_png = pngBytes();
        QVERIFY(TestFiles::write(m_dir->filePath(QStringLiteral("story/images/bridge.png")), m_png));
        QVERIFY(TestFiles::write(storyPath(), storyText));
    }

    void cleanup() { m_dir.reset(); }

    void importingPutsEveryFieldInTheStore()
    {
        TestDatabase db;
        const ImportOutcome outcome = TAKE(ArticleTransfer::importFile(*db, storyPath()));
        QVERIFY(!outcome.reopened);
        QCOMPARE(outcome.slug, QStringLiteral("bridge-reopens"));
        QVERIFY(outcome.warnings.contains(QStringLiteral("line 21: unknown key 'legacy_id' kept")));
        QVERIFY(outcome.warnings.contains(QStringLiteral("new section 'Weather Desk' created")));

        const Article a = TAKE(ArticleRepository(*db).load(outcome.id));
        QCOMPARE(a.headline, QStringLiteral("Harbour bridge reopens after repairs"));
        QCOMPARE(a.dek, QStringLiteral("Traffic returns: slowly"));
        QCOMPARE(TAKE(SectionRepository(*db).findByName(QStringLiteral("Weather Desk"))).id, a.sectionId);
        QCOMPARE(a.slug, QStringLiteral("bridge-reopens"));
        QVERIFY(!a.slugAuto);
        QStringList byline;
        for (qint64 id : a.authorIds)
            byline << TAKE(AuthorRepository(*db).load(id)).displayName;
        QCOMPARE(byline, QStringList({QStringLiteral("Jane Doe"), QStringLiteral("Łukasz Nowak")}));
        QCOMPARE(a.dateline, QStringLiteral("Hobart"));
        QCOMPARE(a.published, QDateTime(QDate(2024, 4, 30), QTime(23, 30), QTimeZone::UTC));
        QCOMPARE(a.scheduled, QDateTime(QDate(2024, 4, 30), QTime(22, 0), QTimeZone::UTC));
        QCOMPARE(a.status, ArticleStatus::Published);
        QStringList tags;
        for (qint64 id : a.tagIds)
            tags << TAKE(TagRepository(*db).load(id)).name;
        QCOMPARE(tags, QStringList({QStringLiteral("Bridges"), QStringLiteral("Roads & traffic")}));
        QVERIFY(a.hero.has_value());
        QCOMPARE(a.hero->mimeType, QStringLiteral("image/png"));
        QCOMPARE(a.hero->altText, QStringLiteral("The bridge at dawn"));
        QCOMPARE(a.hero->caption, QStringLiteral("Cars cross again"));
        QCOMPARE(a.hero->credit, QStringLiteral("Photo by A. Lee"));
        QCOMPARE(TAKE(ImageRepository(*db).data(a.hero->imageId)), m_png);
        QCOMPARE(a.attribution, QStringLiteral("The Mercury"));
        QCOMPARE(a.sourceUrl, QStringLiteral("https://example.com/bridge"));
        QCOMPARE(a.notes, QStringLiteral("Check the toll figures"));
        QCOMPARE(a.extraFrontMatter, QStringLiteral("legacy_id: 42\n"));
        QCOMPARE(a.body, QStringLiteral("The bridge *reopened* on Monday.\n"));
    }

    void existingNamesAreReusedNotDuplicated()
    {
        TestDatabase db;
        const qint64 section = TAKE(SectionRepository(*db).add(Section{0, QStringLiteral("Weather desk"), {}, 0})).id;
        const qint64 tag = TAKE(TagRepository(*db).add(Tag{0, QStringLiteral("bridges"), {}, TagKind::Topic})).id;
        const ImportOutcome outcome = TAKE(ArticleTransfer::importFile(*db, storyPath()));
        const Article a = TAKE(ArticleRepository(*db).load(outcome.id));
        QCOMPARE(a.sectionId, section);
        QCOMPARE(a.tagIds.constFirst(), tag);
        QCOMPARE(TAKE(TagRepository(*db).list()).size(), 2);
        QVERIFY(!outcome.warnings.contains(QStringLiteral("new section 'Weather Desk' created")));
        QVERIFY(outcome.warnings.contains(QStringLiteral("new tag 'Roads & traffic' created")));
    }

    void exportThenImportThenExportIsByteIdentical()
    {
        TestDatabase first;
        const ImportOutcome imported = TAKE(ArticleTransfer::importFile(*first, storyPath()));
        const QByteArray exported = TAKE(ArticleTransfer::exportMarkdown(*first, imported.slug));
        QVERIFY(exported.startsWith("---\nheadline: Harbour bridge reopens after repairs\n"));
        QVERIFY(exported.contains("\nhero_image: data:image/png;base64," + m_png.toBase64() + "\n"));
        QVERIFY(exported.contains("\nlegacy_id: 42\n---\n\nThe bridge *reopened* on Monday.\n"));

        const QString copy = m_dir->filePath(QStringLiteral("elsewhere.md"));
        QVERIFY(TestFiles::write(copy, exported));
        TestDatabase second;
        const ImportOutcome again = TAKE(ArticleTransfer::importFile(*second, copy));
        QCOMPARE(TAKE(ArticleTransfer::exportMarkdown(*second, again.slug)), exported);
        QCOMPARE(TAKE(ImageRepository(*second).data(TAKE(ArticleRepository(*second).load(again.id)).hero->imageId)),
                 m_png);
    }

    void importingTheSamePathAgainReopensTheStory()
    {
        TestDatabase db;
        const ImportOutcome first = TAKE(ArticleTransfer::importFile(*db, storyPath()));
        const QString roundabout = m_dir->filePath(QStringLiteral("story/images/../story.md"));
        const ImportOutcome second = TAKE(ArticleTransfer::importFile(*db, roundabout));
        QVERIFY(second.reopened);
        QCOMPARE(second.id, first.id);
        QCOMPARE(second.slug, first.slug);
        QCOMPARE(TAKE(ArticleRepository(*db).count()), 1);
    }

    void aFileThatIsNotAnImageImportsNothing()
    {
        TestDatabase db;
        QVERIFY(TestFiles::write(m_dir->filePath(QStringLiteral("story/images/bridge.png")), "GIF89a but not really"));
        const auto result = ArticleTransfer::importFile(*db, storyPath());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(result.error().message.contains(QLatin1StringView("bridge.png")), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QLatin1StringView("not an image")));
        QCOMPARE(TAKE(ArticleRepository(*db).count()), 0);
        QCOMPARE(TAKE(AuthorRepository(*db).list()).size(), 0);
        QCOMPARE(TAKE(TagRepository(*db).list()).size(), 0);
        QCOMPARE(TAKE(SectionRepository(*db).list()).size(), 0);
    }

    void aFailureInsideTheImportLeavesNoNamesBehind()
    {
        TestDatabase db;
        QByteArray text = storyText;
        text.replace("headline: Harbour bridge reopens after repairs", "headline: " + QByteArray(201, 'x'));
        QVERIFY(TestFiles::write(storyPath(), text));
        const auto result = ArticleTransfer::importFile(*db, storyPath());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1StringView("story.md")));
        QCOMPARE(TAKE(ArticleRepository(*db).count()), 0);
        QCOMPARE(TAKE(AuthorRepository(*db).list()).size(), 0);
        QCOMPARE(TAKE(TagRepository(*db).list()).size(), 0);
        QCOMPARE(TAKE(SectionRepository(*db).list()).size(), 0);
        QVERIFY(!TAKE(ArticleRepository(*db).findBySourcePath(QFileInfo(storyPath()).canonicalFilePath())));
    }

    void aHeroImageCanBeADataUri()
    {
        TestDatabase db;
        const QByteArray other = pngBytes(Qt::yellow);
        QByteArray text = storyText;
        text.replace("hero_image: images/bridge.png", "hero_image: data:image/png;base64," + other.toBase64());
        QVERIFY(TestFiles::write(storyPath(), text));
        const ImportOutcome outcome = TAKE(ArticleTransfer::importFile(*db, storyPath()));
        const Article a = TAKE(ArticleRepository(*db).load(outcome.id));
        QCOMPARE(TAKE(ImageRepository(*db).data(a.hero->imageId)), other);
    }

    void aDekWaiverSurvivesImportAndExport()
    {
        TestDatabase db;
        QByteArray text = storyText;
        text.replace("dek: \"Traffic returns: slowly\"\n", "dek_waived: true\n");
        QVERIFY(TestFiles::write(storyPath(), text));
        const ImportOutcome outcome = TAKE(ArticleTransfer::importFile(*db, storyPath()));
        const Article a = TAKE(ArticleRepository(*db).load(outcome.id));
        QVERIFY(a.dekWaived);
        QVERIFY(a.dek.isEmpty());
        QVERIFY(TAKE(ArticleTransfer::exportMarkdown(*db, a.slug)).contains("\ndek_waived: true\n"));
    }

    void aDataUriThatIsNotAnImageIsRefused()
    {
        TestDatabase db;
        QByteArray text = storyText;
        text.replace("hero_image: images/bridge.png",
                     "hero_image: data:image/png;base64," + QByteArray("<svg onload=alert(1)>").toBase64());
        QVERIFY(TestFiles::write(storyPath(), text));
        const auto result = ArticleTransfer::importFile(*db, storyPath());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1StringView("data: URI")));
        QCOMPARE(TAKE(ArticleRepository(*db).count()), 0);
    }

    void aSlugAnotherStoryHasIsAConflict()
    {
        TestDatabase db;
        const ImportOutcome first = TAKE(ArticleTransfer::importFile(*db, storyPath()));
        const QString copy = m_dir->filePath(QStringLiteral("copy.md"));
        QVERIFY(TestFiles::write(copy, TAKE(ArticleTransfer::exportMarkdown(*db, first.slug))));
        const auto result = ArticleTransfer::importFile(*db, copy);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, StorageError::Kind::Conflict);
        QVERIFY(result.error().message.contains(QLatin1StringView("bridge-reopens")));
        QCOMPARE(TAKE(ArticleRepository(*db).count()), 1);
    }

    void aFileWithoutASlugGetsAFreeOne()
    {
        TestDatabase db;
        QByteArray text = storyText;
        text.replace("slug: bridge-reopens\n", "");
        for (const char *name : {"a.md", "b.md"})
            QVERIFY(TestFiles::write(m_dir->filePath(QStringLiteral("story/") + QLatin1StringView(name)), text));
        const auto outcomes = ArticleTransfer::importFiles(
            *db, {m_dir->filePath(QStringLiteral("story/a.md")), m_dir->filePath(QStringLiteral("story/b.md"))});
        QCOMPARE(outcomes.size(), size_t(2));
        QCOMPARE(outcomes[0].value().slug, QStringLiteral("harbour-bridge-reopens-after-repairs"));
        QCOMPARE(outcomes[1].value().slug, QStringLiteral("harbour-bridge-reopens-after-repairs-2"));
        QVERIFY(TAKE(ArticleRepository(*db).load(outcomes[0].value().id)).slugAuto);
    }

    void oneBadFileDoesNotStopTheOthers()
    {
        TestDatabase db;
        const QString bad = m_dir->filePath(QStringLiteral("bad.md"));
        QVERIFY(TestFiles::write(bad, "---\nheadline: [never, closed\n"));
        const auto outcomes =
            ArticleTransfer::importFiles(*db, {bad, m_dir->filePath(QStringLiteral("missing.md")), storyPath()});
        QCOMPARE(outcomes.size(), size_t(3));
        QVERIFY(!outcomes[0].ok());
        QVERIFY(outcomes[0].error().message.contains(QLatin1StringView("bad.md")));
        QVERIFY(!outcomes[1].ok());
        QCOMPARE(outcomes[1].error().kind, StorageError::Kind::NotFound);
        QVERIFY(outcomes[2].ok());
        QCOMPARE(TAKE(ArticleRepository(*db).count()), 1);
    }

    void htmlExportIsAPageOfTheStory()
    {
        TestDatabase db;
        QByteArray text = storyText;
        text.replace("headline: Harbour bridge reopens after repairs", "headline: \"Bridge <b>reopens</b>\"");
        QVERIFY(TestFiles::write(storyPath(), text));
        const ImportOutcome outcome = TAKE(ArticleTransfer::importFile(*db, storyPath()));
        const QString html = QString::fromUtf8(TAKE(ArticleTransfer::exportHtml(*db, outcome.slug)));
        QVERIFY(html.contains(QLatin1StringView("<h1>Bridge &lt;b&gt;reopens&lt;/b&gt;</h1>")));
        QVERIFY(html.contains(QStringLiteral("By Jane Doe and Łukasz Nowak")));
        QVERIFY(html.contains(QLatin1StringView("<img src=\"data:image/png;base64,")
                              + QString::fromLatin1(m_png.toBase64())));
        QVERIFY(html.contains(QLatin1StringView("<td class=\"tag\">Roads &amp; traffic</td>")));
        QVERIFY(!html.contains(QLatin1StringView("toll figures")));
    }

    void exportingAnUnknownSlugSaysSo()
    {
        TestDatabase db;
        const auto result = ArticleTransfer::exportMarkdown(*db, QStringLiteral("no-such-story"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, StorageError::Kind::NotFound);
        QVERIFY(result.error().message.contains(QLatin1StringView("no-such-story")));
        QVERIFY(!ArticleTransfer::exportHtml(*db, QStringLiteral("no-such-story")).ok());
    }

private:
    QString storyPath() const { return m_dir->filePath(QStringLiteral("story/story.md")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_png;
};

QTEST_GUILESS_MAIN(ArticleTransferTest)
#include "tst_articletransfer.moc"
