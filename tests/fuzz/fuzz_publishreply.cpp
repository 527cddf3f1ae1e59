// SPDX-License-Identifier: GPL-3.0-or-later
// What a publishing server answers, on any bytes: the error message and Retry-After HttpClient
// reads from every answer (the ninjs endpoint reads nothing else), and every WordPressReply
// parser, the bytes taken as an object answer, a list answer and a Link header.

#include "httpclient.h"
#include "wordpressreply.h"

#include <QTimeZone>

#include <cstdint>
#include <cstdio>

// An invariant that a hostile answer must never break: said, then a crash libFuzzer keeps.
#define REQUIRE(condition)                                                                                             \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz_publishreply: broken: %s\n", #condition);                                       \
            __builtin_trap();                                                                                          \
        }                                                                                                              \
    } while (false)

namespace {

// What the desk may store as an address and show as a link.
bool isWebAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"));
}

void checkPost(const WordPressPost &post)
{
    REQUIRE(post.id > 0);
    REQUIRE(post.link.isEmpty() || isWebAddress(post.link));
    REQUIRE(post.featuredMedia >= 0);
    if (post.modifiedGmt.isValid()) {
        REQUIRE(post.modifiedGmt.timeSpec() == Qt::UTC);
        REQUIRE(post.modifiedGmt.date().year() >= 1970 && post.modifiedGmt.date().year() <= 9999);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The status from the first two bytes (0…65535, so odd ones too); the whole input is the body
    // and, read as Latin-1 like a status line, the reason phrase.
    const int status = size >= 2 ? data[0] << 8 | data[1] : 0;
    const QString message = HttpClient::errorMessage(status, bytes, QString::fromLatin1(bytes));
    REQUIRE(!message.isEmpty());
    REQUIRE(!message.contains(u'<')); // nothing from the server reads as markup where it is shown
    REQUIRE(message.size() <= 600); // the server's words are shortened, whatever it sent

    const QDateTime now(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::UTC);
    if (const auto wait = HttpClient::parseRetryAfter(bytes, now))
        REQUIRE(wait->count() >= 0 && *wait <= HttpClient::maxRetryAfter);

    if (const auto post = WordPressReply::post(bytes))
        checkPost(*post);
    for (const auto items = WordPressReply::posts(bytes); const WordPressPost &post : items)
        checkPost(post);

    if (const auto id = WordPressReply::firstTermId(bytes))
        REQUIRE(*id > 0);
    if (const auto id = WordPressReply::createdTermId(bytes))
        REQUIRE(*id > 0);
    if (const auto id = WordPressReply::existingTermId(bytes))
        REQUIRE(*id > 0);

    if (const auto media = WordPressReply::media(bytes)) {
        REQUIRE(media->id > 0);
        REQUIRE(media->sourceUrl.isEmpty() || isWebAddress(media->sourceUrl));
    }

    const QUrl root = WordPressReply::restRootFromLink(bytes, QUrl(QStringLiteral("https://news.example/")));
    REQUIRE(root.isEmpty() || isWebAddress(root));
    return 0;
}
