// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetails.h"

#include "fieldhistory.h"
#include "heroimagefield.h"
#include "slug.h"
#include "tagchipfield.h"
#include "tagsuggestionbar.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>

namespace {
constexpr int scheduleTimeMerge = 1;
} // namespace

ArticleDetails::ArticleDetails(QWidget *parent)
    : QWidget(parent)
    , m_ui(this)
    , m_history(new FieldHistory(this))
{
    setObjectName(QStringLiteral("articleDetails"));
    connectFields();
    updateSlugState();
    updateSummary();
}

void ArticleDetails::connectFields()
{
    connect(m_ui.toggle, &QToolButton::toggled, this, &ArticleDetails::setExpanded);
    connect(m_ui.section, &QComboBox::activated, this, &ArticleDetails::sectionActivated);
    connect(m_ui.byline, &ChipField::changed, this, [this] {
        updateBios();
        userEdited();
    });
    // textEdited (not textChanged) so that only the user's typing counts as an edit.
    connect(m_ui.dateline, &QLineEdit::textEdited, this, &ArticleDetails::userEdited);
    connect(m_ui.slug, &QLineEdit::textEdited, this, [this] {
        m_slugAuto = false;
        updateSlugState();
        userEdited();
    });
    connect(m_ui.slugReset, &QToolButton::clicked, this, [this] {
        m_slugAuto = true;
        m_ui.slug->setText(m_headline.trimmed().isEmpty() ? QString() : slugify(m_headline));
        updateSlugState();
        userEdited();
    });
    connect(m_ui.scheduleOn, &QCheckBox::toggled, this, [this](bool on) {
        m_ui.schedule->setEnabled(on && !m_readOnly);
        scheduleEdited(false);
    });
    connect(m_ui.schedule, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_ui.scheduleOn->isChecked())
            scheduleEdited(true);
    });
    connect(m_ui.tags, &TagChipField::changed, this, [this] {
        m_ui.tagSuggestions->setExcluded(m_ui.tags->tagIds());
        userEdited();
    });
    connect(m_ui.tagSuggestions, &TagSuggestionBar::accepted, this, &ArticleDetails::addTag);
    connect(m_ui.tags, &TagChipField::createRequested, this, &ArticleDetails::createTagRequested);
    connect(m_ui.hero, &HeroImageField::changed, this, &ArticleDetails::heroChanged);
    connect(m_ui.hero, &HeroImageField::chooseRequested, this, &ArticleDetails::chooseHeroImageRequested);
    connect(m_ui.hero, &HeroImageField::rejected, this, &ArticleDetails::heroImageRejected);
    connect(m_ui.attribution, &QLineEdit::textEdited, this, &ArticleDetails::userEdited);
    connect(m_ui.sourceUrl, &QLineEdit::textEdited, this, &ArticleDetails::userEdited);
    connect(m_ui.sourceUrl, &QLineEdit::textChanged, this, &ArticleDetails::updateSourceUrlWarning);
    connect(m_ui.notes, &QPlainTextEdit::textChanged, this, &ArticleDetails::userEdited);

    // The hero's words are line edits with an undo of their own; its thumbnail and buttons have none.
    for (QWidget *widget : {static_cast<QWidget *>(m_ui.section), static_cast<QWidget *>(m_ui.scheduleOn),
                            static_cast<QWidget *>(m_ui.schedule)})
        m_history->watch(widget);
    for (const auto items = m_ui.hero->findChildren<QAbstractButton *>(); QAbstractButton * button : items)
        m_history->watch(button);
}

void ArticleDetails::setArticle(const Article &article)
{
    m_loading = true;
    m_headline = article.headline;
    m_published = article.published.isValid();
    setSection(article.sectionId);
    m_ui.byline->setIds(article.authorIds);
    m_ui.dateline->setText(article.dateline);
    m_slugAuto = article.slugAuto;
    m_ui.slug->setText(article.slug);
    setSchedule(article.scheduled);
    m_ui.tags->setTagIds(article.tagIds);
    m_ui.tagSuggestions->setExcluded(article.tagIds);
    m_ui.tagSuggestions->storyChanged();
    m_ui.hero->setHero(article.hero);
    m_preview.clear();
    m_ui.attribution->setText(article.attribution);
    m_ui.sourceUrl->setText(article.sourceUrl);
    m_ui.notes->setPlainText(article.notes);
    // Only a story nobody has written yet takes the default; a dateline cleared by hand stays clear.
    m_datelineDefaultable = article.dateline.isEmpty() && article.headline.isEmpty() && article.body.isEmpty();
    applyDatelineDefault();
    m_sectionId = article.sectionId;
    m_shownSchedule = schedule();
    m_shownHero = hero();
    m_history->stack()->clear();
    updateSlugState();
    updateBios();
    updateSummary();
    m_loading = false;
}

void ArticleDetails::applyTo(Article &article) const
{
    article.sectionId = m_ui.section->currentData().toLongLong();
    article.authorIds = m_ui.byline->ids();
    article.dateline = m_ui.dateline->text();
    article.slug = m_ui.slug->text();
    article.slugAuto = m_slugAuto;
    article.scheduled = m_ui.scheduleOn->isChecked() ? m_ui.schedule->dateTime().toUTC() : QDateTime();
    article.tagIds = m_ui.tags->tagIds();
    article.hero = m_ui.hero->hero();
    article.attribution = m_ui.attribution->text();
    article.sourceUrl = m_ui.sourceUrl->text();
    article.notes = m_ui.notes->toPlainText();
}

void ArticleDetails::markSaved(const Article &stored)
{
    m_published = stored.published.isValid();
    // The store may have made the slug unique ("-2"); never rewrite it under the user's cursor.
    if (stored.slug != m_ui.slug->text() && (m_slugAuto || !m_ui.slug->hasFocus()))
        m_ui.slug->setText(stored.slug);
    if (const auto pending = m_ui.hero->pendingImage())
        m_preview = *pending;
    m_ui.hero->markStored(stored.hero);
    m_shownHero = hero();
    updateSlugState();
}

void ArticleDetails::setVocabulary(const QList<Section> &sections, const QList<Author> &authors, const QList<Tag> &tags,
                                   const Publication &publication)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const qint64 sectionId = m_ui.section->currentData().toLongLong();
    m_ui.section->clear();
    m_ui.section->addItem(tr("No section"), qint64(0));
    m_retiredSections.clear();
    for (const Section &section : sections) {
        if (section.retired)
            m_retiredSections.insert(section.id, section.name);
        else
            m_ui.section->addItem(section.name, section.id);
    }
    setSection(sectionId);

    m_authors = authors;
    QList<ChipField::Item> people;
    for (const Author &author : authors)
        people.append({author.id, author.displayName, author.bio});
    m_ui.byline->setAvailableItems(people);
    m_ui.tags->setAvailableTags(tags);
    m_ui.tagSuggestions->setTags(tags);

    // The schedule is shown in the publication's zone and stored in UTC, whatever the machine's zone.
    const QDateTime scheduled = m_ui.schedule->dateTime().toUTC();
    m_publication = publication;
    QTimeZone zone(publication.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::UTC;
    m_ui.schedule->setTimeZone(zone);
    m_ui.schedule->setDateTime(scheduled.toTimeZone(zone));
    m_ui.schedule->setLocale(QLocale(publication.locale));
    m_ui.timeZone->setText(QString::fromUtf8(zone.id()));
    m_ui.dateline->setPlaceholderText(publication.homeCity);
    applyDatelineDefault();
    updateBios();
    updateSummary();
    m_loading = wasLoading;
}

void ArticleDetails::setHeadline(const QString &headline)
{
    m_headline = headline;
}

void ArticleDetails::followHeadline()
{
    if (m_slugAuto && !m_published)
        m_ui.slug->setText(m_headline.trimmed().isEmpty() ? QString() : slugify(m_headline));
}

void ArticleDetails::storyEdited()
{
    m_datelineDefaultable = false;
    m_ui.tagSuggestions->storyChanged();
}

void ArticleDetails::setStoryTextSource(std::function<QString()> text)
{
    m_ui.tagSuggestions->setTextSource(std::move(text));
}

void ArticleDetails::setTagUses(const QHash<qint64, int> &uses)
{
    m_ui.tags->setTagUses(uses);
}

void ArticleDetails::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_ui.dateline, m_ui.attribution, m_ui.sourceUrl})
        edit->setReadOnly(readOnly);
    m_ui.section->setEnabled(!readOnly);
    m_ui.byline->setReadOnly(readOnly);
    m_ui.tags->setReadOnly(readOnly);
    m_ui.tagSuggestions->setEnabled(!readOnly);
    m_ui.hero->setReadOnly(readOnly);
    m_ui.scheduleOn->setEnabled(!readOnly);
    m_ui.schedule->setEnabled(!readOnly && m_ui.scheduleOn->isChecked());
    m_ui.notes->setReadOnly(readOnly);
    // An undo must not change what can't be edited.
    m_history->setEnabled(!readOnly);
    if (readOnly)
        m_history->stack()->clear();
    updateSlugState();
}

void ArticleDetails::addTag(const Tag &tag)
{
    m_ui.tags->addTag(tag);
}

bool ArticleDetails::setHeroImageData(const QByteArray &data, const QString &fileName)
{
    return m_ui.hero->setImageData(data, fileName);
}

void ArticleDetails::setHeroImagePreview(const QByteArray &data)
{
    m_preview = data;
    m_shownHero = hero();
    m_ui.hero->setPreview(data);
}

std::optional<QByteArray> ArticleDetails::pendingHeroImage() const
{
    return m_ui.hero->pendingImage();
}

void ArticleDetails::setExpanded(bool expanded)
{
    m_ui.panel->setVisible(expanded);
    m_ui.toggle->setChecked(expanded);
    m_ui.toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui.summary->setVisible(!expanded);
    m_ui.tagSuggestions->setActive(expanded);
}

bool ArticleDetails::isExpanded() const
{
    return m_ui.toggle->isChecked();
}

void ArticleDetails::userEdited()
{
    if (m_loading)
        return;
    m_datelineDefaultable = false;
    updateSummary();
    Q_EMIT edited();
}

void ArticleDetails::sectionActivated()
{
    const qint64 before = std::exchange(m_sectionId, m_ui.section->currentData().toLongLong());
    if (before != m_sectionId) {
        m_history->record<qint64>(
            tr("Change section"), before, [this] { return m_sectionId; },
            [this](const qint64 &id) { showUndone([this, id] { setSection(m_sectionId = id); }); });
    }
    userEdited();
}

void ArticleDetails::scheduleEdited(bool timeOnly)
{
    if (m_loading)
        return;
    const Schedule before = std::exchange(m_shownSchedule, schedule());
    m_history->record<Schedule>(
        tr("Change schedule"), before, [this] { return schedule(); },
        [this](const Schedule &shown) { showUndone([this, shown] { showSchedule(shown); }); },
        timeOnly ? scheduleTimeMerge : -1);
    userEdited();
}

void ArticleDetails::heroChanged()
{
    if (m_loading)
        return;
    const Hero now = hero();
    const auto sameImage = [](const Hero &a, const Hero &b) {
        if (a.image.has_value() != b.image.has_value())
            return false;
        return !a.image
            || (a.image->imageId == b.image->imageId && (a.bytes.isSharedWith(b.bytes) || a.bytes == b.bytes));
    };
    // Typing in the alt text, caption or credit is the line edits' to undo.
    if (!sameImage(now, m_shownHero)) {
        m_history->record<Hero>(
            tr("Change hero image"), m_shownHero, [this] { return hero(); },
            [this](const Hero &shown) { showUndone([this, shown] { showHero(shown); }); });
    }
    m_shownHero = now;
    userEdited();
}

ArticleDetails::Schedule ArticleDetails::schedule() const
{
    return {m_ui.scheduleOn->isChecked(), m_ui.schedule->dateTime().toUTC()};
}

void ArticleDetails::showSchedule(const Schedule &schedule)
{
    m_ui.scheduleOn->setChecked(schedule.on);
    m_ui.schedule->setDateTime(schedule.utc.toTimeZone(m_ui.schedule->timeZone()));
    m_ui.schedule->setEnabled(schedule.on && !m_readOnly);
    m_shownSchedule = schedule;
}

ArticleDetails::Hero ArticleDetails::hero() const
{
    return {m_ui.hero->hero(), m_ui.hero->pendingImage().value_or(m_preview)};
}

void ArticleDetails::showHero(const Hero &hero)
{
    m_ui.hero->setHero(hero.image);
    if (hero.image && hero.image->imageId == 0)
        m_ui.hero->setImageData(hero.bytes);
    else if (hero.image)
        m_ui.hero->setPreview(hero.bytes);
    m_shownHero = hero;
}

// An undo or redo is the user's edit, made without the fields reporting it as a new one.
void ArticleDetails::showUndone(const std::function<void()> &show)
{
    m_loading = true;
    show();
    m_loading = false;
    userEdited();
}

void ArticleDetails::updateSlugState()
{
    m_ui.slug->setReadOnly(m_readOnly || m_published);
    m_ui.slug->setToolTip(m_published      ? tr("The story is published: its web address stays as it is.")
                              : m_slugAuto ? tr("Made from the headline until you edit it")
                                           : tr("Set by hand"));
    m_ui.slugReset->setVisible(!m_slugAuto && !m_published && !m_readOnly);
}

void ArticleDetails::updateBios()
{
    QStringList lines;
    for (const auto items = m_ui.byline->chosenItems(); const ChipField::Item &author : items)
        lines.append(author.detail.isEmpty() ? author.name : tr("%1 — %2").arg(author.name, author.detail));
    m_ui.bios->setText(lines.join(u'\n'));
    m_ui.bios->setVisible(!lines.isEmpty());
}

void ArticleDetails::updateSourceUrlWarning()
{
    const QString text = m_ui.sourceUrl->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool bad = !text.isEmpty()
        && (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"));
    m_ui.sourceUrlWarning->setVisible(bad);
    m_ui.sourceUrl->setAccessibleDescription(bad ? m_ui.sourceUrlWarning->text() : QString());
}

void ArticleDetails::updateSummary()
{
    QStringList parts;
    if (m_ui.section->currentData().toLongLong() != 0)
        parts.append(m_ui.section->currentText());
    QStringList names;
    for (const auto items = m_ui.byline->chosenItems(); const ChipField::Item &author : items)
        names.append(author.name);
    if (!names.isEmpty())
        parts.append(names.join(QStringLiteral(", ")));
    if (!m_ui.dateline->text().isEmpty())
        parts.append(m_ui.dateline->text());
    if (const auto count = m_ui.tags->tagIds().size())
        parts.append(count == 1 ? tr("1 tag") : tr("%1 tags").arg(QLocale().toString(count)));
    if (m_ui.scheduleOn->isChecked())
        parts.append(
            tr("scheduled %1").arg(m_ui.schedule->locale().toString(m_ui.schedule->dateTime(), QLocale::ShortFormat)));
    if (m_ui.hero->hero())
        parts.append(tr("hero image"));
    m_ui.summary->setText(parts.join(QStringLiteral(" · ")));
}

void ArticleDetails::applyDatelineDefault()
{
    if (m_datelineDefaultable && m_ui.dateline->text().isEmpty())
        m_ui.dateline->setText(m_publication.homeCity);
}

void ArticleDetails::setSection(qint64 sectionId)
{
    // A retired or vanished section is offered only to the story that has it.
    constexpr int extraRole = Qt::UserRole + 1;
    for (int i = m_ui.section->count() - 1; i > 0; --i) {
        if (m_ui.section->itemData(i, extraRole).toBool() && m_ui.section->itemData(i).toLongLong() != sectionId)
            m_ui.section->removeItem(i);
    }
    int index = m_ui.section->findData(sectionId);
    if (index < 0) {
        // A section the list no longer offers: keep it rather than silently drop it on the next save.
        const auto retired = m_retiredSections.constFind(sectionId);
        m_ui.section->addItem(retired != m_retiredSections.cend() ? tr("%1 (retired)").arg(*retired)
                                                                  : tr("Section %1").arg(sectionId),
                              sectionId);
        index = m_ui.section->count() - 1;
        m_ui.section->setItemData(index, true, extraRole);
    }
    m_ui.section->setCurrentIndex(index);
}

void ArticleDetails::setSchedule(const QDateTime &utc)
{
    m_ui.scheduleOn->setChecked(utc.isValid());
    const QTimeZone zone = m_ui.schedule->timeZone();
    if (utc.isValid()) {
        m_ui.schedule->setDateTime(utc.toTimeZone(zone));
    } else {
        // A sensible first guess when the box is ticked: the next full hour.
        QDateTime next = QDateTime::currentDateTimeUtc().toTimeZone(zone).addSecs(3600);
        next.setTime(QTime(next.time().hour(), 0));
        m_ui.schedule->setDateTime(next);
    }
    m_ui.schedule->setEnabled(utc.isValid() && !m_readOnly);
}

QUndoStack *ArticleDetails::undoStack() const
{
    return m_history->stack();
}
