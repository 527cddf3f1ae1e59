// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcompletion.h"

#include "tagnormalizer.h"

#include <algorithm>

namespace {
// True when `needle` starts `haystack` or one of its words.
bool startsAWord(const QString &haystack, const QString &needle)
{
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        if (at == 0 || !haystack.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}
} // namespace

void TagCompletion::setTags(const QList<Entry> &tags)
{
    QList<Entry> sorted = tags;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) {
        if (a.uses != b.uses)
            return a.uses > b.uses;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    m_byUse.clear();
    m_byUse.reserve(sorted.size());
    for (const Entry &e : std::as_const(sorted))
        m_byUse.append(Indexed{e.id, e.name.toCaseFolded(), TagNormalizer::matchKey(e.name)});
}

QList<qint64> TagCompletion::complete(QStringView typed, qsizetype limit) const
{
    const QString folded = typed.trimmed().toString().toCaseFolded();
    if (folded.isEmpty() || limit <= 0)
        return {};
    const QString key = TagNormalizer::matchKey(folded);
    QList<qint64> starting;
    QList<qint64> containing;
    for (const Indexed &tag : m_byUse) {
        if (startsAWord(tag.folded, folded) || tag.key.startsWith(key)) {
            starting.append(tag.id);
            if (starting.size() == limit)
                break;
        } else if (containing.size() < limit && (tag.folded.contains(folded) || tag.key.contains(key))) {
            containing.append(tag.id);
        }
    }
    starting.append(containing.mid(0, limit - starting.size()));
    return starting;
}
