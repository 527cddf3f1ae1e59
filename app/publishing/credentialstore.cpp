// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "copydesk.credentials")

namespace {
// Looked up by checkAvailable(); never written, so "not found" means the keychain answered.
const QString probeKey = QStringLiteral("copydesk keychain check");

CredentialResult resultOf(const QKeychain::Job &job, CredentialRequest::Operation operation, const QString &name)
{
    CredentialResult r;
    r.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = CredentialResult::Status::Ok;
        r.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        r.status = CredentialResult::Status::NotFound;
        r.message = CredentialStore::tr("The keychain holds no password or token for “%1”. Enter it again in "
                                        "the target's settings.")
                        .arg(name);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = CredentialResult::Status::Denied;
        r.message = CredentialStore::tr("The keychain refused access. Unlock it and try again.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without D-Bus or a Secret Service, libsecret reports a plain "other" error; to the desk
        // it is all the same: there is no keychain to keep the secret in.
        r.status = CredentialResult::Status::NoKeychain;
        r.message = CredentialStore::noKeychainMessage();
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.status = CredentialResult::Status::Failed;
        r.message = CredentialStore::tr("The keychain could not delete the password of “%1”.").arg(name);
        break;
    }
    // Removing what is not there, or probing for the key that is never written, is success.
    if (r.status == CredentialResult::Status::NotFound
        && (operation == CredentialRequest::Operation::Remove || operation == CredentialRequest::Operation::Probe)) {
        r.status = CredentialResult::Status::Ok;
        r.message.clear();
        r.detail.clear();
    }
    return r;
}
} // namespace

CredentialRequest::CredentialRequest(Operation operation, QString targetName, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_targetName(std::move(targetName))
{ }

void CredentialRequest::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
    deleteLater();
}

CredentialResult CredentialRequest::waitForFinished()
{
    if (m_finished)
        return m_result;
    // Copied out by the slot: the request may be deleted while the loop runs.
    CredentialResult result;
    QEventLoop loop;
    connect(this, &CredentialRequest::finished, &loop, [&](const CredentialResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString CredentialStore::defaultService()
{
    const QString chosen = qEnvironmentVariable("COPYDESK_KEYCHAIN_SERVICE");
    return chosen.isEmpty() ? QStringLiteral("copydesk-publishing") : chosen;
}

QString CredentialStore::noKeychainMessage()
{
    return tr("No keychain is available. Copydesk keeps publishing passwords and tokens only in the system "
              "keychain (GNOME Keyring, KWallet or another Secret Service), and none answered. Start or unlock "
              "it and try again; until then nothing is stored and publishing to this target is off.");
}

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultService(), parent)
{ }

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

CredentialStore::~CredentialStore() = default;

CredentialRequest *CredentialStore::write(const QString &targetName, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    return start(CredentialRequest::Operation::Write, targetName, job);
}

CredentialRequest *CredentialStore::read(const QString &targetName)
{
    return start(CredentialRequest::Operation::Read, targetName, new QKeychain::ReadPasswordJob(m_service));
}

CredentialRequest *CredentialStore::remove(const QString &targetName)
{
    return start(CredentialRequest::Operation::Remove, targetName, new QKeychain::DeletePasswordJob(m_service));
}

CredentialRequest *CredentialStore::checkAvailable()
{
    return start(CredentialRequest::Operation::Probe, probeKey, new QKeychain::ReadPasswordJob(m_service));
}

CredentialRequest *CredentialStore::start(CredentialRequest::Operation operation, const QString &targetName,
                                          QKeychain::Job *job)
{
    auto *request = new CredentialRequest(operation, targetName, this);
    // Never QSettings in plain text: a missing keychain is reported, not worked around.
    job->setInsecureFallback(false);
    // The job has no parent: QtKeychain's libsecret callback still touches the job after it was
    // deleted with a parent that went away mid-request (a window closed while the keychain was
    // asked). Unparented, it lives until its own answer and then deletes itself.
    job->setAutoDelete(true);
    job->setKey(targetName);
    const QPointer<CredentialRequest> guard(request);
    connect(job, &QKeychain::Job::finished, this, [this, guard](QKeychain::Job *j) { jobFinished(j, guard); });
    // A keychain that hangs (a D-Bus service that never answers, a prompt nobody sees) counts as
    // none: the desk hears so in time instead of waiting on D-Bus's own 25 seconds.
    QTimer::singleShot(m_timeoutMs, request, [this, request] {
        if (request->isFinished())
            return;
        qCWarning(lcCredentials) << "the keychain did not answer within" << m_timeoutMs << "ms";
        CredentialResult r;
        r.status = CredentialResult::Status::NoKeychain;
        r.message = noKeychainMessage();
        r.detail = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
        noteAvailability(r);
        request->finish(r);
    });
    // Started from the event loop, so finished() always comes after the caller has connected.
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
    return request;
}

void CredentialStore::jobFinished(QKeychain::Job *job, const QPointer<CredentialRequest> &request)
{
    const auto operation = request
        ? request->operation()
        : (qobject_cast<QKeychain::WritePasswordJob *>(job) ? CredentialRequest::Operation::Write
                                                            : CredentialRequest::Operation::Read);
    CredentialResult result = resultOf(*job, operation, job->key());
    if (!request || request->isFinished()) {
        // The desk was already told nothing was stored; keep that true.
        if (operation == CredentialRequest::Operation::Write && result.ok()) {
            qCWarning(lcCredentials) << "a write finished after its timeout; removing it again";
            auto *undo = new QKeychain::DeletePasswordJob(m_service);
            undo->setInsecureFallback(false);
            undo->setKey(job->key());
            undo->start();
        }
        return;
    }
    if (!result.ok())
        qCInfo(lcCredentials) << "keychain request for" << job->key() << "failed:" << result.detail;
    if (result.ok() && operation == CredentialRequest::Operation::Read) {
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.secret = reader->textData();
    }
    noteAvailability(result);
    request->finish(result);
}

void CredentialStore::noteAvailability(const CredentialResult &result)
{
    const bool available = result.status != CredentialResult::Status::NoKeychain;
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available, available ? QString() : result.message);
}
