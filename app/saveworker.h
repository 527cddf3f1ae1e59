// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revisionrepository.h"
#include "storageerror.h"
#include "types.h"

#include <QByteArray>
#include <QObject>

#include <memory>
#include <optional>

class Database;

/// One save of the article being edited, as the saver hands it to the worker.
struct SaveRequest {
    quint64 generation = 0; ///< which edit this text is from; newer saves have larger numbers
    Article article;
    std::optional<QByteArray> heroImage; ///< new hero image bytes not yet stored
    ArticleStatus previousStatus = ArticleStatus::Draft; ///< the status as last stored
    RevisionRepository::Kind kind = RevisionRepository::Kind::Autosave;
    QString who;
};

struct SaveOutcome {
    quint64 generation = 0;
    std::optional<Article> stored; ///< the article as stored, when the save worked
    StorageError error; ///< why not, otherwise
};

/// Writes articles on a thread of its own, through its own connection to the same database, so a
/// save (an fsync, with synchronous=FULL) never makes typing wait. The article row, a new hero
/// image and the revision are written in one transaction.
class SaveWorker : public QObject
{
    Q_OBJECT

public:
    explicit SaveWorker(QString databasePath);
    ~SaveWorker() override;

    /// Saves at once, in the calling thread (the worker's, or a blocking call into it).
    SaveOutcome saveNow(const SaveRequest &request);

public Q_SLOTS:
    void save(const SaveRequest &request);
    /// Closes the connection; called in the worker's thread before it ends.
    void close();

Q_SIGNALS:
    void finished(const SaveOutcome &outcome);

private:
    QString m_path;
    std::unique_ptr<Database> m_db; ///< opened in the worker's thread, on first use
};
