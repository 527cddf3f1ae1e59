// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include <QLocale>

StoryListModel::StoryListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_articles(db)
{ }

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    const auto updatedText = [&row] { return QLocale().toString(row.updated.toLocalTime(), QLocale::ShortFormat); };
    switch (role) {
    case Qt::DisplayRole:
        return row.headline.isEmpty() ? tr("(no headline)") : row.headline;
    case Qt::ToolTipRole: {
        QStringList parts{statusDisplayName(row.status)};
        if (!row.sectionName.isEmpty())
            parts << row.sectionName;
        parts << tr("updated %1").arg(updatedText());
        //: The parts of a story's tooltip in the story list: status, section, update time
        return parts.join(tr(" · "));
    }
    case IdRole:
        return row.id;
    case SlugRole:
        return row.slug;
    case StatusRole:
        return statusDisplayName(row.status);
    case StatusKeyRole:
        return statusKey(row.status);
    case SectionRole:
        return row.sectionName;
    case UpdatedRole:
        return row.updated;
    case UpdatedTextRole:
        return updatedText();
    default:
        return {};
    }
}

QHash<int, QByteArray> StoryListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SlugRole, "slug");
    names.insert(StatusRole, "status");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(SectionRole, "section");
    names.insert(UpdatedRole, "updated");
    names.insert(UpdatedTextRole, "updatedText");
    return names;
}

bool StoryListModel::reload()
{
    auto rows = m_articles.list(m_query);
    if (!rows) {
        Q_EMIT failed(rows.error());
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows).value();
    endResetModel();
    return true;
}

int StoryListModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

qint64 StoryListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void StoryListModel::updateArticle(const Article &article)
{
    const int row = rowOfId(article.id);
    if (row < 0)
        return;
    ArticleSummary &summary = m_rows[row];
    summary.slug = article.slug;
    summary.headline = article.headline;
    summary.status = article.status;
    summary.updated = article.updated;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

bool StoryListModel::setTagFilter(qint64 tagId)
{
    m_query.tagId = tagId;
    return reload();
}
