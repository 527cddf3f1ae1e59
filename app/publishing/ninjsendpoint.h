// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "publishendpoint.h"

/// An HTTPS endpoint taking IPTC ninjs documents: PUT <endpoint>/<uri> with a bearer token.
/// PUT to the same address replaces the item, so a retry after an unknown outcome cannot make a
/// second one; unpublishing sends the document again with pubstatus "canceled".
class NinjsEndpoint : public PublishEndpoint
{
    Q_OBJECT

public:
    NinjsEndpoint(const QUrl &endpoint, const QString &token, QObject *parent = nullptr);

    HttpClient &http() { return *m_http; }

    void publish(const PublishPayload &payload, const RemoteState &remote) override;
    void unpublish(const PublishPayload &payload, const RemoteState &remote) override;

    /// `endpoint` + "/" + the percent-encoded uri.
    static QUrl itemUrl(const QUrl &endpoint, const QString &uri);

private:
    void put(const QByteArray &document, const QString &uri, EndpointResult::Kind success);

    HttpClient *m_http;
    QUrl m_endpoint;
    QByteArray m_authorization;
};
