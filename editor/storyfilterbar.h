// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedviewrepository.h"
#include "storageerror.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Database;
class QAbstractItemView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;
class StoryListModel;
class StorySearch;

/// Above the story list: the search box, the status, section, tag, author and date filters, and
/// the saved views with "Save View…". Searches run off the GUI thread (StorySearch) and their
/// answers are shown by the model; Down or Return in the search box moves into the list.
class StoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    StoryFilterBar(Database &db, StoryListModel *model, QWidget *parent = nullptr);
    ~StoryFilterBar() override;

    /// The view that Down and Return in the search box move to.
    void setListView(QAbstractItemView *view) { m_view = view; }
    /// Whose stories "Mine" and "My drafts" are: an author's display name. Defaults to the
    /// operating system account's full name.
    void setCurrentUser(const QString &displayName);
    /// The search words and filters as shown.
    ViewDefinition definition();
    /// Shows a definition's words and filters and searches for them.
    void applyDefinition(const ViewDefinition &definition);
    /// Reads sections, authors, tags and saved views again (after they changed elsewhere).
    void reloadChoices();
    /// True while a search has been asked for and not answered yet.
    bool isSearching() const;

    /// The full name of the operating system account, or its login name.
    static QString systemUserName();

Q_SIGNALS:
    void failed(const StorageError &error);
    /// A search was answered and shown.
    void shown(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWidgets();
    void filtersChanged();
    void search(bool immediately);
    void viewChosen(int index);
    void saveView();
    void loadTags();
    qint64 tagIdOf(const QString &name);

    Database &m_db;
    StoryListModel *m_model;
    StorySearch *m_search;
    QAbstractItemView *m_view = nullptr;
    QString m_currentUser;
    QList<ArticleStatus> m_statuses; ///< from a saved view with several; the status box shows "several"
    bool m_applying = false;
    ViewDefinition::Period m_scheduled = ViewDefinition::Period::Any; ///< from a saved view
    std::optional<ArticleQuery::Sort> m_sort; ///< a saved view's sort, for its first search

    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_section;
    QLineEdit *m_tag;
    QStringListModel *m_tagNames;
    QHash<QString, qint64> m_tagIds; ///< by case-folded name
    bool m_tagsLoaded = false;
    QString m_tagShown; ///< the tag text of the last search
    QComboBox *m_author;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_views;
    QToolButton *m_save;
    QLineEdit *m_viewName;
    QLabel *m_count;
};
