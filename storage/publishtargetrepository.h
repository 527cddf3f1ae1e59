// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishtypes.h"
#include "storageerror.h"

#include <QList>

class Database;

/// The publishing targets the desk has configured: kind, name, endpoint and user. Their secrets
/// are kept by CredentialStore in the system keychain, never here.
class PublishTargetRepository
{
public:
    explicit PublishTargetRepository(Database &db);

    /// Stores a new target after checkTarget(); `created` is set now. A taken name is a Conflict.
    Result<PublishTarget> add(PublishTarget target);
    /// Stores kind, endpoint and user of the target with `target.id`. The name cannot change here:
    /// the keychain entry is keyed on it.
    Result<PublishTarget> update(const PublishTarget &target);
    /// Every target, by name.
    Result<QList<PublishTarget>> list();
    Result<PublishTarget> find(qint64 id);
    Result<PublishTarget> findByName(const QString &name); ///< exact name; NotFound otherwise
    /// Removes the target with its remote records and queued jobs; log lines stay, without target.
    Result<void> remove(qint64 id);

    /// Invalid with words for the user when the target cannot be used: an empty name or one with
    /// control characters, a URL that is not absolute https:// (http:// only on a loopback host,
    /// for tests and local servers), one that carries a user name or password, or a WordPress
    /// target without a user.
    static Result<void> checkTarget(const PublishTarget &target);
    /// True for localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);

private:
    Database &m_db;
};
