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
    Result<QByteArray> data(qint64 imageId);

private:
    Database &m_db;
};
