// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerenderer.h"
#include "types.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <optional>

class ArticleForm;
class Database;
class FormattingActions;
class SpellChecker;
class QWidget;

/// Answers what the editor asks for that needs the store or a dialog: the sections, authors and
/// tags its fields choose from, a new tag after the user confirms it, a hero or inline image from
/// a file, the desk's own dictionary words, and messages for refused pastes and images.
class EditorServices : public QObject
{
    Q_OBJECT

public:
    /// `db` must outlive this; `window` parents the dialogs.
    EditorServices(Database &db, ArticleForm *form, FormattingActions *formatting, QWidget *window);

    /// Reads the lists again (after an import created sections, authors or tags).
    void reloadVocabulary();
    /// Shows the stored hero image of the article now in the form.
    void loadHeroPreview(qint64 articleId, qint64 imageId);
    /// The current story, for inline images (they are stored with it).
    void setArticleId(qint64 id) { m_articleId = id; }

    SpellChecker *spellChecker() const { return m_spelling; }

    /// The article with its section, byline, tags and publication looked up, as the renderer
    /// wants it (from the lists already read, so a preview refresh asks the store nothing).
    RenderInput renderInput(const Article &article) const;
    /// The bytes of an image of the current story; nullopt for any other story's image.
    std::optional<QByteArray> imageOfCurrentStory(qint64 imageId) const;

private:
    void setUpSpelling(const QString &locale);
    void createTag(const QString &name);
    void chooseHeroImage();
    void insertInlineImage();
    /// The file's bytes, or nullopt when `path` is empty or unreadable (then the user is told).
    std::optional<QByteArray> readFile(const QString &path);
    void warn(const QString &what, const QString &why);

    Database &m_db;
    ArticleForm *m_form;
    FormattingActions *m_formatting;
    QWidget *m_window;
    SpellChecker *m_spelling;
    QString m_spellingLocale; ///< the publication's locale the dictionary was chosen for
    QList<Section> m_sections;
    QList<Author> m_authors;
    QList<Tag> m_tags;
    Publication m_publication;
    qint64 m_articleId = 0;
};
