// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionrepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

QList<qint64> idsFrom(const QJsonValue &v)
{
    QList<qint64> list;
    const QJsonArray array = v.toArray();
    for (const auto &id : array)
        list.append(id.toInteger());
    return list;
}

Revision revisionFrom(const QSqlQuery &q)
{
    Revision r;
    r.id = q.value(0).toLongLong();
    r.articleId = q.value(1).toLongLong();
    r.created = Sql::toDateTime(q.value(2));
    r.who = q.value(3).toString();
    if (!q.value(4).isNull())
        r.statusFrom = statusFromKey(q.value(4).toString());
    if (!q.value(5).isNull())
        r.statusTo = statusFromKey(q.value(5).toString());
    r.snapshot = RevisionRepository::fromJson(q.value(6).toByteArray()).value_or(Article{});
    r.note = q.value(7).toString();
    return r;
}

const QString selectRevision =
    QStringLiteral("SELECT id, article_id, created_at, who, status_from, status_to, snapshot, note FROM revisions ");
} // namespace

RevisionRepository::RevisionRepository(Database &db)
    : m_db(db)
{ }

QByteArray RevisionRepository::toJson(const Article &a)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("slug"), a.slug},
        {QStringLiteral("slugAuto"), a.slugAuto},
        {QStringLiteral("headline"), a.headline},
        {QStringLiteral("dek"), a.dek},
        {QStringLiteral("sectionId"), a.sectionId},
        {QStringLiteral("authorIds"), ids(a.authorIds)},
        {QStringLiteral("dateline"), a.dateline},
        {QStringLiteral("created"), time(a.created)},
        {QStringLiteral("updated"), time(a.updated)},
        {QStringLiteral("published"), time(a.published)},
        {QStringLiteral("scheduled"), time(a.scheduled)},
        {QStringLiteral("body"), a.body},
        {QStringLiteral("tagIds"), ids(a.tagIds)},
        {QStringLiteral("attribution"), a.attribution},
        {QStringLiteral("sourceUrl"), a.sourceUrl},
        {QStringLiteral("status"), statusKey(a.status)},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("dekWaived"), a.dekWaived},
        {QStringLiteral("extraFrontMatter"), a.extraFrontMatter},
    };
    if (a.hero) {
        o.insert(QStringLiteral("hero"),
                 QJsonObject{{QStringLiteral("imageId"), a.hero->imageId},
                             {QStringLiteral("mimeType"), a.hero->mimeType},
                             {QStringLiteral("altText"), a.hero->altText},
                             {QStringLiteral("caption"), a.hero->caption},
                             {QStringLiteral("credit"), a.hero->credit}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Article> RevisionRepository::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Article a;
    a.id = o.value(QLatin1StringView("id")).toInteger();
    a.slug = o.value(QLatin1StringView("slug")).toString();
    a.slugAuto = o.value(QLatin1StringView("slugAuto")).toBool(true);
    a.headline = o.value(QLatin1StringView("headline")).toString();
    a.dek = o.value(QLatin1StringView("dek")).toString();
    a.sectionId = o.value(QLatin1StringView("sectionId")).toInteger();
    a.authorIds = idsFrom(o.value(QLatin1StringView("authorIds")));
    a.dateline = o.value(QLatin1StringView("dateline")).toString();
    a.created = timeFrom(o.value(QLatin1StringView("created")));
    a.updated = timeFrom(o.value(QLatin1StringView("updated")));
    a.published = timeFrom(o.value(QLatin1StringView("published")));
    a.scheduled = timeFrom(o.value(QLatin1StringView("scheduled")));
    a.body = o.value(QLatin1StringView("body")).toString();
    a.tagIds = idsFrom(o.value(QLatin1StringView("tagIds")));
    a.attribution = o.value(QLatin1StringView("attribution")).toString();
    a.sourceUrl = o.value(QLatin1StringView("sourceUrl")).toString();
    a.status = statusFromKey(o.value(QLatin1StringView("status")).toString()).value_or(ArticleStatus::Draft);
    a.notes = o.value(QLatin1StringView("notes")).toString();
    a.dekWaived = o.value(QLatin1StringView("dekWaived")).toBool();
    a.extraFrontMatter = o.value(QLatin1StringView("extraFrontMatter")).toString();
    if (o.contains(QLatin1StringView("hero"))) {
        const QJsonObject h = o.value(QLatin1StringView("hero")).toObject();
        a.hero = HeroImage{
            h.value(QLatin1StringView("imageId")).toInteger(), h.value(QLatin1StringView("mimeType")).toString(),
            h.value(QLatin1StringView("altText")).toString(), h.value(QLatin1StringView("caption")).toString(),
            h.value(QLatin1StringView("credit")).toString()};
    }
    return a;
}

Result<Revision> RevisionRepository::record(const Article &article, const QString &who, ArticleStatus previousStatus,
                                            Kind kind, const QString &note)
{
    Revision r;
    r.articleId = article.id;
    r.created = QDateTime::currentDateTimeUtc();
    r.who = who;
    if (previousStatus != article.status) {
        r.statusFrom = previousStatus;
        r.statusTo = article.status;
    }
    r.note = note;
    r.snapshot = article;
    const QByteArray json = toJson(article);

    return m_db.inTransaction([&]() -> Result<Revision> {
        QSqlQuery q(m_db.connection());
        if (kind == Kind::Autosave && !r.statusTo && note.isEmpty()) {
            // Fold into the latest revision if it is an autosave-able one: same person, no status
            // change recorded on it, and recent.
            const QDateTime since = r.created.addSecs(-coalesceSeconds);
            if (auto found =
                    Sql::exec(q,
                              QStringLiteral("SELECT id FROM revisions WHERE article_id = ? AND who = ? "
                                             "AND status_to IS NULL AND note = '' AND created_at >= ? AND id = "
                                             "(SELECT max(id) FROM revisions WHERE article_id = ?)"),
                              {article.id, who, Sql::fromDateTime(since), article.id}, "find revision to fold");
                !found)
                return found.error();
            if (q.next()) {
                r.id = q.value(0).toLongLong();
                if (auto updated =
                        Sql::exec(q, QStringLiteral("UPDATE revisions SET created_at = ?, snapshot = ? WHERE id = ?"),
                                  {Sql::fromDateTime(r.created), json, r.id}, "fold revision");
                    !updated)
                    return updated.error();
                return r;
            }
        }
        if (auto inserted = Sql::exec(q,
                                      QStringLiteral("INSERT INTO revisions (article_id, created_at, who, status_from, "
                                                     "status_to, snapshot, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                      {article.id, Sql::fromDateTime(r.created), Sql::notNull(who),
                                       r.statusFrom ? QVariant(statusKey(*r.statusFrom)) : Sql::nullIfEmpty({}),
                                       r.statusTo ? QVariant(statusKey(*r.statusTo)) : Sql::nullIfEmpty({}), json,
                                       Sql::notNull(note)},
                                      "insert revision");
            !inserted)
            return inserted.error();
        r.id = q.lastInsertId().toLongLong();
        return r;
    });
}

Result<QList<Revision>> RevisionRepository::list(qint64 articleId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, selectRevision + QStringLiteral("WHERE article_id = ? ORDER BY id DESC"), {articleId},
                           "list revisions");
        !r)
        return r.error();
    QList<Revision> revisions;
    while (q.next())
        revisions.append(revisionFrom(q));
    return revisions;
}

Result<Revision> RevisionRepository::load(qint64 revisionId)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, selectRevision + QStringLiteral("WHERE id = ?"), {revisionId}, "load revision"); !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("That revision no longer exists."),
                            QStringLiteral("revision %1").arg(revisionId)};
    return revisionFrom(q);
}
