// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "authorrepository.h"
#include "imagerepository.h"
#include "ninjsdocument.h"
#include "publicationrepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
NinjsDocument::Input fullStory()
{
    NinjsDocument::Input in;
    Article &a = in.render.article;
    a.id = 42;
    a.slug = u"rba-lifts-rates"_s;
    a.headline = u"Reserve Bank lifts the cash rate"_s;
    a.dek = u"The first rise in two years."_s;
    a.dateline = u"Sydney"_s;
    a.created = QDateTime(QDate(2026, 5, 20), QTime(8, 0), QTimeZone::UTC);
    a.updated = QDateTime(QDate(2026, 5, 21), QTime(9, 30, 15), QTimeZone::UTC);
    a.scheduled = QDateTime(QDate(2026, 5, 22), QTime(0, 0), QTimeZone::UTC);
    a.hero = HeroImage{7, u"image/png"_s, u"The bank's Sydney office at dawn"_s, u"Martin Place"_s, u"Jo Smith/AAP"_s};
    a.body = u"## What changed\n\nThe **bank** [said](https://rba.example/) rates rise to 4.1%.\n\n"
             "> \"We act now,\" she said.\n\n| a | b |\n|---|---|\n| one | two |\n"_s;
    a.attribution = u"First reported by The Wire."_s;
    a.sourceUrl = u"https://wire.example/story?id=1&x=2"_s;
    a.notes = u"SECRET-EDITORIAL-NOTE do not publish"_s;
    in.render.sectionName = u"Business"_s;
    in.render.authors = {Author{1, u"Sam Lee"_s, u"Economics"_s}, Author{2, u"Alex Kim"_s, {}}};
    in.render.publication = Publication{u"Harbour Times"_s, {}, u"Brisbane"_s, u"en_AU"_s, u"Australia/Brisbane"_s};
    in.render.heroData = QByteArray("\x89PNG\r\n\x1a\n", 8);
    in.tags = {Tag{1, u"Interest rates"_s, u"interest-rates"_s, TagKind::Topic},
               Tag{2, u"Reserve Bank of Australia"_s, u"rba"_s, TagKind::Organisation},
               Tag{3, u"Michele Bullock"_s, u"michele-bullock"_s, TagKind::Person},
               Tag{4, u"Sydney"_s, u"sydney"_s, TagKind::Place}};
    in.version = u"17"_s;
    return in;
}

NinjsDocument::Input minimalStory()
{
    NinjsDocument::Input in;
    in.render.article.id = 1;
    in.render.article.slug = u"short"_s;
    in.render.article.headline = u"Short"_s;
    in.render.article.body = u"One line."_s;
    return in;
}

// A copy of `value` (an object or an array) with the element at `path` set; numeric parts index arrays.
QJsonValue setAt(const QJsonValue &value, QStringList path, const QJsonValue &leaf)
{
    if (path.isEmpty())
        return leaf;
    const QString key = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = key.toInt();
        array.replace(index, setAt(array.at(index), path, leaf));
        return array;
    }
    QJsonObject object = value.toObject();
    object.insert(key, setAt(object.value(key), path, leaf));
    return object;
}

QJsonObject setAt(const QJsonObject &doc, const QStringList &path, const QJsonValue &leaf)
{
    return setAt(QJsonValue(doc), path, leaf).toObject();
}

QString firstValue(const QJsonObject &doc, const char *array)
{
    return doc.value(QLatin1StringView(array)).toArray().at(0).toObject().value("value"_L1).toString();
}
} // namespace

class NinjsDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldOfTheStoryIsThere()
    {
        const QJsonObject doc = NinjsDocument::build(fullStory());
        QCOMPARE(doc.value("uri"_L1).toString(), u"urn:copydesk:harbour-times:article:42"_s);
        QCOMPARE(doc.value("type"_L1).toString(), u"text"_s);
        QCOMPARE(doc.value("version"_L1).toString(), u"17"_s);
        QCOMPARE(doc.value("firstcreated"_L1).toString(), u"2026-05-20T08:00:00Z"_s);
        QCOMPARE(doc.value("versioncreated"_L1).toString(), u"2026-05-21T09:30:15Z"_s);
        QCOMPARE(doc.value("embargoed"_L1).toString(), u"2026-05-22T00:00:00Z"_s);
        QCOMPARE(doc.value("pubstatus"_L1).toString(), u"usable"_s);
        QCOMPARE(doc.value("language"_L1).toString(), u"en-AU"_s);
        QCOMPARE(doc.value("slugline"_L1).toString(), u"rba-lifts-rates"_s);
        QCOMPARE(firstValue(doc, "headlines"), u"Reserve Bank lifts the cash rate"_s);
        QCOMPARE(firstValue(doc, "descriptions"), u"The first rise in two years."_s);
        QCOMPARE(doc.value("by"_L1).toString(), u"Sam Lee and Alex Kim"_s);
        QCOMPARE(doc.value("located"_L1).toString(), u"Sydney"_s);
        QCOMPARE(doc.value("standard"_L1).toObject().value("version"_L1).toString(), u"2.1"_s);
    }

    void theBodyIsTheRenderersHtmlWithItsWordCount()
    {
        const NinjsDocument::Input in = fullStory();
        const QJsonObject body = NinjsDocument::build(in).value("bodies"_L1).toArray().at(0).toObject();
        QCOMPARE(body.value("contenttype"_L1).toString(), u"text/html"_s);
        QCOMPARE(body.value("value"_L1).toString(), ArticleRenderer::bodyHtml(in.render.article.body));
        QVERIFY(body.value("value"_L1).toString().contains(u"<h2>What changed</h2>"_s));
        // What changed(2) The bank said rates rise to 4.1%.(7) "We act now," she said.(5) a b one two(4)
        QCOMPARE(body.value("wordcount"_L1).toInt(), 18);
    }

    void tagsGoWhereTheirKindBelongs()
    {
        const QJsonObject doc = NinjsDocument::build(fullStory());
        const QJsonArray subjects = doc.value("subjects"_L1).toArray();
        QCOMPARE(subjects.size(), 2);
        QCOMPARE(subjects.at(0).toObject().value("name"_L1).toString(), u"Business"_s);
        QCOMPARE(subjects.at(0).toObject().value("rel"_L1).toString(), u"section"_s);
        QCOMPARE(subjects.at(1).toObject().value("literal"_L1).toString(), u"interest-rates"_s);
        QCOMPARE(doc.value("organisations"_L1).toArray().at(0).toObject().value("name"_L1).toString(),
                 u"Reserve Bank of Australia"_s);
        QCOMPARE(doc.value("people"_L1).toArray().at(0).toObject().value("name"_L1).toString(), u"Michele Bullock"_s);
        QCOMPARE(doc.value("places"_L1).toArray().at(0).toObject().value("name"_L1).toString(), u"Sydney"_s);
    }

    void theAttributionIsAnInfosource()
    {
        const QJsonObject source = NinjsDocument::build(fullStory()).value("infosources"_L1).toArray().at(0).toObject();
        QCOMPARE(source.value("name"_L1).toString(), u"First reported by The Wire."_s);
        QCOMPARE(source.value("uri"_L1).toString(), u"https://wire.example/story?id=1&x=2"_s);
    }

    void theHeroIsAnAssociationWithItsAltText()
    {
        const QJsonObject hero = NinjsDocument::build(fullStory()).value("associations"_L1).toArray().at(0).toObject();
        QCOMPARE(hero.value("name"_L1).toString(), u"featureimage"_s);
        QCOMPARE(hero.value("type"_L1).toString(), u"picture"_s);
        QCOMPARE(hero.value("uri"_L1).toString(), u"urn:copydesk:harbour-times:article:42:image:7"_s);
        QCOMPARE(hero.value("by"_L1).toString(), u"Jo Smith/AAP"_s);
        const QJsonArray descriptions = hero.value("descriptions"_L1).toArray();
        QCOMPARE(descriptions.at(0).toObject().value("role"_L1).toString(), u"alt"_s);
        QCOMPARE(descriptions.at(0).toObject().value("value"_L1).toString(), u"The bank's Sydney office at dawn"_s);
        QCOMPARE(descriptions.at(1).toObject().value("value"_L1).toString(), u"Martin Place"_s);
        const QJsonObject rendition = hero.value("renditions"_L1).toArray().at(0).toObject();
        QCOMPARE(rendition.value("contenttype"_L1).toString(), u"image/png"_s);
        QVERIFY(rendition.value("href"_L1).toString().startsWith(u"data:image/png;base64,"_s));
        QCOMPARE(rendition.value("sizeinbytes"_L1).toInt(), 8);
    }

    void notesNeverLeave()
    {
        const QByteArray json = QJsonDocument(NinjsDocument::build(fullStory())).toJson();
        QVERIFY(!json.contains("SECRET-EDITORIAL-NOTE"));
        QVERIFY(!json.contains("ednote"));
    }

    void aMinimalStoryLeavesOutWhatItHasNot()
    {
        const QJsonObject doc = NinjsDocument::build(minimalStory());
        for (const char *key : {"descriptions", "associations", "by", "infosources", "subjects", "embargoed",
                                "firstcreated", "located", "copyrightholder"})
            QVERIFY2(!doc.contains(QLatin1StringView(key)), key);
        QCOMPARE(doc.value("uri"_L1).toString(), u"urn:copydesk:copydesk:article:1"_s);
    }

    void documentsAreValidNinjs_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::newRow("full story") << NinjsDocument::build(fullStory());
        QTest::newRow("minimal story") << NinjsDocument::build(minimalStory());
        NinjsDocument::Input withdrawn = fullStory();
        withdrawn.status = NinjsDocument::Status::Canceled;
        QTest::newRow("withdrawn") << NinjsDocument::build(withdrawn);
        NinjsDocument::Input awkward = fullStory();
        awkward.render.article.sourceUrl = u"not a url"_s;
        awkward.render.article.headline = u"Quotes \" and \\ backslashes </script>"_s;
        awkward.render.article.hero->caption.clear();
        awkward.render.heroData.clear();
        QTest::newRow("awkward values") << NinjsDocument::build(awkward);
        QTest::newRow("stored story") << storedStoryDocument();
    }

    void documentsAreValidNinjs()
    {
        QFETCH(QJsonObject, document);
        const auto [exitCode, output] = validate(document);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QCOMPARE(output, QString());
    }

    void theValidatorCatchesBrokenDocuments_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("where"); // the path validate.py names for the first error
        const QJsonObject doc = NinjsDocument::build(fullStory());
        const auto with = [&doc](const QString &path, const QJsonValue &value) {
            return setAt(doc, path.split(u'/'), value);
        };
        QJsonObject noUri = doc;
        noUri.remove("uri"_L1);
        QJsonObject misspelt = doc;
        misspelt.insert("versioncreatd"_L1, misspelt.take("versioncreated"_L1));
        QJsonObject unnamed = doc;
        QJsonArray associations = unnamed.value("associations"_L1).toArray();
        QJsonObject picture = associations.at(0).toObject();
        picture.remove("name"_L1);
        associations.replace(0, picture);
        unnamed.insert("associations"_L1, associations);

        QTest::newRow("no uri") << noUri << u"(document)"_s;
        QTest::newRow("unknown property") << with(u"notes"_s, u"x"_s) << u"(document)"_s;
        QTest::newRow("misspelt top-level field") << misspelt << u"(document)"_s;
        QTest::newRow("unknown pubstatus") << with(u"pubstatus"_s, u"live"_s) << u"pubstatus"_s;
        QTest::newRow("pubstatus spelt cancelled") << with(u"pubstatus"_s, u"cancelled"_s) << u"pubstatus"_s;
        QTest::newRow("unknown type") << with(u"type"_s, u"article"_s) << u"type"_s;
        QTest::newRow("version as a number") << with(u"version"_s, 17) << u"version"_s;
        QTest::newRow("date not RFC 3339") << with(u"versioncreated"_s, u"21/05/2026"_s) << u"versioncreated"_s;
        QTest::newRow("language with an underscore") << with(u"language"_s, u"en_AU"_s) << u"language"_s;
        QTest::newRow("headline without a value")
            << with(u"headlines"_s, QJsonArray{QJsonObject{{"role"_L1, u"main"_s}}}) << u"headlines/0"_s;
        QTest::newRow("wordcount as a string") << with(u"bodies/0/wordcount"_s, u"18"_s) << u"bodies/0/wordcount"_s;
        QTest::newRow("negative wordcount") << with(u"bodies/0/wordcount"_s, -1) << u"bodies/0/wordcount"_s;
        QTest::newRow("subject as a string") << with(u"subjects/0"_s, u"Business"_s) << u"subjects/0"_s;
        QTest::newRow("association without a name") << unnamed << u"associations/0"_s;
        QTest::newRow("rendition width not a number")
            << with(u"associations/0/renditions/0/width"_s, u"wide"_s) << u"associations/0/renditions/0/width"_s;
        QTest::newRow("misspelt association field")
            << with(u"associations/0/desciptions"_s, QJsonArray{}) << u"associations/0"_s;
    }

    void theValidatorCatchesBrokenDocuments()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, where);
        const auto [exitCode, output] = validate(document);
        QCOMPARE(exitCode, 1);
        QVERIFY2(output.startsWith(where + u':'), qPrintable(output));
    }

    void wordCount_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("words");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("marks are not words") << u"**Bold** and _this_ — # ok"_s << 4;
        QTest::newRow("link address not counted") << u"[two words](https://a.example/very/long)"_s << 2;
        QTest::newRow("hyphens and numbers") << u"well-known 2024 don't"_s << 3;
        QTest::newRow("list") << u"- one\n- two\n\n1. three"_s << 3;
    }

    void wordCount()
    {
        QFETCH(QString, markdown);
        QFETCH(int, words);
        QCOMPARE(NinjsDocument::wordCount(markdown), words);
    }

    void aStoredStoryBringsItsOwnImagesOnly()
    {
        const QJsonObject doc = storedStoryDocument();
        const QString body = doc.value("bodies"_L1).toArray().at(0).toObject().value("value"_L1).toString();
        QVERIFY2(body.contains(u"src=\"data:image/png;base64,"_s), qPrintable(body));
        QCOMPARE(body.count(u"data:image/png"_s), 1); // the other story's image is not pulled in
        QCOMPARE(doc.value("subjects"_L1).toArray().size(), 2);
        QCOMPARE(doc.value("by"_L1).toString(), u"Sam Lee"_s);
        QCOMPARE(doc.value("located"_L1).toString(), u"Brisbane"_s);
        QVERIFY(doc.value("associations"_L1)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("renditions"_L1)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("href"_L1)
                    .toString()
                    .startsWith(u"data:image/png;base64,"_s));
    }

private:
    QJsonObject storedStoryDocument()
    {
        TestDatabase db;
        Publication p;
        p.name = u"Harbour Times"_s;
        p.homeCity = u"Brisbane"_s;
        p.locale = u"en_AU"_s;
        if (!PublicationRepository(*db).save(p).ok())
            qFatal("cannot save the publication");
        Article other;
        other.headline = u"Other"_s;
        const qint64 otherId = TAKE(ArticleRepository(*db).create(other)).id;
        const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        const qint64 foreign = TAKE(ImageRepository(*db).addInline(otherId, png, u"image/png"_s, u"x.png"_s));
        Article a;
        a.headline = u"Stored story"_s;
        a.dek = u"A dek."_s;
        a.sectionId = TAKE(SectionRepository(*db).add(Section{0, u"Business"_s, {}, 0})).id;
        a.authorIds = {TAKE(AuthorRepository(*db).add(Author{0, u"Sam Lee"_s, {}})).id};
        a.tagIds = {TAKE(TagRepository(*db).add(Tag{0, u"Rates"_s, {}, TagKind::Topic})).id};
        a.notes = u"SECRET-EDITORIAL-NOTE"_s;
        Article stored = TAKE(ArticleRepository(*db).create(a));
        const qint64 own = TAKE(ImageRepository(*db).addInline(stored.id, png, u"image/png"_s, u"own.png"_s));
        TAKE(ImageRepository(*db).setHero(stored.id, png, HeroImage{0, u"image/png"_s, u"A dot"_s, {}, {}}));
        stored = TAKE(ArticleRepository(*db).load(stored.id));
        stored.body = u"![Own](%1) and ![Foreign](%2)\n"_s.arg(ImageRepository::imageUrl(own),
                                                               ImageRepository::imageUrl(foreign));
        TAKE(ArticleRepository(*db).update(stored));
        return TAKE(NinjsDocument::forArticle(*db, stored.id));
    }

    std::pair<int, QString> validate(const QJsonObject &document)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"doc.json"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(document).toJson()) < 0)
            return {-1, u"cannot write the document"_s};
        f.close();
        QProcess python;
        python.start(QStringLiteral(PYTHON3_EXECUTABLE),
                     {QStringLiteral(NINJS_DIR "/validate.py"),
                      QStringLiteral(NINJS_DIR "/copydesk-ninjs-2.schema.json"), path});
        if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit)
            return {-1, u"python3 did not run: "_s + python.errorString()};
        return {python.exitCode(), QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError())};
    }
};

QTEST_GUILESS_MAIN(NinjsDocumentTest)
#include "tst_ninjsdocument.moc"
