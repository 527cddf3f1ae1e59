// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"
#include "sectionrepository.h"
#include "storylistmodel.h"

#include <QAbstractItemModelTester>
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

private:
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
