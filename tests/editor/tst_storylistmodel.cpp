// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlebulkwriter.h"
#include "articlerepository.h"
#include "authorrepository.h"
#include "database.h"
#include "sectionrepository.h"
#include "storylistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class StoryListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Database::open(m_dir->filePath(QStringLiteral("newsroom.db")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toLogString()));
        m_db = std::move(opened).value();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void rowsMatchTheStoredArticles()
    {
        auto business = SectionRepository(*m_db).add(Section{0, QStringLiteral("Business"), {}, 0});
        QVERIFY(business);
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const auto first = store(QStringLiteral("Harbour fees rise"), ArticleStatus::Ready, business->id, earlier);
        const auto second =
            store(QStringLiteral("Ferry timetable changes"), ArticleStatus::InReview, 0, earlier.addSecs(600));

        StoryListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());

        const auto stored = ArticleRepository(*m_db).list();
        QVERIFY(stored);
        QCOMPARE(model.rowCount(), stored->size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const ArticleSummary &summary = stored->at(row);
            QCOMPARE(index.data(StoryListModel::IdRole).toLongLong(), summary.id);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), summary.headline);
            QCOMPARE(index.data(StoryListModel::SlugRole).toString(), summary.slug);
            QCOMPARE(index.data(StoryListModel::StatusRole).toString(), statusDisplayName(summary.status));
            QCOMPARE(index.data(StoryListModel::StatusKeyRole).toString(), statusKey(summary.status));
            QCOMPARE(index.data(StoryListModel::SectionRole).toString(), summary.sectionName);
            QCOMPARE(index.data(StoryListModel::UpdatedRole).toDateTime(), summary.updated);
            QCOMPARE(index.data(StoryListModel::UpdatedTextRole).toString(),
                     QLocale().toString(summary.updated.toLocalTime(), QLocale::ShortFormat));
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(statusDisplayName(summary.status)));
        }
        // Newest change first.
        QCOMPARE(model.rowOfId(second), 0);
        QCOMPARE(model.rowOfId(first), 1);
        QCOMPARE(model.index(1).data(StoryListModel::SectionRole).toString(), QStringLiteral("Business"));
        QCOMPARE(model.rowOfId(987654), -1);
    }

    void reloadShowsANewArticle()
    {
        store(QStringLiteral("Existing story"), ArticleStatus::Draft, 0, {});
        StoryListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);

        const qint64 id = store(QStringLiteral("Breaking: quay closed"), ArticleStatus::Draft, 0, {});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row).data().toString(), QStringLiteral("Breaking: quay closed"));
    }

    void updateArticleChangesItsRowInPlace()
    {
        const qint64 older =
            store(QStringLiteral("Older"), ArticleStatus::Draft, 0, QDateTime::currentDateTimeUtc().addSecs(-600));
        store(QStringLiteral("Newer"), ArticleStatus::Draft, 0, {});
        StoryListModel model(*m_db);
        QVERIFY(model.reload());
        QCOMPARE(model.rowOfId(older), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto article = ArticleRepository(*m_db).load(older);
        QVERIFY(article);
        article->headline = QStringLiteral("Older, rewritten");
        auto saved = ArticleRepository(*m_db).update(article.value());
        QVERIFY(saved);
        model.updateArticle(saved.value());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOfId(older), 1); // not moved under the user's cursor
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Older, rewritten"));
    }

    void aFailedReloadIsReportedAndKeepsTheRows()
    {
        store(QStringLiteral("Kept"), ArticleStatus::Draft, 0, {});
        StoryListModel model(*m_db);
        QVERIFY(model.reload());
        QSignalSpy failed(&model, &StoryListModel::failed);
        // Closing the connection under the model makes the next query fail.
        QSqlDatabase connection = m_db->connection();
        connection.close();
        QVERIFY(!model.reload());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.constFirst().constFirst().value<StorageError>().message.isEmpty());
        QCOMPARE(model.rowCount(), 1);
    }

    void manyStoriesAreReadAPageAtATime()
    {
        const int stories = StoryListModel::pageSize * 3 + 17;
        storeMany(stories);
        StoryListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), stories);
        QCOMPARE(model.columnCount(), int(StoryListModel::ColumnCount));
        // Newest first across page boundaries, every row once.
        QSet<qint64> seen;
        QDateTime previous = QDateTime::currentDateTimeUtc().addYears(1);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDateTime updated = model.index(row).data(StoryListModel::UpdatedRole).toDateTime();
            QVERIFY(updated <= previous);
            previous = updated;
            seen.insert(model.idAt(row));
        }
        QCOMPARE(seen.size(), stories);
        QCOMPARE(model.index(stories - 1, StoryListModel::WordsColumn).data().toString(), QStringLiteral("3"));
    }

    void columnsShowBylineAndWordCount()
    {
        const Author author = TAKE(AuthorRepository(*m_db).add(Author{0, QStringLiteral("Ana Pereira"), {}}));
        Article article;
        article.headline = QStringLiteral("Counted");
        article.body = QStringLiteral("one two three four five");
        article.authorIds = {author.id};
        TAKE(ArticleRepository(*m_db).create(article));
        StoryListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.index(0, StoryListModel::BylineColumn).data().toString(), QStringLiteral("Ana Pereira"));
        QCOMPARE(model.index(0, StoryListModel::WordsColumn).data(StoryListModel::WordCountRole).toInt(), 5);
        QCOMPARE(model.index(0, StoryListModel::StatusColumn).data().toString(),
                 statusDisplayName(ArticleStatus::Draft));
        QCOMPARE(model.headerData(StoryListModel::WordsColumn, Qt::Horizontal).toString(), QStringLiteral("Words"));
    }

    void sortingByAColumnUsesItsNamedOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("first");
        QTest::newRow("headline A-Z") << int(StoryListModel::HeadlineColumn) << int(Qt::AscendingOrder) << "Alpha";
        QTest::newRow("headline Z-A") << int(StoryListModel::HeadlineColumn) << int(Qt::DescendingOrder) << "Gamma";
        QTest::newRow("fewest words") << int(StoryListModel::WordsColumn) << int(Qt::AscendingOrder) << "Beta";
        QTest::newRow("most words") << int(StoryListModel::WordsColumn) << int(Qt::DescendingOrder) << "Gamma";
        QTest::newRow("status order") << int(StoryListModel::StatusColumn) << int(Qt::AscendingOrder) << "Alpha";
        QTest::newRow("oldest change") << int(StoryListModel::UpdatedColumn) << int(Qt::AscendingOrder) << "Alpha";
    }
    void sortingByAColumnUsesItsNamedOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, first);
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-600);
        storeWords(QStringLiteral("Alpha"), QStringLiteral("a b"), ArticleStatus::Draft, t);
        storeWords(QStringLiteral("Beta"), QStringLiteral("a"), ArticleStatus::Ready, t.addSecs(1));
        storeWords(QStringLiteral("Gamma"), QStringLiteral("a b c"), ArticleStatus::Published, t.addSecs(2));
        StoryListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.index(0).data().toString(), first);
    }

    void searchWordsShowRankedRowsWithSnippets()
    {
        storeWords(QStringLiteral("Council meeting"), QStringLiteral("the <river> rose & rose"), ArticleStatus::Draft,
                   {});
        storeWords(QStringLiteral("River floods"), QStringLiteral("water everywhere"), ArticleStatus::Draft, {});
        storeWords(QStringLiteral("Unrelated"), QStringLiteral("nothing"), ArticleStatus::Draft, {});
        StoryListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleQuery byRank;
        byRank.sort = ArticleQuery::Sort::Relevance;
        model.sort(StoryListModel::UpdatedColumn, Qt::DescendingOrder);
        QVERIFY(model.setSearch(QStringLiteral("river"), byRank));
        QCOMPARE(model.rowCount(), 2);
        const QString snippet = model.index(1).data(StoryListModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("&lt;<b>river</b>&gt;")), qPrintable(snippet));
        QVERIFY(snippet.contains(QStringLiteral("&amp;")));
        QVERIFY(model.setSearch(QString(), {}));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0).data(StoryListModel::SnippetRole).toString().isEmpty());
    }

    void filtersNarrowTheRows()
    {
        storeWords(QStringLiteral("Draft one"), QStringLiteral("x"), ArticleStatus::Draft, {});
        storeWords(QStringLiteral("Ready one"), QStringLiteral("x"), ArticleStatus::Ready, {});
        storeWords(QStringLiteral("Review one"), QStringLiteral("x"), ArticleStatus::InReview, {});
        StoryListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleQuery query;
        query.statuses = {ArticleStatus::Ready, ArticleStatus::InReview};
        QVERIFY(model.setSearch(QString(), query));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.query().statuses, query.statuses);
    }

private:
    void storeMany(int n)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        int made = 0;
        TAKE(ArticleBulkWriter(*m_db).insertAll([&]() -> std::optional<Article> {
            if (made == n)
                return std::nullopt;
            Article a;
            a.slug = QStringLiteral("story-%1").arg(made);
            a.headline = QStringLiteral("Story %1").arg(made);
            a.body = QStringLiteral("three small words");
            a.created = a.updated = start.addSecs(made * 7 % 1000);
            ++made;
            return a;
        }));
    }

    qint64 storeWords(const QString &headline, const QString &body, ArticleStatus status, const QDateTime &updated)
    {
        Article article;
        article.headline = headline;
        article.body = body;
        article.status = status;
        article.created = updated;
        article.updated = updated;
        return TAKE(ArticleRepository(*m_db).create(article)).id;
    }

    qint64 store(const QString &headline, ArticleStatus status, qint64 sectionId, const QDateTime &updated)
    {
        Article article;
        article.headline = headline;
        article.status = status;
        article.sectionId = sectionId;
        article.created = updated;
        article.updated = updated;
        auto created = ArticleRepository(*m_db).create(article);
        if (!created) {
            qWarning() << created.error().toLogString();
            return 0;
        }
        return created->id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(StoryListModelTest)
#include "tst_storylistmodel.moc"
