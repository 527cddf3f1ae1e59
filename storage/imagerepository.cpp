// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

ImageRepository::ImageRepository(Database &db)
    : m_db(db)
{ }

Result<HeroImage> ImageRepository::setHero(qint64 articleId, const QByteArray &data, HeroImage hero)
{
    return m_db.inTransaction([&]() -> Result<HeroImage> {
        if (auto removed = removeHero(articleId); !removed)
            return removed.error();
        QSqlQuery q(m_db.connection());
        if (auto r = Sql::exec(
                q,
                QStringLiteral("INSERT INTO images (article_id, role, mime_type, data, alt_text, caption, credit) "
                               "VALUES (?, 'hero', ?, ?, ?, ?, ?)"),
                {articleId, hero.mimeType, data, Sql::notNull(hero.altText), Sql::notNull(hero.caption),
                 Sql::notNull(hero.credit)},
                "insert hero image");
            !r)
            return r.error();
        hero.imageId = q.lastInsertId().toLongLong();
        return hero;
    });
}

Result<void> ImageRepository::removeHero(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("DELETE FROM images WHERE article_id = ? AND role = 'hero'"), {articleId},
                     "remove hero image");
}

Result<QByteArray> ImageRepository::data(qint64 imageId)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT data FROM images WHERE id = ?"), {imageId}, "load image"); !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("The image is no longer stored with the article."),
                            QStringLiteral("image %1").arg(imageId)};
    return q.value(0).toByteArray();
}
