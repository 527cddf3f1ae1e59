// SPDX-License-Identifier: GPL-3.0-or-later
#include "legiblecolours.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
double luminance(const QColor &colour)
{
    auto channel = [](float c) { return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// The warning red in light and dark surroundings, and the page's accent (the renderer's own themes).
const QColor redOnLight(0xc0, 0x1c, 0x28);
const QColor redOnDark(0xff, 0x7b, 0x72);
const QColor accentOnLight(0xb3, 0x12, 0x1b);
const QColor accentOnDark(0xff, 0x6b, 0x6b);
} // namespace

double LegibleColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor LegibleColours::legibleOn(const QColor &background, const QColor &preferred, const QColor &fallback,
                                 double minimum)
{
    return contrast(background, preferred) >= minimum ? preferred : fallback;
}

QColor LegibleColours::warning(const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor red = background.lightness() < 128 ? redOnDark : redOnLight;
    return legibleOn(background, red, palette.color(QPalette::WindowText));
}

QPalette LegibleColours::warningPalette(const QPalette &palette)
{
    QPalette warned = palette;
    warned.setColor(QPalette::WindowText, warning(palette));
    return warned;
}

QHash<QString, QString> LegibleColours::pageColours(const QPalette &palette)
{
    const QColor paper = palette.color(QPalette::Base);
    const QColor ink = palette.color(QPalette::Text);
    const bool dark = paper.lightness() < 128;
    const QColor accent = legibleOn(paper, dark ? accentOnDark : accentOnLight, ink);
    const QColor muted = legibleOn(paper, palette.color(QPalette::PlaceholderText), ink);
    const QColor link = legibleOn(paper, palette.color(QPalette::Link), ink);
    // Rules and shading only separate things; they need to be seen, not read.
    const QColor hairline = legibleOn(paper, palette.color(QPalette::Mid), ink, 1.5);
    const QColor shade = palette.color(QPalette::AlternateBase);
    return {
        {u"paper"_s, paper.name()},   {u"ink"_s, ink.name()},   {u"muted"_s, muted.name()},
        {u"accent"_s, accent.name()}, {u"rule"_s, ink.name()},  {u"hairline"_s, hairline.name()},
        {u"shade"_s, shade.name()},   {u"link"_s, link.name()},
    };
}
