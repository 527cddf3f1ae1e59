// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

/// Edits the words of one article: headline, dek and body. It edits a value and knows nothing of
/// where the value is stored; the window saves what article() returns.
class ArticleForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleForm(QWidget *parent = nullptr);

    /// Shows `article` for editing; the form is then unmodified.
    void setArticle(const Article &article);
    /// The article given to setArticle() with the user's edits applied.
    Article article() const;

    /// True when the user changed something since setArticle() or markSaved().
    bool isModified() const { return m_modified; }
    /// Takes the stored copy's own fields (slug, times) after a save, and keeps what is in the
    /// fields, so the cursor and the undo history survive an autosave.
    void markSaved(const Article &stored);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Puts the cursor in the headline with all of it selected, for a story just started.
    void focusHeadline();

Q_SIGNALS:
    /// The user changed a field (never emitted for setArticle()).
    void edited();

private:
    void userEdited();

    QLineEdit *m_headline;
    QLineEdit *m_dek;
    QPlainTextEdit *m_body;
    Article m_article;
    bool m_modified = false;
    bool m_loading = false;
    bool m_readOnly = false;
};
