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

Result<qint64> ImageRepository::addInline(qint64 articleId, const QByteArray &data, const QString &mimeType,
                                          const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("INSERT INTO images (article_id, role, name, mime_type, data) "
                                          "VALUES (?, 'inline', ?, ?, ?)"),
                           {articleId, Sql::notNull(name), mimeType, data}, "insert inline image");
        !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<ImageRepository::Info> ImageRepository::info(qint64 imageId)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT article_id, mime_type, name FROM images WHERE id = ?"), {imageId},
                           "image info");
        !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("The image is no longer stored with the article."),
                            QStringLiteral("image %1").arg(imageId)};
    return Info{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

QString ImageRepository::imageUrl(qint64 imageId)
{
    return QStringLiteral("copydesk-image:%1").arg(imageId);
}

qint64 ImageRepository::idFromUrl(QStringView url)
{
    static constexpr QLatin1StringView scheme("copydesk-image:");
    if (!url.startsWith(scheme))
        return 0;
    bool ok = false;
    const qint64 id = url.mid(scheme.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}
