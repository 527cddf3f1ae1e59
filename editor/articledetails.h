// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articledetailsfields.h"
#include "types.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class FieldHistory;
class QUndoStack;

/// The article form's collapsible "Details": section, byline with bios, dateline, slug (made
/// from the headline until set by hand), schedule in the publication's time zone, tags, hero
/// image, attribution, source URL and notes. Collapsed, a one-line summary stands in for them.
///
/// Text fields undo their own typing. The fields without an undo of their own (section,
/// schedule, hero image) share undoStack(): Ctrl+Z and Ctrl+Shift+Z on any of them step through it.
class ArticleDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleDetails(QWidget *parent = nullptr);

    /// Shows the article's details; emits nothing and clears the undo history.
    void setArticle(const Article &article);
    /// Writes the fields into `article`: every field here, nothing else.
    void applyTo(Article &article) const;
    /// After a save: the store's slug (unless the user is typing one), the stored hero image.
    void markSaved(const Article &stored);

    /// The store's lists and the publication, as ArticleForm::setVocabulary().
    void setVocabulary(const QList<Section> &sections, const QList<Author> &authors, const QList<Tag> &tags,
                       const Publication &publication);
    /// The headline as it is now, for the slug's reset button.
    void setHeadline(const QString &headline);
    /// The user changed the headline: an automatic slug follows it, unless the story is published.
    void followHeadline();
    /// The user wrote in the headline, dek or body: the story is no longer blank, so an empty
    /// dateline is theirs and no longer filled in with the home city.
    void storyEdited();
    /// Where the tag suggestions read the story (headline, dek and body joined).
    void setStoryTextSource(std::function<QString()> text);
    /// Stories per tag id, so that tag completion offers the most used first.
    void setTagUses(const QHash<qint64, int> &uses);

    void setReadOnly(bool readOnly);
    void addTag(const Tag &tag);
    bool setHeroImageData(const QByteArray &data, const QString &fileName = {});
    void setHeroImagePreview(const QByteArray &data);
    std::optional<QByteArray> pendingHeroImage() const;

    void setExpanded(bool expanded);
    bool isExpanded() const;

    /// The history of the section, schedule and hero image changes.
    QUndoStack *undoStack() const;

Q_SIGNALS:
    /// The user changed a detail (never emitted for setArticle() or setVocabulary()).
    void edited();
    void createTagRequested(const QString &name);
    void chooseHeroImageRequested();
    void heroImageRejected(const QString &message);

private:
    struct Schedule {
        bool on = false;
        QDateTime utc;
    };
    struct Hero {
        std::optional<HeroImage> image;
        QByteArray bytes; ///< pending bytes when image->imageId is 0, else the stored image's preview
    };

    void connectFields();
    void userEdited();
    void updateSlugState();
    void updateBios();
    void updateSourceUrlWarning();
    void updateSummary();
    void applyDatelineDefault();
    void setSection(qint64 sectionId);
    void setSchedule(const QDateTime &utc);
    void sectionActivated();
    void scheduleEdited(bool timeOnly);
    void heroChanged();
    Schedule schedule() const;
    void showSchedule(const Schedule &schedule);
    Hero hero() const;
    void showHero(const Hero &hero);
    void showUndone(const std::function<void()> &show);

    ArticleDetailsFields m_ui;
    FieldHistory *m_history;

    QList<Author> m_authors;
    Publication m_publication;
    QString m_headline;
    bool m_published = false;
    qint64 m_sectionId = 0;
    QHash<qint64, QString> m_retiredSections; ///< not offered, but shown on the stories that have them
    // What the section, schedule and hero showed after the last change: the state an undo returns to.
    Schedule m_shownSchedule;
    Hero m_shownHero;
    QByteArray m_preview; // the stored hero image's bytes
    bool m_slugAuto = true;
    bool m_datelineDefaultable = false;
    bool m_loading = false;
    bool m_readOnly = false;
};
