// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// What a WordPress site answers over its REST API v2, read into plain values. The answers come
// from a server, so nothing in them is trusted: a field of the wrong JSON type reads as absent,
// an id that is not a whole number above 0 is no id, a link that is not http(s) is no link, and a
// date that does not parse or falls outside the years 1970–9999 is an invalid QDateTime.

/// A post (wp/v2/posts). The raw title and content come only with `context=edit`.
struct WordPressPost {
    qint64 id = 0; ///< always above 0
    QString slug;
    QString status; ///< "publish", "future", "draft"… as the site said it
    QUrl link; ///< http or https with a host; empty otherwise
    QDateTime modifiedGmt; ///< in UTC; invalid when missing or absurd
    int featuredMedia = 0; ///< 0: none
    QString rawTitle;
    QString rawContent;

    /// The post in `value`, or nothing when it is not an object with an id.
    static std::optional<WordPressPost> fromJson(const QJsonValue &value);
};

/// An attachment (wp/v2/media).
struct WordPressMedia {
    int id = 0; ///< always above 0
    QUrl sourceUrl; ///< the file's address: http or https with a host; empty otherwise

    static std::optional<WordPressMedia> fromJson(const QJsonValue &value);
};

namespace WordPressReply {

/// The post in an answer about one post.
std::optional<WordPressPost> post(const QByteArray &body);
/// The posts in an answer to a query, in the site's order; entries that are not posts are left out.
QList<WordPressPost> posts(const QByteArray &body);

/// The id of the first term with one in an answer to a term query (wp/v2/tags?slug=…).
std::optional<int> firstTermId(const QByteArray &body);
/// The id of the term in an answer to its creation.
std::optional<int> createdTermId(const QByteArray &body);
/// The id of the term that already has this name, from the refusal
/// `{"code": "term_exists", "data": {"term_id": …}}`.
std::optional<int> existingTermId(const QByteArray &body);

/// The attachment in an answer about one.
std::optional<WordPressMedia> media(const QByteArray &body);

/// The REST root a site announces in its Link header (`<…>; rel="https://api.w.org/"`),
/// resolved against the site's address; empty when there is none or it is not http(s).
QUrl restRootFromLink(const QByteArray &link, const QUrl &site);

} // namespace WordPressReply
