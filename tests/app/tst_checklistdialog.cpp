// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistdialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Severity = ChecklistItem::Severity;

namespace {
ChecklistItem item(const char *check, Severity severity, const QString &message = u"words"_s)
{
    return ChecklistItem{QLatin1StringView(check), severity, QLatin1StringView(check), message, 0};
}

QStringList buttonTexts(const ChecklistDialog &dialog)
{
    QStringList texts;
    for (const auto items = dialog.findChild<QDialogButtonBox *>()->buttons(); QAbstractButton * b : items)
        texts << b->text();
    return texts;
}
} // namespace

class ChecklistDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFailureLeavesNoWayToPublish()
    {
        ChecklistDialog dialog({item("headline", Severity::Passed), item("tags", Severity::Failure, u"Add a tag."_s),
                                item("hero", Severity::Warning)});
        QVERIFY(!dialog.publishButton());
        QCOMPARE(buttonTexts(dialog).size(), 1);
        QVERIFY(!buttonTexts(dialog).join(u' ').contains(u"Publish"_s));
        QVERIFY(dialog.summary().contains(u"cannot be published"_s));
        // Problems come first, failures before warnings' order as given, passed last.
        QCOMPARE(dialog.itemList()->count(), 3);
        QVERIFY(dialog.itemList()->item(0)->text().contains(u"Add a tag."_s));
        QVERIFY(dialog.itemList()->item(2)->text().startsWith(u"headline"_s));
        QVERIFY(dialog.itemList()->item(0)->data(Qt::AccessibleTextRole).toString().startsWith(u"Must fix"_s));
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void warningsAloneOfferPublishAnyway()
    {
        ChecklistDialog dialog(
            {item("headline", Severity::Warning, u"The headline is long."_s), item("section", Severity::Passed)});
        QVERIFY(dialog.publishButton());
        QCOMPARE(dialog.publishButton()->text(), u"Publish &anyway"_s);
        QVERIFY(!dialog.publishButton()->isDefault());
        QVERIFY(dialog.summary().contains(u"warnings"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void enterDoesNotPublishOverAWarning()
    {
        ChecklistDialog dialog({item("hero", Severity::Warning)});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.itemList()->setFocus();
        QTest::keyClick(dialog.itemList(), Qt::Key_Return);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void everythingPassedOffersPublish()
    {
        ChecklistDialog dialog({item("headline", Severity::Passed), item("section", Severity::Passed)});
        QVERIFY(dialog.publishButton());
        QCOMPARE(dialog.publishButton()->text(), u"&Publish"_s);
        QVERIFY(dialog.summary().contains(u"ready"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void activatingAnItemSaysWhichToFix()
    {
        ChecklistItem links = item("links", Severity::Failure, u"The link “x” on line 4 has no address."_s);
        links.line = 4;
        ChecklistDialog dialog({item("headline", Severity::Passed), links});
        QSignalSpy spy(&dialog, &ChecklistDialog::itemActivated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidget *list = dialog.itemList();
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        const auto activated = spy.constFirst().constFirst().value<ChecklistItem>();
        QCOMPARE(activated.check, u"links"_s);
        QCOMPARE(activated.line, 4);
    }
};

QTEST_MAIN(ChecklistDialogTest)
#include "tst_checklistdialog.moc"
