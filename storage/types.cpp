// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include <QCoreApplication>

#include <array>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

struct StatusName {
    ArticleStatus status;
    const char *key;
};
constexpr std::array statusNames{
    StatusName{ArticleStatus::Draft, "draft"},
    StatusName{ArticleStatus::InReview, "in_review"},
    StatusName{ArticleStatus::Ready, "ready"},
    StatusName{ArticleStatus::Scheduled, "scheduled"},
    StatusName{ArticleStatus::Published, "published"},
    StatusName{ArticleStatus::Updated, "updated"},
    StatusName{ArticleStatus::Unpublished, "unpublished"},
};

struct KindName {
    TagKind kind;
    const char *key;
};
constexpr std::array kindNames{
    KindName{TagKind::Topic, "topic"},
    KindName{TagKind::Organisation, "organisation"},
    KindName{TagKind::Person, "person"},
    KindName{TagKind::Place, "place"},
};
} // namespace

QString statusKey(ArticleStatus status)
{
    for (const auto &n : statusNames) {
        if (n.status == status)
            return QLatin1StringView(n.key);
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<ArticleStatus> statusFromKey(QStringView key)
{
    for (const auto &n : statusNames) {
        if (key == QLatin1StringView(n.key))
            return n.status;
    }
    return std::nullopt;
}

QString statusDisplayName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return Tr::tr("Draft");
    case ArticleStatus::InReview:
        return Tr::tr("In review");
    case ArticleStatus::Ready:
        return Tr::tr("Ready");
    case ArticleStatus::Scheduled:
        return Tr::tr("Scheduled");
    case ArticleStatus::Published:
        return Tr::tr("Published");
    case ArticleStatus::Updated:
        return Tr::tr("Updated");
    case ArticleStatus::Unpublished:
        return Tr::tr("Unpublished");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QList<ArticleStatus> allStatuses()
{
    QList<ArticleStatus> all;
    for (const auto &n : statusNames)
        all.append(n.status);
    return all;
}

QString tagKindKey(TagKind kind)
{
    for (const auto &n : kindNames) {
        if (n.kind == kind)
            return QLatin1StringView(n.key);
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<TagKind> tagKindFromKey(QStringView key)
{
    for (const auto &n : kindNames) {
        if (key == QLatin1StringView(n.key))
            return n.kind;
    }
    return std::nullopt;
}

QTimeZone Publication::zone() const
{
    const QTimeZone named(timeZone.toUtf8());
    return named.isValid() ? named : QTimeZone(QTimeZone::UTC);
}
