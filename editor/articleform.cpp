// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleform.h"

#include "articledetails.h"
#include "legiblecolours.h"
#include "markdownedit.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QValidator>

namespace {
// People count characters, not UTF-16 units: an emoji is one character, as on the site.
qsizetype codePoints(QStringView text)
{
    qsizetype lowSurrogates = 0;
    for (QChar c : text)
        lowSurrogates += c.isLowSurrogate() ? 1 : 0;
    return text.size() - lowSurrogates;
}

/// Caps a line at a number of characters (QLineEdit's maxLength counts UTF-16 units); a longer
/// paste is cut at the limit rather than refused whole.
class CharacterLimit : public QValidator
{
public:
    CharacterLimit(qsizetype limit, QObject *parent)
        : QValidator(parent)
        , m_limit(limit)
    { }
    State validate(QString &input, int &pos) const override
    {
        if (codePoints(input) <= m_limit)
            return Acceptable;
        qsizetype units = 0;
        for (qsizetype seen = 0; seen < m_limit && units < input.size(); ++seen)
            units += input.at(units).isHighSurrogate() && units + 1 < input.size() ? 2 : 1;
        input.truncate(units);
        pos = std::min(pos, int(units));
        return Acceptable;
    }

private:
    qsizetype m_limit;
};

void setWarning(QWidget *widget, bool warning)
{
    widget->setProperty("warning", warning);
    const QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    widget->setPalette(warning ? LegibleColours::warningPalette(palette) : palette);
}

QLabel *counterLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000")));
    return label;
}
} // namespace

ArticleForm::ArticleForm(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLineEdit(this))
    , m_headlineCounter(counterLabel("headlineCounter", this))
    , m_dek(new QLineEdit(this))
    , m_dekCounter(counterLabel("dekCounter", this))
    , m_details(new ArticleDetails(this))
    , m_body(new MarkdownEdit(this))
{
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setValidator(new CharacterLimit(ArticleLimits::headlineHard, m_headline));
    m_headline->setAccessibleName(tr("Headline"));
    m_headline->setPlaceholderText(tr("What happened, in a line"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.4);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headlineCounter->setAccessibleName(tr("Headline length"));

    m_dek->setObjectName(QStringLiteral("dek"));
    m_dek->setAccessibleName(tr("Dek"));
    m_dek->setPlaceholderText(tr("One or two sentences under the headline"));
    m_dekCounter->setAccessibleName(tr("Dek length"));

    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setPlaceholderText(tr("The story, in Markdown"));
    // A story has paragraphs; Tab is for moving to the next field, as in any form.
    m_body->setTabChangesFocus(true);

    auto *top = new QGridLayout;
    top->setColumnStretch(1, 1);
    auto *headlineLabel = new QLabel(tr("&Headline:"), this);
    headlineLabel->setBuddy(m_headline);
    auto *dekLabel = new QLabel(tr("De&k:"), this);
    dekLabel->setBuddy(m_dek);
    top->addWidget(headlineLabel, 0, 0);
    top->addWidget(m_headline, 0, 1);
    top->addWidget(m_headlineCounter, 0, 2);
    top->addWidget(dekLabel, 1, 0);
    top->addWidget(m_dek, 1, 1);
    top->addWidget(m_dekCounter, 1, 2);

    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);
    // The body is the work; its label is for the mnemonic and screen readers, kept small.
    bodyLabel->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 1);

    connect(m_details, &ArticleDetails::edited, this, &ArticleForm::userEdited);
    connect(m_details, &ArticleDetails::createTagRequested, this, &ArticleForm::createTagRequested);
    connect(m_details, &ArticleDetails::chooseHeroImageRequested, this, &ArticleForm::chooseHeroImageRequested);
    connect(m_details, &ArticleDetails::heroImageRejected, this, &ArticleForm::heroImageRejected);
    // textEdited (not textChanged) so that only the user's typing counts as an edit.
    connect(m_headline, &QLineEdit::textChanged, m_details, &ArticleDetails::setHeadline);
    connect(m_headline, &QLineEdit::textEdited, this, [this](const QString &headline) {
        m_details->setHeadline(headline); // textEdited comes before textChanged
        m_details->followHeadline();
        storyEdited();
    });
    connect(m_dek, &QLineEdit::textEdited, this, &ArticleForm::storyEdited);
    connect(m_headline, &QLineEdit::textChanged, this, &ArticleForm::updateCounters);
    connect(m_dek, &QLineEdit::textChanged, this, &ArticleForm::updateCounters);
    // textChanged also fires when the highlighter repaints formats (spelling catching up after a
    // story opens); only a change to the words marks the document modified.
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_body->document()->isModified())
            storyEdited();
    });
    m_details->setStoryTextSource(
        [this] { return m_headline->text() + u'\n' + m_dek->text() + u'\n' + m_body->toPlainText(); });
    updateCounters();
}

void ArticleForm::setArticle(const Article &article)
{
    m_loading = true;
    m_article = article;
    m_headline->setText(article.headline);
    m_headline->setCursorPosition(0);
    m_dek->setText(article.dek);
    m_dek->setCursorPosition(0);
    m_details->setArticle(article);
    m_body->setPlainText(article.body);
    m_body->document()->setModified(false);
    m_modified = false;
    m_loading = false;
}

Article ArticleForm::article() const
{
    Article edited = m_article;
    edited.headline = m_headline->text();
    edited.dek = m_dek->text();
    m_details->applyTo(edited);
    edited.body = m_body->toPlainText();
    return edited;
}

void ArticleForm::markSaved(const Article &stored)
{
    m_article = stored;
    m_details->markSaved(stored);
    m_body->document()->setModified(false);
    m_modified = false;
}

void ArticleForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_headline->setReadOnly(readOnly);
    m_dek->setReadOnly(readOnly);
    m_details->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
}

void ArticleForm::focusHeadline()
{
    m_headline->setFocus(Qt::OtherFocusReason);
    m_headline->selectAll();
}

void ArticleForm::focusBody()
{
    m_body->setFocus(Qt::OtherFocusReason);
}

void ArticleForm::setVocabulary(const QList<Section> &sections, const QList<Author> &authors, const QList<Tag> &tags,
                                const Publication &publication)
{
    m_details->setVocabulary(sections, authors, tags, publication);
}

void ArticleForm::setTagUses(const QHash<qint64, int> &uses)
{
    m_details->setTagUses(uses);
}

void ArticleForm::addTag(const Tag &tag)
{
    m_details->addTag(tag);
}

bool ArticleForm::setHeroImageData(const QByteArray &data, const QString &fileName)
{
    return m_details->setHeroImageData(data, fileName);
}

void ArticleForm::setHeroImagePreview(const QByteArray &data)
{
    m_details->setHeroImagePreview(data);
}

std::optional<QByteArray> ArticleForm::pendingHeroImage() const
{
    return m_details->pendingHeroImage();
}

void ArticleForm::setDetailsExpanded(bool expanded)
{
    m_details->setExpanded(expanded);
}

bool ArticleForm::detailsExpanded() const
{
    return m_details->isExpanded();
}

QUndoStack *ArticleForm::undoStack() const
{
    return m_details->undoStack();
}

void ArticleForm::userEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    Q_EMIT edited();
}

void ArticleForm::storyEdited()
{
    if (m_loading)
        return;
    m_details->storyEdited();
    userEdited();
}

void ArticleForm::updateCounters()
{
    const QLocale locale;
    auto show = [&locale](QLabel *counter, QStringView text, int soft) {
        const qsizetype count = codePoints(text);
        const bool over = count > soft;
        counter->setText(tr("%1 / %2").arg(locale.toString(count), locale.toString(soft)));
        counter->setAccessibleDescription(
            over ? tr("%1 characters, %2 over the limit of %3").arg(count).arg(count - soft).arg(soft)
                 : tr("%1 of %2 characters").arg(count).arg(soft));
        counter->setToolTip(counter->accessibleDescription());
        setWarning(counter, over);
    };
    show(m_headlineCounter, m_headline->text(), ArticleLimits::headlineSoft);
    show(m_dekCounter, m_dek->text(), ArticleLimits::dekSoft);
}
