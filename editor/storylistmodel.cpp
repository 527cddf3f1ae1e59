// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include "textstatistics.h"

#include <QLocale>

namespace {
// About 25 screens of rows: enough to scroll back and forth without reading again.
constexpr int keptPages = 25;
// rowOfId() looks this far into rows not read yet (the open story is nearly always near the top).
constexpr int searchedPages = 5;

using Sort = ArticleQuery::Sort;

Sort sortFor(int column, Qt::SortOrder order)
{
    const bool up = order == Qt::AscendingOrder;
    switch (column) {
    case StoryListModel::HeadlineColumn:
        return up ? Sort::HeadlineAtoZ : Sort::HeadlineZtoA;
    case StoryListModel::SectionColumn:
        return up ? Sort::SectionAtoZ : Sort::SectionZtoA;
    case StoryListModel::StatusColumn:
        return up ? Sort::StatusFirstToLast : Sort::StatusLastToFirst;
    case StoryListModel::BylineColumn:
        return up ? Sort::BylineAtoZ : Sort::BylineZtoA;
    case StoryListModel::WordsColumn:
        return up ? Sort::WordsFewestFirst : Sort::WordsMostFirst;
    default:
        return up ? Sort::UpdatedOldestFirst : Sort::UpdatedNewestFirst;
    }
}
} // namespace

StoryListModel::StoryListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int StoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex StoryListModel::index(int row, int column, const QModelIndex &parent) const
{
    return QAbstractTableModel::index(row, column, parent);
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case SectionColumn:
        return tr("Section");
    case StatusColumn:
        return tr("Status");
    case BylineColumn:
        return tr("Byline");
    case UpdatedColumn:
        return tr("Updated");
    case WordsColumn:
        return tr("Words");
    default:
        return {};
    }
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit *hit = hitAt(index.row());
    if (!hit)
        return {};
    const ArticleSummary &row = hit->summary;
    const auto updatedText = [&row] { return QLocale().toString(row.updated.toLocalTime(), QLocale::ShortFormat); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeadlineColumn:
            return row.headline.isEmpty() ? tr("(no headline)") : row.headline;
        case SectionColumn:
            return row.sectionName;
        case StatusColumn:
            return statusDisplayName(row.status);
        case BylineColumn:
            return row.byline;
        case UpdatedColumn:
            return updatedText();
        case WordsColumn:
            return QLocale().toString(row.wordCount);
        default:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == WordsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
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
    case BylineRole:
        return row.byline;
    case WordCountRole:
        return row.wordCount;
    case SnippetRole:
        if (hit->snippet.isEmpty() && !m_text.isEmpty()) {
            // Only for rows someone looks at: a snippet re-reads the story's text.
            if (auto snippet = ArticleSearch(m_db).snippet(row.id, m_text))
                const_cast<SearchHit *>(hit)->snippet = snippet.value();
        }
        return ArticleSearch::snippetToHtml(hit->snippet);
    default:
        return {};
    }
}

QHash<int, QByteArray> StoryListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SlugRole, "slug");
    names.insert(StatusRole, "status");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(SectionRole, "section");
    names.insert(UpdatedRole, "updated");
    names.insert(UpdatedTextRole, "updatedText");
    names.insert(BylineRole, "byline");
    names.insert(WordCountRole, "wordCount");
    names.insert(SnippetRole, "snippet");
    return names;
}

void StoryListModel::sort(int column, Qt::SortOrder order)
{
    const Sort sort = sortFor(column, order);
    if (sort == m_query.sort)
        return;
    m_query.sort = sort;
    reload();
}

ArticleQuery StoryListModel::query() const
{
    return m_query;
}

const SearchHit *StoryListModel::hitAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    if (!m_pages.contains(page) && !fetchPage(page))
        return nullptr;
    if (m_recent.isEmpty() || m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const QList<SearchHit> &rows = m_pages[page];
    const int offset = row - page * pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

bool StoryListModel::fetchPage(int page) const
{
    auto hits = ArticleSearch(m_db).search(m_text, m_query, pageSize, page * pageSize, false);
    if (!hits) {
        // data() is const and may run inside a paint event: the window hears of it afterwards.
        QMetaObject::invokeMethod(
            const_cast<StoryListModel *>(this),
            [this, e = hits.error()] { Q_EMIT const_cast<StoryListModel *>(this)->failed(e); }, Qt::QueuedConnection);
        return false;
    }
    m_pages.insert(page, std::move(hits).value());
    m_recent.append(page);
    while (m_recent.size() > keptPages)
        m_pages.remove(m_recent.takeFirst());
    return true;
}

void StoryListModel::clearPages()
{
    m_pages.clear();
    m_recent.clear();
}

bool StoryListModel::reload()
{
    auto count = ArticleSearch(m_db).count(m_text, m_query);
    if (!count) {
        Q_EMIT failed(count.error());
        return false;
    }
    beginResetModel();
    clearPages();
    m_count = count.value();
    endResetModel();
    return true;
}

bool StoryListModel::setTagFilter(qint64 tagId)
{
    m_query.tagId = tagId;
    return reload();
}

bool StoryListModel::setSearch(const QString &text, const ArticleQuery &query)
{
    const Sort sort = m_query.sort;
    m_query = query;
    m_query.sort = sort;
    m_query.limit = -1;
    m_query.offset = 0;
    m_text = text;
    return reload();
}

void StoryListModel::showResults(const QString &text, const ArticleQuery &query, int count,
                                 const QList<SearchHit> &firstPage)
{
    beginResetModel();
    clearPages();
    m_text = text;
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    m_count = count;
    m_pages.insert(0, firstPage);
    m_recent.append(0);
    endResetModel();
}

int StoryListModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).summary.id == id)
                return it.key() * pageSize + int(i);
        }
    }
    for (int page = 0; page < searchedPages && page * pageSize < m_count; ++page) {
        if (m_pages.contains(page) || !fetchPage(page))
            continue;
        const QList<SearchHit> &rows = m_pages[page];
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).summary.id == id)
                return page * pageSize + int(i);
        }
    }
    return -1;
}

qint64 StoryListModel::idAt(int row) const
{
    const SearchHit *hit = hitAt(row);
    return hit ? hit->summary.id : 0;
}

void StoryListModel::updateArticle(const Article &article)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            ArticleSummary &summary = (*it)[i].summary;
            if (summary.id != article.id)
                continue;
            summary.slug = article.slug;
            summary.headline = article.headline;
            summary.status = article.status;
            summary.updated = article.updated;
            summary.wordCount = int(TextStatistics::count(article.body).words);
            const int row = it.key() * pageSize + int(i);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}
