// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "diffview.h"
#include "historymodel.h"
#include "historypanel.h"
#include "revisionrepository.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
using Kind = DiffSegment::Kind;

// The words a diff view shows as `kind`, checking each is marked without colour as well.
QStringList shown(QTextBrowser *browser, Kind kind)
{
    QStringList words;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.property(DiffView::KindProperty).toInt() != int(kind)
                || !format.hasProperty(DiffView::KindProperty))
                continue;
            if (kind == Kind::Inserted && !format.fontUnderline())
                return {u"(inserted words not underlined)"_s};
            if (kind == Kind::Deleted && !format.fontStrikeOut())
                return {u"(deleted words not struck out)"_s};
            words.append(fragment.text());
        }
    }
    return words;
}

// A body of about `bytes` characters of paragraphs drawn from a few words.
QString longBody(qsizetype bytes, quint32 seed)
{
    static const QStringList words{u"harbour"_s, u"council"_s, u"budget"_s,    u"the"_s,    u"minister"_s, u"said"_s,
                                   u"cranes"_s,  u"idle"_s,    u"overnight"_s, u"report"_s, u"Zürich"_s,   u"東京"_s};
    QRandomGenerator random(seed);
    QString body;
    int count = 0;
    while (body.size() < bytes) {
        body += words.at(random.bounded(int(words.size())));
        body += ++count % 120 == 0 ? u".\n\n"_s : u" "_s;
    }
    return body;
}

void clickRow(QTableView *list, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QRect rect = list->visualRect(list->model()->index(row, HistoryModel::WhoColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, rect.center());
}
} // namespace

class HistoryPanelTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        TestDatabase db;
        Article article;
        Revision tuesday, wednesday;
        std::unique_ptr<HistoryPanel> panel;
        QTableView *list = nullptr;
        QTextBrowser *diff = nullptr;
    };

    static void setUp(Fixture &f)
    {
        Article a;
        a.headline = u"Harbour budget passes"_s;
        a.body = u"The council voted on Tuesday.\n\nCranes idle overnight.\n"_s;
        a = TAKE(ArticleRepository(*f.db).create(a));
        RevisionRepository revisions(*f.db);
        f.tuesday = TAKE(revisions.record(a, u"ana"_s, a.status, RevisionRepository::Kind::SavePoint));
        a.headline = u"Harbour budget fails"_s;
        a.body = u"The council voted on Wednesday.\n\nCranes idle overnight.\n"_s;
        a = TAKE(ArticleRepository(*f.db).update(a));
        f.wednesday = TAKE(revisions.record(a, u"ben"_s, a.status, RevisionRepository::Kind::SavePoint));
        f.article = a;
        f.panel = std::make_unique<HistoryPanel>(*f.db);
        f.panel->resize(700, 600);
        Article inEditor = a;
        inEditor.body = u"The council voted on Friday.\n\nCranes idle overnight.\n"_s;
        f.panel->setCurrentSource([inEditor] { return inEditor; });
        f.panel->setArticle(a.id);
        f.panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
        f.list = f.panel->findChild<QTableView *>(u"historyList"_s);
        f.diff = f.panel->findChild<QTextBrowser *>(u"historyDiff"_s);
        QVERIFY(f.list && f.diff);
        QCOMPARE(f.list->model()->rowCount(), 2);
    }

private Q_SLOTS:
    void twoRevisionsChosenWithTheMouseShowTheirWordChanges()
    {
        Fixture f;
        setUp(f);
        QSignalSpy shownSpy(f.panel.get(), &HistoryPanel::diffShown);
        clickRow(f.list, 1); // the older revision (Tuesday)
        clickRow(f.list, 0, Qt::ControlModifier); // and the newer one
        QTRY_COMPARE(shown(f.diff, Kind::Inserted), (QStringList{u"fails"_s, u"Wednesday"_s}));
        QCOMPARE(shown(f.diff, Kind::Deleted), (QStringList{u"passes"_s, u"Tuesday"_s}));
        QVERIFY(f.diff->toPlainText().contains(u"± Headline"_s));
        QVERIFY(f.diff->toPlainText().contains(u"Unchanged: "_s));
        QVERIFY(!shownSpy.isEmpty());
        QVERIFY(!f.panel->findChild<QPushButton *>(u"historyRestore"_s)->isEnabled()); // two chosen: which one?
    }

    void oneRevisionIsComparedWithTheEditorsText()
    {
        Fixture f;
        setUp(f);
        f.list->setFocus();
        QTest::keyClick(f.list, Qt::Key_PageDown); // the oldest revision, from the keyboard
        QTRY_COMPARE(shown(f.diff, Kind::Inserted), (QStringList{u"fails"_s, u"Friday"_s}));
        QCOMPARE(shown(f.diff, Kind::Deleted), (QStringList{u"passes"_s, u"Tuesday"_s}));
        QTest::keyClick(f.list, Qt::Key_Up, Qt::ShiftModifier); // both revisions
        QTRY_COMPARE(shown(f.diff, Kind::Inserted), (QStringList{u"fails"_s, u"Wednesday"_s}));
    }

    void sideBySideShowsTheOlderLeftAndTheNewerRight()
    {
        Fixture f;
        setUp(f);
        f.panel->selectRevisions({f.wednesday.id, f.tuesday.id});
        QTRY_COMPARE(shown(f.diff, Kind::Inserted), (QStringList{u"fails"_s, u"Wednesday"_s}));
        auto *toggle = f.panel->findChild<QCheckBox *>(u"historySideBySide"_s);
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(4, toggle->height() / 2));
        QVERIFY(toggle->isChecked());
        QTextBrowser *right = f.panel->diffView()->secondary();
        QVERIFY(right->isVisible());
        QCOMPARE(shown(f.diff, Kind::Inserted), QStringList{});
        QCOMPARE(shown(f.diff, Kind::Deleted), (QStringList{u"passes"_s, u"Tuesday"_s}));
        QCOMPARE(shown(right, Kind::Inserted), (QStringList{u"fails"_s, u"Wednesday"_s}));
        QCOMPARE(shown(right, Kind::Deleted), QStringList{});
    }

    void marksSpellTheChangesOut()
    {
        Fixture f;
        setUp(f);
        f.panel->selectRevisions({f.wednesday.id, f.tuesday.id});
        QTRY_VERIFY(f.diff->toPlainText().contains(u"Wednesday"_s));
        f.panel->findChild<QCheckBox *>(u"historyMarks"_s)->click();
        QVERIFY(f.diff->toPlainText().contains(u"[-Tuesday-]{+Wednesday+}"_s));
    }

    void restoreAsksForTheOneChosenRevision()
    {
        Fixture f;
        setUp(f);
        QSignalSpy restore(f.panel.get(), &HistoryPanel::restoreRequested);
        auto *button = f.panel->findChild<QPushButton *>(u"historyRestore"_s);
        QVERIFY(!button->isEnabled());
        clickRow(f.list, 1);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.first().first().toLongLong(), f.tuesday.id);
        f.panel->setReadOnly(true);
        QVERIFY(!button->isEnabled());
    }

    void aLongUnchangedStretchIsShortenedAroundTheChange()
    {
        DiffView view;
        const QString filler = QString(u"word "_s).repeated(2000);
        FieldDiff body{u"Body"_s, {{Kind::Equal, filler}, {Kind::Inserted, u"new"_s}, {Kind::Equal, filler}}, true};
        view.setDiff({body});
        const QString text = view.primary()->toPlainText();
        QVERIFY(text.contains(u"new"_s));
        QVERIFY(text.contains(u"[…]"_s));
        QVERIFY2(text.size() < 4 * DiffView::context, qPrintable(QString::number(text.size())));
        QCOMPARE(shown(view.primary(), Kind::Inserted), QStringList{u"new"_s});
    }

    // Not a timing assertion (the machine is shared): the times are printed for the report; what
    // is checked is that the window got a bounded amount of text to lay out.
    void aRewrittenMegabyteBodyIsComparedOffTheGuiThreadAndShownBounded()
    {
        TestDatabase db;
        Article a;
        a.headline = u"Long read"_s;
        a.body = longBody(1024 * 1024, 1);
        a = TAKE(ArticleRepository(*db).create(a));
        RevisionRepository revisions(*db);
        const Revision first = TAKE(revisions.record(a, u"ana"_s, a.status, RevisionRepository::Kind::SavePoint));
        a.body = longBody(1024 * 1024, 2);
        a = TAKE(ArticleRepository(*db).update(a));
        const Revision second = TAKE(revisions.record(a, u"ben"_s, a.status, RevisionRepository::Kind::SavePoint));

        HistoryPanel panel(*db);
        panel.setArticle(a.id);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy shownSpy(&panel, &HistoryPanel::diffShown);
        QElapsedTimer timer;
        timer.start();
        panel.selectRevisions({second.id, first.id});
        const qint64 selecting = timer.elapsed();
        QVERIFY(shownSpy.wait(60000));
        qInfo("1 MB body rewritten: choosing took %lld ms of the GUI thread; the diff was on screen after %lld ms",
              selecting, timer.elapsed());

        {
            Article older = a;
            older.body = longBody(1024 * 1024, 1);
            QElapsedTimer t;
            t.start();
            const QList<FieldDiff> fields = ArticleDiff::compare(older, a, {});
            const qint64 comparing = t.restart();
            panel.diffView()->setDiff(fields);
            qInfo("comparing %lld ms (worker thread), showing %lld ms (GUI thread)", comparing, t.elapsed());
        }
        auto *diff = panel.findChild<QTextBrowser *>(u"historyDiff"_s);
        const QString text = diff->toPlainText();
        QVERIFY2(text.size() < DiffView::maxShown + 2000, qPrintable(QString::number(text.size())));
        QVERIFY(text.contains(u"Too many changes to show them all"_s));
        QVERIFY(!shown(diff, Kind::Inserted).isEmpty());
        QVERIFY(!shown(diff, Kind::Deleted).isEmpty());
    }
};

QTEST_MAIN(HistoryPanelTest)
#include "tst_historypanel.moc"
