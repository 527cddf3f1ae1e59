// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The values of publishing: where stories go, where they live there, the queue and its log.
// Plain, copyable structs like types.h. Secrets are never part of them (CredentialStore).

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

/// What kind of endpoint a target is.
enum class PublishTargetKind {
    WordPress, ///< the REST API v2 with an application password
    Ninjs, ///< an HTTPS endpoint taking IPTC ninjs documents with a bearer token
};
/// "wordpress" / "ninjs", as stored and as typed on the command line.
QString publishTargetKindKey(PublishTargetKind kind);
std::optional<PublishTargetKind> publishTargetKindFromKey(QStringView key);

/// A place stories are published to. Its secret lives in the keychain under `name`.
struct PublishTarget {
    qint64 id = 0; ///< 0 until stored
    QString name; ///< unique; also the keychain key
    PublishTargetKind kind = PublishTargetKind::WordPress;
    QUrl endpoint; ///< https://, or http:// on a loopback address only
    QString user; ///< WordPress user name; empty for ninjs
    QDateTime created; ///< UTC

    bool operator==(const PublishTarget &) const = default;
};

/// Where one article lives on one target, and what was last sent there.
struct ArticleRemote {
    qint64 articleId = 0;
    qint64 targetId = 0;
    QString remoteId; ///< e.g. the WordPress post id, or the ninjs uri
    QUrl url; ///< the public address, when the target tells it
    qint64 revisionId = 0; ///< the revision last published; 0 when unknown
    QDateTime published; ///< UTC, when it was last published
    /// The remote's own last-modified time as it answered us (WordPress `modified_gmt`), so a
    /// republish can tell whether someone edited the piece on the site since.
    QDateTime remoteModified;

    bool operator==(const ArticleRemote &) const = default;
};

enum class PublishAction { Publish, Unpublish };
QString publishActionKey(PublishAction action); ///< "publish" / "unpublish"
std::optional<PublishAction> publishActionFromKey(QStringView key);

enum class PublishJobState {
    Pending, ///< waiting to be sent, now or at nextAttempt
    Sending, ///< claimed by the runner; found like this after a crash, it becomes Pending again
    Done,
    Failed, ///< given up: needs a person
};
QString publishJobStateKey(PublishJobState state); ///< "pending", "sending", "done", "failed"
std::optional<PublishJobState> publishJobStateFromKey(QStringView key);

/// One publish or unpublish of an article to a target, written before any request is made.
struct PublishJob {
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 targetId = 0;
    PublishAction action = PublishAction::Publish;
    qint64 revisionId = 0; ///< the revision to send; 0: the article as it is when sent
    PublishJobState state = PublishJobState::Pending;
    int attempts = 0; ///< how many times it has been claimed
    QDateTime nextAttempt; ///< UTC; invalid: as soon as possible
    QString lastError;
    /// A request that may have created something remotely got no answer (timeout, dropped
    /// connection, crash while sending). Before the next attempt creates anything, the runner
    /// must look the item up on the target (WordPress: by slug, any status).
    bool outcomeUnknown = false;
    /// The desk agreed to overwrite edits made on the site since the last publish.
    bool overwriteRemote = false;
    QDateTime created;
    QDateTime updated;

    bool operator==(const PublishJob &) const = default;
};

/// How one attempt ended, for the article's publish log.
enum class PublishOutcome {
    Succeeded, ///< live, scheduled or unpublished as asked
    Retrying, ///< failed for now; the job waits and tries again
    Failed, ///< failed for good; the job was given up
    Unknown, ///< no answer to a request that may have changed the remote
    Conflict, ///< the piece was edited on the site; nothing overwritten
};
QString publishOutcomeKey(PublishOutcome outcome); ///< "succeeded", "retrying", "failed", "unknown", "conflict"
std::optional<PublishOutcome> publishOutcomeFromKey(QStringView key);
QString publishOutcomeDisplayName(PublishOutcome outcome); ///< translated ("Will retry")

/// One line of an article's publish log.
struct PublishLogEntry {
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 targetId = 0; ///< 0 when the target has since been removed
    QString targetName; ///< filled in by PublishLogRepository::list(); empty when removed
    qint64 jobId = 0;
    QDateTime at; ///< UTC
    PublishOutcome outcome = PublishOutcome::Succeeded;
    int httpStatus = 0; ///< 0: no HTTP answer (timeout, TLS error, ...)
    QString remoteId;
    QUrl remoteUrl;
    QString message; ///< in the user's words; never a secret

    bool operator==(const PublishLogEntry &) const = default;
};
