// SPDX-License-Identifier: GPL-3.0-or-later
// The article form read by keyboard: Tab goes through the fields in the order a page shows them,
// from the headline down to the body, and Shift+Tab comes back the same way.
#include "articleform.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The field's name; the text boxes inside the chip fields are named for their field.
QString fieldName(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    if (widget->objectName() == u"chipInput" && widget->parentWidget())
        return widget->parentWidget()->objectName();
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}
} // namespace

class FormTabOrderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tabGoesFromHeadlineToBodyInReadingOrder_data()
    {
        QTest::addColumn<bool>("detailsShown");
        QTest::addColumn<bool>("withHeroImage");
        QTest::addColumn<QStringList>("expected");
        const QStringList top{u"headline"_s, u"dek"_s, u"detailsToggle"_s};
        // The grid row by row, then the hero image beside it; fields that are off are passed over
        // (the schedule until it is switched on, the slug's reset while it follows the headline).
        const QStringList grid{u"section"_s,    u"dateline"_s,      u"byline"_s,      u"slug"_s,
                               u"scheduleOn"_s, u"tags"_s,          u"attribution"_s, u"sourceUrl"_s,
                               u"notes"_s,      u"heroThumbnail"_s, u"heroChoose"_s,  u"heroPaste"_s};
        const QStringList heroFields{u"heroRemove"_s, u"heroAlt"_s, u"heroCaption"_s, u"heroCredit"_s};
        QTest::newRow("details hidden") << false << false << top + QStringList{u"body"_s};
        QTest::newRow("details shown") << true << false << top + grid + QStringList{u"body"_s};
        QTest::newRow("with a hero image") << true << true << top + grid + heroFields + QStringList{u"body"_s};
    }

    void tabGoesFromHeadlineToBodyInReadingOrder()
    {
        QFETCH(bool, detailsShown);
        QFETCH(bool, withHeroImage);
        QFETCH(QStringList, expected);
        ArticleForm form;
        form.setDetailsExpanded(detailsShown);
        if (withHeroImage) {
            Article article;
            article.headline = u"Harbour reopens"_s;
            article.hero = HeroImage{1, u"image/png"_s, QString(), QString(), QString()};
            form.setArticle(article);
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(Qt::darkBlue);
            QByteArray png;
            QBuffer buffer(&png);
            QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
            form.setHeroImagePreview(png);
        }
        form.resize(1000, 800);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        form.focusHeadline();
        QTRY_COMPARE(fieldName(QApplication::focusWidget()), u"headline"_s);

        QStringList forward{fieldName(QApplication::focusWidget())};
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            forward << fieldName(QApplication::focusWidget());
        }
        QCOMPARE(forward, expected);

        QStringList backward{fieldName(QApplication::focusWidget())};
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            backward.prepend(fieldName(QApplication::focusWidget()));
        }
        QCOMPARE(backward, expected);
    }
};

QTEST_MAIN(FormTabOrderTest)
#include "tst_formtaborder.moc"
