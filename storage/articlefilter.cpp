// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefilter_p.h"
#include "sqlquery_p.h"

namespace ArticleFilter {

const QString summaryColumns =
    QStringLiteral("a.id, a.slug, a.headline, a.status, s.name, a.updated_at, a.byline_text, "
                   "a.word_count, a.created_at, a.scheduled_at");

ArticleSummary summaryFrom(const QSqlQuery &q)
{
    ArticleSummary row;
    row.id = q.value(0).toLongLong();
    row.slug = q.value(1).toString();
    row.headline = q.value(2).toString();
    row.status = statusFromKey(q.value(3).toString()).value_or(ArticleStatus::Draft);
    row.sectionName = q.value(4).toString();
    row.updated = Sql::toDateTime(q.value(5));
    row.byline = q.value(6).toString();
    row.wordCount = q.value(7).toInt();
    row.created = Sql::toDateTime(q.value(8));
    row.scheduled = Sql::toDateTime(q.value(9));
    return row;
}

QString conditions(const ArticleQuery &query, QVariantList &values)
{
    QString sql;
    QList<ArticleStatus> statuses = query.statuses;
    if (query.status && !statuses.contains(*query.status))
        statuses.append(*query.status);
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (ArticleStatus status : std::as_const(statuses)) {
            marks.append(QStringLiteral("?"));
            values.append(statusKey(status));
        }
        sql += QStringLiteral(" AND a.status IN (%1)").arg(marks.join(u','));
    }
    if (query.sectionId != 0) {
        // The unary + keeps SQLite from driving the query by articles_section: a section holds a
        // twelfth of the archive, and reading those rows (bodies and all) to sort them costs far
        // more than walking the list's covering index in order and skipping the others.
        sql += QStringLiteral(" AND +a.section_id = ?");
        values.append(query.sectionId);
    }
    if (query.tagId != 0) {
        // Likewise for tags and authors: the cost stays bounded by one pass over that index.
        sql += QStringLiteral(" AND +a.id IN (SELECT t.article_id FROM article_tags t WHERE t.tag_id = ?)");
        values.append(query.tagId);
    }
    if (query.authorId != 0) {
        sql += QStringLiteral(" AND +a.id IN (SELECT b.article_id FROM bylines b WHERE b.author_id = ?)");
        values.append(query.authorId);
    }
    const auto bound = [&](const QDateTime &time, const char *condition) {
        if (time.isValid()) {
            sql += QLatin1StringView(condition);
            values.append(Sql::fromDateTime(time));
        }
    };
    bound(query.updatedFrom, " AND a.updated_at >= ?");
    bound(query.updatedBefore, " AND a.updated_at < ?");
    bound(query.scheduledFrom, " AND a.scheduled_at >= ?");
    bound(query.scheduledBefore, " AND a.scheduled_at < ?");
    return sql;
}

QString orderBy(ArticleQuery::Sort sort)
{
    using Sort = ArticleQuery::Sort;
    // The workflow's order, not the alphabet's.
    static const QString statusRank = QStringLiteral(
        "CASE a.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'ready' THEN 2 WHEN 'scheduled' THEN 3 "
        "WHEN 'published' THEN 4 WHEN 'updated' THEN 5 ELSE 6 END");
    switch (sort) {
    case Sort::UpdatedNewestFirst:
    case Sort::Relevance:
        return QStringLiteral("a.updated_at DESC, a.id DESC");
    case Sort::UpdatedOldestFirst:
        return QStringLiteral("a.updated_at ASC, a.id ASC");
    case Sort::HeadlineAtoZ:
        return QStringLiteral("a.headline COLLATE NOCASE ASC, a.id ASC");
    case Sort::HeadlineZtoA:
        return QStringLiteral("a.headline COLLATE NOCASE DESC, a.id DESC");
    case Sort::CreatedNewestFirst:
        return QStringLiteral("a.created_at DESC, a.id DESC");
    case Sort::CreatedOldestFirst:
        return QStringLiteral("a.created_at ASC, a.id ASC");
    case Sort::SectionAtoZ:
        return QStringLiteral("s.name COLLATE NOCASE ASC, a.updated_at DESC, a.id DESC");
    case Sort::SectionZtoA:
        return QStringLiteral("s.name COLLATE NOCASE DESC, a.updated_at DESC, a.id DESC");
    case Sort::StatusFirstToLast:
        return statusRank + QStringLiteral(" ASC, a.updated_at DESC, a.id DESC");
    case Sort::StatusLastToFirst:
        return statusRank + QStringLiteral(" DESC, a.updated_at DESC, a.id DESC");
    case Sort::BylineAtoZ:
        return QStringLiteral("a.byline_text COLLATE NOCASE ASC, a.id ASC");
    case Sort::BylineZtoA:
        return QStringLiteral("a.byline_text COLLATE NOCASE DESC, a.id DESC");
    case Sort::WordsFewestFirst:
        return QStringLiteral("a.word_count ASC, a.id ASC");
    case Sort::WordsMostFirst:
        return QStringLiteral("a.word_count DESC, a.id DESC");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace ArticleFilter
