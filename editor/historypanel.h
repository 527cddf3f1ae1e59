// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlediff.h"
#include "storageerror.h"

#include <QWidget>

#include <functional>
#include <optional>

class Database;
class DiffView;
class HistoryModel;
class PublishLogModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

/// The history dock's contents: a story's revisions, and the word-level changes between the two
/// chosen (or between one and the text in the editor), field by field. The diff is computed off
/// the GUI thread, so a 1 MB body never freezes the window. "Restore This Revision" asks the app
/// (restoreRequested()); the panel itself never writes.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    /// `db` must outlive the panel.
    explicit HistoryPanel(Database &db, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    /// The story's publishing attempts, listed under its revisions.
    PublishLogModel *publishLog() const { return m_publishLog; }
    DiffView *diffView() const { return m_view; }

    /// Where the text in the editor comes from, to compare a single chosen revision with it.
    void setCurrentSource(std::function<Article()> source) { m_current = std::move(source); }
    /// Shows article `articleId`'s history (0: none), reading the store's names for its ids.
    void setArticle(qint64 articleId);
    /// Reads the history and the publishing attempts again, keeping the chosen revisions chosen.
    void reload();
    /// Chooses the revisions to compare (one: with the editor's text), as a click would.
    void selectRevisions(const QList<qint64> &revisionIds);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// The user wants revision `revisionId` back as the story's current state.
    void restoreRequested(qint64 revisionId);
    void failed(const StorageError &error);
    /// A diff finished and is on screen (tests and accessibility announcements wait for it).
    void diffShown();

private:
    void selectionChanged();
    struct Comparison {
        QList<FieldDiff> fields;
        std::optional<StorageError> error;
    };
    /// Compares revision `olderId` with revision `newerId`, or (newerId 0) with `current`.
    void compare(qint64 olderId, qint64 newerId, const std::optional<Article> &current);
    QList<qint64> chosenRevisions() const;
    void loadVocabulary();

    Database &m_db;
    HistoryModel *m_model;
    QTableView *m_list;
    PublishLogModel *m_publishLog;
    QTableView *m_publishList;
    QLabel *m_summary;
    DiffView *m_view;
    QCheckBox *m_sideBySide;
    QCheckBox *m_marks;
    QPushButton *m_restore;
    std::function<Article()> m_current;
    ArticleVocabulary m_vocabulary;
    quint64 m_generation = 0; ///< only the newest diff asked for is shown
    bool m_readOnly = false;
};
