// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class ExportNinjsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportPrintsTheStoryAsNinjs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copydesk.db"_s);
        QString slug;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Article a;
            a.headline = u"Ferry services resume"_s;
            a.dek = u"After three days."_s;
            a.body = u"Boats run again from **Monday**.\n"_s;
            a.notes = u"call the harbour master"_s;
            slug = ArticleRepository(**db).create(a).value().slug;
        }
        QProcess process;
        process.start(QStringLiteral(COPYDESK_EXECUTABLE),
                      {u"export"_s, u"--format"_s, u"ninjs"_s, slug, u"--database"_s, path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.value("uri"_L1).toString().startsWith(u"urn:copydesk:"_s));
        QCOMPARE(doc.value("slugline"_L1).toString(), slug);
        QCOMPARE(doc.value("headlines"_L1).toArray().at(0).toObject().value("value"_L1).toString(),
                 u"Ferry services resume"_s);
        QCOMPARE(doc.value("bodies"_L1).toArray().at(0).toObject().value("wordcount"_L1).toInt(), 5);
        QVERIFY(!out.contains("harbour master"));
    }

    void anUnknownSlugFails()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(
            QStringLiteral(COPYDESK_EXECUTABLE),
            {u"export"_s, u"--format"_s, u"ninjs"_s, u"nothing"_s, u"--database"_s, dir.filePath(u"copydesk.db"_s)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("no story with the slug 'nothing'"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ExportNinjsTest)
#include "tst_exportninjs.moc"
