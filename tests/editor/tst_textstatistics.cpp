// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstatistics.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class TestTextStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsALine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("words");
        QTest::addColumn<qint64>("characters");
        QTest::newRow("empty") << QString() << 0LL << 0LL;
        QTest::newRow("sentence") << u"Hello, world!"_s << 2LL << 13LL;
        QTest::newRow("only punctuation") << u"— # *"_s << 0LL << 5LL;
        QTest::newRow("spaces around") << u"  two   words  "_s << 2LL << 15LL;
        QTest::newRow("hyphenated is one") << u"well-known"_s << 1LL << 10LL;
        QTest::newRow("apostrophes") << u"don't it’s"_s << 2LL << 10LL;
        QTest::newRow("numbers are words") << u"in 2024 at $5"_s << 4LL << 13LL;
        QTest::newRow("markdown syntax") << u"**bold** text"_s << 2LL << 13LL;
        QTest::newRow("emoji with skin tone") << u"👍🏽 ok"_s << 1LL << 4LL;
        QTest::newRow("family emoji") << u"👨‍👩‍👧"_s << 0LL << 3LL;
        QTest::newRow("combining accent") << u"e\u0301te"_s << 1LL << 3LL;
        QTest::newRow("cjk each a word") << u"東京に行く"_s << 5LL << 5LL;
        QTest::newRow("cjk after latin") << u"Tokyo東京"_s << 3LL << 7LL;
        QTest::newRow("url") << u"see https://example.com/a-b"_s << 2LL << 27LL;
        QTest::newRow("tab") << u"a\tb"_s << 2LL << 3LL;
    }
    void countsALine()
    {
        QFETCH(QString, text);
        QFETCH(qint64, words);
        QFETCH(qint64, characters);
        const TextStatistics::Counts counts = TextStatistics::count(text);
        QCOMPARE(counts.words, words);
        QCOMPARE(counts.characters, characters);
    }

    void countsAWholeDocument()
    {
        QTextDocument doc(u"one two\nthree\n\nfour"_s);
        TextStatistics stats(&doc);
        QCOMPARE(stats.words(), 4);
        QCOMPARE(stats.characters(), 16); // line breaks are not characters
    }

    void readingTimeAt238WordsPerMinute_data()
    {
        QTest::addColumn<qint64>("words");
        QTest::addColumn<int>("minutes");
        QTest::newRow("nothing") << 0LL << 0;
        QTest::newRow("one word") << 1LL << 1;
        QTest::newRow("exactly a minute") << 238LL << 1;
        QTest::newRow("one word over") << 239LL << 2;
        QTest::newRow("ten minutes") << 2380LL << 10;
    }
    void readingTimeAt238WordsPerMinute()
    {
        QFETCH(qint64, words);
        QFETCH(int, minutes);
        QCOMPARE(TextStatistics::wordsPerMinute, 238);
        QCOMPARE(TextStatistics::readingMinutes(words), minutes);
    }

    void summaryUsesTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString text = TextStatistics::summary(1234, 7000);
        QVERIFY2(text.startsWith(u"1,234 word"), qPrintable(text));
        QVERIFY2(text.contains(u" · 7,000 character"), qPrintable(text));
        QVERIFY2(text.endsWith(u" · 6 min read"), qPrintable(text));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(TextStatistics::summary(1234, 7000).startsWith(u"1.234"),
                 qPrintable(TextStatistics::summary(1234, 7000)));
        QLocale::setDefault(QLocale::c());
    }

    void typingSignalsAndCounts()
    {
        QTextDocument doc;
        TextStatistics stats(&doc);
        QSignalSpy changed(&stats, &TextStatistics::changed);
        QTextCursor cursor(&doc);
        cursor.insertText(u"Breaking news"_s);
        QCOMPARE(stats.words(), 2);
        QCOMPARE(stats.characters(), 13);
        QCOMPARE(changed.count(), 1);
        cursor.insertBlock();
        cursor.insertText(u"more"_s);
        QCOMPARE(stats.words(), 3);
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QCOMPARE(stats.words(), 0);
        QCOMPARE(stats.characters(), 0);
        QCOMPARE(stats.summary(), TextStatistics::summary(0, 0));
    }

    void replacingTheWholeTextRecounts()
    {
        QTextDocument doc(u"a b c\nd e"_s);
        TextStatistics stats(&doc);
        QCOMPARE(stats.words(), 5);
        doc.setPlainText(u"only one\n\n\nline here"_s);
        QCOMPARE(stats.words(), 4);
        QCOMPARE(stats.characters(), 17);
        doc.clear();
        QCOMPARE(stats.words(), 0);
    }

    // Random edits across blocks, undo and redo included; after each one the incremental totals
    // must equal a count from scratch.
    void incrementalCountsEqualAFullRecount()
    {
        static const QStringList pieces{u"word "_s,       u"\n"_s,    u"\n\n"_s, u"two words\n"_s,
                                        u"well-known "_s, u"东京 "_s, u"👍🏽"_s, u"  "_s,
                                        u"don’t"_s,       u"— "_s,    u"x"_s,    u"end.\nstart "_s};
        QRandomGenerator rng(20250611);
        QTextDocument doc(u"Seed text\nwith two lines"_s);
        TextStatistics stats(&doc);
        int mostBlocks = 0;
        for (int step = 0; step < 500; ++step) {
            const int size = doc.characterCount() - 1;
            QTextCursor cursor(&doc);
            const int op = rng.bounded(10);
            if (op < 5) {
                cursor.setPosition(rng.bounded(size + 1));
                cursor.insertText(pieces.at(rng.bounded(pieces.size())));
            } else if (op < 8 && size > 0) {
                const int from = rng.bounded(size);
                cursor.setPosition(from);
                cursor.setPosition(std::min(size, from + 1 + rng.bounded(12)), QTextCursor::KeepAnchor);
                if (op == 7)
                    cursor.insertText(pieces.at(rng.bounded(pieces.size())));
                else
                    cursor.removeSelectedText();
            } else if (op == 8) {
                // Several edits in one undo step, reported to us as one change.
                cursor.beginEditBlock();
                cursor.setPosition(rng.bounded(size + 1));
                cursor.insertText(u"a\nb "_s);
                cursor.movePosition(QTextCursor::Start);
                cursor.insertText(u"lead "_s);
                cursor.endEditBlock();
            } else {
                rng.bounded(2) ? doc.undo() : doc.redo();
            }
            const TextStatistics::Counts expected = TextStatistics::countDocument(&doc);
            QVERIFY2(stats.words() == expected.words && stats.characters() == expected.characters,
                     qPrintable(u"step %1: %2/%3 words, %4/%5 characters"_s.arg(step)
                                    .arg(stats.words())
                                    .arg(expected.words)
                                    .arg(stats.characters())
                                    .arg(expected.characters)));
            mostBlocks = std::max(mostBlocks, doc.blockCount());
        }
        QVERIFY2(mostBlocks > 20, qPrintable(QString::number(mostBlocks))); // the edits reached across many blocks
    }
};

QTEST_MAIN(TestTextStatistics)
#include "tst_textstatistics.moc"
