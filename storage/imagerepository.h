// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"
#include "types.h"

#include <QByteArray>

class Database;

/// Image bytes stored inside the database with their article, so no path can go stale.
/// Checking that the bytes are an image is the caller's job (it needs Qt Gui, which storage has not).
class ImageRepository
{
public:
    explicit ImageRepository(Database &db);

    /// Makes `data` the article's hero image, replacing any earlier one, with the words in `hero`.
    Result<HeroImage> setHero(qint64 articleId, const QByteArray &data, HeroImage hero);
    Result<void> removeHero(qint64 articleId);
    /// Stores an image shown inside the body; the body refers to it by id (see imageUrl()).
    Result<qint64> addInline(qint64 articleId, const QByteArray &data, const QString &mimeType, const QString &name);
    Result<QByteArray> data(qint64 imageId);
    /// Which article an image belongs to and its type, without the bytes.
    struct Info {
        qint64 articleId = 0;
        QString mimeType;
        QString name;
    };
    Result<Info> info(qint64 imageId);

    /// The private URL by which Markdown refers to a stored image: "copydesk-image:ID".
    static QString imageUrl(qint64 imageId);
    /// The id in such a URL, or 0.
    static qint64 idFromUrl(QStringView url);

private:
    Database &m_db;
};
