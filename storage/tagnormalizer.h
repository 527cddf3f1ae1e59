// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The key that decides whether two tag names are the same tag ("OpenAI", "Open AI", "openai",
/// "Open-AI" and "ÓpenAI" all give "openai").
namespace TagNormalizer {

/// Case-folded ("Straße" → "strasse"), compatibility-decomposed (NFKD: "ﬁ" → "fi",
/// full-width letters → ASCII), with accents dropped from Latin, Greek and Cyrillic letters, and
/// whitespace, punctuation, control and format characters removed. Letters of other scripts keep
/// their marks ("が" stays distinct from "か"); symbols and emoji are kept, so "C++" is not "C".
/// A name with nothing left (only punctuation) keys as its trimmed, case-folded self.
QString matchKey(QStringView name);

} // namespace TagNormalizer
