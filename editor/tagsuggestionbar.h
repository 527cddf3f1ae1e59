// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QTimer;
class TagSuggester;
template<typename T> class QFutureWatcher;

/// "Suggested: [OpenAI] [Bristol]" under the tag chips: store tags whose names occur in the
/// story, one click to take one. The story is read a moment after the last edit, off the GUI
/// thread, and only while the bar is active (the details are open), so typing never waits on it.
class TagSuggestionBar : public QWidget
{
    Q_OBJECT

public:
    explicit TagSuggestionBar(QWidget *parent = nullptr);
    ~TagSuggestionBar() override;

    /// The store's tags, any of which may be suggested.
    void setTags(const QList<Tag> &tags);
    /// Where the story's words come from (headline, dek and body joined); read when it is looked at.
    void setTextSource(std::function<QString()> text);
    /// The story's own tags, never suggested; takes effect at once.
    void setExcluded(const QList<qint64> &ids);
    /// While inactive, edits are only noted; becoming active looks at the story straight away.
    void setActive(bool active);
    /// The story changed: look again once the user pauses.
    void storyChanged();
    /// Looks at the story now (when active), without waiting for the pause.
    void refresh();

    /// The suggested tag ids, in the order shown.
    QList<qint64> suggestedIds() const;

Q_SIGNALS:
    /// The user clicked a suggestion; it is no longer shown.
    void accepted(const Tag &tag);

private:
    void finished();
    void showSuggestions(const QList<qint64> &ids);

    QLabel *m_label;
    QHBoxLayout *m_row;
    QTimer *m_pause;
    QFutureWatcher<QList<qint64>> *m_watcher;
    std::shared_ptr<const TagSuggester> m_suggester;
    std::function<QString()> m_text;
    QList<Tag> m_tags;
    QList<qint64> m_excluded;
    QList<qint64> m_found; ///< the last look's result, before taking out m_excluded
    QList<QWidget *> m_buttons;
    bool m_active = false;
    bool m_stale = false; ///< the story changed since the last look began
    bool m_again = false; ///< the pause ended while a look was running
};
