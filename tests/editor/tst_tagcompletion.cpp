// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcompletion.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TagCompletionTest : public QObject
{
    Q_OBJECT

private:
    TagCompletion m_completion;

private Q_SLOTS:
    void init()
    {
        m_completion.setTags({
            {1, u"OpenAI"_s, 10},
            {2, u"enterprise AI"_s, 50},
            {3, u"Air travel"_s, 5},
            {4, u"Chair"_s, 100},
            {5, u"Zürich"_s, 7},
            {6, u"東京"_s, 3},
            {7, u"AI"_s, 1},
        });
    }

    void completesPrefixesFirstThenSubstringsMostUsedFirst_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("expected");
        // Word starts: enterprise AI (50), Air travel (5), AI (1); contains: Chair (100), OpenAI (10).
        QTest::newRow("ai") << u"ai"_s << QList<qint64>{2, 3, 7, 4, 1};
        QTest::newRow("upper case") << u"AIR"_s << QList<qint64>{3, 4};
        QTest::newRow("spaced variant") << u"open ai"_s << QList<qint64>{1};
        QTest::newRow("no accent") << u"zur"_s << QList<qint64>{5};
        QTest::newRow("non-Latin") << u"京"_s << QList<qint64>{6};
        QTest::newRow("nothing") << u"xyz"_s << QList<qint64>{};
        QTest::newRow("empty") << u"  "_s << QList<qint64>{};
        QTest::newRow("sql text") << u"' OR 1=1"_s << QList<qint64>{};
    }
    void completesPrefixesFirstThenSubstringsMostUsedFirst()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(m_completion.complete(typed), expected);
    }

    void theLimitKeepsTheBest() { QCOMPARE(m_completion.complete(u"ai"_s, 2), (QList<qint64>{2, 3})); }

    void fiftyThousandTagsComplete()
    {
        QList<TagCompletion::Entry> many;
        for (int i = 0; i < 50000; ++i)
            many.append({i, u"Tag %1"_s.arg(i), i % 100});
        m_completion.setTags(many);
        const QList<qint64> found = m_completion.complete(u"tag 4999"_s, 20);
        QCOMPARE(found.size(), 11); // 4999 and 49990..49999
        QCOMPARE(found.constFirst(), 4999); // used 99 times, as is 49999, which sorts after it
    }
};

QTEST_GUILESS_MAIN(TagCompletionTest)
#include "tst_tagcompletion.moc"
