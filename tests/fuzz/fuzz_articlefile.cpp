// SPDX-License-Identifier: GPL-3.0-or-later
// The article file parser (front matter + body) on any bytes: what `copydesk import` reads.

#include "articlefile.h"

#include <cstdint>
#include <cstdio>

namespace {

// Where two writes part, so a finding says what broke without a debugger.
void reportDifference(const QByteArray &first, const QByteArray &second)
{
    qsizetype at = 0;
    while (at < first.size() && at < second.size() && first.at(at) == second.at(at))
        ++at;
    const qsizetype from = qMax<qsizetype>(0, at - 12);
    std::fprintf(stderr, "fuzz_articlefile: the second write differs at byte %lld\nfirst:  %s\nsecond: %s\n",
                 static_cast<long long>(at), first.mid(from, 120).toPercentEncoding(" :\n").constData(),
                 second.mid(from, 120).toPercentEncoding(" :\n").constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ArticleFile> parsed = ArticleFile::parse(bytes);
    if (!parsed)
        return 0;
    // What was read can be written and read back to the same article (product.md: byte-stable).
    const QByteArray written = parsed.value().toBytes();
    const Result<ArticleFile> again = ArticleFile::parse(written);
    if (!again) {
        std::fprintf(stderr, "fuzz_articlefile: what was written does not read back: %s\nwritten: %s\n",
                     qPrintable(again.error().toLogString()),
                     written.first(qMin<qsizetype>(written.size(), 400)).toPercentEncoding(" :\n").constData());
        __builtin_trap();
    }
    if (again.value().toBytes() != written) {
        reportDifference(written, again.value().toBytes());
        __builtin_trap();
    }
    return 0;
}
