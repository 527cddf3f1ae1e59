// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagchipfield.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TagChipFieldTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterTakesTheCompletedTag_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("whole name") << QStringLiteral("Europe") << qint64(2);
        QTest::newRow("any case") << QStringLiteral("eUROPE") << qint64(2);
        QTest::newRow("prefix") << QStringLiteral("Clim") << qint64(3);
        QTest::newRow("substring") << QStringLiteral("penai") << qint64(1);
    }
    void enterTakesTheCompletedTag()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, expected);
        TagChipField field;
        field.setAvailableTags(tags());
        QSignalSpy changed(&field, &TagChipField::changed);
        QSignalSpy create(&field, &TagChipField::createRequested);

        QTest::keyClicks(input(field), typed);
        QTest::keyClick(input(field), Qt::Key_Return);

        QCOMPARE(field.tagIds(), QList<qint64>{expected});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(create.size(), 0);
        QVERIFY(input(field)->text().isEmpty());
    }

    void aCommaTakesTheNameLikeEnter()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        QTest::keyClicks(input(field), QStringLiteral("europe,openai,"));
        QCOMPARE(field.tagIds(), (QList<qint64>{2, 1}));
        QVERIFY(input(field)->text().isEmpty());
    }

    void completionsMatchSubstringsInAnyCase()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        QTest::keyClicks(input(field), QStringLiteral("OP"));
        QCompleter *completer = input(field)->completer();
        QVERIFY(completer);
        QCOMPARE(completer->completionCount(), 2); // OpenAI and Europe
    }

    void enterTakesTheHighlightedCompletionNotTheTypedText()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        QTest::keyClicks(input(field), QStringLiteral("op"));
        QCompleter *completer = input(field)->completer();
        completer->popup()->setCurrentIndex(completer->completionModel()->index(1, 0)); // prefix first: OpenAI, Europe
        QSignalSpy create(&field, &TagChipField::createRequested);
        QTest::keyClick(input(field), Qt::Key_Return);
        QCOMPARE(field.tagIds(), QList<qint64>{2});
        QCOMPARE(create.size(), 0);
    }

    void completionsPutPrefixesFirstThenTheMostUsed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("withUses");
        QTest::addColumn<QStringList>("expected");
        // Uses: Europe 50, Opera 20, OpenAI 5, Open data 0.
        QTest::newRow("most used first") << QStringLiteral("op") << true
                                         << QStringList{u"Opera"_s, u"OpenAI"_s, u"Open data"_s, u"Europe"_s};
        QTest::newRow("by name without counts")
            << QStringLiteral("op") << false << QStringList{u"Open data"_s, u"OpenAI"_s, u"Opera"_s, u"Europe"_s};
        QTest::newRow("a word's start is a prefix") << QStringLiteral("da") << true << QStringList{u"Open data"_s};
        QTest::newRow("spacing forgiven") << QStringLiteral("open ai") << true << QStringList{u"OpenAI"_s};
    }
    void completionsPutPrefixesFirstThenTheMostUsed()
    {
        QFETCH(QString, typed);
        QFETCH(bool, withUses);
        QFETCH(QStringList, expected);
        TagChipField field;
        field.setAvailableTags(tags()
                               + QList<Tag>{{4, u"Opera"_s, u"opera"_s, TagKind::Topic},
                                            {5, u"Open data"_s, u"open-data"_s, TagKind::Topic}});
        if (withUses)
            field.setTagUses({{2, 50}, {4, 20}, {1, 5}});
        QTest::keyClicks(input(field), typed);
        QCOMPARE(shownCompletions(field), expected);
    }

    void typingHighlightsNoCompletionAndLeavesOutChosenTags()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        field.setTagIds({2});
        QTest::keyClicks(input(field), QStringLiteral("op"));
        QCOMPARE(shownCompletions(field), QStringList{u"OpenAI"_s});
        QVERIFY(!input(field)->completer()->popup()->currentIndex().isValid());
    }

    void anUnknownNameAsksForCreationAndAddsNothing()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        QSignalSpy changed(&field, &TagChipField::changed);
        QSignalSpy create(&field, &TagChipField::createRequested);
        QTest::keyClicks(input(field), QStringLiteral("Quantum computing"));
        QTest::keyClick(input(field), Qt::Key_Enter);
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.first().first().toString(), QStringLiteral("Quantum computing"));
        QVERIFY(field.tagIds().isEmpty());
        QCOMPARE(changed.size(), 0);
    }

    void aCreatedTagIsAddedAndChosen()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        field.setTagIds({2});
        QSignalSpy changed(&field, &TagChipField::changed);
        field.addTag(Tag{9, QStringLiteral("Quantum"), QStringLiteral("quantum"), TagKind::Topic});
        QCOMPARE(field.tagIds(), (QList<qint64>{2, 9}));
        QCOMPARE(changed.size(), 1);
        // and it completes from now on
        field.setTagIds({});
        QTest::keyClicks(input(field), QStringLiteral("quant"));
        QTest::keyClick(input(field), Qt::Key_Return);
        QCOMPARE(field.tagIds(), QList<qint64>{9});
    }

    void backspaceInTheEmptyInputRemovesTheLastChip()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        field.setTagIds({1, 2});
        QSignalSpy changed(&field, &TagChipField::changed);
        QTest::keyClick(input(field), Qt::Key_Backspace);
        QCOMPARE(field.tagIds(), QList<qint64>{1});
        QCOMPARE(changed.size(), 1);

        // With text in the input, Backspace edits the text.
        QTest::keyClicks(input(field), QStringLiteral("ab"));
        QTest::keyClick(input(field), Qt::Key_Backspace);
        QCOMPARE(input(field)->text(), QStringLiteral("a"));
        QCOMPARE(field.tagIds(), QList<qint64>{1});
    }

    void ctrlZUndoesAndRedoesChipChanges()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        field.setTagIds({1});
        QTest::keyClicks(input(field), QStringLiteral("europe"));
        QTest::keyClick(input(field), Qt::Key_Return);
        QTest::keyClick(input(field), Qt::Key_Backspace);
        QTest::keyClick(input(field), Qt::Key_Backspace);
        QVERIFY(field.tagIds().isEmpty());
        QSignalSpy changed(&field, &TagChipField::changed);

        QTest::keyClick(input(field), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(field.tagIds(), QList<qint64>{1});
        QTest::keyClick(input(field), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(field.tagIds(), (QList<qint64>{1, 2}));
        QTest::keyClick(input(field), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(field.tagIds(), QList<qint64>{1});
        QCOMPARE(changed.size(), 3);

        // Typing is undone first, then the chips.
        QTest::keyClicks(input(field), QStringLiteral("cl"));
        QTest::keyClick(input(field), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(input(field)->text().isEmpty());
        QCOMPARE(field.tagIds(), QList<qint64>{1});
        QTest::keyClick(input(field), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(field.tagIds(), (QList<qint64>{1, 2}));
    }

    void theCrossOnAChipRemovesIt()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        field.setTagIds({1, 2, 3});
        QToolButton *cross = removeButton(field, QStringLiteral("Europe"));
        QVERIFY(cross);
        QSignalSpy changed(&field, &TagChipField::changed);
        cross->click();
        QCOMPARE(field.tagIds(), (QList<qint64>{1, 3}));
        QCOMPARE(changed.size(), 1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!removeButton(field, QStringLiteral("Europe")));
    }

    void settingIdsIsNotAnEditAndKeepsUnknownIds()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        QSignalSpy changed(&field, &TagChipField::changed);
        field.setTagIds({3, 77});
        QCOMPARE(field.tagIds(), (QList<qint64>{3, 77}));
        QCOMPARE(changed.size(), 0);
        QVERIFY(removeButton(field, QStringLiteral("#77")));
        QVERIFY(input(field)->accessibleDescription().contains(QStringLiteral("Climate")));
    }

    void aTagAlreadyChosenIsNotAddedTwice()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        field.setTagIds({2});
        QSignalSpy changed(&field, &TagChipField::changed);
        QTest::keyClicks(input(field), QStringLiteral("Europe"));
        QTest::keyClick(input(field), Qt::Key_Return);
        QCOMPARE(field.tagIds(), QList<qint64>{2});
        QCOMPARE(changed.size(), 0);
    }

    void aReadOnlyFieldTakesNothing()
    {
        TagChipField field;
        field.setAvailableTags(tags());
        field.setTagIds({1});
        field.setReadOnly(true);
        QSignalSpy changed(&field, &TagChipField::changed);
        QTest::keyClicks(input(field), QStringLiteral("Europe"));
        QTest::keyClick(input(field), Qt::Key_Return);
        QTest::keyClick(input(field), Qt::Key_Backspace);
        QCOMPARE(field.tagIds(), QList<qint64>{1});
        QCOMPARE(changed.size(), 0);
    }

    void aFieldWithoutCreationLeavesAnUnknownNameInTheInput()
    {
        ChipField byline;
        byline.setAvailableItems({{10, QStringLiteral("Ana Ruiz"), QStringLiteral("Covers the port")}});
        QSignalSpy create(&byline, &ChipField::createRequested);
        auto *edit = qobject_cast<QLineEdit *>(byline.input());
        QTest::keyClicks(edit, QStringLiteral("Nobody"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(create.size(), 0);
        QCOMPARE(edit->text(), QStringLiteral("Nobody"));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("ana"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(byline.ids(), QList<qint64>{10});
        QCOMPARE(byline.chosenItems().constFirst().detail, QStringLiteral("Covers the port"));
    }

    void theInputCarriesTheFieldName()
    {
        TagChipField field;
        field.setFieldName(QStringLiteral("Tags"));
        QCOMPARE(input(field)->accessibleName(), QStringLiteral("Tags"));
        QCOMPARE(field.focusProxy(), input(field));
    }

private:
    static QList<Tag> tags()
    {
        return {{1, QStringLiteral("OpenAI"), QStringLiteral("openai"), TagKind::Organisation},
                {2, QStringLiteral("Europe"), QStringLiteral("europe"), TagKind::Place},
                {3, QStringLiteral("Climate"), QStringLiteral("climate"), TagKind::Topic}};
    }
    static QStringList shownCompletions(TagChipField &field)
    {
        QStringList names;
        const QAbstractItemModel *model = input(field)->completer()->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data().toString());
        return names;
    }
    static QLineEdit *input(TagChipField &field) { return qobject_cast<QLineEdit *>(field.input()); }
    static QToolButton *removeButton(QWidget &field, const QString &name)
    {
        const auto buttons = field.findChildren<QToolButton *>(QStringLiteral("removeChip"));
        for (QToolButton *button : buttons) {
            if (button->accessibleName() == QStringLiteral("Remove %1").arg(name))
                return button;
        }
        return nullptr;
    }
};

QTEST_MAIN(TagChipFieldTest)
#include "tst_tagchipfield.moc"
