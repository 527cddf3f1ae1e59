// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Finds existing tags whose names occur in a story: whole words, any case, multi-word names
/// included ("enterprise AI" in "…how enterprise AI pays…", but not "AI" in "said"). Names in
/// scripts written without spaces (東京) match anywhere in the text.
class TagSuggester
{
public:
    struct Entry {
        qint64 id = 0;
        QString name;
    };

    void setTags(const QList<Entry> &tags);
    /// Tag ids in the order their names first appear in `text` (headline, dek and body joined
    /// by the caller), leaving out `exclude` (the tags the story already has).
    QList<qint64> suggest(QStringView text, const QList<qint64> &exclude = {}, qsizetype limit = 10) const;

    /// The case-folded words of `text`, as matching sees them.
    static QStringList words(QStringView text);

private:
    struct Candidate {
        qint64 id;
        QStringList rest; ///< the name's words after the first
    };
    QHash<QString, QList<Candidate>> m_byFirstWord;
    QList<std::pair<qint64, QString>> m_unspaced; ///< id, folded name
};
