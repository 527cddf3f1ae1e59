// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"
#include "imagerepository.h"
#include "testdatabase.h"

#include <QTest>

class ImageRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewHeroReplacesTheOldOne()
    {
        TestDatabase db;
        Article a;
        a.headline = QStringLiteral("Pictured");
        a = TAKE(ArticleRepository(*db).create(a));
        ImageRepository images(*db);
        const HeroImage first = TAKE(images.setHero(
            a.id, QByteArray(1 << 20, 'a'), HeroImage{0, QStringLiteral("image/jpeg"), QStringLiteral("old"), {}, {}}));
        const HeroImage second = TAKE(images.setHero(
            a.id, QByteArray("new bytes"), HeroImage{0, QStringLiteral("image/png"), QStringLiteral("new"), {}, {}}));
        QVERIFY(!images.data(first.imageId).ok());
        QCOMPARE(TAKE(images.data(second.imageId)), QByteArray("new bytes"));
        const Article read = TAKE(ArticleRepository(*db).load(a.id));
        QVERIFY(read.hero.has_value());
        QCOMPARE(read.hero->altText, QStringLiteral("new"));
        QCOMPARE(read.hero->mimeType, QStringLiteral("image/png"));
    }

    void inlineImagesAreStoredWithTheirArticleAndNamedByAPrivateUrl()
    {
        TestDatabase db;
        Article a;
        a.headline = QStringLiteral("Illustrated");
        a = TAKE(ArticleRepository(*db).create(a));
        ImageRepository images(*db);
        const qint64 id = TAKE(
            images.addInline(a.id, QByteArray("pixels"), QStringLiteral("image/png"), QStringLiteral("chart.png")));
        const QString url = ImageRepository::imageUrl(id);
        QCOMPARE(ImageRepository::idFromUrl(url), id);
        QCOMPARE(ImageRepository::idFromUrl(u"copydesk-image:x"), 0);
        QCOMPARE(ImageRepository::idFromUrl(u"https://example.org/1"), 0);
        const ImageRepository::Info info = TAKE(images.info(id));
        QCOMPARE(info.articleId, a.id);
        QCOMPARE(info.name, QStringLiteral("chart.png"));
        QCOMPARE(TAKE(images.data(id)), QByteArray("pixels"));
        // An inline image is not the hero.
        QVERIFY(!TAKE(ArticleRepository(*db).load(a.id)).hero.has_value());
    }

    void savingAnArticleWithoutAHeroRemovesIt()
    {
        TestDatabase db;
        ArticleRepository articles(*db);
        Article a;
        a.headline = QStringLiteral("Unpictured");
        a = TAKE(articles.create(a));
        const HeroImage hero = TAKE(
            ImageRepository(*db).setHero(a.id, QByteArray("x"), HeroImage{0, QStringLiteral("image/png"), {}, {}, {}}));
        a = TAKE(articles.load(a.id));
        QVERIFY(a.hero.has_value());
        a.hero.reset();
        QVERIFY(articles.update(a).ok());
        QVERIFY(!TAKE(articles.load(a.id)).hero.has_value());
        QVERIFY(!ImageRepository(*db).data(hero.imageId).ok());
    }
};

QTEST_GUILESS_MAIN(ImageRepositoryTest)
#include "tst_imagerepository.moc"
