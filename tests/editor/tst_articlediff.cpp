// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlediff.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const FieldDiff *field(const QList<FieldDiff> &fields, const QString &label)
{
    for (const FieldDiff &f : fields) {
        if (f.label == label)
            return &f;
    }
    return nullptr;
}

QString inserted(const FieldDiff &f)
{
    QString text;
    for (const DiffSegment &s : f.segments) {
        if (s.kind == DiffSegment::Kind::Inserted)
            text += s.text;
    }
    return text;
}

QString deleted(const FieldDiff &f)
{
    QString text;
    for (const DiffSegment &s : f.segments) {
        if (s.kind == DiffSegment::Kind::Deleted)
            text += s.text;
    }
    return text;
}
} // namespace

class ArticleDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldIsComparedByWhatPeopleRead_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("deletedText");
        QTest::addColumn<QString>("insertedText");
        QTest::newRow("headline") << u"Headline"_s << u"passes"_s << u"fails"_s;
        QTest::newRow("dek") << u"Dek"_s << QString() << u"narrowly "_s;
        QTest::newRow("section by name") << u"Section"_s << u"Business"_s << u"Politics"_s;
        QTest::newRow("byline by name") << u"Byline"_s << QString() << u", Ben Li"_s;
        QTest::newRow("tags by name") << u"Tags"_s << u"Ports, "_s << QString();
        QTest::newRow("hero alt text") << u"Hero image alt text"_s << u"cranes"_s << u"ships"_s;
        QTest::newRow("hero caption") << u"Hero image caption"_s << QString() << u"At dawn"_s;
        QTest::newRow("attribution") << u"Attribution"_s << u"AAP"_s << u"Reuters"_s;
        QTest::newRow("notes") << u"Notes"_s << u"check"_s << u"checked"_s;
        QTest::newRow("status") << u"Status"_s << u"Draft"_s << u"In review"_s;
        QTest::newRow("body") << u"Body"_s << u"Tuesday"_s << u"Wednesday"_s;
    }
    void everyFieldIsComparedByWhatPeopleRead()
    {
        QFETCH(QString, label);
        QFETCH(QString, deletedText);
        QFETCH(QString, insertedText);
        ArticleVocabulary names;
        names.sections = {{1, u"Business"_s}, {2, u"Politics"_s}};
        names.authors = {{1, u"Ana Ruiz"_s}, {2, u"Ben Li"_s}};
        names.tags = {{1, u"Ports"_s}, {2, u"Budget"_s}};
        Article before;
        before.headline = u"Harbour budget passes"_s;
        before.dek = u"The vote was close."_s;
        before.sectionId = 1;
        before.authorIds = {1};
        before.tagIds = {1, 2};
        before.hero = HeroImage{5, u"image/png"_s, u"Idle cranes"_s, QString(), QString()};
        before.attribution = u"AAP"_s;
        before.notes = u"check"_s;
        before.body = u"The council voted on Tuesday.\n\nMore later.\n"_s;
        Article after = before;
        after.headline = u"Harbour budget fails"_s;
        after.dek = u"The vote was narrowly close."_s;
        after.sectionId = 2;
        after.authorIds = {1, 2};
        after.tagIds = {2};
        after.hero = HeroImage{5, u"image/png"_s, u"Idle ships"_s, u"At dawn"_s, QString()};
        after.attribution = u"Reuters"_s;
        after.notes = u"checked"_s;
        after.status = ArticleStatus::InReview;
        after.body = u"The council voted on Wednesday.\n\nMore later.\n"_s;

        const QList<FieldDiff> fields = ArticleDiff::compare(before, after, names);
        const FieldDiff *f = field(fields, label);
        QVERIFY(f);
        QVERIFY(f->changed);
        QCOMPARE(deleted(*f), deletedText);
        QCOMPARE(inserted(*f), insertedText);
        QVERIFY(!field(fields, u"Dateline"_s)->changed);
        QVERIFY(!field(fields, u"Source URL"_s)->changed);
    }

    void identicalArticlesHaveNoChangedField()
    {
        Article a;
        a.headline = u"Same"_s;
        a.body = u"Same body"_s;
        for (const auto items = ArticleDiff::compare(a, a, {}); const FieldDiff &f : items)
            QVERIFY2(!f.changed, qPrintable(f.label));
    }

    void anIdTheStoreNoLongerKnowsIsStillShown()
    {
        Article before;
        before.tagIds = {42};
        const QList<FieldDiff> fields = ArticleDiff::compare(before, Article{}, {});
        QVERIFY(deleted(*field(fields, u"Tags"_s)).contains(u"42"_s));
    }
};

QTEST_GUILESS_MAIN(ArticleDiffTest)
#include "tst_articlediff.moc"
