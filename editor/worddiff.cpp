// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <dtl/dtl.hpp>
#include <vector>

namespace {
using Kind = DiffSegment::Kind;

void append(DiffSegments &out, Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append(DiffSegment{kind, text.toString()});
}

// Gives equal pieces of text equal numbers, so the diff compares integers, not strings.
class Interner
{
public:
    std::vector<int> ids(const QList<QStringView> &pieces)
    {
        std::vector<int> result;
        result.reserve(size_t(pieces.size()));
        for (QStringView piece : pieces) {
            auto it = m_ids.find(piece);
            if (it == m_ids.end())
                it = m_ids.insert(piece, int(m_ids.size()));
            result.push_back(it.value());
        }
        return result;
    }

private:
    QHash<QStringView, int> m_ids;
};

// One shortest edit script step: which piece, from which side.
struct Step {
    Kind kind;
    qsizetype index; // in `before` for Equal and Deleted, in `after` for Inserted
};

std::vector<Step> editScript(const std::vector<int> &a, const std::vector<int> &b)
{
    dtl::Diff<int> diff(a, b);
    diff.compose();
    std::vector<Step> steps;
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        Q_UNUSED(element)
        switch (info.type) {
        case dtl::SES_COMMON:
            steps.push_back({Kind::Equal, qsizetype(info.beforeIdx - 1)});
            break;
        case dtl::SES_DELETE:
            steps.push_back({Kind::Deleted, qsizetype(info.beforeIdx - 1)});
            break;
        default:
            steps.push_back({Kind::Inserted, qsizetype(info.afterIdx - 1)});
            break;
        }
    }
    return steps;
}

QString joined(const QList<QStringView> &pieces, qsizetype from, qsizetype to)
{
    QString text;
    for (qsizetype i = from; i < to; ++i)
        text += pieces[i];
    return text;
}

// Compares `a` and `b` piece by piece (lines, sentences or words): equal pieces go to `out` as
// they are, and each changed stretch to `refine`, which looks inside it.
template<typename Refine>
void comparePieces(const QList<QStringView> &a, const QList<QStringView> &b, DiffSegments &out, Refine refine)
{
    Interner interner;
    const std::vector<int> ia = interner.ids(a);
    const std::vector<int> ib = interner.ids(b);
    QString deleted;
    QString inserted;
    auto flush = [&] {
        if (!deleted.isEmpty() || !inserted.isEmpty())
            refine(deleted, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (const Step &step : editScript(ia, ib)) {
        if (step.kind == Kind::Deleted) {
            deleted += a[step.index];
        } else if (step.kind == Kind::Inserted) {
            inserted += b[step.index];
        } else {
            flush();
            append(out, Kind::Equal, a[step.index]);
        }
    }
    flush();
}

QList<QStringView> sentences(QStringView text)
{
    QList<QStringView> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.constData(), int(text.size()));
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end <= start)
            end = text.size();
        result.append(text.sliced(start, end - start));
        start = end;
    }
    return result;
}

// Word by word inside one changed stretch. A stretch too long for that (a 1 MB body written as
// one paragraph) is first compared sentence by sentence, then word by word inside the sentences
// that changed; what is still too long is shown deleted and inserted whole.
void compareWords(QStringView before, QStringView after, DiffSegments &out, bool bySentenceFirst)
{
    const QList<QStringView> a = WordDiff::tokenize(before);
    const QList<QStringView> b = WordDiff::tokenize(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    append(out, Kind::Equal, joined(a, 0, prefix));
    const QList<QStringView> midA = a.mid(prefix, a.size() - prefix - suffix);
    const QList<QStringView> midB = b.mid(prefix, b.size() - prefix - suffix);
    const auto wholly = [&out](const QString &deleted, const QString &inserted) {
        append(out, Kind::Deleted, deleted);
        append(out, Kind::Inserted, inserted);
    };
    if (midA.isEmpty() || midB.isEmpty()) {
        wholly(joined(midA, 0, midA.size()), joined(midB, 0, midB.size()));
    } else if (midA.size() + midB.size() <= WordDiff::maxTokens) {
        comparePieces(midA, midB, out, wholly);
    } else if (bySentenceFirst) {
        const QString textA = joined(midA, 0, midA.size());
        const QString textB = joined(midB, 0, midB.size());
        comparePieces(sentences(textA), sentences(textB), out, [&out](const QString &deleted, const QString &inserted) {
            compareWords(deleted, inserted, out, false);
        });
    } else {
        wholly(joined(midA, 0, midA.size()), joined(midB, 0, midB.size()));
    }
    append(out, Kind::Equal, joined(a, a.size() - suffix, a.size()));
}

QList<QStringView> lines(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        result.append(text.sliced(start, end - start));
        start = end;
    }
    return result;
}

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Deleted text first, then inserted, in every stretch of changes; a lone space between two
// changed words becomes part of the change, so "a b" → "c d" reads as one replacement.
DiffSegments tidy(const DiffSegments &raw)
{
    DiffSegments out;
    QString deleted;
    QString inserted;
    auto flush = [&] {
        append(out, Kind::Deleted, deleted);
        append(out, Kind::Inserted, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const DiffSegment &s = raw[i];
        if (s.kind == Kind::Deleted) {
            deleted += s.text;
        } else if (s.kind == Kind::Inserted) {
            inserted += s.text;
        } else if ((!deleted.isEmpty() || !inserted.isEmpty()) && i + 1 < raw.size() && s.text.size() <= 2
                   && !s.text.contains(u'\n') && isBlank(s.text)) {
            deleted += s.text;
            inserted += s.text;
        } else {
            flush();
            append(out, Kind::Equal, s.text);
        }
    }
    flush();
    return out;
}
} // namespace

namespace WordDiff {

QList<QStringView> tokenize(QStringView text)
{
    QList<QStringView> tokens;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.constData(), int(text.size()));
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end <= start)
            end = text.size();
        tokens.append(text.sliced(start, end - start));
        start = end;
    }
    return tokens;
}

DiffSegments compare(const QString &before, const QString &after)
{
    DiffSegments raw;
    if (before == after) {
        append(raw, Kind::Equal, before);
        return raw;
    }
    comparePieces(lines(before), lines(after), raw, [&raw](const QString &deleted, const QString &inserted) {
        compareWords(deleted, inserted, raw, true);
    });
    return tidy(raw);
}

QString before(const DiffSegments &segments)
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.kind != DiffSegment::Kind::Inserted)
            text += s.text;
    }
    return text;
}

QString after(const DiffSegments &segments)
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.kind != DiffSegment::Kind::Deleted)
            text += s.text;
    }
    return text;
}

} // namespace WordDiff
