// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagnormalizer.h"

#include <QList>

namespace {

// Marks on these scripts are accents people leave out ("Zurich", "Athina"); elsewhere (Japanese
// dakuten, Devanagari vowel signs) a mark changes the word, so it stays.
bool accentsAreOptional(QChar::Script script)
{
    return script == QChar::Script_Latin || script == QChar::Script_Greek || script == QChar::Script_Cyrillic;
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool isDropped(QChar::Category category)
{
    switch (category) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Other_Control:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

// Latin letters NFKD leaves whole although people write them plainly ("Lodz", "Oresund"), and the
// one full case folding Qt's simple folding misses ("Straße" is "STRASSE").
void appendFolded(QString &out, char32_t c)
{
    switch (c) {
    case U'ø':
        out += u'o';
        return;
    case U'ł':
        out += u'l';
        return;
    case U'đ':
        out += u'd';
        return;
    case U'ð':
        out += u'd';
        return;
    case U'ħ':
        out += u'h';
        return;
    case U'ı':
        out += u'i';
        return;
    case U'æ':
        out += u"ae";
        return;
    case U'œ':
        out += u"oe";
        return;
    case U'þ':
        out += u"th";
        return;
    case U'ß':
        out += u"ss";
        return;
    default:
        break;
    }
    const char32_t units[] = {c};
    out += QString::fromUcs4(units, 1);
}

} // namespace

QString TagNormalizer::matchKey(QStringView name)
{
    // Decomposed before and after folding: "ℌ" only becomes "H" in NFKD, and only then folds to "h".
    const QString decomposed = name.toString()
                                   .normalized(QString::NormalizationForm_KD)
                                   .toCaseFolded()
                                   .normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    QChar::Script baseScript = QChar::Script_Unknown;
    const QList<uint> codePoints = decomposed.toUcs4();
    for (const char32_t c : codePoints) {
        const QChar::Category category = QChar::category(c);
        if (isDropped(category) || isVariationSelector(c))
            continue;
        const bool isMark = category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
        if (isMark) {
            if (!accentsAreOptional(baseScript))
                appendFolded(key, c);
            continue;
        }
        baseScript = QChar::script(c);
        appendFolded(key, c);
    }
    // Recomposes the marks that were kept, so the key of "が" is one character as typed.
    key = key.normalized(QString::NormalizationForm_C);
    if (key.isEmpty())
        return name.trimmed().toString().toCaseFolded();
    return key;
}
