// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A URL slug for a headline or a name: lower-case ASCII words joined by hyphens, with every
/// script transliterated by ICU ("Ça déménage à Zürich" → "ca-demenage-a-zurich",
/// "Москва" → "moskva"). Never empty: text with nothing to keep gives "article".
QString slugify(QStringView text, qsizetype maxLength = 80);
