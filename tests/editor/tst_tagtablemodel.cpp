// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
TagUsage usage(qint64 id, const QString &name, TagKind kind, int count, QDateTime lastUsed = {})
{
    return TagUsage{Tag{id, name, {}, kind}, {}, count, lastUsed, false, {}};
}
} // namespace

class TagTableModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void rowsShowNameKindCountAndLastUse()
    {
        const QDateTime when(QDate(2026, 3, 4), QTime(12, 0), QTimeZone::UTC);
        TagTableModel model([&] {
            return Result<QList<TagUsage>>(QList<TagUsage>{usage(7, u"OpenAI"_s, TagKind::Organisation, 1234, when),
                                                           usage(8, u"Unused"_s, TagKind::Place, 0)});
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, TagTableModel::NameColumn).data().toString(), u"OpenAI"_s);
        QCOMPARE(model.index(0, TagTableModel::KindColumn).data().toString(), u"Organisation"_s);
        QCOMPARE(model.index(0, TagTableModel::CountColumn).data().toString(), u"1,234"_s);
        QCOMPARE(model.index(0, TagTableModel::LastUsedColumn).data().toString(),
                 QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(model.index(0, TagTableModel::CountColumn).data(TagTableModel::SortRole).toInt(), 1234);
        QCOMPARE(model.index(1, 0).data(TagTableModel::IdRole).toLongLong(), 8);
        QCOMPARE(model.index(1, TagTableModel::LastUsedColumn).data().toString(), QString());
        QCOMPARE(model.headerData(TagTableModel::CountColumn, Qt::Horizontal).toString(), u"Stories"_s);
        QCOMPARE(model.rowOfId(8), 1);
        QCOMPARE(model.rowOfId(99), -1);
    }

    void aFailedReloadKeepsTheRowsAndReportsTheError()
    {
        bool fail = false;
        TagTableModel model([&]() -> Result<QList<TagUsage>> {
            if (fail)
                return StorageError{StorageError::Kind::Busy, u"busy"_s, {}};
            return QList<TagUsage>{usage(1, u"Kept"_s, TagKind::Topic, 1)};
        });
        QVERIFY(model.reload());
        fail = true;
        QSignalSpy failed(&model, &TagTableModel::failed);
        QVERIFY(!model.reload());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void readsTheStoreThroughTheRepository()
    {
        TestDatabase db;
        TagRepository tags(*db);
        QVERIFY(tags.add(Tag{0, u"Zeta"_s, {}, TagKind::Topic}).ok());
        QVERIFY(tags.add(Tag{0, u"alpha"_s, {}, TagKind::Person}).ok());
        TagTableModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"alpha"_s);
        QCOMPARE(model.index(0, TagTableModel::KindColumn).data(TagTableModel::KindRole).toInt(), int(TagKind::Person));
        QCOMPARE(model.matchKeyAt(1), u"zeta"_s);
    }

    void sortingMovesPersistentIndexesAndSurvivesAReload()
    {
        QList<TagUsage> rows{usage(1, u"b"_s, TagKind::Topic, 5), usage(2, u"A"_s, TagKind::Topic, 1),
                             usage(3, u"c"_s, TagKind::Topic, 9)};
        TagTableModel model([&] { return Result<QList<TagUsage>>(rows); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.index(0, 0).data().toString(), u"A"_s);
        const QPersistentModelIndex b = model.index(1, TagTableModel::CountColumn);
        model.sort(TagTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), u"c"_s);
        QCOMPARE(b.row(), 1);
        QCOMPARE(b.data(TagTableModel::IdRole).toLongLong(), 1);
        model.sort(TagTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(b.row(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"c"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"A"_s);
        rows.append(usage(4, u"D"_s, TagKind::Topic, 0));
        QVERIFY(model.reload());
        QCOMPARE(model.index(0, 0).data().toString(), u"D"_s);
    }

    void oldNearDuplicatesSayWhatToDo()
    {
        TagTableModel model([] {
            TagUsage u = usage(1, u"Open AI"_s, TagKind::Topic, 3);
            u.nearDuplicate = true;
            return Result<QList<TagUsage>>(QList<TagUsage>{u});
        });
        QVERIFY(model.reload());
        QVERIFY(model.index(0, 0).data(TagTableModel::NearDuplicateRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"merge"_s));
    }
};

QTEST_MAIN(TagTableModelTest)
#include "tst_tagtablemodel.moc"
