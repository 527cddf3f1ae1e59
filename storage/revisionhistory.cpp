// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionhistory.h"

#include "articlerepository.h"
#include "database.h"
#include "sqlquery_p.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Whether a row with `id` is still in `table` (one of our own table names, never user input).
Result<bool> exists(Database &db, const char *table, qint64 id)
{
    QSqlQuery q(db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1StringView(table)), {id},
                           "check a row exists");
        !r)
        return r.error();
    return q.next();
}

Result<QList<qint64>> stillThere(Database &db, const char *table, const QList<qint64> &ids)
{
    QList<qint64> kept;
    for (qint64 id : ids) {
        auto found = exists(db, table, id);
        if (!found)
            return found.error();
        if (found.value())
            kept.append(id);
    }
    return kept;
}

// The same state, whenever it was stored: `updated` moves on every save.
bool sameWords(Article a, const Article &b)
{
    a.updated = b.updated;
    return a == b;
}
} // namespace

RevisionHistory::RevisionHistory(Database &db)
    : m_db(db)
{ }

Result<bool> RevisionHistory::hasNoteColumn()
{
    QSqlQuery q(m_db.connection());
    if (auto r = Sql::exec(q, QStringLiteral("SELECT name FROM pragma_table_info('revisions')"), {},
                           "read the revisions' columns");
        !r)
        return r.error();
    while (q.next()) {
        if (q.value(0).toString() == QLatin1StringView("note"))
            return true;
    }
    return false;
}

Result<QList<RevisionEntry>> RevisionHistory::entries(qint64 articleId)
{
    // The workflow's notes arrive with a later migration; older databases simply have none.
    auto withNote = hasNoteColumn();
    if (!withNote)
        return withNote.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT id, article_id, created_at, who, status_from, status_to, restored_from%1 "
                       "FROM revisions WHERE article_id = ? ORDER BY id DESC")
            .arg(withNote.value() ? QStringLiteral(", note") : QString());
    if (auto r = Sql::exec(q, sql, {articleId}, "list revision entries"); !r)
        return r.error();
    QList<RevisionEntry> list;
    while (q.next()) {
        RevisionEntry e;
        Revision &r = e.revision;
        r.id = q.value(0).toLongLong();
        r.articleId = q.value(1).toLongLong();
        r.created = Sql::toDateTime(q.value(2));
        r.who = q.value(3).toString();
        if (!q.value(4).isNull())
            r.statusFrom = statusFromKey(q.value(4).toString());
        if (!q.value(5).isNull())
            r.statusTo = statusFromKey(q.value(5).toString());
        if (!q.value(6).isNull())
            e.restoredFrom = q.value(6).toLongLong();
        if (withNote.value())
            e.note = q.value(7).toString();
        list.append(e);
    }
    return list;
}

Result<Article> RevisionHistory::restorable(const Article &old, const Article &current)
{
    Article a = current;
    a.headline = old.headline;
    a.dek = old.dek;
    a.dekWaived = old.dekWaived;
    a.dateline = old.dateline;
    a.body = old.body;
    a.attribution = old.attribution;
    a.sourceUrl = old.sourceUrl;
    a.notes = old.notes;
    a.extraFrontMatter = old.extraFrontMatter;
    if (current.hero && old.hero && old.hero->imageId == current.hero->imageId)
        a.hero = old.hero;
    auto section = old.sectionId == 0 ? Result<bool>(true) : exists(m_db, "sections", old.sectionId);
    if (!section)
        return section.error();
    if (section.value())
        a.sectionId = old.sectionId;
    auto authors = stillThere(m_db, "authors", old.authorIds);
    if (!authors)
        return authors.error();
    a.authorIds = authors.value();
    auto tags = stillThere(m_db, "tags", old.tagIds);
    if (!tags)
        return tags.error();
    a.tagIds = tags.value();
    return a;
}

Result<RestoreOutcome> RevisionHistory::restore(qint64 revisionId, const QString &who)
{
    return m_db.inTransaction([&]() -> Result<RestoreOutcome> {
        RevisionRepository revisions(m_db);
        ArticleRepository articles(m_db);
        auto old = revisions.load(revisionId);
        if (!old)
            return old.error();
        auto current = articles.load(old->articleId);
        if (!current)
            return current.error();
        auto history = entries(old->articleId);
        if (!history)
            return history.error();
        std::optional<Revision> latest;
        if (!history->isEmpty()) {
            auto loaded = revisions.load(history->first().revision.id);
            if (!loaded)
                return loaded.error();
            latest = std::move(loaded).value();
        }

        RestoreOutcome outcome;
        // Nothing is lost: unless the latest revision already holds the current state (it does
        // after the editor's pending changes were flushed), that state becomes a revision first.
        if (latest && sameWords(latest->snapshot, current.value())) {
            outcome.keptRevisionId = latest->id;
        } else {
            auto kept = revisions.record(current.value(), who, current->status, RevisionRepository::Kind::SavePoint);
            if (!kept)
                return kept.error();
            outcome.keptRevisionId = kept->id;
        }

        auto wanted = restorable(old->snapshot, current.value());
        if (!wanted)
            return wanted.error();
        auto stored = articles.update(wanted.value());
        if (!stored)
            return stored.error();
        // A revision with a note is never folded into by later autosaves, so the restore stays visible.
        const QString note = Tr::tr("Restored from the revision of %1")
                                 .arg(QLocale().toString(old->created.toLocalTime(), QLocale::ShortFormat));
        auto recorded =
            revisions.record(stored.value(), who, current->status, RevisionRepository::Kind::SavePoint, note);
        if (!recorded)
            return recorded.error();
        QSqlQuery q(m_db.connection());
        if (auto r = Sql::exec(q, QStringLiteral("UPDATE revisions SET restored_from = ? WHERE id = ?"),
                               {revisionId, recorded->id}, "mark a restore");
            !r)
            return r.error();
        outcome.article = stored.value();
        outcome.revision = recorded.value();
        return outcome;
    });
}
