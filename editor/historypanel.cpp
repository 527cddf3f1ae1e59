// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "authorrepository.h"
#include "database.h"
#include "diffview.h"
#include "historymodel.h"
#include "publishlogmodel.h"
#include "revisionrepository.h"
#include "sectionrepository.h"
#include "tagrepository.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

HistoryPanel::HistoryPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new HistoryModel(db, this))
    , m_list(new QTableView(this))
    , m_publishLog(new PublishLogModel(db, this))
    , m_publishList(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_view(new DiffView(this))
    , m_sideBySide(new QCheckBox(tr("Side by si&de"), this))
    , m_marks(new QCheckBox(tr("Show change &marks"), this))
    , m_restore(new QPushButton(tr("&Restore This Revision"), this))
{
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One revision is compared with the editor's text; with Ctrl or Shift, two with each other.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    // Attempts to publish are a list of their own: facts to read, not revisions to compare or restore.
    m_publishList->setObjectName(QStringLiteral("publishLogList"));
    m_publishList->setAccessibleName(tr("Publishing attempts"));
    m_publishList->setModel(m_publishLog);
    m_publishList->setSelectionMode(QAbstractItemView::NoSelection);
    m_publishList->verticalHeader()->hide();
    m_publishList->horizontalHeader()->setStretchLastSection(true);
    m_publishList->setWordWrap(false);
    auto *publishing = new QWidget(this);
    auto *publishingLayout = new QVBoxLayout(publishing);
    publishingLayout->setContentsMargins(0, 0, 0, 0);
    auto *publishingLabel = new QLabel(tr("P&ublishing attempts"), publishing);
    publishingLabel->setBuddy(m_publishList);
    publishingLayout->addWidget(publishingLabel);
    publishingLayout->addWidget(m_publishList, 1);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_sideBySide->setObjectName(QStringLiteral("historySideBySide"));
    m_marks->setObjectName(QStringLiteral("historyMarks"));
    m_marks->setToolTip(tr("Write [-deleted-] and {+inserted+} around changes, for screen readers and print"));
    m_restore->setObjectName(QStringLiteral("historyRestore"));
    m_restore->setToolTip(
        tr("Make this revision's words the story's text again; the current text stays in the history"));
    m_restore->setEnabled(false);

    auto *options = new QHBoxLayout;
    options->addWidget(m_sideBySide);
    options->addWidget(m_marks);
    options->addStretch(1);
    options->addWidget(m_restore);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_view, 1);
    lowerLayout->addLayout(options);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(publishing);
    splitter->addWidget(lower);
    splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::selectionChanged);
    connect(m_model, &HistoryModel::modelReset, this, &HistoryPanel::selectionChanged);
    connect(m_model, &HistoryModel::failed, this, &HistoryPanel::failed);
    connect(m_publishLog, &PublishLogModel::failed, this, &HistoryPanel::failed);
    connect(m_sideBySide, &QCheckBox::toggled, m_view, &DiffView::setSideBySide);
    connect(m_marks, &QCheckBox::toggled, m_view, &DiffView::setMarks);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<qint64> chosen = chosenRevisions();
        if (chosen.size() == 1)
            Q_EMIT restoreRequested(chosen.first());
    });
    m_view->setMessage(tr("No story is open."));
}

void HistoryPanel::setArticle(qint64 articleId)
{
    loadVocabulary();
    m_model->setArticle(articleId);
    m_list->resizeColumnsToContents();
    m_publishLog->setArticle(articleId);
    m_publishList->resizeColumnsToContents();
}

void HistoryPanel::reload()
{
    const QList<qint64> chosen = chosenRevisions();
    m_model->reload();
    selectRevisions(chosen);
    m_publishLog->reload();
}

void HistoryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    selectionChanged();
}

void HistoryPanel::selectRevisions(const QList<qint64> &revisionIds)
{
    QItemSelection selection;
    int current = -1;
    for (qint64 id : revisionIds) {
        const int row = m_model->rowOfRevision(id);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, HistoryModel::ColumnCount - 1));
        if (current < 0)
            current = row;
    }
    if (current >= 0)
        m_list->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<qint64> HistoryPanel::chosenRevisions() const
{
    QList<int> rows;
    for (const auto indexes = m_list->selectionModel()->selectedRows(); const QModelIndex &index : indexes)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_model->revisionIdAt(row));
    return ids; // newest first, as the list shows them
}

void HistoryPanel::loadVocabulary()
{
    m_vocabulary = {};
    if (auto sections = SectionRepository(m_db).list()) {
        for (const Section &s : std::as_const(sections.value()))
            m_vocabulary.sections.insert(s.id, s.name);
    }
    if (auto authors = AuthorRepository(m_db).list()) {
        for (const Author &a : std::as_const(authors.value()))
            m_vocabulary.authors.insert(a.id, a.displayName);
    }
    if (auto tags = TagRepository(m_db).list()) {
        for (const Tag &t : std::as_const(tags.value()))
            m_vocabulary.tags.insert(t.id, t.name);
    }
}

void HistoryPanel::selectionChanged()
{
    const QList<qint64> chosen = chosenRevisions();
    m_restore->setEnabled(chosen.size() == 1 && !m_readOnly);
    ++m_generation;
    if (m_model->articleId() == 0) {
        m_summary->clear();
        m_view->setMessage(tr("No story is open."));
        return;
    }
    if (chosen.isEmpty()) {
        m_summary->clear();
        m_view->setMessage(tr("Choose a revision to see what changed since, or two (with Ctrl) to compare them."));
        return;
    }
    const auto timeOf = [this](qint64 id) {
        return m_model->index(m_model->rowOfRevision(id), HistoryModel::TimeColumn).data().toString();
    };
    // The oldest chosen against the newest, or against the editor's text.
    std::optional<Article> current;
    if (chosen.size() == 1) {
        m_summary->setText(tr("Changes from the revision of %1 to the text in the editor").arg(timeOf(chosen.last())));
        if (m_current)
            current = m_current();
    } else {
        m_summary->setText(tr("Changes from the revision of %1 to the revision of %2")
                               .arg(timeOf(chosen.last()), timeOf(chosen.first())));
    }
    compare(chosen.last(), chosen.size() == 1 ? 0 : chosen.first(), current);
}

void HistoryPanel::compare(qint64 olderId, qint64 newerId, const std::optional<Article> &current)
{
    m_view->setMessage(tr("Comparing…"));
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Comparison>(this);
    connect(watcher, &QFutureWatcher<Comparison>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another choice was made while this one was compared
        const Comparison result = watcher->result();
        if (result.error) {
            m_view->setMessage(tr("The revisions could not be read."));
            Q_EMIT failed(*result.error);
            return;
        }
        m_view->setDiff(result.fields);
        Q_EMIT diffShown();
    });
    // Reading two 1 MB snapshots and comparing them happens on a worker with its own connection.
    watcher->setFuture(
        QtConcurrent::run([path = m_db.path(), olderId, newerId, current, vocabulary = m_vocabulary]() -> Comparison {
            auto db = Database::open(path);
            if (!db)
                return {{}, db.error()};
            RevisionRepository revisions(*db.value());
            auto older = revisions.load(olderId);
            if (!older)
                return {{}, older.error()};
            Article after = current.value_or(older->snapshot);
            if (newerId != 0) {
                auto newer = revisions.load(newerId);
                if (!newer)
                    return {{}, newer.error()};
                after = newer->snapshot;
            }
            return {ArticleDiff::compare(older->snapshot, after, vocabulary), std::nullopt};
        }));
}
