// SPDX-License-Identifier: GPL-3.0-or-later
// The article file parser (front matter + body) on any bytes: what `copydesk import` reads.

#include "articlefile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ArticleFile> parsed = ArticleFile::parse(bytes);
    if (!parsed)
        return 0;
    // What was read can be written and read back to the same article (product.md: byte-stable).
    const QByteArray written = parsed.value().toBytes();
    const Result<ArticleFile> again = ArticleFile::parse(written);
    if (!again || again.value().toBytes() != written)
        __builtin_trap();
    return 0;
}
