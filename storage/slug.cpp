// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {
// Building an ICU transliterator parses its rules (a few milliseconds), so each thread keeps one;
// one instance is not safe to share between threads.
icu::Transliterator *toAscii()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower()", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return t.get();
}
} // namespace

QString slugify(QStringView text, qsizetype maxLength)
{
    icu::UnicodeString u(reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    if (auto *t = toAscii())
        t->transliterate(u);
    const QString ascii = QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());

    QString slug;
    slug.reserve(ascii.size());
    bool pendingHyphen = false;
    for (QChar c : ascii) {
        const char16_t ch = c.toLower().unicode();
        const bool keep = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9');
        // Apostrophes join ("don't" → "dont") rather than split a word.
        if (ch == u'\'' || ch == u'\u2019')
            continue;
        if (!keep) {
            pendingHyphen = !slug.isEmpty();
            continue;
        }
        if (pendingHyphen) {
            slug.append(u'-');
            pendingHyphen = false;
        }
        slug.append(QChar(ch));
    }
    if (slug.size() > maxLength) {
        slug.truncate(maxLength);
        const qsizetype lastHyphen = slug.lastIndexOf(u'-');
        if (lastHyphen > maxLength / 2)
            slug.truncate(lastHyphen);
    }
    return slug.isEmpty() ? QStringLiteral("article") : slug;
}
