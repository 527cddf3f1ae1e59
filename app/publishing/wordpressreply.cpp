// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <limits>

namespace {

qint64 positiveId(const QJsonValue &value)
{
    // toInteger() gives the default for a non-number, a fraction and a number beyond qint64.
    const qint64 id = value.toInteger(0);
    return id > 0 ? id : 0;
}

int positiveInt(const QJsonValue &value)
{
    const qint64 id = positiveId(value);
    return id <= std::numeric_limits<int>::max() ? int(id) : 0;
}

// Only addresses a browser may open as a page: a `javascript:` or `file:` link from a server
// must never become the article's address on the desk.
QUrl httpUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme();
    return scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https") ? url : QUrl();
}

// WordPress's `*_gmt` fields: ISO 8601 without an offset, in UTC.
QDateTime fromGmt(const QJsonValue &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::UTC);
    const int year = when.date().year();
    return year >= 1970 && year <= 9999 ? when : QDateTime();
}

QString rawText(const QJsonValue &field)
{
    return field.toObject().value(QLatin1StringView("raw")).toString();
}

QJsonValue idOf(const QJsonValue &value)
{
    return value.toObject().value(QLatin1StringView("id"));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Whether the parameters of one link-value (`; rel="…"; type=…`, up to the next ',' outside
// quotes) name the REST API's relation; `at` ends on that ',' or the end. Each byte is read once.
bool relatesToRestApi(const QByteArray &link, qsizetype &at)
{
    bool api = false;
    const qsizetype size = link.size();
    while (at < size && link.at(at) != ',') {
        if (link.at(at) == ';' || isSpace(link.at(at))) {
            ++at;
            continue;
        }
        const qsizetype nameStart = at;
        while (at < size && link.at(at) != '=' && link.at(at) != ';' && link.at(at) != ',' && !isSpace(link.at(at)))
            ++at;
        const QByteArray name = link.mid(nameStart, at - nameStart);
        while (at < size && isSpace(link.at(at)))
            ++at;
        QByteArray value;
        if (at < size && link.at(at) == '=') {
            ++at;
            while (at < size && isSpace(link.at(at)))
                ++at;
            if (at < size && link.at(at) == '"') {
                for (++at; at < size && link.at(at) != '"'; ++at) {
                    if (link.at(at) == '\\' && at + 1 < size)
                        ++at;
                    value += link.at(at);
                }
                if (at < size)
                    ++at; // the closing quote
            } else {
                const qsizetype valueStart = at;
                while (at < size && link.at(at) != ';' && link.at(at) != ',' && !isSpace(link.at(at)))
                    ++at;
                value = link.mid(valueStart, at - valueStart);
            }
        }
        if (name.compare("rel", Qt::CaseInsensitive) == 0 && value.split(' ').contains("https://api.w.org/"))
            api = true;
    }
    return api;
}

} // namespace

std::optional<WordPressPost> WordPressPost::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    WordPressPost post;
    post.id = positiveId(object.value(QLatin1StringView("id")));
    if (post.id == 0)
        return std::nullopt;
    post.slug = object.value(QLatin1StringView("slug")).toString();
    post.status = object.value(QLatin1StringView("status")).toString();
    post.link = httpUrl(QUrl(object.value(QLatin1StringView("link")).toString()));
    post.modifiedGmt = fromGmt(object.value(QLatin1StringView("modified_gmt")));
    post.featuredMedia = positiveInt(object.value(QLatin1StringView("featured_media")));
    post.rawTitle = rawText(object.value(QLatin1StringView("title")));
    post.rawContent = rawText(object.value(QLatin1StringView("content")));
    return post;
}

std::optional<WordPressMedia> WordPressMedia::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    WordPressMedia media;
    media.id = positiveInt(object.value(QLatin1StringView("id")));
    if (media.id == 0)
        return std::nullopt;
    media.sourceUrl = httpUrl(QUrl(object.value(QLatin1StringView("source_url")).toString()));
    return media;
}

namespace WordPressReply {

std::optional<WordPressPost> post(const QByteArray &body)
{
    return WordPressPost::fromJson(QJsonDocument::fromJson(body).object());
}

QList<WordPressPost> posts(const QByteArray &body)
{
    QList<WordPressPost> found;
    const QJsonArray values = QJsonDocument::fromJson(body).array();
    for (const auto &value : values) {
        if (auto post = WordPressPost::fromJson(value))
            found.append(std::move(*post));
    }
    return found;
}

std::optional<int> firstTermId(const QByteArray &body)
{
    const QJsonArray terms = QJsonDocument::fromJson(body).array();
    for (const auto &term : terms) {
        if (const int id = positiveInt(idOf(term)))
            return id;
    }
    return std::nullopt;
}

std::optional<int> createdTermId(const QByteArray &body)
{
    const int id = positiveInt(idOf(QJsonDocument::fromJson(body).object()));
    return id ? std::optional(id) : std::nullopt;
}

std::optional<int> existingTermId(const QByteArray &body)
{
    const QJsonObject refusal = QJsonDocument::fromJson(body).object();
    if (refusal.value(QLatin1StringView("code")).toString() != QLatin1StringView("term_exists"))
        return std::nullopt;
    const int id = positiveInt(refusal.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("term_id")));
    return id ? std::optional(id) : std::nullopt;
}

std::optional<WordPressMedia> media(const QByteArray &body)
{
    return WordPressMedia::fromJson(QJsonDocument::fromJson(body).object());
}

QUrl restRootFromLink(const QByteArray &link, const QUrl &site)
{
    // Read by hand rather than with a regular expression, so a long hostile header costs
    // linear time.
    qsizetype at = 0;
    while (true) {
        const qsizetype open = link.indexOf('<', at);
        if (open < 0)
            return {};
        const qsizetype close = link.indexOf('>', open + 1);
        if (close < 0)
            return {};
        at = close + 1;
        if (relatesToRestApi(link, at) && close > open + 1) {
            const QUrl target = QUrl::fromEncoded(link.mid(open + 1, close - open - 1));
            return httpUrl(site.resolved(target));
        }
    }
}

} // namespace WordPressReply
