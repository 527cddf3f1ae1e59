// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishchecklist.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Severity = ChecklistItem::Severity;

Q_DECLARE_METATYPE(Severity)

namespace {
const QDateTime now(QDate(2026, 5, 21), QTime(9, 0), QTimeZone::UTC);

Article ready()
{
    Article a;
    a.id = 1;
    a.headline = u"Reserve Bank lifts the cash rate"_s;
    a.dek = u"The first rise in two years."_s;
    a.sectionId = 3;
    a.authorIds = {7};
    a.tagIds = {11, 12};
    a.hero = HeroImage{5, u"image/png"_s, u"The bank's Sydney office"_s, {}, {}};
    a.body = u"The bank [said](https://rba.example/) rates rise.\n\n![A chart of rates](copydesk-image:9)\n"_s;
    return a;
}

QList<ChecklistItem> withCheck(const QList<ChecklistItem> &items, const QString &check)
{
    QList<ChecklistItem> out;
    for (const ChecklistItem &i : items) {
        if (i.check == check)
            out << i;
    }
    return out;
}
} // namespace

class PublishChecklistTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFinishedStoryPassesEveryCheck()
    {
        const QList<ChecklistItem> items = PublishChecklist::check(ready(), now);
        QVERIFY(!PublishChecklist::blocks(items));
        QVERIFY(!PublishChecklist::hasWarnings(items));
        QCOMPARE(PublishChecklist::problems(items), QList<ChecklistItem>());
        for (const char *check : {"headline", "section", "byline", "tags", "dek", "hero-alt", "image-alt", "links"})
            QCOMPARE(withCheck(items, QLatin1StringView(check)).size(), 1);
    }

    void eachMissingPieceIsNamed_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("line");
        QTest::addColumn<std::function<void(Article &)>>("change");
        using F = std::function<void(Article &)>;
        QTest::newRow("no headline") << u"headline"_s << Severity::Failure << u"no headline"_s << 0
                                     << F([](Article &a) { a.headline = u"   "_s; });
        QTest::newRow("long headline") << u"headline"_s << Severity::Warning << u"71 characters"_s << 0
                                       << F([](Article &a) { a.headline = QString(71, u'x'); });
        QTest::newRow("no section") << u"section"_s << Severity::Failure << u"section"_s << 0
                                    << F([](Article &a) { a.sectionId = 0; });
        QTest::newRow("no byline") << u"byline"_s << Severity::Failure << u"author"_s << 0
                                   << F([](Article &a) { a.authorIds.clear(); });
        QTest::newRow("no tags") << u"tags"_s << Severity::Failure << u"at least one tag"_s << 0
                                 << F([](Article &a) { a.tagIds.clear(); });
        QTest::newRow("no dek") << u"dek"_s << Severity::Failure << u"waive"_s << 0
                                << F([](Article &a) { a.dek.clear(); });
        QTest::newRow("long dek") << u"dek"_s << Severity::Warning << u"201 characters"_s << 0
                                  << F([](Article &a) { a.dek = QString(201, u'd'); });
        QTest::newRow("no hero") << u"hero"_s << Severity::Warning << u"no hero image"_s << 0
                                 << F([](Article &a) { a.hero.reset(); });
        QTest::newRow("hero without alt") << u"hero-alt"_s << Severity::Failure << u"Alt text field"_s << 0
                                          << F([](Article &a) { a.hero->altText = u" "_s; });
        QTest::newRow("inline image without alt")
            << u"image-alt"_s << Severity::Failure << u"Image 2 in the body (line 3)"_s << 3
            << F([](Article &a) { a.body = u"![ok](copydesk-image:1)\n\n![](copydesk-image:2)\n"_s; });
        QTest::newRow("image in a table cell")
            << u"image-alt"_s << Severity::Failure << u"line 3"_s << 3
            << F([](Article &a) { a.body = u"| a | b |\n|---|---|\n| ![](copydesk-image:2) | x |\n"_s; });
        QTest::newRow("link without address") << u"links"_s << Severity::Failure << u"“said” on line 1"_s << 1
                                              << F([](Article &a) { a.body = u"The bank [said]() so.\n"_s; });
        QTest::newRow("link without text")
            << u"links"_s << Severity::Failure << u"https://rba.example/ on line 2"_s << 2
            << F([](Article &a) { a.body = u"One\ntwo [](https://rba.example/) three.\n"_s; });
        QTest::newRow("link of spaces") << u"links"_s << Severity::Failure << u"no text"_s << 1
                                        << F([](Article &a) { a.body = u"A [  ](https://x.example/) b.\n"_s; });
        QTest::newRow("schedule in the past") << u"schedule"_s << Severity::Failure << u"has passed"_s << 0
                                              << F([](Article &a) { a.scheduled = now.addSecs(-60); });
        QTest::newRow("empty body") << u"body"_s << Severity::Failure << u"body is empty"_s << 0
                                    << F([](Article &a) { a.body = u"\n"_s; });
    }

    void eachMissingPieceIsNamed()
    {
        QFETCH(QString, check);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        QFETCH(int, line);
        QFETCH(std::function<void(Article &)>, change);
        Article a = ready();
        change(a);
        const QList<ChecklistItem> items = PublishChecklist::check(a, now);
        const QList<ChecklistItem> problems = PublishChecklist::problems(items);
        QCOMPARE(problems.size(), 1);
        const ChecklistItem &p = problems.constFirst();
        QCOMPARE(p.check, check);
        QCOMPARE(p.severity, severity);
        QVERIFY2(p.message.contains(says), qPrintable(p.message));
        QCOMPARE(p.line, line);
        QVERIFY(!p.title.isEmpty());
        QCOMPARE(PublishChecklist::blocks(items), severity == Severity::Failure);
        QCOMPARE(PublishChecklist::hasWarnings(items), severity == Severity::Warning);
    }

    void aWaivedDekPasses()
    {
        Article a = ready();
        a.dek.clear();
        a.dekWaived = true;
        const QList<ChecklistItem> dek = withCheck(PublishChecklist::check(a, now), u"dek"_s);
        QCOMPARE(dek.size(), 1);
        QCOMPARE(dek.constFirst().severity, Severity::Passed);
        QVERIFY(dek.constFirst().message.contains(u"waived"_s));
    }

    void aFutureScheduleIsShownInThePublicationsTimeZone()
    {
        Article a = ready();
        a.scheduled = now.addSecs(3600);
        const QList<ChecklistItem> items = PublishChecklist::check(a, now, QTimeZone("Australia/Brisbane"));
        const QList<ChecklistItem> schedule = withCheck(items, u"schedule"_s);
        QCOMPARE(schedule.size(), 1);
        QCOMPARE(schedule.constFirst().severity, Severity::Passed);
        QVERIFY2(schedule.constFirst().message.contains(u"20:00"_s)
                     || schedule.constFirst().message.contains(u"8:00"_s),
                 qPrintable(schedule.constFirst().message));
        QVERIFY(!PublishChecklist::blocks(items));
    }

    void everyBrokenImageAndLinkIsListed()
    {
        Article a = ready();
        a.body =
            u"![](copydesk-image:1) and ![](copydesk-image:2)\n\n[a]() [](https://x.example/) [ok](https://y.example/)\n"_s;
        const QList<ChecklistItem> items = PublishChecklist::check(a, now);
        QCOMPARE(withCheck(items, u"image-alt"_s).size(), 2);
        QCOMPARE(withCheck(items, u"links"_s).size(), 2);
        QCOMPARE(PublishChecklist::problems(items).size(), 4);
    }

    void imageSyntaxInCodeIsNotAnImage()
    {
        Article a = ready();
        a.body = u"Write `![](x)` for an image, or:\n\n    [text]()\n"_s;
        QVERIFY(!PublishChecklist::blocks(PublishChecklist::check(a, now)));
    }

    void aLinkedPictureIsNamedByItsAltText()
    {
        Article a = ready();
        a.body = u"[![The chart](copydesk-image:3)](https://rba.example/)\n"_s;
        QVERIFY(!PublishChecklist::blocks(PublishChecklist::check(a, now)));
    }
};

QTEST_GUILESS_MAIN(PublishChecklistTest)
#include "tst_publishchecklist.moc"
