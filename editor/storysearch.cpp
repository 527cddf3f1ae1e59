// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysearch.h"

#include "database.h"
#include "storylistmodel.h"

#include <memory>

/// Lives in the worker thread; opens its connection there, on the first request, because a Qt Sql
/// connection belongs to the thread that made it.
class StorySearchWorker : public QObject
{
    Q_OBJECT

public:
    explicit StorySearchWorker(QString path)
        : m_path(std::move(path))
    { }

    void run(quint64 serial, const QString &text, const ArticleQuery &query, int limit)
    {
        if (!m_db) {
            auto opened = Database::open(m_path);
            if (!opened) {
                Q_EMIT failed(serial, opened.error());
                return;
            }
            m_db = std::move(opened).value();
        }
        ArticleSearch search(*m_db);
        auto count = search.count(text, query);
        if (!count) {
            Q_EMIT failed(serial, count.error());
            return;
        }
        // Snippets are read by the model for the rows on screen only.
        auto hits = search.search(text, query, limit, 0, false);
        if (!hits) {
            Q_EMIT failed(serial, hits.error());
            return;
        }
        Q_EMIT answered(serial, text, query, count.value(), hits.value());
    }

Q_SIGNALS:
    void answered(quint64 serial, const QString &text, const ArticleQuery &query, int count,
                  const QList<SearchHit> &firstPage);
    void failed(quint64 serial, const StorageError &error);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

StorySearch::StorySearch(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new StorySearchWorker(databasePath))
{
    qRegisterMetaType<ArticleQuery>();
    qRegisterMetaType<QList<SearchHit>>();
    qRegisterMetaType<StorageError>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        m_waiting = true;
        Q_EMIT run(++m_asked, m_text, m_query, StoryListModel::pageSize);
    });
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &StorySearch::run, m_worker, &StorySearchWorker::run);
    connect(m_worker, &StorySearchWorker::answered, this, &StorySearch::answered);
    connect(m_worker, &StorySearchWorker::failed, this, &StorySearch::answerFailed);
    m_thread.setObjectName(QStringLiteral("StorySearch"));
    m_thread.start();
}

StorySearch::~StorySearch()
{
    m_thread.quit();
    m_thread.wait();
}

void StorySearch::request(const QString &text, const ArticleQuery &query, bool immediately)
{
    m_text = text;
    m_query = query;
    // Anything asked before this is stale now, even if its answer is already on its way: the
    // serial moves on with the next run.
    if (immediately) {
        m_debounce.stop();
        m_waiting = true;
        Q_EMIT run(++m_asked, m_text, m_query, StoryListModel::pageSize);
    } else {
        m_debounce.start();
    }
}

void StorySearch::answered(quint64 serial, const QString &text, const ArticleQuery &query, int count,
                           const QList<SearchHit> &firstPage)
{
    if (serial != m_asked || m_debounce.isActive())
        return; // a newer request is coming
    m_waiting = false;
    Q_EMIT found(text, query, count, firstPage);
}

void StorySearch::answerFailed(quint64 serial, const StorageError &error)
{
    if (serial != m_asked || m_debounce.isActive())
        return;
    m_waiting = false;
    Q_EMIT failed(error);
}

#include "storysearch.moc"
