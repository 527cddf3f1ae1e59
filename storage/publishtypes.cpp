// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishtypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, key] : names) {
        if (v == value)
            return QLatin1StringView(key);
    }
    Q_UNREACHABLE_RETURN(QString());
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, QStringView key)
{
    for (const auto &[v, k] : names) {
        if (key == QLatin1StringView(k))
            return v;
    }
    return std::nullopt;
}

constexpr std::array kindNames{
    std::pair{PublishTargetKind::WordPress, "wordpress"},
    std::pair{PublishTargetKind::Ninjs, "ninjs"},
};
constexpr std::array actionNames{
    std::pair{PublishAction::Publish, "publish"},
    std::pair{PublishAction::Unpublish, "unpublish"},
};
constexpr std::array stateNames{
    std::pair{PublishJobState::Pending, "pending"},
    std::pair{PublishJobState::Sending, "sending"},
    std::pair{PublishJobState::Done, "done"},
    std::pair{PublishJobState::Failed, "failed"},
};
constexpr std::array outcomeNames{
    std::pair{PublishOutcome::Succeeded, "succeeded"}, std::pair{PublishOutcome::Retrying, "retrying"},
    std::pair{PublishOutcome::Failed, "failed"},       std::pair{PublishOutcome::Unknown, "unknown"},
    std::pair{PublishOutcome::Conflict, "conflict"},
};
} // namespace

QString publishTargetKindKey(PublishTargetKind kind)
{
    return keyOf(kindNames, kind);
}

std::optional<PublishTargetKind> publishTargetKindFromKey(QStringView key)
{
    return valueOf(kindNames, key);
}

QString publishActionKey(PublishAction action)
{
    return keyOf(actionNames, action);
}

std::optional<PublishAction> publishActionFromKey(QStringView key)
{
    return valueOf(actionNames, key);
}

QString publishJobStateKey(PublishJobState state)
{
    return keyOf(stateNames, state);
}

std::optional<PublishJobState> publishJobStateFromKey(QStringView key)
{
    return valueOf(stateNames, key);
}

QString publishOutcomeKey(PublishOutcome outcome)
{
    return keyOf(outcomeNames, outcome);
}

std::optional<PublishOutcome> publishOutcomeFromKey(QStringView key)
{
    return valueOf(outcomeNames, key);
}

QString publishOutcomeDisplayName(PublishOutcome outcome)
{
    switch (outcome) {
    case PublishOutcome::Succeeded:
        return Tr::tr("Succeeded");
    case PublishOutcome::Retrying:
        return Tr::tr("Will retry");
    case PublishOutcome::Failed:
        return Tr::tr("Failed");
    case PublishOutcome::Unknown:
        return Tr::tr("Outcome unknown");
    case PublishOutcome::Conflict:
        return Tr::tr("Edited on the site");
    }
    Q_UNREACHABLE_RETURN(QString());
}
