// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QHash>
#include <QWidget>

#include <optional>

class ArticleDetails;
class MarkdownEdit;
class QLabel;
class QLineEdit;
class QUndoStack;

/// Edits one article: headline and dek (always shown, with length counters), a collapsible
/// "Details" area (section, byline, dateline, slug, schedule, tags, hero image, attribution,
/// notes) and the Markdown body, which takes the rest of the space. It edits a value and knows
/// nothing of where the value is stored: the window saves what article() returns, and hands the
/// form the store's lists through setVocabulary().
class ArticleForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleForm(QWidget *parent = nullptr);

    /// Shows `article` for editing; the form is then unmodified. A blank new story gets the
    /// publication's home city as its dateline.
    void setArticle(const Article &article);
    /// The article given to setArticle() with the user's edits applied.
    Article article() const;

    /// True when the user changed something since setArticle() or markSaved().
    bool isModified() const { return m_modified; }
    /// Takes the stored copy's own fields (slug, times, the stored hero image's id) after a save,
    /// drops the pending hero bytes, and keeps what is in the fields, so the cursor and the undo
    /// history survive an autosave.
    void markSaved(const Article &stored);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Puts the cursor in the headline with all of it selected, for a story just started.
    void focusHeadline();
    /// Puts the cursor in the body.
    void focusBody();

    /// The body editor, for the formatting actions, spelling and statistics.
    MarkdownEdit *body() const { return m_body; }

    /// The store's lists the fields choose from (sections in display order), and the publication
    /// whose home city and time zone the dateline and schedule use.
    void setVocabulary(const QList<Section> &sections, const QList<Author> &authors, const QList<Tag> &tags,
                       const Publication &publication);
    /// Stories per tag id (TagRepository's usage), so that tag completion offers the most used
    /// first; without it completions are ordered by name.
    void setTagUses(const QHash<qint64, int> &uses);
    /// Adds a tag the app created after createTagRequested(), and puts it on the article.
    void addTag(const Tag &tag);

    /// Takes new hero image bytes (from the app's file dialog); refused bytes emit
    /// heroImageRejected() and change nothing. Returns whether they were taken.
    bool setHeroImageData(const QByteArray &data, const QString &fileName = {});
    /// The stored hero image's bytes, for its thumbnail (call after setArticle()).
    void setHeroImagePreview(const QByteArray &data);
    /// New hero bytes not stored yet: the app stores them with ImageRepository::setHero() on
    /// save, then calls markSaved() with the stored article.
    std::optional<QByteArray> pendingHeroImage() const;

    /// Whether the details area is open (the app may remember it between runs).
    void setDetailsExpanded(bool expanded);
    bool detailsExpanded() const;

    /// The history of the fields that have no undo of their own (section, schedule, hero image),
    /// for an Edit menu to offer while one of them has focus; Ctrl+Z on them already uses it.
    QUndoStack *undoStack() const;

Q_SIGNALS:
    /// The user changed a field (never emitted for setArticle()).
    void edited();
    /// The user typed a tag name that is not in the store; the app confirms, creates it and
    /// calls addTag(). Nothing was added to the article.
    void createTagRequested(const QString &name);
    /// The user wants to pick a hero image file; the app opens the dialog and calls
    /// setHeroImageData().
    void chooseHeroImageRequested();
    /// Bytes offered as the hero image were not an image; `message` says why. The field shows it too.
    void heroImageRejected(const QString &message);

private:
    void userEdited();
    void storyEdited();
    void updateCounters();

    QLineEdit *m_headline;
    QLabel *m_headlineCounter;
    QLineEdit *m_dek;
    QLabel *m_dekCounter;
    ArticleDetails *m_details;
    MarkdownEdit *m_body;

    Article m_article;
    bool m_modified = false;
    bool m_loading = false;
    bool m_readOnly = false;
};
