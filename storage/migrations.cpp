// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "articlewords_p.h"
#include "savedviewrepository.h"
#include "sqlquery_p.h"
#include "tagnormalizer.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <span>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Version 1: the whole article of product.md and what publishing needs.
// Times are ISO 8601 text in UTC. Secrets of publishing targets are never stored here (keychain).
constexpr std::array version1{
    "CREATE TABLE publication ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " name TEXT NOT NULL,"
    " tagline TEXT NOT NULL DEFAULT '',"
    " home_city TEXT NOT NULL DEFAULT '',"
    " locale TEXT NOT NULL DEFAULT 'en_GB',"
    " time_zone TEXT NOT NULL DEFAULT 'UTC')",

    // name_key is the case-folded name (folded by Qt: SQLite's NOCASE knows only ASCII), so that
    // "Économie" and "économie" are one section and "OpenAI" and "openai" one tag.
    "CREATE TABLE sections ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " name_key TEXT NOT NULL UNIQUE,"
    " slug TEXT NOT NULL UNIQUE,"
    " position INTEGER NOT NULL DEFAULT 0)",

    "CREATE TABLE authors ("
    " id INTEGER PRIMARY KEY,"
    " display_name TEXT NOT NULL UNIQUE,"
    " bio TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE tags ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " name_key TEXT NOT NULL UNIQUE,"
    " slug TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL DEFAULT 'topic' CHECK (kind IN ('topic', 'organisation', 'person', 'place')))",

    // AUTOINCREMENT: an id is never given to a second article or image, so nothing keyed on an old
    // id (a preview cache, a log line) can point at a different one.
    "CREATE TABLE articles ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " slug TEXT NOT NULL UNIQUE CHECK (slug <> ''),"
    " headline TEXT NOT NULL CHECK (length(headline) <= 200),"
    " dek TEXT,"
    " section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,"
    " dateline TEXT,"
    " body TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
    "  ('draft', 'in_review', 'ready', 'scheduled', 'published', 'updated', 'unpublished')),"
    " attribution TEXT,"
    " source_url TEXT,"
    " notes TEXT,"
    " dek_waived INTEGER NOT NULL DEFAULT 0,"
    " extra_front_matter TEXT,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " published_at TEXT,"
    " scheduled_at TEXT)",
    "CREATE INDEX articles_updated ON articles(updated_at)",
    "CREATE INDEX articles_status ON articles(status, updated_at)",
    "CREATE INDEX articles_section ON articles(section_id)",

    "CREATE TABLE bylines ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " author_id INTEGER NOT NULL REFERENCES authors(id) ON DELETE RESTRICT,"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (article_id, author_id))",
    "CREATE INDEX bylines_author ON bylines(author_id)",

    "CREATE TABLE article_tags ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (article_id, tag_id))",
    "CREATE INDEX article_tags_tag ON article_tags(tag_id)",

    // Images live in the database with their article, so a moved or deleted file cannot break it.
    "CREATE TABLE images ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " role TEXT NOT NULL CHECK (role IN ('hero', 'inline')),"
    " name TEXT NOT NULL DEFAULT '',"
    " mime_type TEXT NOT NULL,"
    " data BLOB NOT NULL,"
    " alt_text TEXT NOT NULL DEFAULT '',"
    " caption TEXT NOT NULL DEFAULT '',"
    " credit TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX images_article ON images(article_id)",
    "CREATE UNIQUE INDEX images_one_hero ON images(article_id) WHERE role = 'hero'",

    // Every save point: who, when, the status change, and the whole article as it was (JSON).
    "CREATE TABLE revisions ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " created_at TEXT NOT NULL,"
    " who TEXT NOT NULL,"
    " status_from TEXT,"
    " status_to TEXT,"
    " snapshot TEXT NOT NULL)",
    "CREATE INDEX revisions_article ON revisions(article_id, created_at)",

    "CREATE TABLE publish_targets ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL CHECK (kind IN ('wordpress', 'ninjs')),"
    " endpoint_url TEXT NOT NULL,"
    " user_name TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL)",

    // Where an article lives on each target, and which revision went there last.
    "CREATE TABLE article_remotes ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,"
    " remote_id TEXT NOT NULL,"
    " remote_url TEXT,"
    " revision_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL,"
    " published_at TEXT,"
    " PRIMARY KEY (article_id, target_id))",

    // The queue survives a restart; a job is written before anything is sent.
    "CREATE TABLE publish_jobs ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,"
    " action TEXT NOT NULL CHECK (action IN ('publish', 'unpublish')),"
    " revision_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL,"
    " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'done', 'failed')),"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at TEXT,"
    " last_error TEXT,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE INDEX publish_jobs_state ON publish_jobs(state, next_attempt_at)",

    "CREATE TABLE publish_log ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " target_id INTEGER REFERENCES publish_targets(id) ON DELETE SET NULL,"
    " job_id INTEGER REFERENCES publish_jobs(id) ON DELETE SET NULL,"
    " at TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " http_status INTEGER,"
    " message TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX publish_log_article ON publish_log(article_id, at)",
};

// Version 2: words the desk added to the spelling dictionary, per language.
constexpr std::array version2{
    "CREATE TABLE dictionary_words ("
    " locale TEXT NOT NULL,"
    " word TEXT NOT NULL,"
    " added_at TEXT NOT NULL,"
    " PRIMARY KEY (locale, word))",
};

// Version 3: whether the slug still follows the headline, and the file an article was imported
// from (opening that file again reopens the article instead of importing a copy).
constexpr std::array version3{
    "ALTER TABLE articles ADD COLUMN slug_auto INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE articles ADD COLUMN source_path TEXT",
    "CREATE UNIQUE INDEX articles_source_path ON articles(source_path) WHERE source_path IS NOT NULL",
};

// Version 4: the tag manager. match_key makes "OpenAI", "Open AI" and "Open-AI" one tag; it is
// computed by TagNormalizer (Unicode decomposition, which SQLite cannot do), hence backfillTagKeys.
constexpr std::array version4{
    "ALTER TABLE tags ADD COLUMN description TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE tags ADD COLUMN match_key TEXT",
    "CREATE UNIQUE INDEX tags_match_key ON tags(match_key)",
};

// Publishing (issue 6): the remote's own modified time for the WordPress conflict check, the
// "outcome unknown" flag that makes the runner look an item up before creating it again, the desk's
// consent to overwrite edits made on the site, and the remote id and URL on each log line.
constexpr std::array publishing{
    "ALTER TABLE article_remotes ADD COLUMN remote_modified TEXT",
    "ALTER TABLE publish_jobs ADD COLUMN outcome_unknown INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE publish_jobs ADD COLUMN overwrite_remote INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE publish_log ADD COLUMN remote_id TEXT",
    "ALTER TABLE publish_log ADD COLUMN remote_url TEXT",
    "CREATE INDEX publish_jobs_article ON publish_jobs(article_id, target_id, state)",
};

// Workflow and desk settings (issue 7): why a status changed (a story sent back says why), sections
// that are retired (hidden for new stories, kept by old ones), and the desk's people with their
// roles, keyed by login so a shared newsroom database shares them.
constexpr std::array workflowAndProfiles{
    "ALTER TABLE revisions ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sections ADD COLUMN retired INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE users ("
    " login TEXT PRIMARY KEY,"
    " display_name TEXT NOT NULL,"
    " role TEXT NOT NULL DEFAULT 'journalist' CHECK (role IN ('journalist', 'editor')),"
    " author_id INTEGER REFERENCES authors(id) ON DELETE SET NULL,"
    " created_at TEXT NOT NULL)",
};

// Revision history: a restore is a revision of its own that names the revision it put back.
constexpr std::array revisionRestores{
    "ALTER TABLE revisions ADD COLUMN restored_from INTEGER REFERENCES revisions(id) ON DELETE SET NULL",
};

// Older databases may hold near-duplicates ("OpenAI" and "Open AI"). The oldest keeps the key; the
// others keep a NULL key, so nothing is merged behind the desk's back: the manager shows them and
// findSimilar() points at the keeper until someone merges them.
Result<void> backfillTagKeys(QSqlDatabase &db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (auto r = Sql::exec(read, QStringLiteral("SELECT id, name FROM tags ORDER BY id"), {}, "read tag names"); !r)
        return r;
    QHash<QString, qint64> keeper;
    QList<std::pair<qint64, QString>> keys;
    while (read.next()) {
        const QString key = TagNormalizer::matchKey(read.value(1).toString());
        if (keeper.contains(key))
            continue;
        keeper.insert(key, read.value(0).toLongLong());
        keys.append({read.value(0).toLongLong(), key});
    }
    read.finish();
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE tags SET match_key = ? WHERE id = ?")))
        return Sql::errorFrom(write.lastError(), "prepare tag key");
    for (const auto &[id, key] : keys) {
        write.addBindValue(key);
        write.addBindValue(id);
        if (auto r = Sql::exec(write, "store tag key"); !r)
            return r;
    }
    return {};
}

// The story list at newsroom scale (issue 7): a word count per article for the list, the tags and
// byline as text on the article (kept by triggers, so every write path, tag merges and renames
// included, keeps them right), an FTS5 index over what a reader searches, and saved views.
// The index reads its text from `articles` (external content), so the body is stored once.
// search_state.suspended lets one bulk import skip the per-row triggers and rebuild once at the
// end inside the same transaction; no other connection ever sees it set.
#define COPYDESK_TAG_TEXT(ARTICLE)                                                                                     \
    "(SELECT coalesce(group_concat(t.name, ' ' ORDER BY at.position), '') FROM article_tags at "                      \
    "JOIN tags t ON t.id = at.tag_id WHERE at.article_id = " ARTICLE ")"
#define COPYDESK_BYLINE_TEXT(ARTICLE)                                                                                  \
    "(SELECT coalesce(group_concat(au.display_name, ', ' ORDER BY b.position), '') FROM bylines b "                   \
    "JOIN authors au ON au.id = b.author_id WHERE b.article_id = " ARTICLE ")"
#define COPYDESK_SEARCH_ON " WHEN (SELECT suspended FROM search_state) = 0 "
constexpr std::array searchIndex{
    "ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE articles ADD COLUMN tag_text TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN byline_text TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX articles_words ON articles(word_count)",
    "CREATE INDEX articles_headline ON articles(headline COLLATE NOCASE)",
    "CREATE INDEX articles_created ON articles(created_at)",
    "CREATE INDEX articles_scheduled ON articles(scheduled_at) WHERE scheduled_at IS NOT NULL",
    // Everything the story list shows, newest change first, so paging and filtering never read an
    // article's row: the columns added here sit behind a body of many kilobytes (overflow pages).
    // It replaces articles_updated, whose order (updated_at, then id) it has.
    "CREATE INDEX articles_summary ON articles(updated_at, id, slug, headline, status, section_id, byline_text, "
    "word_count, created_at, scheduled_at)",
    "DROP INDEX articles_updated",
    "UPDATE articles SET tag_text = " COPYDESK_TAG_TEXT("articles.id") ", byline_text = " COPYDESK_BYLINE_TEXT(
        "articles.id"),
    "CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), suspended INTEGER NOT NULL DEFAULT 0)",
    "INSERT INTO search_state (id, suspended) VALUES (1, 0)",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(headline, dek, body, tag_text, byline_text, attribution, "
    "content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    // The headline weighs most, then tags and byline, then the dek; body and attribution count once.
    "INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 4.0, 4.0, 1.0)')",
    "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles" COPYDESK_SEARCH_ON "BEGIN "
    "INSERT INTO articles_fts (rowid, headline, dek, body, tag_text, byline_text, attribution) "
    "VALUES (new.id, new.headline, new.dek, new.body, new.tag_text, new.byline_text, new.attribution); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles" COPYDESK_SEARCH_ON "BEGIN "
    "INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body, tag_text, byline_text, attribution) "
    "VALUES ('delete', old.id, old.headline, old.dek, old.body, old.tag_text, old.byline_text, old.attribution); END",
    // A save that changes only the status or a date does not touch the index.
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, dek, body, tag_text, byline_text, attribution "
    "ON articles" COPYDESK_SEARCH_ON
    "AND (old.headline IS NOT new.headline OR old.dek IS NOT new.dek OR old.body IS NOT new.body "
    "OR old.tag_text IS NOT new.tag_text OR old.byline_text IS NOT new.byline_text "
    "OR old.attribution IS NOT new.attribution) BEGIN "
    "INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body, tag_text, byline_text, attribution) "
    "VALUES ('delete', old.id, old.headline, old.dek, old.body, old.tag_text, old.byline_text, old.attribution); "
    "INSERT INTO articles_fts (rowid, headline, dek, body, tag_text, byline_text, attribution) "
    "VALUES (new.id, new.headline, new.dek, new.body, new.tag_text, new.byline_text, new.attribution); END",
    "CREATE TRIGGER article_tags_text_insert AFTER INSERT ON article_tags" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET tag_text = " COPYDESK_TAG_TEXT("new.article_id") " WHERE id = new.article_id; END",
    "CREATE TRIGGER article_tags_text_delete AFTER DELETE ON article_tags" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET tag_text = " COPYDESK_TAG_TEXT("old.article_id") " WHERE id = old.article_id; END",
    "CREATE TRIGGER article_tags_text_update AFTER UPDATE ON article_tags" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET tag_text = " COPYDESK_TAG_TEXT("articles.id") " WHERE id IN (old.article_id, new.article_id); END",
    "CREATE TRIGGER tags_text_rename AFTER UPDATE OF name ON tags" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET tag_text = " COPYDESK_TAG_TEXT("articles.id") " WHERE id IN "
    "(SELECT article_id FROM article_tags WHERE tag_id = new.id); END",
    "CREATE TRIGGER bylines_text_insert AFTER INSERT ON bylines" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET byline_text = " COPYDESK_BYLINE_TEXT("new.article_id") " WHERE id = new.article_id; END",
    "CREATE TRIGGER bylines_text_delete AFTER DELETE ON bylines" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET byline_text = " COPYDESK_BYLINE_TEXT("old.article_id") " WHERE id = old.article_id; END",
    "CREATE TRIGGER bylines_text_update AFTER UPDATE ON bylines" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET byline_text = " COPYDESK_BYLINE_TEXT("articles.id") " WHERE id IN (old.article_id, new.article_id); END",
    "CREATE TRIGGER authors_text_rename AFTER UPDATE OF display_name ON authors" COPYDESK_SEARCH_ON "BEGIN "
    "UPDATE articles SET byline_text = " COPYDESK_BYLINE_TEXT("articles.id") " WHERE id IN "
    "(SELECT article_id FROM bylines WHERE author_id = new.id); END",

    // A saved view is a name and a JSON definition of its search and filters (SavedViewRepository).
    "CREATE TABLE saved_views ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
    " definition TEXT NOT NULL,"
    " position INTEGER NOT NULL DEFAULT 0)",
};
#undef COPYDESK_TAG_TEXT
#undef COPYDESK_BYLINE_TEXT
#undef COPYDESK_SEARCH_ON

// Word counts of the stories stored before the list showed them, and the default saved views.
Result<void> fillSearchIndex(QSqlDatabase &db)
{
    if (auto r = ArticleWords::backfill(db); !r)
        return r;
    return SavedViewRepository::createDefaults(db);
}

// A step's SQL runs first, then its C++ part (for what SQL cannot compute), in one transaction.
struct Step {
    std::span<const char *const> sql;
    Result<void> (*after)(QSqlDatabase &) = nullptr;
};

const std::array steps{
    Step{version1},
    Step{version2},
    Step{version3},
    Step{version4, &backfillTagKeys},
    Step{publishing},
    Step{searchIndex, &fillSearchIndex},
    Step{workflowAndProfiles},
    Step{revisionRestores},
};
} // namespace

namespace Migrations {

int latestVersion()
{
    return int(steps.size());
}

Result<void> migrate(QSqlDatabase &db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (!db.transaction()) {
            return Sql::errorFrom(db.lastError(), "begin migration");
        }
        QSqlQuery query(db);
        Result<void> result;
        const Step &step = steps[version - 1];
        for (const char *statement : step.sql) {
            if (!query.exec(QLatin1StringView(statement))) {
                result = Sql::errorFrom(query.lastError(), "migration statement");
                break;
            }
        }
        if (result && step.after)
            result = step.after(db);
        if (result && version == 1) {
            if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
                result = Sql::errorFrom(query.lastError(), "set application_id");
        }
        // PRAGMA takes no bound parameters; the version is our own integer, not user data.
        if (result && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            result = Sql::errorFrom(query.lastError(), "set user_version");
        query.finish();
        if (result && !db.commit())
            result = Sql::errorFrom(db.lastError(), "commit migration");
        if (!result) {
            db.rollback();
            StorageError e = result.error();
            e.kind = StorageError::Kind::MigrationFailed;
            e.message = Tr::tr("The database could not be upgraded to version %1; it was left at version %2.")
                            .arg(version)
                            .arg(version - 1);
            return e;
        }
    }
    return {};
}

} // namespace Migrations
