// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"
#include "articlesearch.h"
#include "storageerror.h"

#include <QObject>
#include <QThread>
#include <QTimer>

class StorySearchWorker;

/// Runs the story list's searches off the GUI thread, so typing in the search box never waits for
/// the database. Requests are debounced; a worker thread with its own database connection counts
/// the matches and reads the first page; an answer to anything but the latest request is dropped.
class StorySearch : public QObject
{
    Q_OBJECT

public:
    /// `databasePath`: the database to open a second connection to, in the worker thread.
    explicit StorySearch(const QString &databasePath, QObject *parent = nullptr);
    ~StorySearch() override;

    /// How long typing must pause before a search starts.
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// Asks for these words and filters; an earlier request not yet answered is forgotten.
    void request(const QString &text, const ArticleQuery &query, bool immediately = false);
    /// True while a request waits for its answer.
    bool isBusy() const { return m_debounce.isActive() || m_waiting; }

Q_SIGNALS:
    /// The answer to the latest request: how many stories match, and the first `pageSize` of them.
    void found(const QString &text, const ArticleQuery &query, int count, const QList<SearchHit> &firstPage);
    void failed(const StorageError &error);
    /// To the worker (queued).
    void run(quint64 serial, const QString &text, const ArticleQuery &query, int limit);

private:
    void answered(quint64 serial, const QString &text, const ArticleQuery &query, int count,
                  const QList<SearchHit> &firstPage);
    void answerFailed(quint64 serial, const StorageError &error);

    QThread m_thread;
    StorySearchWorker *m_worker;
    QTimer m_debounce;
    QString m_text;
    ArticleQuery m_query;
    quint64 m_asked = 0;
    bool m_waiting = false;
};
