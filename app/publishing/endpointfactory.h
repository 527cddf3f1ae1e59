// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishqueue.h"

class CredentialStore;

/// The endpoint for a configured target, with its secret from the keychain.
namespace EndpointFactory {
/// A WordPressEndpoint or a NinjsEndpoint for `target` with `secret`.
std::unique_ptr<PublishEndpoint> create(const PublishTarget &target, const QString &secret);
/// A PublishQueue factory that reads each target's secret through `store` first. Without a
/// keychain the job waits (retryable); without a secret for the target it is given up.
PublishQueue::EndpointFactory fromKeychain(CredentialStore &store);
} // namespace EndpointFactory
