// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagfilterproxy.h"
#include "tagtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<TagUsage> someTags()
{
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    return {
        TagUsage{Tag{1, u"OpenAI"_s, {}, TagKind::Organisation}, {}, 5, base.addDays(3), false, {}},
        TagUsage{Tag{2, u"Zürich"_s, {}, TagKind::Place}, {}, 9, base.addDays(1), false, {}},
        TagUsage{Tag{3, u"enterprise AI"_s, {}, TagKind::Topic}, {}, 5, {}, false, {}},
        TagUsage{Tag{4, u"東京"_s, {}, TagKind::Place}, {}, 1, base.addDays(2), false, {}},
    };
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data().toString();
    return list;
}
} // namespace

class TagFilterProxyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheModelsSortOfEachColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << int(TagTableModel::NameColumn) << int(Qt::AscendingOrder)
                              << QStringList{u"enterprise AI"_s, u"OpenAI"_s, u"Zürich"_s, u"東京"_s};
        QTest::newRow("count, ties by name") << int(TagTableModel::CountColumn) << int(Qt::DescendingOrder)
                                             << QStringList{u"Zürich"_s, u"OpenAI"_s, u"enterprise AI"_s, u"東京"_s};
        QTest::newRow("last used, unused first")
            << int(TagTableModel::LastUsedColumn) << int(Qt::AscendingOrder)
            << QStringList{u"enterprise AI"_s, u"Zürich"_s, u"東京"_s, u"OpenAI"_s};
        QTest::newRow("kind") << int(TagTableModel::KindColumn) << int(Qt::AscendingOrder)
                              << QStringList{u"enterprise AI"_s, u"OpenAI"_s, u"Zürich"_s, u"東京"_s};
    }
    void keepsTheModelsSortOfEachColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        TagTableModel model([] { return Result<QList<TagUsage>>(someTags()); });
        TagFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(names(proxy), expected);
        proxy.setFilterText(u"i"_s);
        expected.removeIf([](const QString &name) { return !name.contains(u'i', Qt::CaseInsensitive); });
        QCOMPARE(names(proxy), expected);
    }

    void filtersByPartOfTheNameInAnyCaseOrSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList{u"enterprise AI"_s, u"OpenAI"_s, u"Zürich"_s, u"東京"_s};
        QTest::newRow("substring any case") << u"ai"_s << QStringList{u"enterprise AI"_s, u"OpenAI"_s};
        QTest::newRow("spaced variant") << u"open ai"_s << QStringList{u"OpenAI"_s};
        QTest::newRow("no accent") << u"zur"_s << QStringList{u"Zürich"_s};
        QTest::newRow("non-Latin") << u"京"_s << QStringList{u"東京"_s};
        QTest::newRow("sql text") << u"' OR 1=1 --"_s << QStringList{};
        QTest::newRow("nothing") << u"xyz"_s << QStringList{};
    }
    void filtersByPartOfTheNameInAnyCaseOrSpelling()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        TagTableModel model([] { return Result<QList<TagUsage>>(someTags()); });
        TagFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        proxy.setFilterText(text);
        QCOMPARE(names(proxy), expected);
    }

    void filtersFiftyThousandTagsCorrectly()
    {
        QList<TagUsage> many;
        many.reserve(50000);
        for (int i = 0; i < 50000; ++i)
            many.append(TagUsage{
                Tag{i + 1, u"Tag %1"_s.arg(i, 5, 10, QChar(u'0')), {}, TagKind::Topic}, {}, i % 97, {}, false, {}});
        TagTableModel model([&] { return Result<QList<TagUsage>>(many); });
        TagFilterProxy proxy(&model);
        model.sort(TagTableModel::CountColumn, Qt::DescendingOrder);
        QVERIFY(model.reload());
        QCOMPARE(proxy.rowCount(), 50000);
        QCOMPARE(proxy.index(0, TagTableModel::CountColumn).data(TagTableModel::SortRole).toInt(), 96);
        const QStringList typed{u"4"_s, u"42"_s, u"421"_s, u"4217"_s};
        // The expected count is worked out independently: every zero-padded number containing the text.
        for (const QString &text : typed) {
            proxy.setFilterText(text);
            int count = 0;
            for (int i = 0; i < 50000; ++i) {
                if (u"%1"_s.arg(i, 5, 10, QChar(u'0')).contains(text))
                    ++count;
            }
            QCOMPARE(proxy.rowCount(), count);
            for (int row = 0; row < proxy.rowCount(); row += 97)
                QVERIFY(proxy.index(row, 0).data().toString().contains(text));
            // Still sorted by count, most used first.
            for (int row = 1; row < proxy.rowCount(); ++row) {
                QVERIFY(proxy.index(row - 1, TagTableModel::CountColumn).data(TagTableModel::SortRole).toInt()
                        >= proxy.index(row, TagTableModel::CountColumn).data(TagTableModel::SortRole).toInt());
            }
        }
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 50000);
    }
};

QTEST_MAIN(TagFilterProxyTest)
#include "tst_tagfilterproxy.moc"
