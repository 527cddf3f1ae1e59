// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// What the tag chip field offers as you type: names that start with the text (or have a word
/// that does) first, then names that contain it anywhere, each group most used first. Spacing,
/// punctuation and accents are forgiven ("open ai" finds "OpenAI"). Built once per vocabulary;
/// a lookup over 50,000 tags takes a few milliseconds.
class TagCompletion
{
public:
    struct Entry {
        qint64 id = 0;
        QString name;
        int uses = 0; ///< stories with the tag
    };

    void setTags(const QList<Entry> &tags);
    /// At most `limit` tag ids for the typed text; none for empty text.
    QList<qint64> complete(QStringView typed, qsizetype limit = 20) const;

private:
    struct Indexed {
        qint64 id;
        QString folded; ///< case-folded name
        QString key; ///< TagNormalizer key
    };
    QList<Indexed> m_byUse; ///< most used first, then by name
};
