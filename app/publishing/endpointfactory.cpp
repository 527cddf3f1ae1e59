// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointfactory.h"

#include "credentialstore.h"
#include "ninjsendpoint.h"
#include "wordpressendpoint.h"

#include <QPointer>

std::unique_ptr<PublishEndpoint> EndpointFactory::create(const PublishTarget &target, const QString &secret)
{
    if (target.kind == PublishTargetKind::Ninjs)
        return std::make_unique<NinjsEndpoint>(target.endpoint, secret);
    return std::make_unique<WordPressEndpoint>(target.endpoint, target.user, secret);
}

PublishQueue::EndpointFactory EndpointFactory::fromKeychain(CredentialStore &store)
{
    QPointer<CredentialStore> guarded(&store);
    return [guarded](const PublishTarget &target, PublishQueue::EndpointDone done) {
        if (!guarded) {
            done(nullptr, CredentialStore::noKeychainMessage(), true);
            return;
        }
        CredentialRequest *request = guarded->read(target.name);
        QObject::connect(request, &CredentialRequest::finished, guarded.data(),
                         [target, done = std::move(done)](const CredentialResult &result) {
                             if (!result.ok()) {
                                 done(nullptr, result.message, result.status == CredentialResult::Status::NoKeychain);
                                 return;
                             }
                             done(create(target, result.secret), QString(), false);
                         });
    };
}
