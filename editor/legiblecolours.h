// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QPalette>

/// Colours that stay readable on whatever palette the desktop gives us, high-contrast ones
/// included: our own colours (a warning's red, the page's accent) where they are legible on the
/// palette's background, the palette's text colour where they are not.
namespace LegibleColours {
/// WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);
/// `preferred` if it reaches `minimum` against `background`, else `fallback`.
QColor legibleOn(const QColor &background, const QColor &preferred, const QColor &fallback, double minimum = 4.5);
/// The colour of a warning's words on `palette`'s window (red where red reads, else its text colour).
QColor warning(const QPalette &palette);
/// A copy of `palette` whose window text is the warning colour, for a label that warns.
QPalette warningPalette(const QPalette &palette);
/// The preview page's colours (paper, ink, muted, accent, rule, hairline, shade, link) taken from
/// `palette`'s roles, so the page reads as the rest of the desktop does.
QHash<QString, QString> pageColours(const QPalette &palette);
} // namespace LegibleColours
