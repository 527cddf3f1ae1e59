// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesaver.h"

#include "database.h"

ArticleSaver::ArticleSaver(Database &db, QString who, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_who(std::move(who))
    , m_worker(new SaveWorker(db.path()))
{
    m_thread.setObjectName(QStringLiteral("copydesk-save"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SaveWorker::finished, this, &ArticleSaver::finished);
    m_thread.start();

    m_timer.setSingleShot(true);
    m_timer.setInterval(idleDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ArticleSaver::timerFired);
}

ArticleSaver::~ArticleSaver()
{
    m_timer.stop();
    QMetaObject::invokeMethod(m_worker, &SaveWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ArticleSaver::setArticle(const Article &stored)
{
    m_timer.stop();
    m_unsavedSince.invalidate();
    m_articleId = stored.id;
    m_storedStatus = stored.status;
    m_savedGeneration = m_sentGeneration = m_editGeneration;
    m_saveWanted = false;
}

void ArticleSaver::edited()
{
    if (m_articleId == 0)
        return;
    ++m_editGeneration;
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    // A second after typing stops, but never later than a second after the first unsaved edit:
    // restarting the timer on every key would put the save off for as long as the typing lasts.
    const qint64 untilDeadline = std::max<qint64>(0, maxDelayMs - m_unsavedSince.elapsed());
    m_timer.start(int(std::min<qint64>(idleDelayMs, untilDeadline)));
}

void ArticleSaver::timerFired()
{
    saveSoon();
}

SaveRequest ArticleSaver::request(RevisionRepository::Kind kind)
{
    const Snapshot snapshot = m_source ? m_source() : Snapshot{};
    SaveRequest r;
    r.generation = m_editGeneration;
    r.article = snapshot.article;
    r.heroImage = snapshot.heroImage;
    r.previousStatus = m_storedStatus;
    r.kind = kind;
    r.who = m_who;
    return r;
}

void ArticleSaver::saveSoon()
{
    m_timer.stop();
    if (m_articleId == 0 || m_editGeneration == m_sentGeneration)
        return;
    if (m_inFlight > 0) {
        // One save at a time: a 1 MB body is not queued again and again behind a slow disk.
        m_saveWanted = true;
        return;
    }
    m_unsavedSince.invalidate();
    m_sentGeneration = m_editGeneration;
    ++m_inFlight;
    QMetaObject::invokeMethod(m_worker, &SaveWorker::save, Qt::QueuedConnection,
                              request(RevisionRepository::Kind::Autosave));
}

bool ArticleSaver::flush(RevisionRepository::Kind kind)
{
    m_timer.stop();
    if (m_articleId == 0)
        return true;
    const bool savePoint = kind == RevisionRepository::Kind::SavePoint;
    if (!hasUnsavedChanges() && !savePoint)
        return true;
    m_unsavedSince.invalidate();
    m_sentGeneration = m_editGeneration;
    const SaveRequest r = request(kind);
    SaveOutcome outcome;
    // Queued after any save under way, so the newest text is written last.
    QMetaObject::invokeMethod(
        m_worker, [this, &r, &outcome] { outcome = m_worker->saveNow(r); }, Qt::BlockingQueuedConnection);
    ++m_inFlight; // finished() balances it, as for an asynchronous save
    finished(outcome);
    return outcome.stored.has_value();
}

void ArticleSaver::finished(const SaveOutcome &outcome)
{
    --m_inFlight;
    if (outcome.stored && outcome.stored->id != m_articleId)
        return; // a save of the story edited before; its result is already in the store
    if (outcome.stored) {
        if (outcome.generation > m_savedGeneration || outcome.generation == m_editGeneration) {
            m_savedGeneration = std::max(m_savedGeneration, outcome.generation);
            m_storedStatus = outcome.stored->status;
            Q_EMIT saved(*outcome.stored, outcome.generation == m_editGeneration);
        }
    } else if (outcome.generation > m_savedGeneration) {
        m_lastError = outcome.error;
        // What failed is unsaved again: try again in a while (a full disk may be freed), or at
        // the next edit or flush.
        m_sentGeneration = m_savedGeneration;
        m_timer.start(retryDelayMs);
        Q_EMIT failed(outcome.error);
    }
    if (m_saveWanted && m_inFlight == 0) {
        m_saveWanted = false;
        saveSoon();
    }
}
