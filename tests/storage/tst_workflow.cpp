// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using S = ArticleStatus;
using A = Workflow::Action;

Q_DECLARE_METATYPE(ArticleStatus)
Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Workflow::Action)

namespace {
// The table of product.md written out again by hand, so that a changed rule must change a test.
struct Expected {
    S from;
    S to;
    bool journalist;
    bool editor;
};
const QList<Expected> allowedMoves{
    {S::Draft, S::InReview, true, true},       {S::InReview, S::Ready, false, true},
    {S::InReview, S::Draft, false, true},      {S::Ready, S::Draft, false, true},
    {S::Ready, S::Scheduled, false, true},     {S::Ready, S::Published, false, true},
    {S::Scheduled, S::Ready, false, true},     {S::Scheduled, S::Published, false, true},
    {S::Published, S::Updated, false, true},   {S::Published, S::Unpublished, false, true},
    {S::Updated, S::Unpublished, false, true}, {S::Unpublished, S::Published, false, true},
    {S::Unpublished, S::Draft, false, true},
};
} // namespace

class WorkflowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPairIsAllowedOrRefusedPerRole_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        for (const auto froms = allStatuses(); S from : froms) {
            for (const auto targets = allStatuses(); S to : targets) {
                bool journalist = false;
                bool editor = false;
                for (const Expected &e : allowedMoves) {
                    if (e.from == from && e.to == to) {
                        journalist = e.journalist;
                        editor = e.editor;
                    }
                }
                for (Role role : {Role::Journalist, Role::Editor}) {
                    const QByteArray name =
                        (statusKey(from) + u"→"_s + statusKey(to) + u" as "_s + roleKey(role)).toUtf8();
                    QTest::newRow(name.constData())
                        << from << to << role << (role == Role::Editor ? editor : journalist);
                }
            }
        }
    }
    void everyPairIsAllowedOrRefusedPerRole()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        QCOMPARE(Workflow::allowed(from, to, role), allowed);
        // A refusal always says why; an allowed move has nothing to say.
        QCOMPARE(Workflow::refusal(from, to, role).isEmpty(), allowed);
    }

    void theTableHasNoOtherTransitions()
    {
        QCOMPARE(Workflow::transitions().size(), allowedMoves.size());
        QSet<QPair<int, int>> seen;
        for (const Workflow::Transition &t : Workflow::transitions())
            seen.insert({int(t.from), int(t.to)});
        QCOMPARE(seen.size(), allowedMoves.size()); // no pair twice
    }

    void onlySendingBackNeedsANote()
    {
        for (const Workflow::Transition &t : Workflow::transitions())
            QCOMPARE(t.needsNote, t.action == A::SendBack);
        QVERIFY(Workflow::find(S::InReview, A::SendBack)->needsNote);
        QVERIFY(Workflow::find(S::Ready, A::SendBack)->needsNote);
    }

    void actionsFindTheirTransitionFromEachStatus_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<A>("action");
        QTest::addColumn<bool>("applies");
        QTest::addColumn<S>("to");
        QTest::newRow("submit a draft") << S::Draft << A::Submit << true << S::InReview;
        QTest::newRow("submit a story in review") << S::InReview << A::Submit << false << S::Draft;
        QTest::newRow("approve in review") << S::InReview << A::Approve << true << S::Ready;
        QTest::newRow("approve a draft") << S::Draft << A::Approve << false << S::Draft;
        QTest::newRow("send back from review") << S::InReview << A::SendBack << true << S::Draft;
        QTest::newRow("send back when ready") << S::Ready << A::SendBack << true << S::Draft;
        QTest::newRow("send back a published story") << S::Published << A::SendBack << false << S::Draft;
        QTest::newRow("publish when scheduled") << S::Scheduled << A::Publish << true << S::Published;
    }
    void actionsFindTheirTransitionFromEachStatus()
    {
        QFETCH(S, from);
        QFETCH(A, action);
        QFETCH(bool, applies);
        QFETCH(S, to);
        const auto t = Workflow::find(from, action);
        QCOMPARE(t.has_value(), applies);
        if (applies)
            QCOMPARE(t->to, to);
        else
            QVERIFY(!Workflow::refusal(from, action, Role::Editor).isEmpty());
    }

    void aJournalistIsToldOnlyAnEditorApproves()
    {
        const QString why = Workflow::refusal(S::InReview, A::Approve, Role::Journalist);
        QVERIFY2(why.contains(u"editor"_s), qPrintable(why));
        QVERIFY(Workflow::refusal(S::InReview, A::Approve, Role::Editor).isEmpty());
    }

    void onlyEditorsPublishApproveAndChangeTheNewsroom()
    {
        QVERIFY(Workflow::mayPublish(Role::Editor));
        QVERIFY(!Workflow::mayPublish(Role::Journalist));
        QVERIFY(Workflow::mayApprove(Role::Editor));
        QVERIFY(!Workflow::mayApprove(Role::Journalist));
        QVERIFY(Workflow::mayChangeNewsroom(Role::Editor));
        QVERIFY(!Workflow::mayChangeNewsroom(Role::Journalist));
    }

    void roleKeysRoundTrip()
    {
        for (Role role : {Role::Journalist, Role::Editor})
            QCOMPARE(roleFromKey(roleKey(role)), role);
        QVERIFY(!roleFromKey(u"admin").has_value());
    }
};

QTEST_GUILESS_MAIN(WorkflowTest)
#include "tst_workflow.moc"
