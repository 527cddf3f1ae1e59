// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ArticleForm::ArticleForm(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLineEdit(this))
    , m_dek(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
{
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setMaxLength(ArticleLimits::headlineHard);
    m_headline->setAccessibleName(tr("Headline"));
    m_headline->setPlaceholderText(tr("What happened, in a line"));

    m_dek->setObjectName(QStringLiteral("dek"));
    m_dek->setAccessibleName(tr("Dek"));
    m_dek->setPlaceholderText(tr("One or two sentences under the headline"));

    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setPlaceholderText(tr("The story, in Markdown"));
    // A story has paragraphs; Tab is for moving to the next field, as in any form.
    m_body->setTabChangesFocus(true);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Headline:"), m_headline);
    fields->addRow(tr("&Dek:"), m_dek);

    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 1);

    // textEdited (not textChanged) so that only the user's typing counts as an edit.
    connect(m_headline, &QLineEdit::textEdited, this, &ArticleForm::userEdited);
    connect(m_dek, &QLineEdit::textEdited, this, &ArticleForm::userEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            userEdited();
    });
}

void ArticleForm::setArticle(const Article &article)
{
    m_loading = true;
    m_article = article;
    m_headline->setText(article.headline);
    m_headline->setCursorPosition(0);
    m_dek->setText(article.dek);
    m_dek->setCursorPosition(0);
    m_body->setPlainText(article.body);
    m_modified = false;
    m_loading = false;
}

Article ArticleForm::article() const
{
    Article edited = m_article;
    edited.headline = m_headline->text();
    edited.dek = m_dek->text();
    edited.body = m_body->toPlainText();
    return edited;
}

void ArticleForm::markSaved(const Article &stored)
{
    m_article = stored;
    m_modified = false;
}

void ArticleForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_headline->setReadOnly(readOnly);
    m_dek->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
}

void ArticleForm::focusHeadline()
{
    m_headline->setFocus(Qt::OtherFocusReason);
    m_headline->selectAll();
}

void ArticleForm::userEdited()
{
    m_modified = true;
    Q_EMIT edited();
}
