// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace QKeychain {
class Job;
}

/// How a keychain request ended. `message` is for the user; `detail` is QtKeychain's own words
/// for the log. Neither ever contains the secret.
struct CredentialResult {
    enum class Status {
        Ok,
        NotFound, ///< the keychain works but holds nothing for this target
        NoKeychain, ///< no keychain answered (none running, no D-Bus, or no answer in time)
        Denied, ///< the keychain is locked or refused access
        Failed, ///< anything else
    };
    Status status = Status::Ok;
    QString secret; ///< for a read; empty otherwise
    QString message;
    QString detail;

    bool ok() const { return status == Status::Ok; }
};

/// One keychain request in flight. It emits finished() exactly once, always after the call that
/// made it has returned, and is deleted soon after.
class CredentialRequest : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Write, Read, Remove, Probe };

    Operation operation() const { return m_operation; }
    QString targetName() const { return m_targetName; }
    bool isFinished() const { return m_finished; }

    /// For the command line only, where nothing else runs: waits in a local event loop. The
    /// store's timeout bounds the wait.
    CredentialResult waitForFinished();

Q_SIGNALS:
    void finished(const CredentialResult &result);

private:
    friend class CredentialStore;
    CredentialRequest(Operation operation, QString targetName, QObject *parent);
    void finish(const CredentialResult &result);

    Operation m_operation;
    QString m_targetName;
    CredentialResult m_result;
    bool m_finished = false;
};

/// The secrets of publishing targets (application passwords, bearer tokens), kept only in the
/// system keychain through QtKeychain, keyed on the target's name. There is no fallback: when no
/// keychain answers within timeout(), the request finishes with Status::NoKeychain, nothing is
/// stored anywhere, and publishing to that target must stay off.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    /// The keychain "service" our entries are filed under: "copydesk-publishing", or the value of
    /// COPYDESK_KEYCHAIN_SERVICE when set (tests that run side by side in one keyring use their own).
    static QString defaultService();
    /// Well within the 5 seconds the desk may wait to hear that there is no keychain.
    static constexpr int defaultTimeoutMs = 4000;

    explicit CredentialStore(QObject *parent = nullptr);
    /// Another service name keeps tests that run side by side apart.
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    CredentialRequest *write(const QString &targetName, const QString &secret);
    CredentialRequest *read(const QString &targetName);
    /// Removing an entry that does not exist succeeds.
    CredentialRequest *remove(const QString &targetName);
    /// Asks the keychain for an entry that does not exist: Ok when the keychain answers at all.
    CredentialRequest *checkAvailable();

    /// The last thing the keychain told us: true until a request found it unavailable.
    bool isAvailable() const { return m_available; }
    /// The plain words shown where publishing is off for want of a keychain.
    static QString noKeychainMessage();

Q_SIGNALS:
    /// A request found the keychain available or unavailable, unlike the one before it.
    void availabilityChanged(bool available, const QString &message);

private:
    CredentialRequest *start(CredentialRequest::Operation operation, const QString &targetName, QKeychain::Job *job);
    void jobFinished(QKeychain::Job *job, const QPointer<CredentialRequest> &request);
    void noteAvailability(const CredentialResult &result);

    QString m_service;
    int m_timeoutMs = defaultTimeoutMs;
    bool m_available = true;
};
