// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveworker.h"

#include "articlerepository.h"
#include "database.h"
#include "imagerepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSave, "copydesk.save")

SaveWorker::SaveWorker(QString databasePath)
    : m_path(std::move(databasePath))
{ }

SaveWorker::~SaveWorker() = default;

void SaveWorker::save(const SaveRequest &request)
{
    Q_EMIT finished(saveNow(request));
}

void SaveWorker::close()
{
    m_db.reset();
}

SaveOutcome SaveWorker::saveNow(const SaveRequest &request)
{
    SaveOutcome outcome;
    outcome.generation = request.generation;
    if (!m_db) {
        auto opened = Database::open(m_path);
        if (!opened) {
            outcome.error = opened.error();
            return outcome;
        }
        m_db = std::move(opened).value();
    }

    Article article = request.article;
    auto stored = m_db->inTransaction([&]() -> Result<Article> {
        if (request.heroImage) {
            auto hero =
                ImageRepository(*m_db).setHero(article.id, *request.heroImage, article.hero.value_or(HeroImage{}));
            if (!hero)
                return hero.error();
            article.hero = hero.value();
        }
        auto updated = ArticleRepository(*m_db).update(article);
        if (!updated)
            return updated;
        auto revision =
            RevisionRepository(*m_db).record(updated.value(), request.who, request.previousStatus, request.kind);
        if (!revision)
            return revision.error();
        return updated;
    });
    if (stored) {
        outcome.stored = std::move(stored).value();
    } else {
        outcome.error = stored.error();
        qCWarning(lcSave) << "saving article" << article.id << "failed:" << outcome.error.toLogString();
    }
    return outcome;
}
