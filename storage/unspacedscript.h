// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

/// Whether `ucs4` belongs to a script written without spaces between words (Han, kana, Thai, Lao,
/// Khmer, Myanmar), where each character counts as a word of its own. One list for the editor's
/// word count, the stored word count and tag matching, so they never disagree.
inline bool isUnspacedScript(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}
