// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

/// A run of text that is in both versions, only in the older one, or only in the newer one.
struct DiffSegment {
    enum class Kind { Equal, Deleted, Inserted };
    Kind kind = Kind::Equal;
    QString text;

    bool operator==(const DiffSegment &) const = default;
};
using DiffSegments = QList<DiffSegment>;

/// Word-level differences between two texts, as an editor reads them.
///
/// The texts are compared paragraph by paragraph first (lines), then word by word inside the
/// paragraphs that changed, with dtl (Wu, Manber and Myers' O(NP) algorithm) for both. A 1 MB
/// body with a few edits costs a few milliseconds. A changed stretch longer than maxTokens words
/// is compared sentence by sentence first; a changed sentence stretch still that long is shown
/// deleted and inserted whole, so the cost stays bounded (dtl's is O((M+N)·P) per stretch).
namespace WordDiff {

/// Words, runs of white space and punctuation marks, on Unicode word boundaries (UAX #29), so
/// that text in any script splits where a reader would expect.
QList<QStringView> tokenize(QStringView text);

/// The changes that turn `before` into `after`. The Equal and Deleted segments, in order, spell
/// `before`; the Equal and Inserted ones spell `after`. In a stretch of changes the deleted text
/// comes before the inserted text, and lone spaces between changed words join the change.
DiffSegments compare(const QString &before, const QString &after);

/// Beyond this many tokens (both sides together) a changed stretch is not compared word by word.
constexpr qsizetype maxTokens = 6000;

/// `before` rebuilt from `segments` (Equal and Deleted); for tests and assertions.
QString before(const DiffSegments &segments);
/// `after` rebuilt from `segments` (Equal and Inserted).
QString after(const DiffSegments &segments);

} // namespace WordDiff
