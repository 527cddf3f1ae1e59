// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishtargetrepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

constexpr auto columns = "id, name, kind, endpoint_url, user_name, created_at";

PublishTarget targetFrom(const QSqlQuery &q)
{
    PublishTarget t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = publishTargetKindFromKey(q.value(2).toString()).value_or(PublishTargetKind::WordPress);
    t.endpoint = QUrl(q.value(3).toString());
    t.user = q.value(4).toString();
    t.created = Sql::toDateTime(q.value(5));
    return t;
}

StorageError invalid(const QString &message)
{
    return StorageError{StorageError::Kind::Invalid, message, QStringLiteral("publish target rejected")};
}
} // namespace

PublishTargetRepository::PublishTargetRepository(Database &db)
    : m_db(db)
{ }

bool PublishTargetRepository::isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1StringView("localhost") || h == QLatin1StringView("::1"))
        return true;
    const QStringList parts = h.split(u'.');
    if (parts.size() != 4 || parts.constFirst() != QLatin1StringView("127"))
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0 || n > 255)
            return false;
    }
    return true;
}

Result<void> PublishTargetRepository::checkTarget(const PublishTarget &target)
{
    const QString name = target.name;
    if (name.trimmed().isEmpty())
        return invalid(Tr::tr("A publishing target needs a name."));
    if (name != name.trimmed())
        return invalid(Tr::tr("A target's name cannot start or end with spaces."));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return invalid(Tr::tr("A target's name cannot contain control characters."));
    }
    const QUrl &url = target.endpoint;
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return invalid(
            Tr::tr("“%1” is not a complete web address; write it like https://example.com/.").arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("http") && !isLoopbackHost(url.host()))
        return invalid(Tr::tr("The address must start with https://: plain http:// would send the password "
                              "unencrypted. (http:// is allowed only for this computer, e.g. http://127.0.0.1.)"));
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))
        return invalid(Tr::tr("The address must start with https://."));
    if (!url.userInfo().isEmpty())
        return invalid(Tr::tr("Put the user name in its own field, not in the address; the password goes to "
                              "the keychain."));
    if (target.kind == PublishTargetKind::WordPress && target.user.trimmed().isEmpty())
        return invalid(Tr::tr("A WordPress target needs the user name the application password belongs to."));
    return {};
}

Result<PublishTarget> PublishTargetRepository::add(PublishTarget target)
{
    if (auto checked = checkTarget(target); !checked)
        return checked.error();
    target.created = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q,
                      QStringLiteral("INSERT INTO publish_targets (name, kind, endpoint_url, user_name, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {target.name, publishTargetKindKey(target.kind), target.endpoint.toString(),
                       Sql::notNull(target.user), Sql::fromDateTime(target.created)},
                      "insert publish target");
        !r) {
        StorageError e = r.error();
        if (e.kind == StorageError::Kind::Conflict)
            e.message = Tr::tr("There is already a publishing target called “%1”.").arg(target.name);
        return e;
    }
    target.id = q.lastInsertId().toLongLong();
    return find(target.id);
}

Result<PublishTarget> PublishTargetRepository::update(const PublishTarget &target)
{
    auto stored = find(target.id);
    if (!stored)
        return stored.error();
    PublishTarget changed = target;
    changed.name = stored->name;
    if (auto checked = checkTarget(changed); !checked)
        return checked.error();
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(
            q,
            QStringLiteral("UPDATE publish_targets SET kind = ?, endpoint_url = ?, user_name = ? "
                           "WHERE id = ?"),
            {publishTargetKindKey(changed.kind), changed.endpoint.toString(), Sql::notNull(changed.user), changed.id},
            "update publish target");
        !r)
        return r.error();
    return find(changed.id);
}

Result<QList<PublishTarget>> PublishTargetRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r =
            Sql::exec(q, QStringLiteral("SELECT %1 FROM publish_targets ORDER BY name").arg(QLatin1StringView(columns)),
                      {}, "list publish targets");
        !r)
        return r.error();
    QList<PublishTarget> targets;
    while (q.next())
        targets.append(targetFrom(q));
    return targets;
}

Result<PublishTarget> PublishTargetRepository::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, QStringLiteral("SELECT %1 FROM publish_targets WHERE id = ?").arg(QLatin1StringView(columns)),
                      {id}, "find publish target");
        !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound, Tr::tr("That publishing target no longer exists."),
                            QStringLiteral("publish target %1").arg(id)};
    return targetFrom(q);
}

Result<PublishTarget> PublishTargetRepository::findByName(const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(
            q, QStringLiteral("SELECT %1 FROM publish_targets WHERE name = ?").arg(QLatin1StringView(columns)), {name},
            "find publish target by name");
        !r)
        return r.error();
    if (!q.next())
        return StorageError{StorageError::Kind::NotFound,
                            Tr::tr("There is no publishing target called “%1”.").arg(name),
                            QStringLiteral("publish target lookup")};
    return targetFrom(q);
}

Result<void> PublishTargetRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto r =
            Sql::exec(q, QStringLiteral("DELETE FROM publish_targets WHERE id = ?"), {id}, "remove publish target");
        !r)
        return r;
    if (q.numRowsAffected() == 0)
        return StorageError{StorageError::Kind::NotFound, Tr::tr("That publishing target no longer exists."),
                            QStringLiteral("publish target %1").arg(id)};
    return {};
}
