// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionaryrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

// TAKE() wants a value; a Result<void> is checked here, with the storage error's words on failure.
#define QVERIFY_OK(expression)                                                                                         \
    do {                                                                                                               \
        const Result<void> r_ = (expression);                                                                          \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().toLogString()));                                        \
    } while (false)

class TestDictionaryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedWordsAreListedSorted()
    {
        TestDatabase db;
        DictionaryRepository repo(*db);
        QVERIFY_OK(repo.add(u"en_GB"_s, u"Copydesk"_s));
        QVERIFY_OK(repo.add(u"en_GB"_s, u"Albanese"_s));
        QCOMPARE(TAKE(repo.words(u"en_GB"_s)), (QStringList{u"Albanese"_s, u"Copydesk"_s}));
    }

    void addingTwiceKeepsOneWord()
    {
        TestDatabase db;
        DictionaryRepository repo(*db);
        QVERIFY_OK(repo.add(u"en_AU"_s, u"arvo"_s));
        QVERIFY(repo.add(u"en_AU"_s, u"arvo"_s).ok());
        QCOMPARE(TAKE(repo.words(u"en_AU"_s)), QStringList{u"arvo"_s});
    }

    void wordsBelongToTheirLanguage()
    {
        TestDatabase db;
        DictionaryRepository repo(*db);
        QVERIFY_OK(repo.add(u"en_AU"_s, u"arvo"_s));
        QVERIFY_OK(repo.add(u"en_US"_s, u"Copydesk"_s));
        QCOMPARE(TAKE(repo.words(u"en_US"_s)), QStringList{u"Copydesk"_s});
        QVERIFY(TAKE(repo.words(u"en_GB"_s)).isEmpty());
    }

    void removedWordIsGone()
    {
        TestDatabase db;
        DictionaryRepository repo(*db);
        QVERIFY_OK(repo.add(u"en_GB"_s, u"Copydesk"_s));
        QVERIFY_OK(repo.add(u"en_GB"_s, u"Albanese"_s));
        QVERIFY_OK(repo.remove(u"en_GB"_s, u"Copydesk"_s));
        QCOMPARE(TAKE(repo.words(u"en_GB"_s)), QStringList{u"Albanese"_s});
        QVERIFY(repo.remove(u"en_GB"_s, u"never-added"_s).ok());
    }

    void emptyWordIsRefused()
    {
        TestDatabase db;
        DictionaryRepository repo(*db);
        const Result<void> r = repo.add(u"en_GB"_s, u"  "_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Kind::Invalid);
        QVERIFY(!r.error().message.isEmpty());
    }

    void metacharactersAreStoredLiterally()
    {
        TestDatabase db;
        DictionaryRepository repo(*db);
        const QString word = u"Robert'); DROP TABLE dictionary_words;--"_s;
        QVERIFY_OK(repo.add(u"en_GB"_s, word));
        QCOMPARE(TAKE(repo.words(u"en_GB"_s)), QStringList{word});
    }

    void wordsSurviveARestart()
    {
        TestDatabase db;
        QVERIFY_OK(DictionaryRepository(*db).add(u"en_GB"_s, u"Copydesk"_s));
        db.reopen();
        QCOMPARE(TAKE(DictionaryRepository(*db).words(u"en_GB"_s)), QStringList{u"Copydesk"_s});
    }
};

QTEST_GUILESS_MAIN(TestDictionaryRepository)
#include "tst_dictionaryrepository.moc"
