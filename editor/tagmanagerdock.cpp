// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdock.h"

#include "tagfilterproxy.h"
#include "tagtablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

TagManagerDock::TagManagerDock(TagTableModel *model, QWidget *parent)
    : QDockWidget(tr("Tags"), parent)
    , m_model(model)
    , m_proxy(new TagFilterProxy(model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_new(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Tag…"), this))
    , m_rename(new QAction(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("&Rename…"), this))
    , m_describe(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("De&scribe…"), this))
    , m_merge(new QAction(QIcon::fromTheme(QStringLiteral("merge")), tr("&Merge…"), this))
    , m_kind(new QAction(QIcon::fromTheme(QStringLiteral("tag")), tr("Change &Kind"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("tagManagerDock"));
    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter tags"));

    m_view->setModel(m_proxy);
    // The model sorts itself once per header click; the proxy then only filters.
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(TagTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view need not measure 50,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(TagTableModel::NameColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Tags"));

    // Shortcuts work only inside the dock, so F2 and Delete keep their meaning in the editor.
    m_new->setShortcut(Qt::Key_Insert);
    m_rename->setShortcut(Qt::Key_F2);
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_new, m_rename, m_describe, m_merge, m_kind, m_delete})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *kinds = new QMenu(this);
    for (TagKind kind : {TagKind::Topic, TagKind::Organisation, TagKind::Person, TagKind::Place}) {
        connect(kinds->addAction(TagTableModel::kindName(kind)), &QAction::triggered, this,
                [this, kind] { Q_EMIT kindChangeRequested(selectedTagIds(), kind); });
    }
    m_kind->setMenu(kinds);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(16, 16));
    tools->addActions({m_new, m_rename, m_describe, m_merge, m_kind, m_delete});
    m_view->addActions({m_rename, m_describe, m_merge, m_kind, m_delete});

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(tools);
    layout->addWidget(m_view);
    setWidget(body);
    for (QAction *a : {m_new, m_rename, m_describe, m_merge, m_kind, m_delete})
        body->addAction(a);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TagFilterProxy::setFilterText);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, &TagTableModel::sort);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagManagerDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TagManagerDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TagManagerDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TagManagerDock::updateActions);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT filterStoriesRequested(index.data(TagTableModel::IdRole).toLongLong());
    });
    connect(m_new, &QAction::triggered, this, [this] { Q_EMIT createRequested(m_filter->text().trimmed()); });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedTagIds(); ids.size() == 1)
            Q_EMIT renameRequested(ids.constFirst());
    });
    connect(m_describe, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedTagIds(); ids.size() == 1)
            Q_EMIT describeRequested(ids.constFirst());
    });
    connect(m_merge, &QAction::triggered, this, &TagManagerDock::requestMerge);
    connect(m_kind, &QAction::triggered, this, [this] { m_kind->menu()->popup(QCursor::pos()); });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedTagIds(); !ids.isEmpty())
            Q_EMIT deleteRequested(ids);
    });
    updateActions();
}

void TagManagerDock::reload()
{
    const QList<qint64> selected = selectedTagIds();
    m_model->reload();
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
}

QList<qint64> TagManagerDock::selectedTagIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(TagTableModel::IdRole).toLongLong());
    return ids;
}

void TagManagerDock::selectTag(qint64 id)
{
    const int row = m_model->rowOfId(id);
    QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && row >= 0) {
        // Hidden by the filter: clearing it is better than selecting nothing.
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TagManagerDock::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void TagManagerDock::updateActions()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_new->setEnabled(!m_readOnly);
    m_rename->setEnabled(!m_readOnly && selected == 1);
    m_describe->setEnabled(!m_readOnly && selected == 1);
    m_merge->setEnabled(!m_readOnly && selected >= 2);
    m_kind->setEnabled(!m_readOnly && selected >= 1);
    m_delete->setEnabled(!m_readOnly && selected >= 1);
}

void TagManagerDock::requestMerge()
{
    const QList<qint64> ids = selectedTagIds();
    if (ids.size() < 2)
        return;
    qint64 into = ids.constFirst();
    int most = -1;
    for (qint64 id : ids) {
        const int count = m_model->usageAt(m_model->rowOfId(id)).articleCount;
        if (count > most) {
            most = count;
            into = id;
        }
    }
    Q_EMIT mergeRequested(ids, into);
}
