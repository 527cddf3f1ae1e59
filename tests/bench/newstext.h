// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// News-like Markdown of any size, the same bytes on every machine and every run: the in-process
// benchmarks and the side-by-side files (bench_article) use it, so both measure the same text.
// Prose with subheads, quotes, lists, links and emphasis, in British spelling (a desk's locale
// decides the dictionary; an American one underlines a few words, as it would in a real story).

#include <QByteArray>
#include <QStringList>

#include <cstdint>

namespace NewsText {

namespace detail {
// A small LCG: the text must not depend on the standard library's generators.
struct Random {
    std::uint64_t state;
    std::uint32_t next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::uint32_t(state >> 33);
    }
    template<typename List> const auto &pick(const List &list)
    {
        return list.at(qsizetype(next() % std::uint32_t(list.size())));
    }
};

inline const QList<QByteArray> &subjects()
{
    static const QList<QByteArray> list{
        "The harbour authority",       "The city council",   "A spokesperson for the union",
        "The transport minister",      "Local traders",      "The regional court",
        "Residents of the north side", "The hospital board", "Police",
        "The opposition leader"};
    return list;
}
inline const QList<QByteArray> &verbs()
{
    static const QList<QByteArray> list{"said on Thursday that",      "confirmed late last night that",
                                        "warned in a statement that", "told reporters that",
                                        "denied claims that",         "agreed after a long meeting that"};
    return list;
}
inline const QList<QByteArray> &clauses()
{
    static const QList<QByteArray> list{"container traffic had risen by a fifth since the new rota began",
                                        "the budget for road repairs would be cut again next year",
                                        "the night trains would return to the timetable in the spring",
                                        "the inquiry into the flooding would publish its findings next month",
                                        "more than two thousand people had signed the petition by noon",
                                        "the old bridge was safe for buses but not for heavy trucks",
                                        "talks with the builders had broken down over the weekend",
                                        "the school would stay open while the new wing is finished",
                                        "the price of bread at the market had doubled in three years",
                                        "nobody had been told about the change before the vote"};
    return list;
}
inline const QList<QByteArray> &tails()
{
    static const QList<QByteArray> list{"and that [the full figures](https://example.com/figures) would follow",
                                        "although *several members* of the board disagreed",
                                        "which surprised many of those who had waited outside",
                                        "a claim that the mayor's office did not dispute",
                                        "but gave no date for a decision",
                                        "and that **every household** would receive a letter"};
    return list;
}
inline const QList<QByteArray> &subheads()
{
    static const QList<QByteArray> list{"What changes on the quay",      "Who pays for the repairs",
                                        "A long night at the town hall", "What happens next",
                                        "The view from the market",      "Questions for the board"};
    return list;
}
} // namespace detail

/// The body: Markdown prose of at least `bytes` bytes (it stops at the end of a paragraph).
inline QByteArray body(qsizetype bytes, std::uint64_t seed = 20261126)
{
    detail::Random random{seed};
    QByteArray out;
    out.reserve(bytes + 1024);
    for (int paragraph = 0; out.size() < bytes; ++paragraph) {
        if (paragraph % 9 == 4)
            out += "## " + random.pick(detail::subheads()) + "\n\n";
        if (paragraph % 13 == 7)
            out += "> \"Nobody got everything they wanted,\" said one "
                + QByteArray(random.next() % 2 ? "driver" : "trader") + " outside the hall.\n\n";
        if (paragraph % 17 == 11)
            out += "- Night shifts capped at two a week.\n- Overtime offered by seniority.\n- A review in a year.\n\n";
        const int sentences = 2 + int(random.next() % 4);
        for (int s = 0; s < sentences; ++s) {
            out += random.pick(detail::subjects()) + ' ' + random.pick(detail::verbs()) + ' '
                + random.pick(detail::clauses());
            if (random.next() % 2)
                out += ", " + random.pick(detail::tails());
            out += s + 1 < sentences ? ". " : ".\n\n";
        }
    }
    return out;
}

/// A whole article file (front matter and body) of about `bytes` bytes, as `copydesk import` reads.
inline QByteArray articleFile(qsizetype bytes, const QByteArray &headline = "Harbour strike ends after night of talks")
{
    QByteArray head = "---\nheadline: " + headline
        + "\ndek: Crane drivers and the port agree a new rota after three weeks.\nsection: Business\n"
          "byline: [Ada Harbour]\ndateline: Bristol\ntags: [Shipping, Bristol]\nstatus: draft\n---\n\n";
    return head + body(qMax<qsizetype>(0, bytes - head.size()));
}

} // namespace NewsText
