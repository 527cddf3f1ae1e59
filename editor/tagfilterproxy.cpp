// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagfilterproxy.h"

#include "tagnormalizer.h"
#include "tagtablemodel.h"

#include <algorithm>

TagFilterProxy::TagFilterProxy(TagTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_tags(source)
{
    setSourceModel(source);
}

void TagFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = text.trimmed().toCaseFolded();
    // Text of only punctuation has no real key (matchKey falls back to the text itself), and it
    // would match keys, which have no punctuation, by accident.
    const bool hasWord = std::any_of(text.cbegin(), text.cend(),
                                     [](QChar c) { return c.isLetterOrNumber() || c.isSymbol() || c.isSurrogate(); });
    m_key = hasWord ? TagNormalizer::matchKey(text) : QString();
    // Clearing the filter brings back every row: as tens of thousands of row insertions that costs
    // the view a frame or more, while rebuilding the mapping at once costs it next to nothing.
    if (m_folded.isEmpty())
        invalidate();
    else
        invalidateRowsFilter();
}

bool TagFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_folded.isEmpty())
        return true;
    return m_tags->foldedNameAt(sourceRow).contains(m_folded)
        || (!m_key.isEmpty() && m_tags->matchKeyAt(sourceRow).contains(m_key));
}
