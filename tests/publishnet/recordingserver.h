// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

/// An HTTP server on 127.0.0.1 for endpoint tests, one request a connection: it keeps each
/// request's first line, Authorization and body, counts connections, and answers every request
/// with `status`, `headers` (whole lines, each ending in "\r\n") and `body` as JSON.
class RecordingServer : public QObject
{
public:
    struct Request {
        QByteArray requestLine;
        QByteArray authorization;
        QByteArray body;
    };
    QByteArray status = "200 OK";
    QByteArray headers;
    QByteArray body = "{}";
    QList<Request> requests;
    int connections = 0;

    RecordingServer()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                serve(socket);
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

    QUrl url(const QString &path = QStringLiteral("/"), const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_server.serverPort()).arg(path));
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            qsizetype length = 0;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            request.requestLine = lines.value(0).trimmed();
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                if (line.toLower().startsWith("authorization:"))
                    request.authorization = line.mid(14).trimmed();
            }
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            requests << request;
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n" + headers + "Connection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
};
