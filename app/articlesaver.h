// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revisionrepository.h"
#include "saveworker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>

class Database;

/// Decides when the story being edited is stored, and stores it without making typing wait.
///
/// A save happens one second after typing stops and, while typing goes on, at least once a
/// second, so a crash or a power cut loses at most the last second of work (product.md). Saves
/// run on a worker thread; flush() stores synchronously, for switching stories and quitting.
/// Every save is recorded as a revision; autosaves fold into the latest one (RevisionRepository).
class ArticleSaver : public QObject
{
    Q_OBJECT

public:
    /// What to store: the article with the user's edits, and new hero image bytes if any.
    struct Snapshot {
        Article article;
        std::optional<QByteArray> heroImage;
    };

    /// `db` must outlive the saver; the worker opens its own connection to the same file.
    ArticleSaver(Database &db, QString who, QObject *parent = nullptr);
    ~ArticleSaver() override;

    /// How to read the editor's current state; called on the GUI thread when a save starts.
    void setSource(std::function<Snapshot()> source) { m_source = std::move(source); }
    /// The story now being edited, as stored (its status is the "before" of the next revision).
    void setArticle(const Article &stored);

    /// The user changed something: schedules a save.
    void edited();
    /// Starts a save now, without waiting for it.
    void saveSoon();
    /// Stores unsaved changes now and waits for it (and for any save under way).
    /// Returns false, with the reason in lastError(), if they could not be stored.
    bool flush(RevisionRepository::Kind kind = RevisionRepository::Kind::Autosave);

    bool hasUnsavedChanges() const { return m_editGeneration != m_savedGeneration; }
    const StorageError &lastError() const { return m_lastError; }

    static constexpr int idleDelayMs = 1000;
    static constexpr int maxDelayMs = 1000;
    static constexpr int retryDelayMs = 5000;

Q_SIGNALS:
    /// A save finished. `upToDate` is false when more edits came in while it was being written.
    void saved(const Article &stored, bool upToDate);
    void failed(const StorageError &error);

private:
    void timerFired();
    SaveRequest request(RevisionRepository::Kind kind);
    void finished(const SaveOutcome &outcome);

    Database &m_db;
    QString m_who;
    std::function<Snapshot()> m_source;
    QThread m_thread;
    SaveWorker *m_worker;
    QTimer m_timer;
    QElapsedTimer m_unsavedSince;
    qint64 m_articleId = 0;
    ArticleStatus m_storedStatus = ArticleStatus::Draft;
    quint64 m_editGeneration = 0;
    quint64 m_savedGeneration = 0;
    quint64 m_sentGeneration = 0;
    int m_inFlight = 0;
    bool m_saveWanted = false; ///< a save was due while another was being written
    StorageError m_lastError;
};
