// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyfilterbar.h"

#include "authorrepository.h"
#include "database.h"
#include "sectionrepository.h"
#include "storylistmodel.h"
#include "storysearch.h"
#include "tagrepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringListModel>
#include <QToolButton>

#include <pwd.h>
#include <unistd.h>

namespace {
using Period = ViewDefinition::Period;
constexpr int mineAuthor = -2; // the author box's "Me" entry
constexpr int severalStatuses = -2; // the status box's entry for a saved view with several
} // namespace

StoryFilterBar::StoryFilterBar(Database &db, StoryListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(model)
    , m_search(new StorySearch(db.path(), this))
    , m_currentUser(systemUserName())
{
    buildWidgets();
    reloadChoices();
    connect(m_search, &StorySearch::found, this,
            [this](const QString &text, const ArticleQuery &query, int count, const QList<SearchHit> &firstPage) {
                m_model->showResults(text, query, count, firstPage);
                m_count->setText(tr("%Ln story(ies)", nullptr, count));
                Q_EMIT shown(count);
            });
    connect(m_search, &StorySearch::failed, this, &StoryFilterBar::failed);
}

StoryFilterBar::~StoryFilterBar() = default;

QString StoryFilterBar::systemUserName()
{
    if (const passwd *account = getpwuid(getuid())) {
        // The GECOS field: "Full Name,room,phone,...".
        QString full = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        return QString::fromLocal8Bit(account->pw_name);
    }
    return qEnvironmentVariable("USER");
}

void StoryFilterBar::buildWidgets()
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("storySearch"));
    m_text->setPlaceholderText(tr("Search stories"));
    m_text->setAccessibleName(tr("Search stories"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    connect(m_text, &QLineEdit::textEdited, this, [this] { search(false); });

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    for (const auto items = allStatuses(); ArticleStatus status : items)
        m_status->addItem(statusDisplayName(status), int(status));

    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionFilter"));
    m_section->setAccessibleName(tr("Section"));

    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setPlaceholderText(tr("Any tag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setClearButtonEnabled(true);
    m_tagNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_tagNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tag->setCompleter(completer);
    m_tag->installEventFilter(this); // the 50,000 names are read when the field is first used
    connect(m_tag, &QLineEdit::editingFinished, this, [this] {
        if (m_tag->text() != m_tagShown) // leaving the field unchanged is no new search
            filtersChanged();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &StoryFilterBar::filtersChanged);

    m_author = new QComboBox(this);
    m_author->setObjectName(QStringLiteral("authorFilter"));
    m_author->setAccessibleName(tr("Author"));

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Updated"));
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Updated today"), int(Period::Today));
    m_period->addItem(tr("Updated in the last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Updated in the last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Updated between…"), int(Period::Between));
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("updatedFrom"));
    m_from->setAccessibleName(tr("Updated from"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("updatedTo"));
    m_to->setAccessibleName(tr("Updated until"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &StoryFilterBar::filtersChanged);
    }

    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setAccessibleName(tr("Saved views"));
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveView"));
    m_save->setText(tr("Save View…"));
    m_save->setToolTip(tr("Keep these words and filters as a named view"));
    m_viewName = new QLineEdit(this);
    m_viewName->setObjectName(QStringLiteral("viewName"));
    m_viewName->setPlaceholderText(tr("Name of the view, then Return"));
    m_viewName->setAccessibleName(tr("Name of the view"));
    m_viewName->setVisible(false);
    m_viewName->installEventFilter(this);
    connect(m_save, &QToolButton::clicked, this, [this] {
        m_viewName->setVisible(true);
        m_viewName->setFocus();
    });
    connect(m_viewName, &QLineEdit::returnPressed, this, &StoryFilterBar::saveView);
    connect(m_views, &QComboBox::activated, this, &StoryFilterBar::viewChosen);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("storyCount"));

    for (QComboBox *box : {m_status, m_section, m_author, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &StoryFilterBar::filtersChanged);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 0, 0, 1, 2);
    layout->addWidget(m_status, 1, 0);
    layout->addWidget(m_section, 1, 1);
    layout->addWidget(m_tag, 2, 0);
    layout->addWidget(m_author, 2, 1);
    layout->addWidget(m_period, 3, 0, 1, 2);
    layout->addWidget(m_from, 4, 0);
    layout->addWidget(m_to, 4, 1);
    layout->addWidget(m_views, 5, 0);
    layout->addWidget(m_save, 5, 1);
    layout->addWidget(m_viewName, 6, 0, 1, 2);
    layout->addWidget(m_count, 7, 0, 1, 2);
}

void StoryFilterBar::reloadChoices()
{
    m_applying = true;
    const qint64 section = m_section->currentData().toLongLong();
    m_section->clear();
    m_section->addItem(tr("Any section"), qint64(0));
    if (auto sections = SectionRepository(m_db).list()) {
        for (const Section &s : std::as_const(sections.value()))
            m_section->addItem(s.name, s.id);
    } else {
        Q_EMIT failed(sections.error());
    }
    m_section->setCurrentIndex(std::max(0, m_section->findData(section)));

    const qint64 author = m_author->currentData().toLongLong();
    m_author->clear();
    m_author->addItem(tr("Any author"), qint64(0));
    m_author->addItem(tr("Me"), qint64(mineAuthor));
    if (auto authors = AuthorRepository(m_db).list()) {
        for (const Author &a : std::as_const(authors.value()))
            m_author->addItem(a.displayName, a.id);
    } else {
        Q_EMIT failed(authors.error());
    }
    m_author->setCurrentIndex(std::max(0, m_author->findData(author)));

    m_views->clear();
    m_views->addItem(tr("Saved views"), qint64(0));
    if (auto views = SavedViewRepository(m_db).list()) {
        for (const SavedView &v : std::as_const(views.value()))
            m_views->addItem(v.name, QVariant::fromValue(v.definition.toJson()));
    } else {
        Q_EMIT failed(views.error());
    }
    m_tagsLoaded = false;
    m_applying = false;
}

void StoryFilterBar::loadTags()
{
    if (m_tagsLoaded)
        return;
    m_tagsLoaded = true;
    auto tags = TagRepository(m_db).list();
    if (!tags) {
        Q_EMIT failed(tags.error());
        return;
    }
    QStringList names;
    names.reserve(tags->size());
    m_tagIds.clear();
    for (const Tag &tag : std::as_const(tags.value())) {
        names.append(tag.name);
        m_tagIds.insert(tag.name.toCaseFolded(), tag.id);
    }
    m_tagNames->setStringList(names);
}

qint64 StoryFilterBar::tagIdOf(const QString &name)
{
    if (name.trimmed().isEmpty())
        return 0;
    loadTags();
    // A tag nobody has matches no story, rather than every story.
    return m_tagIds.value(name.trimmed().toCaseFolded(), -1);
}

void StoryFilterBar::setCurrentUser(const QString &displayName)
{
    m_currentUser = displayName;
}

ViewDefinition StoryFilterBar::definition()
{
    ViewDefinition d;
    d.search = m_text->text();
    const int status = m_status->currentData().toInt();
    if (status == severalStatuses)
        d.statuses = m_statuses;
    else if (status >= 0)
        d.statuses = {ArticleStatus(status)};
    d.sectionId = m_section->currentData().toLongLong();
    d.tagId = tagIdOf(m_tag->text());
    const qint64 author = m_author->currentData().toLongLong();
    d.mine = author == mineAuthor;
    d.authorId = d.mine ? 0 : author;
    d.updated = Period(m_period->currentData().toInt());
    if (d.updated == Period::Between) {
        d.updatedFrom = m_from->date();
        d.updatedTo = m_to->date();
    }
    d.sort = m_model->query().sort;
    return d;
}

void StoryFilterBar::applyDefinition(const ViewDefinition &d)
{
    m_applying = true;
    m_text->setText(d.search);
    const int severalIndex = m_status->findData(severalStatuses);
    if (severalIndex >= 0)
        m_status->removeItem(severalIndex);
    m_statuses = d.statuses;
    if (d.statuses.size() > 1) {
        QStringList names;
        for (ArticleStatus s : d.statuses)
            names << statusDisplayName(s);
        m_status->addItem(names.join(tr(", ")), severalStatuses);
        m_status->setCurrentIndex(m_status->count() - 1);
    } else {
        m_status->setCurrentIndex(d.statuses.isEmpty() ? 0 : std::max(0, m_status->findData(int(d.statuses.first()))));
    }
    m_section->setCurrentIndex(std::max(0, m_section->findData(d.sectionId)));
    loadTags();
    QString tagName;
    if (d.tagId != 0) {
        if (auto tag = TagRepository(m_db).load(d.tagId))
            tagName = tag->name;
    }
    m_tag->setText(tagName);
    m_author->setCurrentIndex(std::max(0, m_author->findData(d.mine ? qint64(mineAuthor) : d.authorId)));
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(d.updated))));
    if (d.updated == Period::Between) {
        m_from->setDate(d.updatedFrom);
        m_to->setDate(d.updatedTo);
    }
    m_applying = false;
    m_scheduled = d.scheduled;
    m_sort = d.sort;
    search(true);
}

void StoryFilterBar::filtersChanged()
{
    if (m_applying)
        return;
    const bool between = Period(m_period->currentData().toInt()) == Period::Between;
    m_from->setVisible(between);
    m_to->setVisible(between);
    // A hand-made change leaves the saved view that was chosen.
    m_views->setCurrentIndex(0);
    m_scheduled = Period::Any;
    search(true);
}

void StoryFilterBar::search(bool immediately)
{
    if (m_applying)
        return;
    m_tagShown = m_tag->text();
    ViewDefinition d = definition();
    d.scheduled = m_scheduled;
    auto query = SavedViewRepository(m_db).resolve(d, m_currentUser);
    if (!query) {
        Q_EMIT failed(query.error());
        return;
    }
    // Words rank by relevance unless a column was chosen; no words, newest change first.
    ArticleQuery::Sort sort = m_sort ? *m_sort : m_model->query().sort;
    m_sort.reset();
    const bool words = !ArticleSearch::matchExpression(d.search).isEmpty();
    if (words && sort == ArticleQuery::Sort::UpdatedNewestFirst)
        sort = ArticleQuery::Sort::Relevance;
    else if (!words && sort == ArticleQuery::Sort::Relevance)
        sort = ArticleQuery::Sort::UpdatedNewestFirst;
    query->sort = sort;
    m_search->request(d.search, query.value(), immediately);
}

void StoryFilterBar::viewChosen(int index)
{
    if (index <= 0)
        return;
    applyDefinition(ViewDefinition::fromJson(m_views->itemData(index).toJsonObject()));
    m_views->setCurrentIndex(index);
}

void StoryFilterBar::saveView()
{
    ViewDefinition d = definition();
    d.scheduled = m_scheduled;
    auto added = SavedViewRepository(m_db).add(m_viewName->text(), d);
    if (!added) {
        Q_EMIT failed(added.error());
        return;
    }
    m_viewName->clear();
    m_viewName->setVisible(false);
    reloadChoices();
    m_views->setCurrentIndex(m_views->findText(added->name));
}

bool StoryFilterBar::isSearching() const
{
    return m_search->isBusy();
}

bool StoryFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tag && event->type() == QEvent::FocusIn)
        loadTags();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_text && m_view
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        // Into the list, on its first story when none is current yet.
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (!m_view->currentIndex().isValid() && m_view->model() && m_view->model()->rowCount() > 0)
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
        return true;
    }
    if (watched == m_text && key->key() == Qt::Key_Escape && !m_text->text().isEmpty()) {
        m_text->clear();
        search(true);
        return true;
    }
    if (watched == m_viewName && key->key() == Qt::Key_Escape) {
        m_viewName->clear();
        m_viewName->setVisible(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
