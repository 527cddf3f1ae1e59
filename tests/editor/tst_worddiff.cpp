// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Kind = DiffSegment::Kind;

QStringList texts(const DiffSegments &segments, Kind kind)
{
    QStringList list;
    for (const DiffSegment &s : segments) {
        if (s.kind == kind)
            list.append(s.text);
    }
    return list;
}

// A long article body: paragraphs of words from a small vocabulary, separated by blank lines.
QString longBody(qsizetype bytes, quint32 seed)
{
    static const QStringList words{
        QStringLiteral("harbour"),  QStringLiteral("council"), QStringLiteral("budget"),    QStringLiteral("the"),
        QStringLiteral("minister"), QStringLiteral("said"),    QStringLiteral("on"),        QStringLiteral("Tuesday"),
        QStringLiteral("cranes"),   QStringLiteral("idle"),    QStringLiteral("overnight"), QStringLiteral("a"),
        QStringLiteral("report"),   QStringLiteral("found"),   QStringLiteral("Zürich"),    QStringLiteral("東京")};
    QRandomGenerator random(seed);
    QString body;
    body.reserve(bytes + 200);
    int paragraph = 0;
    while (body.size() < bytes) {
        body += words.at(random.bounded(int(words.size())));
        if (++paragraph % 120 == 0)
            body += QStringLiteral(".\n\n");
        else
            body += random.bounded(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" ");
    }
    return body;
}
} // namespace

class WordDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensFollowWordBoundariesInAnyScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("latin") << QStringLiteral("The cat, sat.")
                               << QStringList{u"The"_s, u" "_s, u"cat"_s, u","_s, u" "_s, u"sat"_s, u"."_s};
        QTest::newRow("apostrophe and number")
            << QStringLiteral("don't 3.5") << QStringList{u"don't"_s, u" "_s, u"3.5"_s};
        QTest::newRow("cyrillic") << QStringLiteral("Москва сегодня") << QStringList{u"Москва"_s, u" "_s, u"сегодня"_s};
        QTest::newRow("emoji") << QStringLiteral("go 🚀 now")
                               << QStringList{u"go"_s, u" "_s, u"🚀"_s, u" "_s, u"now"_s};
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringList{u"a"_s, u"\n"_s, u"b"_s};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void tokensFollowWordBoundariesInAnyScript()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QStringList got;
        for (const auto items = WordDiff::tokenize(text); QStringView token : items)
            got.append(token.toString());
        QCOMPARE(got, tokens);
    }

    void findsTheChangedWords_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<QStringList>("inserted");
        QTest::newRow("identical") << u"Same words here."_s << u"Same words here."_s << QStringList{} << QStringList{};
        QTest::newRow("both empty") << QString() << QString() << QStringList{} << QStringList{};
        QTest::newRow("from empty") << QString() << u"New text"_s << QStringList{} << QStringList{u"New text"_s};
        QTest::newRow("to empty") << u"Old text"_s << QString() << QStringList{u"Old text"_s} << QStringList{};
        QTest::newRow("insert a word") << u"The council met."_s << u"The city council met."_s << QStringList{}
                                       << QStringList{u"city "_s};
        QTest::newRow("delete a word") << u"The city council met."_s << u"The council met."_s << QStringList{u"city "_s}
                                       << QStringList{};
        QTest::newRow("replace a word") << u"Cranes idle overnight."_s << u"Cranes work overnight."_s
                                        << QStringList{u"idle"_s} << QStringList{u"work"_s};
        QTest::newRow("replace two words as one change") << u"They said yes today."_s << u"They voted no today."_s
                                                         << QStringList{u"said yes"_s} << QStringList{u"voted no"_s};
        QTest::newRow("punctuation only")
            << u"Yes, she said"_s << u"Yes; she said"_s << QStringList{u","_s} << QStringList{u";"_s};
        QTest::newRow("whitespace only") << u"two  spaces"_s << u"two spaces"_s << QStringList{u"  "_s}
                                         << QStringList{u" "_s};
        QTest::newRow("a word moved to the end") << u"Tuesday the council met"_s << u"the council met Tuesday"_s
                                                 << QStringList{u"Tuesday "_s} << QStringList{u" Tuesday"_s};
        QTest::newRow("a paragraph added")
            << u"One.\n\nThree.\n"_s << u"One.\n\nTwo.\n\nThree.\n"_s << QStringList{} << QStringList{u"Two.\n\n"_s};
        QTest::newRow("cyrillic word") << u"Москва сегодня спит"_s << u"Москва завтра спит"_s
                                       << QStringList{u"сегодня"_s} << QStringList{u"завтра"_s};
        QTest::newRow("han characters") << u"東京は晴れ"_s << u"東京は雨"_s << QStringList{u"晴れ"_s}
                                        << QStringList{u"雨"_s};
        QTest::newRow("emoji") << u"Launch 🚀 today"_s << u"Launch 🎉 today"_s << QStringList{u"🚀"_s}
                               << QStringList{u"🎉"_s};
        QTest::newRow("no trailing newline") << u"end"_s << u"end\n"_s << QStringList{} << QStringList{u"\n"_s};
    }
    void findsTheChangedWords()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, deleted);
        QFETCH(QStringList, inserted);
        const DiffSegments diff = WordDiff::compare(before, after);
        QCOMPARE(texts(diff, Kind::Deleted), deleted);
        QCOMPARE(texts(diff, Kind::Inserted), inserted);
        // Nothing is lost or invented: both texts can be read back from the diff.
        QCOMPARE(WordDiff::before(diff), before);
        QCOMPARE(WordDiff::after(diff), after);
    }

    void aMovedParagraphIsDeletedInOnePlaceAndInsertedInAnother()
    {
        const QString before = u"First point.\n\nSecond point.\n\nThird point.\n"_s;
        const QString after = u"Second point.\n\nFirst point.\n\nThird point.\n"_s;
        const DiffSegments diff = WordDiff::compare(before, after);
        const QString deleted = texts(diff, Kind::Deleted).join(u'|');
        const QString inserted = texts(diff, Kind::Inserted).join(u'|');
        const bool firstMoved = deleted.contains(u"First"_s) && inserted.contains(u"First"_s);
        const bool secondMoved = deleted.contains(u"Second"_s) && inserted.contains(u"Second"_s);
        QVERIFY2(firstMoved || secondMoved, qPrintable(deleted + u" / "_s + inserted));
        QVERIFY(!deleted.contains(u"Third"_s));
        QCOMPARE(WordDiff::before(diff), before);
        QCOMPARE(WordDiff::after(diff), after);
    }

    void aHugeParagraphIsComparedSentenceBySentenceThenWordByWord()
    {
        // One paragraph far longer than maxTokens, edited at both ends: still word by word.
        QString before;
        int last = 0;
        for (; before.size() < WordDiff::maxTokens * 16; ++last)
            before += u"Sentence number %1 says something. "_s.arg(last);
        QString after = before;
        after.replace(u"number 3 says"_s, u"number 3 claims"_s);
        after.replace(u"number %1 says"_s.arg(last - 1), u"number %1 whispers"_s.arg(last - 1));
        QVERIFY(WordDiff::tokenize(before).size() > 4 * WordDiff::maxTokens);
        const DiffSegments diff = WordDiff::compare(before, after);
        QCOMPARE(texts(diff, Kind::Deleted), (QStringList{u"says"_s, u"says"_s}));
        QCOMPARE(texts(diff, Kind::Inserted), (QStringList{u"claims"_s, u"whispers"_s}));
        QCOMPARE(WordDiff::after(diff), after);
    }

    void randomEditsAlwaysRebuildBothTexts()
    {
        QRandomGenerator random(7);
        const QString base = longBody(4000, 1);
        for (int round = 0; round < 50; ++round) {
            QString edited = base;
            for (int edit = 0; edit < 1 + int(random.bounded(20)); ++edit) {
                const qsizetype at = random.bounded(int(edited.size()));
                switch (random.bounded(3)) {
                case 0:
                    edited.insert(at, QStringLiteral(" inserted words "));
                    break;
                case 1:
                    edited.remove(at, random.bounded(40));
                    break;
                default:
                    edited.replace(at, 5, QStringLiteral("Ωμέγα"));
                    break;
                }
            }
            const DiffSegments diff = WordDiff::compare(base, edited);
            QCOMPARE(WordDiff::before(diff), base);
            QCOMPARE(WordDiff::after(diff), edited);
            for (qsizetype i = 1; i < diff.size(); ++i)
                QVERIFY2(diff[i].kind != diff[i - 1].kind, "neighbouring segments of one kind are merged");
        }
    }

    // Not a timing assertion (the machine is shared): the time is printed for the report, and the
    // diff must be right.
    void aMegabyteBodyIsComparedInBoundedTime_data()
    {
        QTest::addColumn<int>("edits");
        QTest::newRow("a few edits") << 5;
        QTest::newRow("an edit in every paragraph") << 100000;
    }
    void aMegabyteBodyIsComparedInBoundedTime()
    {
        QFETCH(int, edits);
        const QString before = longBody(1024 * 1024, 2);
        QString after = before;
        QRandomGenerator random(3);
        qsizetype at = 0;
        for (int i = 0; i < edits; ++i) {
            at = after.indexOf(u'\n', at + qsizetype(random.bounded(100000)) % 20000 + 1);
            if (at < 0)
                break;
            after.insert(at - 1, QStringLiteral(" (updated)")); // after the paragraph's last word
            at += 12;
        }
        QElapsedTimer timer;
        timer.start();
        const DiffSegments diff = WordDiff::compare(before, after);
        const qint64 ms = timer.elapsed();
        qInfo("1 MB body, %s: %lld ms, %lld segments", QTest::currentDataTag(), ms, qint64(diff.size()));
        QCOMPARE(WordDiff::before(diff), before);
        QCOMPARE(WordDiff::after(diff), after);
        QVERIFY(texts(diff, Kind::Inserted).join(QString()).contains(QStringLiteral("(updated)")));
        QVERIFY(texts(diff, Kind::Deleted).isEmpty());
    }

    void aWhollyRewrittenMegabyteStaysBounded()
    {
        const QString before = longBody(1024 * 1024, 4);
        const QString after = longBody(1024 * 1024, 5);
        QElapsedTimer timer;
        timer.start();
        const DiffSegments diff = WordDiff::compare(before, after);
        qInfo("1 MB body rewritten throughout: %lld ms, %lld segments", timer.elapsed(), qint64(diff.size()));
        QCOMPARE(WordDiff::before(diff), before);
        QCOMPARE(WordDiff::after(diff), after);
    }
};

QTEST_GUILESS_MAIN(WordDiffTest)
#include "tst_worddiff.moc"
