// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsuggester.h"

#include "unspacedscript.h"

#include <QSet>

#include <algorithm>

namespace {

bool hasUnspacedScript(const QString &name)
{
    for (const auto items = name.toUcs4(); const char32_t c : items) {
        if (isUnspacedScript(c))
            return true;
    }
    return false;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}
} // namespace

QStringList TagSuggester::words(QStringView text)
{
    QStringList list;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && (isWordCharacter(text.at(i)) || text.at(i).isSurrogate());
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            list.append(text.mid(start, i - start).toString().toCaseFolded());
            start = -1;
        }
    }
    return list;
}

void TagSuggester::setTags(const QList<Entry> &tags)
{
    m_byFirstWord.clear();
    m_unspaced.clear();
    for (const Entry &tag : tags) {
        if (hasUnspacedScript(tag.name)) {
            m_unspaced.append({tag.id, tag.name.trimmed().toCaseFolded()});
            continue;
        }
        QStringList nameWords = words(tag.name);
        if (nameWords.isEmpty())
            continue;
        const QString first = nameWords.takeFirst();
        m_byFirstWord[first].append(Candidate{tag.id, nameWords});
    }
}

QList<qint64> TagSuggester::suggest(QStringView text, const QList<qint64> &exclude, qsizetype limit) const
{
    QList<std::pair<qsizetype, qint64>> found; // position, id
    QSet<qint64> seen(exclude.cbegin(), exclude.cend());
    const QStringList textWords = words(text);
    for (qsizetype i = 0; i < textWords.size(); ++i) {
        const auto candidates = m_byFirstWord.constFind(textWords.at(i));
        if (candidates == m_byFirstWord.cend())
            continue;
        for (const Candidate &c : *candidates) {
            if (seen.contains(c.id) || i + 1 + c.rest.size() > textWords.size())
                continue;
            bool all = true;
            for (qsizetype w = 0; all && w < c.rest.size(); ++w)
                all = textWords.at(i + 1 + w) == c.rest.at(w);
            if (all) {
                seen.insert(c.id);
                found.append({i, c.id});
            }
        }
    }
    if (!m_unspaced.isEmpty()) {
        const QString folded = text.toString().toCaseFolded();
        for (const auto &[id, name] : m_unspaced) {
            if (seen.contains(id))
                continue;
            // Positions here are characters, not words; they only order these after word matches
            // at the same place, which is near enough for a list of suggestions.
            if (const qsizetype at = folded.indexOf(name); at >= 0) {
                seen.insert(id);
                found.append({textWords.isEmpty() ? 0 : at * textWords.size() / qMax<qsizetype>(1, folded.size()), id});
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<qint64> ids;
    for (qsizetype i = 0; i < found.size() && i < limit; ++i)
        ids.append(found.at(i).second);
    return ids;
}
