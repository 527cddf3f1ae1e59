// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsuggestionbar.h"

#include "tagsuggester.h"

#include <QBoxLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace {
constexpr int pauseMs = 700;
constexpr qsizetype shown = 6;
} // namespace

TagSuggestionBar::TagSuggestionBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Suggested:"), this))
    , m_row(new QHBoxLayout(this))
    , m_pause(new QTimer(this))
    , m_watcher(new QFutureWatcher<QList<qint64>>(this))
    , m_suggester(std::make_shared<TagSuggester>())
{
    setObjectName(QStringLiteral("tagSuggestions"));
    setAccessibleName(tr("Suggested tags"));
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(2);
    m_row->addWidget(m_label);
    m_row->addStretch();
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &TagSuggestionBar::refresh);
    connect(m_watcher, &QFutureWatcher<QList<qint64>>::finished, this, &TagSuggestionBar::finished);
    setVisible(false);
}

// A look still running keeps its own copies of the suggester and the text; nothing waits for it.
TagSuggestionBar::~TagSuggestionBar() = default;

void TagSuggestionBar::setTags(const QList<Tag> &tags)
{
    m_tags = tags;
    QList<TagSuggester::Entry> entries;
    entries.reserve(tags.size());
    for (const Tag &tag : tags)
        entries.append({tag.id, tag.name});
    // A new suggester rather than changing the one a running look may be using.
    auto suggester = std::make_shared<TagSuggester>();
    suggester->setTags(entries);
    m_suggester = std::move(suggester);
    m_found.clear();
    showSuggestions({});
    storyChanged();
}

void TagSuggestionBar::setTextSource(std::function<QString()> text)
{
    m_text = std::move(text);
}

void TagSuggestionBar::setExcluded(const QList<qint64> &ids)
{
    const bool removed =
        std::any_of(m_excluded.cbegin(), m_excluded.cend(), [&ids](qint64 id) { return !ids.contains(id); });
    m_excluded = ids;
    showSuggestions(m_found);
    // A tag taken off the story may be worth suggesting again, and the list is cut at `shown`.
    if (removed)
        storyChanged();
}

void TagSuggestionBar::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        refresh();
}

void TagSuggestionBar::storyChanged()
{
    m_stale = true;
    if (m_active)
        m_pause->start();
}

void TagSuggestionBar::refresh()
{
    m_pause->stop();
    if (!m_active || !m_text)
        return;
    if (m_watcher->isRunning()) {
        m_again = true; // looked at again when this one ends
        return;
    }
    m_stale = false;
    // Excluded only when shown, so the result stays right if the story's tags change meanwhile.
    const qsizetype limit = shown + m_excluded.size();
    m_watcher->setFuture(QtConcurrent::run(
        [suggester = m_suggester, text = m_text(), limit] { return suggester->suggest(text, {}, limit); }));
}

QList<qint64> TagSuggestionBar::suggestedIds() const
{
    QList<qint64> ids;
    for (const QWidget *button : m_buttons)
        ids.append(button->property("tagId").toLongLong());
    return ids;
}

void TagSuggestionBar::finished()
{
    m_found = m_watcher->result();
    showSuggestions(m_found);
    if (std::exchange(m_again, false))
        refresh();
}

void TagSuggestionBar::showSuggestions(const QList<qint64> &ids)
{
    // Later, not now: this can run inside a click on one of these buttons.
    for (QWidget *button : std::as_const(m_buttons)) {
        button->hide();
        m_row->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
    for (qint64 id : ids) {
        if (m_buttons.size() == shown)
            break;
        if (m_excluded.contains(id))
            continue;
        const auto tag = std::find_if(m_tags.cbegin(), m_tags.cend(), [id](const Tag &t) { return t.id == id; });
        if (tag == m_tags.cend())
            continue;
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("suggestedTag"));
        button->setProperty("tagId", id);
        button->setText(tag->name);
        button->setAutoRaise(true);
        button->setToolTip(tr("Add the tag %1").arg(tag->name));
        button->setAccessibleName(tr("Add tag %1").arg(tag->name));
        connect(button, &QToolButton::clicked, this, [this, t = *tag] {
            m_excluded.append(t.id);
            showSuggestions(m_found);
            Q_EMIT accepted(t);
        });
        m_row->insertWidget(m_row->count() - 1, button);
        m_buttons.append(button);
    }
    setVisible(!m_buttons.isEmpty());
}
