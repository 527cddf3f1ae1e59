// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsuggester.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TagSuggesterTest : public QObject
{
    Q_OBJECT

private:
    TagSuggester m_suggester;

private Q_SLOTS:
    void init()
    {
        m_suggester.setTags({
            {1, u"AI"_s},
            {2, u"enterprise AI"_s},
            {3, u"Reserve Bank of Australia"_s},
            {4, u"東京"_s},
            {5, u"Zürich"_s},
            {6, u"Open-AI"_s},
        });
    }

    void findsWholeWordNamesInTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("multi-word, any case") << u"How Enterprise ai pays off"_s << QList<qint64>{2, 1};
        QTest::newRow("not inside a word") << u"She said the rain stopped"_s << QList<qint64>{};
        QTest::newRow("punctuation around") << u"(AI), and more."_s << QList<qint64>{1};
        QTest::newRow("long name across a line break") << u"the Reserve Bank\nof Australia said"_s << QList<qint64>{3};
        QTest::newRow("name cut short") << u"the Reserve Bank of"_s << QList<qint64>{};
        QTest::newRow("order of appearance") << u"Zürich first, then AI"_s << QList<qint64>{5, 1};
        QTest::newRow("unspaced script") << u"東京で地震"_s << QList<qint64>{4};
        // A hyphen separates words, so the "AI" in it is a word of its own too.
        QTest::newRow("hyphenated name") << u"news from open-ai today"_s << QList<qint64>{6, 1};
        QTest::newRow("empty") << QString() << QList<qint64>{};
    }
    void findsWholeWordNamesInTheText()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(m_suggester.suggest(text), expected);
    }

    void tagsTheStoryHasAreLeftOut()
    {
        QCOMPARE(m_suggester.suggest(u"enterprise AI in Zürich"_s, {2, 5}), QList<qint64>{1});
    }

    void aLongBodyIsSearchedWhole()
    {
        const QString body = QString(u"Lorem ipsum dolor sit amet. "_s).repeated(40000) + u"Finally, Zürich."_s;
        QCOMPARE(m_suggester.suggest(body), QList<qint64>{5});
    }
};

QTEST_GUILESS_MAIN(TagSuggesterTest)
#include "tst_tagsuggester.moc"
