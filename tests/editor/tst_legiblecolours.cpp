// SPDX-License-Identifier: GPL-3.0-or-later
// Colours on a high-contrast desktop: warnings and the preview page stay readable.
#include "legiblecolours.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QPalette highContrastBlack()
{
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        p.setColor(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::Mid, Qt::white);
    return p;
}

QPalette highContrastWhite()
{
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        p.setColor(role, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, Qt::black);
    // A placeholder colour too faint to read: the page falls back to the text colour.
    p.setColor(QPalette::PlaceholderText, QColor(0xdd, 0xdd, 0xdd));
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0xa0));
    p.setColor(QPalette::Mid, Qt::black);
    return p;
}
} // namespace

class LegibleColoursTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastFollowsWcag()
    {
        QCOMPARE(qRound(LegibleColours::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(LegibleColours::contrast(Qt::red, Qt::red), 1.0);
        QVERIFY(std::abs(LegibleColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    }

    void warningsAndThePageAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("high contrast, black") << highContrastBlack();
        QTest::newRow("high contrast, white") << highContrastWhite();
        QTest::newRow("the style's own") << QPalette();
    }

    void warningsAndThePageAreReadable()
    {
        QFETCH(QPalette, palette);
        QVERIFY(LegibleColours::contrast(LegibleColours::warning(palette), palette.color(QPalette::Window)) >= 4.5);
        const auto page = LegibleColours::pageColours(palette);
        QCOMPARE(page.value(u"paper"_s), palette.color(QPalette::Base).name());
        QCOMPARE(page.value(u"ink"_s), palette.color(QPalette::Text).name());
        // Not QColor::fromString(page.value(u"paper"_s)): clazy 1.14's qcolor-from-literal check
        // asserts on a UTF-16 literal anywhere inside QColor::fromString's argument.
        const QString paperName = page.value(u"paper"_s);
        const QColor paper = QColor::fromString(paperName);
        for (const QString &words : {u"ink"_s, u"muted"_s, u"accent"_s, u"link"_s})
            QVERIFY2(LegibleColours::contrast(QColor::fromString(page.value(words)), paper) >= 4.5, qPrintable(words));
    }

    void ourRedStaysWhereItReads()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        QCOMPARE(LegibleColours::warning(light), QColor(0xc0, 0x1c, 0x28));
        QCOMPARE(LegibleColours::pageColours(light).value(u"accent"_s), u"#b3121b"_s);
        // On black the same red is too dark to read: a lighter one takes its place.
        QCOMPARE(LegibleColours::warning(highContrastBlack()), QColor(0xff, 0x7b, 0x72));
        QCOMPARE(LegibleColours::pageColours(highContrastBlack()).value(u"link"_s), u"#ffff00"_s);
    }
};

QTEST_MAIN(LegibleColoursTest)
#include "tst_legiblecolours.moc"
