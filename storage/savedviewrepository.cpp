// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewrepository.h"

#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

using Period = ViewDefinition::Period;
using Sort = ArticleQuery::Sort;

constexpr std::array periodKeys{"any", "today", "last7days", "last30days", "between"};
// The JSON names of the sorts, in the enum's order; stored, so never renamed.
constexpr std::array sortKeys{"updated_desc", "updated_asc",  "headline_asc", "created_desc", "headline_desc",
                              "section_asc",  "section_desc", "status_asc",   "status_desc",  "byline_asc",
                              "byline_desc",  "words_asc",    "words_desc",   "created_asc",  "relevance"};

template<typename Keys> int indexOfKey(const Keys &keys, const QString &key, int fallback)
{
    for (size_t i = 0; i < keys.size(); ++i) {
        if (key == QLatin1StringView(keys[i]))
            return int(i);
    }
    return fallback;
}

QString periodKey(Period period)
{
    return QLatin1StringView(periodKeys[size_t(period)]);
}

Period periodFrom(const QJsonValue &value)
{
    return Period(indexOfKey(periodKeys, value.toString(), 0));
}

QString jsonText(const ViewDefinition &definition)
{
    return QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact));
}

ViewDefinition definitionFrom(const QString &text)
{
    return ViewDefinition::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

// [from, before) in UTC for a period ending with the day of `now` in `zone`.
std::pair<QDateTime, QDateTime> bounds(Period period, QDate from, QDate to, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const auto start = [&zone](QDate day) { return QDateTime(day, QTime(0, 0), zone).toUTC(); };
    switch (period) {
    case Period::Any:
        return {};
    case Period::Today:
        return {start(today), start(today.addDays(1))};
    case Period::Last7Days:
        return {start(today.addDays(-6)), start(today.addDays(1))};
    case Period::Last30Days:
        return {start(today.addDays(-29)), start(today.addDays(1))};
    case Period::Between:
        return {from.isValid() ? start(from) : QDateTime(), to.isValid() ? start(to.addDays(1)) : QDateTime()};
    }
    return {};
}
} // namespace

QJsonObject ViewDefinition::toJson() const
{
    QJsonObject json;
    if (!search.isEmpty())
        json.insert(u"search"_s, search);
    if (!statuses.isEmpty()) {
        QJsonArray keys;
        for (ArticleStatus status : statuses)
            keys.append(statusKey(status));
        json.insert(u"statuses"_s, keys);
    }
    if (sectionId != 0)
        json.insert(u"section"_s, sectionId);
    if (tagId != 0)
        json.insert(u"tag"_s, tagId);
    if (mine)
        json.insert(u"author"_s, u"me"_s);
    else if (authorId != 0)
        json.insert(u"author"_s, authorId);
    if (updated != Period::Any)
        json.insert(u"updated"_s, periodKey(updated));
    if (updated == Period::Between) {
        json.insert(u"updatedFrom"_s, updatedFrom.toString(Qt::ISODate));
        json.insert(u"updatedTo"_s, updatedTo.toString(Qt::ISODate));
    }
    if (scheduled != Period::Any)
        json.insert(u"scheduled"_s, periodKey(scheduled));
    json.insert(u"sort"_s, QLatin1StringView(sortKeys[size_t(sort)]));
    return json;
}

ViewDefinition ViewDefinition::fromJson(const QJsonObject &json)
{
    ViewDefinition d;
    d.search = json.value(u"search"_s).toString();
    const QJsonArray statuses = json.value(u"statuses"_s).toArray();
    for (const auto &key : statuses) {
        if (auto status = statusFromKey(key.toString()))
            d.statuses.append(*status);
    }
    d.sectionId = json.value(u"section"_s).toInteger();
    d.tagId = json.value(u"tag"_s).toInteger();
    const QJsonValue author = json.value(u"author"_s);
    d.mine = author.toString() == u"me"_s;
    d.authorId = d.mine ? 0 : author.toInteger();
    d.updated = periodFrom(json.value(u"updated"_s));
    d.updatedFrom = QDate::fromString(json.value(u"updatedFrom"_s).toString(), Qt::ISODate);
    d.updatedTo = QDate::fromString(json.value(u"updatedTo"_s).toString(), Qt::ISODate);
    d.scheduled = periodFrom(json.value(u"scheduled"_s));
    d.sort = Sort(indexOfKey(sortKeys, json.value(u"sort"_s).toString(), int(Sort::Relevance)));
    return d;
}

SavedViewRepository::SavedViewRepository(Database &db)
    : m_db(db)
{ }

Result<QList<SavedView>> SavedViewRepository::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto r = Sql::exec(q, QStringLiteral("SELECT id, name, definition FROM saved_views ORDER BY position, id"), {},
                           "list saved views");
        !r)
        return r.error();
    QList<SavedView> views;
    while (q.next())
        views.append(SavedView{q.value(0).toLongLong(), q.value(1).toString(), definitionFrom(q.value(2).toString())});
    return views;
}

Result<SavedView> SavedViewRepository::add(const QString &name, const ViewDefinition &definition)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return StorageError{StorageError::Kind::Invalid, Tr::tr("A saved view needs a name."),
                            QStringLiteral("empty view name")};
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q,
                           QStringLiteral("INSERT INTO saved_views (name, definition, position) "
                                          "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM saved_views))"),
                           {trimmed, jsonText(definition)}, "add saved view");
        !r) {
        StorageError e = r.error();
        if (e.kind == StorageError::Kind::Conflict)
            e.message = Tr::tr("There is already a view called “%1”.").arg(trimmed);
        return e;
    }
    return SavedView{q.lastInsertId().toLongLong(), trimmed, definition};
}

Result<void> SavedViewRepository::update(const SavedView &view)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("UPDATE saved_views SET name = ?, definition = ? WHERE id = ?"),
                     {view.name.trimmed(), jsonText(view.definition), view.id}, "update saved view");
}

Result<void> SavedViewRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(q, QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id}, "remove saved view");
}

Result<ArticleQuery> SavedViewRepository::resolve(const ViewDefinition &d, const QString &currentUser,
                                                  const QDateTime &now, const QTimeZone &zone)
{
    ArticleQuery query;
    query.statuses = d.statuses;
    query.sectionId = d.sectionId;
    query.tagId = d.tagId;
    query.authorId = d.authorId;
    query.sort = d.sort;
    if (d.mine) {
        QSqlQuery q(m_db.connection());
        if (auto r = Sql::exec(q, QStringLiteral("SELECT id FROM authors WHERE display_name = ?"), {currentUser},
                               "find current author");
            !r)
            return r.error();
        query.authorId = q.next() ? q.value(0).toLongLong() : -1;
    }
    std::tie(query.updatedFrom, query.updatedBefore) = bounds(d.updated, d.updatedFrom, d.updatedTo, now, zone);
    std::tie(query.scheduledFrom, query.scheduledBefore) = bounds(d.scheduled, {}, {}, now, zone);
    return query;
}

Result<void> SavedViewRepository::createDefaults(QSqlDatabase &db)
{
    ViewDefinition myDrafts;
    myDrafts.statuses = {ArticleStatus::Draft};
    myDrafts.mine = true;
    myDrafts.sort = Sort::UpdatedNewestFirst;
    ViewDefinition inReview;
    inReview.statuses = {ArticleStatus::InReview};
    inReview.sort = Sort::UpdatedOldestFirst; // the longest-waiting story first
    ViewDefinition scheduledToday;
    scheduledToday.statuses = {ArticleStatus::Scheduled};
    scheduledToday.scheduled = Period::Today;
    scheduledToday.sort = Sort::UpdatedNewestFirst;
    const std::array defaults{std::pair{Tr::tr("My drafts"), myDrafts}, std::pair{Tr::tr("In review"), inReview},
                              std::pair{Tr::tr("Scheduled today"), scheduledToday}};
    QSqlQuery q(db);
    int position = 0;
    for (const auto &[name, definition] : defaults) {
        if (auto r = Sql::exec(q,
                               QStringLiteral("INSERT OR IGNORE INTO saved_views (name, definition, position) "
                                              "VALUES (?, ?, ?)"),
                               {name, jsonText(definition), ++position}, "create default views");
            !r)
            return r;
    }
    return {};
}
