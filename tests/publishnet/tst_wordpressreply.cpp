// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressReply on answers shaped like a real WordPress's (REST API v2, context=edit) and on
// hostile ones: wrong types, ids that are no ids, links that are not web pages, absurd dates.

#include "wordpressreply.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

// JSON and headers written with ' for " (none of them holds a '), so they read as they are sent.
// (moc misreads raw string literals that hold "//".)
QByteArray q(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// A post as WordPress 6 answers GET wp/v2/posts/ID?context=edit (abridged: _links, meta, guid…).
const QByteArray realPost =
    q("{"
      "  'id': 4821,"
      "  'date': '2024-05-01T12:20:30',"
      "  'date_gmt': '2024-05-01T10:20:30',"
      "  'modified': '2024-05-02T09:00:05',"
      "  'modified_gmt': '2024-05-02T07:00:05',"
      "  'slug': 'chip-race',"
      "  'status': 'publish',"
      "  'type': 'post',"
      "  'link': 'https://news.example/2024/05/01/chip-race/',"
      "  'title': {'raw': 'Chip makers race to the next node', 'rendered': 'Chip makers race to the next node'},"
      "  'content': {'raw': '<p>The first paragraph.</p>', 'rendered': '<p>The first paragraph.</p>',"
      "              'protected': false, 'block_version': 0},"
      "  'excerpt': {'raw': 'A dek', 'rendered': '<p>A dek</p>', 'protected': false},"
      "  'author': 1,"
      "  'featured_media': 77,"
      "  'comment_status': 'open',"
      "  'sticky': false,"
      "  'format': 'standard',"
      "  'categories': [3],"
      "  'tags': [5, 6]"
      "}");

// The answer to creating a draft (POST wp/v2/posts), abridged.
const QByteArray newDraft =
    q("{'id': 90, 'slug': '', 'status': 'draft', 'link': 'http://127.0.0.1:8080/?p=90',"
      "    'modified_gmt': '2024-05-01T10:20:30', 'featured_media': 0,"
      "    'title': {'raw': 'Headline', 'rendered': 'Headline'}, 'content': {'raw': '', 'rendered': ''}}");

// An attachment as WordPress answers GET wp/v2/media/ID?context=edit, abridged.
const QByteArray realMedia =
    q("{'id':44,'date':'2024-05-01T12:20:31','slug':'chip-race-3f2a9c1b0d4e','type':'attachment',"
      "    'link':'http://127.0.0.1:8080/?attachment_id=44','alt_text':'A wafer','media_type':'image',"
      "    'mime_type':'image/png',"
      "    'source_url':'http://127.0.0.1:8080/wp-content/uploads/2024/05/chip-race-3f2a9c1b0d4e.png'}");

QByteArray withField(const char *name, const QByteArray &json)
{
    return "{\"id\": 12, \"" + QByteArray(name) + "\": " + json + '}';
}

} // namespace

class TestWordPressReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAPostFieldByField()
    {
        const auto post = WordPressReply::post(realPost);
        QVERIFY(post);
        QCOMPARE(post->id, 4821);
        QCOMPARE(post->slug, QStringLiteral("chip-race"));
        QCOMPARE(post->status, QStringLiteral("publish"));
        QCOMPARE(post->link, QUrl(QStringLiteral("https://news.example/2024/05/01/chip-race/")));
        QCOMPARE(post->modifiedGmt, QDateTime(QDate(2024, 5, 2), QTime(7, 0, 5), QTimeZone::UTC));
        QCOMPARE(post->modifiedGmt.timeSpec(), Qt::UTC);
        QCOMPARE(post->featuredMedia, 77);
        QCOMPARE(post->rawTitle, QStringLiteral("Chip makers race to the next node"));
        QCOMPARE(post->rawContent, QStringLiteral("<p>The first paragraph.</p>"));
    }

    void aDraftJustCreatedHasEmptyRawFields()
    {
        const auto post = WordPressReply::post(newDraft);
        QVERIFY(post);
        QCOMPARE(post->id, 90);
        QCOMPARE(post->status, QStringLiteral("draft"));
        QCOMPARE(post->link, QUrl(QStringLiteral("http://127.0.0.1:8080/?p=90")));
        QCOMPARE(post->featuredMedia, 0);
        QCOMPARE(post->rawTitle, QStringLiteral("Headline"));
        QVERIFY(post->rawContent.isEmpty());
    }

    void anAnswerWithoutAValidIdIsNoPost_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("id"); // 0: no post
        QTest::newRow("valid") << q("{'id': 5}") << qint64(5);
        QTest::newRow("largest") << q("{'id': 9223372036854775807}") << qint64(9223372036854775807);
        QTest::newRow("missing") << q("{'slug': 'a'}") << qint64(0);
        QTest::newRow("zero") << q("{'id': 0}") << qint64(0);
        QTest::newRow("negative") << q("{'id': -5}") << qint64(0);
        QTest::newRow("string") << q("{'id': '5'}") << qint64(0);
        QTest::newRow("fraction") << q("{'id': 5.5}") << qint64(0);
        QTest::newRow("beyond 64 bits") << q("{'id': 9223372036854775808}") << qint64(0);
        QTest::newRow("huge") << q("{'id': 1e300}") << qint64(0);
        QTest::newRow("null") << q("{'id': null}") << qint64(0);
        QTest::newRow("object") << q("{'id': {'id': 5}}") << qint64(0);
        QTest::newRow("a list") << q("[{'id': 5}]") << qint64(0);
        QTest::newRow("error body") << QByteArray(
            q("{'code':'rest_post_invalid_id','message':'Invalid post ID.','data':{'status':404}}"))
                                    << qint64(0);
        QTest::newRow("html") << QByteArray("<html><body>Database error</body></html>") << qint64(0);
        QTest::newRow("cut off") << realPost.left(200) << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(0);
    }
    void anAnswerWithoutAValidIdIsNoPost()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, id);
        const auto post = WordPressReply::post(body);
        QCOMPARE(post.has_value(), id > 0);
        if (post)
            QCOMPARE(post->id, id);
    }

    void fieldsOfTheWrongTypeReadAsAbsent()
    {
        const auto post = WordPressReply::post(
            q("{'id': 12, 'slug': 7, 'status': ['publish'], 'link': 1,"
              "            'modified_gmt': 1714557630, 'featured_media': '77', 'title': 'Headline', 'content': null}"));
        QVERIFY(post);
        QCOMPARE(post->id, 12);
        QVERIFY(post->slug.isEmpty());
        QVERIFY(post->status.isEmpty());
        QVERIFY(post->link.isEmpty());
        QVERIFY(!post->modifiedGmt.isValid());
        QCOMPARE(post->featuredMedia, 0);
        QVERIFY(post->rawTitle.isEmpty());
        QVERIFY(post->rawContent.isEmpty());
    }

    void featuredMediaIsAPositiveInt_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("id") << QByteArray("77") << 77;
        QTest::newRow("none") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-3") << 0;
        QTest::newRow("beyond int") << QByteArray("2147483648") << 0;
        QTest::newRow("largest int") << QByteArray("2147483647") << 2147483647;
        QTest::newRow("fraction") << QByteArray("7.5") << 0;
    }
    void featuredMediaIsAPositiveInt()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto post = WordPressReply::post(withField("featured_media", value));
        QVERIFY(post);
        QCOMPARE(post->featuredMedia, expected);
    }

    // A server's `javascript:` or `file:` link must never become the article's address.
    void onlyWebLinksAreKept_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("kept");
        QTest::newRow("https") << QStringLiteral("https://news.example/2024/05/01/chip-race/") << true;
        QTest::newRow("http with port") << QStringLiteral("http://127.0.0.1:8080/?p=5") << true;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://news.example/a/") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)") << false;
        QTest::newRow("javascript with slashes") << QStringLiteral("javascript://news.example/%0aalert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://news.example/a") << false;
        QTest::newRow("relative") << QStringLiteral("/2024/05/01/chip-race/") << false;
        QTest::newRow("no host") << QStringLiteral("http:///chip-race/") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void onlyWebLinksAreKept()
    {
        QFETCH(QString, link);
        QFETCH(bool, kept);
        const QByteArray json = QJsonDocument(QJsonArray{link}).toJson(QJsonDocument::Compact);
        const auto post = WordPressReply::post(withField("link", json.mid(1, json.size() - 2)));
        QVERIFY(post);
        QCOMPARE(post->link.isEmpty(), !kept);
        if (kept)
            QCOMPARE(post->link, QUrl(link));
    }

    void absurdDatesAreInvalid_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected"); // invalid: no date
        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::UTC);
        };
        QTest::newRow("wordpress") << q("'2024-05-01T10:20:30'") << utc(2024, 5, 1, 10, 20, 30);
        QTest::newRow("first second of 1970") << q("'1970-01-01T00:00:00'") << utc(1970, 1, 1, 0, 0, 0);
        QTest::newRow("last second of 9999") << q("'9999-12-31T23:59:59'") << utc(9999, 12, 31, 23, 59, 59);
        QTest::newRow("before 1970") << q("'1969-12-31T23:59:59'") << QDateTime();
        QTest::newRow("year 0") << q("'0000-01-01T00:00:00'") << QDateTime();
        QTest::newRow("month 13") << q("'2024-13-01T00:00:00'") << QDateTime();
        QTest::newRow("30 February") << q("'2024-02-30T00:00:00'") << QDateTime();
        QTest::newRow("hour 25") << q("'2024-05-01T25:00:00'") << QDateTime();
        QTest::newRow("words") << q("'yesterday'") << QDateTime();
        QTest::newRow("unix time") << QByteArray("1714557630") << QDateTime();
        QTest::newRow("empty") << q("''") << QDateTime();
        QTest::newRow("null") << QByteArray("null") << QDateTime();
    }
    void absurdDatesAreInvalid()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const auto post = WordPressReply::post(withField("modified_gmt", value));
        QVERIFY(post);
        QCOMPARE(post->modifiedGmt.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(post->modifiedGmt, expected);
            QCOMPARE(post->modifiedGmt.timeSpec(), Qt::UTC);
        }
    }

    void aPostListKeepsOnlyPostsInTheSitesOrder()
    {
        const QList<WordPressPost> posts =
            WordPressReply::posts(q("["
                                    "            {'id': 30, 'slug': 'chip-race', 'status': 'draft', 'title': {'raw': "
                                    "'H'}, 'content': {'raw': ''}},"
                                    "            7, 'post', null, {'slug': 'no-id'}, {'id': -1, 'slug': 'negative'},"
                                    "            {'id': 31, 'slug': 'chip-race-2', 'status': 'draft', 'title': {'raw': "
                                    "'H'}, 'content': {'raw': ''}},"
                                    "            {'id': 29, 'slug': 'chip-race-3', 'status': 'publish'}"
                                    "        ]"));
        QCOMPARE(posts.size(), 3);
        QCOMPARE(posts.at(0).id, 30);
        QCOMPARE(posts.at(1).id, 31);
        QCOMPARE(posts.at(1).slug, QStringLiteral("chip-race-2"));
        QCOMPARE(posts.at(2).id, 29);
        QCOMPARE(posts.at(2).status, QStringLiteral("publish"));
    }

    void aPostListIsEmptyUnlessItIsAList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty list") << QByteArray("[]");
        QTest::newRow("one post, not in a list") << q("{'id': 5}");
        QTest::newRow("error") << QByteArray(
            q("{'code':'rest_invalid_param','message':'Invalid parameter(s): status','data':{'status':400}}"));
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><title>Maintenance</title>");
        QTest::newRow("nothing") << QByteArray();
    }
    void aPostListIsEmptyUnlessItIsAList()
    {
        QFETCH(QByteArray, body);
        QVERIFY(WordPressReply::posts(body).isEmpty());
    }

    void aTermQueryGivesTheFirstTermWithAnId_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("id"); // 0: none
        QTest::newRow("wordpress") << QByteArray(
            q("[{'id':7,'count':0,'description':'','link':'http://127.0.0.1:8080/"
              "?cat=7','name':'Technology','slug':'technology','taxonomy':'category','parent':0,'meta':[]}]"))
                                   << 7;
        QTest::newRow("none yet") << QByteArray("[]") << 0;
        QTest::newRow("first without an id") << q("[{'id': 0}, {'name': 'x'}, {'id': 9}]") << 9;
        QTest::newRow("ids as strings") << q("[{'id': '7'}]") << 0;
        QTest::newRow("not objects") << QByteArray("[7, 8]") << 0;
        QTest::newRow("an object") << q("{'id': 7}") << 0;
        QTest::newRow("beyond int") << q("[{'id': 4294967303}]") << 0;
    }
    void aTermQueryGivesTheFirstTermWithAnId()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, id);
        QCOMPARE(WordPressReply::firstTermId(body).value_or(0), id);
    }

    void aCreatedTermGivesItsId_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("id"); // 0: none
        QTest::newRow("wordpress") << QByteArray(
            q("{'id':12,'count':0,'description':'','link':'http://127.0.0.1:8080/?tag=open-foundry','name':'Open "
              "Foundry','slug':'open-foundry','taxonomy':'post_tag','meta':[]}"))
                                   << 12;
        QTest::newRow("negative") << q("{'id': -12}") << 0;
        QTest::newRow("in a list") << q("[{'id': 12}]") << 0;
        QTest::newRow("nothing") << QByteArray() << 0;
    }
    void aCreatedTermGivesItsId()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, id);
        QCOMPARE(WordPressReply::createdTermId(body).value_or(0), id);
    }

    void termExistsGivesTheExistingTerm_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("id"); // 0: none
        QTest::newRow("wordpress") << QByteArray(
            q("{'code':'term_exists','message':'A term with the name provided already exists in this "
              "taxonomy.','data':{'status':400,'term_id':31}}"))
                                   << 31;
        QTest::newRow("another refusal") << QByteArray(
            q("{'code':'rest_cannot_create','message':'Sorry.','data':{'status':403,'term_id':31}}"))
                                         << 0;
        QTest::newRow("term_id as a string") << q("{'code':'term_exists','data':{'term_id':'31'}}") << 0;
        QTest::newRow("term_id 0") << q("{'code':'term_exists','data':{'term_id':0}}") << 0;
        QTest::newRow("no data") << q("{'code':'term_exists'}") << 0;
        QTest::newRow("id instead") << q("{'code':'term_exists','id':31}") << 0;
    }
    void termExistsGivesTheExistingTerm()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, id);
        QCOMPARE(WordPressReply::existingTermId(body).value_or(0), id);
    }

    void readsAnAttachment()
    {
        const auto media = WordPressReply::media(realMedia);
        QVERIFY(media);
        QCOMPARE(media->id, 44);
        QCOMPARE(media->sourceUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:8080/wp-content/uploads/2024/05/chip-race-3f2a9c1b0d4e.png")));
    }

    void anAttachmentsSourceIsAWebAddressOrNothing()
    {
        const auto media = WordPressReply::media(q("{'id': 44, 'source_url': 'file:///var/www/chip-race.png'}"));
        QVERIFY(media);
        QCOMPARE(media->id, 44);
        QVERIFY(media->sourceUrl.isEmpty());
        const QByteArray withoutId = q("{'source_url': 'http://news.example/a.png'}");
        QVERIFY(!WordPressReply::media(withoutId));
        const QByteArray idZero = q("{'id': 0, 'source_url': 'http://news.example/a.png'}");
        QVERIFY(!WordPressReply::media(idZero));
    }

    void theRestRootComesFromTheLinkHeader_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("root"); // empty: none
        const QString site = QStringLiteral("http://news.example/");
        QTest::newRow("pretty permalinks") << q("<http://news.example/wp-json/>; rel='https://api.w.org/'") << site
                                           << QStringLiteral("http://news.example/wp-json/");
        QTest::newRow("plain permalinks, after others")
            << QByteArray(q("<http://news.example/?p=5>; rel=shortlink, <http://news.example/index.php?rest_route=/>; "
                            "rel='https://api.w.org/', <http://news.example/index.php?rest_route=/wp/v2/pages/2>; "
                            "rel='alternate'; title='JSON'; type='application/json'"))
            << site << QStringLiteral("http://news.example/index.php?rest_route=/");
        QTest::newRow("relative") << q("</wp-json/>; rel='https://api.w.org/'")
                                  << QStringLiteral("https://news.example/section/page")
                                  << QStringLiteral("https://news.example/wp-json/");
        QTest::newRow("rel after another parameter")
            << q("<http://news.example/wp-json/> ; type='application/json' ; rel='https://api.w.org/'") << site
            << QStringLiteral("http://news.example/wp-json/");
        QTest::newRow("rel as a token") << q("<http://news.example/wp-json/>;rel=https://api.w.org/") << site
                                        << QStringLiteral("http://news.example/wp-json/");
        QTest::newRow("rel among others") << q("<http://news.example/wp-json/>; REL='alternate https://api.w.org/'")
                                          << site << QStringLiteral("http://news.example/wp-json/");
        QTest::newRow("comma inside quotes") << QByteArray(
            q("<http://news.example/a>; title='one, <two>', <http://news.example/wp-json/>; rel='https://api.w.org/'"))
                                             << site << QStringLiteral("http://news.example/wp-json/");
        QTest::newRow("only a shortlink") << q("<http://news.example/?p=5>; rel=shortlink") << site << QString();
        QTest::newRow("the relation inside a title")
            << QByteArray("<http://evil.example/>; title=\"rel=\\\"https://api.w.org/\\\"\"") << site << QString();
        QTest::newRow("the relation without its slash")
            << q("<http://news.example/wp-json/>; rel='https://api.w.org'") << site << QString();
        QTest::newRow("javascript") << q("<javascript:alert(1)>; rel='https://api.w.org/'") << site << QString();
        QTest::newRow("file") << q("<file:///etc/passwd>; rel='https://api.w.org/'") << site << QString();
        QTest::newRow("empty target") << q("<>; rel='https://api.w.org/'") << site << QString();
        QTest::newRow("unterminated") << q("<http://news.example/wp-json/; rel='https://api.w.org/'") << site
                                      << QString();
        QTest::newRow("no header") << QByteArray() << site << QString();
    }
    void theRestRootComesFromTheLinkHeader()
    {
        QFETCH(QByteArray, link);
        QFETCH(QString, site);
        QFETCH(QString, root);
        const QUrl found = WordPressReply::restRootFromLink(link, QUrl(site));
        QCOMPARE(found.toString(), root);
    }

    // The header is read in linear time: a quadratic reading of a megabyte would take minutes.
    void aHostileLinkHeaderIsReadQuickly_data()
    {
        QTest::addColumn<QByteArray>("link");
        const qsizetype size = 1 << 20;
        QTest::newRow("opening brackets") << QByteArray(size, '<');
        QTest::newRow("empty parameters") << "<a>" + QByteArray(size, ';');
        QTest::newRow("parameters without values") << "<a>" + QByteArray(size, 'x').replace("xx", "x ");
        QTest::newRow("an open quote") << "<a>; rel=\"" + QByteArray(size, '\\');
        QTest::newRow("many links") << QByteArray("<a>; rel=b, ").repeated(size / 12);
    }
    void aHostileLinkHeaderIsReadQuickly()
    {
        QFETCH(QByteArray, link);
        QElapsedTimer timer;
        timer.start();
        const QUrl root = WordPressReply::restRootFromLink(link, QUrl(QStringLiteral("http://news.example/")));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(root.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWordPressReply)
#include "tst_wordpressreply.moc"
