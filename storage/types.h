// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The values the store keeps. Plain, copyable structs: repositories return them, widgets edit
// copies of them, and nothing in them talks to the database.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

/// Where a story is in the desk's workflow (product.md, "status").
enum class ArticleStatus { Draft, InReview, Ready, Scheduled, Published, Updated, Unpublished };

/// The stable key stored in the database and the article file ("draft", "in_review", ...).
QString statusKey(ArticleStatus status);
std::optional<ArticleStatus> statusFromKey(QStringView key);
/// The translated name shown to people ("In review").
QString statusDisplayName(ArticleStatus status);
QList<ArticleStatus> allStatuses();

/// Article limits from product.md, counted in characters as people see them.
namespace ArticleLimits {
constexpr int headlineSoft = 70;
constexpr int headlineHard = 200;
constexpr int dekSoft = 200;
} // namespace ArticleLimits

/// The hero image's words; its bytes are fetched separately (ImageRepository), as they can be large.
struct HeroImage {
    qint64 imageId = 0;
    QString mimeType;
    QString altText;
    QString caption;
    QString credit;

    bool operator==(const HeroImage &) const = default;
};

struct Article {
    qint64 id = 0; ///< 0 until stored
    QString slug;
    /// The slug follows the headline until someone edits it by hand, and never changes once the
    /// story has been published (its web address must stay put).
    bool slugAuto = true;
    QString headline;
    QString dek;
    qint64 sectionId = 0; ///< 0: no section yet
    QList<qint64> authorIds; ///< the byline, in order
    QString dateline;
    QDateTime created; ///< all times in UTC
    QDateTime updated;
    QDateTime published;
    QDateTime scheduled; ///< embargo / scheduled publication
    std::optional<HeroImage> hero;
    QString body; ///< Markdown
    QList<qint64> tagIds;
    QString attribution;
    QString sourceUrl;
    ArticleStatus status = ArticleStatus::Draft;
    QString notes; ///< editorial notes, never published
    bool dekWaived = false; ///< the editor explicitly accepted an empty dek
    QString extraFrontMatter; ///< unknown keys of an imported file, kept verbatim

    bool operator==(const Article &) const = default;
};

/// One row of the story list: what the list shows, without the body.
struct ArticleSummary {
    qint64 id = 0;
    QString slug;
    QString headline;
    ArticleStatus status = ArticleStatus::Draft;
    QString sectionName;
    QDateTime updated;
    QString byline; ///< the authors' display names, comma-separated, in byline order
    int wordCount = 0; ///< words of the body, as the editor counts them
    QDateTime created;
    QDateTime scheduled;
};

struct Section {
    qint64 id = 0;
    QString name;
    QString slug;
    int position = 0;
    /// A retired section is not offered for new stories; stories that have it keep and show it.
    bool retired = false;
    bool operator==(const Section &) const = default;
};

struct Author {
    qint64 id = 0;
    QString displayName;
    QString bio; ///< one line
    bool operator==(const Author &) const = default;
};

enum class TagKind { Topic, Organisation, Person, Place };
QString tagKindKey(TagKind kind);
std::optional<TagKind> tagKindFromKey(QStringView key);

struct Tag {
    qint64 id = 0;
    QString name;
    QString slug;
    TagKind kind = TagKind::Topic;
    bool operator==(const Tag &) const = default;
};

/// The desk's settings shown on every page: masthead, home city, locale and time zone.
struct Publication {
    QString name;
    QString tagline;
    QString homeCity;
    QString locale = QStringLiteral("en_GB"); ///< a QLocale name
    QString timeZone = QStringLiteral("UTC"); ///< an IANA id
    /// The zone the desk reads times in: `timeZone`, or UTC when that names no zone.
    QTimeZone zone() const;
    bool operator==(const Publication &) const = default;
};
