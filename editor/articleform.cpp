// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleform.h"

#include "heroimagefield.h"
#include "markdownedit.h"
#include "slug.h"
#include "tagchipfield.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>
#include <QValidator>

namespace {
const QColor warningColour(0xc0, 0x1c, 0x28);

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

/// A hand-typed slug is a web address: lower-case ASCII letters, digits and hyphens.
class SlugValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        input = input.toLower();
        input.replace(u' ', u'-').replace(u'_', u'-');
        for (QChar c : std::as_const(input)) {
            const char16_t ch = c.unicode();
            if (!((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-'))
                return Invalid;
        }
        return Acceptable;
    }
};

void setWarning(QWidget *widget, bool warning)
{
    widget->setProperty("warning", warning);
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    if (warning)
        palette.setColor(QPalette::WindowText, warningColour);
    widget->setPalette(palette);
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
    , m_detailsToggle(new QToolButton(this))
    , m_summary(new QLabel(this))
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

    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("De&tails"));
    m_detailsToggle->setAccessibleName(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

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

    auto *toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_detailsToggle);
    toggleRow->addWidget(m_summary, 1);
    toggleRow->addStretch();

    m_details = buildDetails();
    m_details->setVisible(false);

    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);
    // The body is the work; its label is for the mnemonic and screen readers, kept small.
    bodyLabel->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(toggleRow);
    layout->addWidget(m_details);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body, 1);

    connect(m_detailsToggle, &QToolButton::toggled, this, &ArticleForm::setDetailsExpanded);
    // textEdited (not textChanged) so that only the user's typing counts as an edit.
    connect(m_headline, &QLineEdit::textEdited, this, &ArticleForm::headlineEdited);
    connect(m_dek, &QLineEdit::textEdited, this, &ArticleForm::userEdited);
    connect(m_headline, &QLineEdit::textChanged, this, &ArticleForm::updateCounters);
    connect(m_dek, &QLineEdit::textChanged, this, &ArticleForm::updateCounters);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            userEdited();
    });
    updateCounters();
    updateSlugState();
    updateSummary();
}

QWidget *ArticleForm::buildDetails()
{
    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("details"));

    m_section = new QComboBox(details);
    m_section->setObjectName(QStringLiteral("section"));
    m_section->setAccessibleName(tr("Section"));
    m_section->addItem(tr("No section"), qint64(0));

    m_byline = new ChipField(details);
    m_byline->setObjectName(QStringLiteral("byline"));
    m_byline->setFieldName(tr("Byline"));
    m_byline->setPlaceholderText(tr("Add an author…"));
    m_bios = new QLabel(details);
    m_bios->setObjectName(QStringLiteral("bylineBios"));
    m_bios->setTextFormat(Qt::PlainText);
    m_bios->setWordWrap(true);
    m_bios->setForegroundRole(QPalette::PlaceholderText);

    m_dateline = new QLineEdit(details);
    m_dateline->setObjectName(QStringLiteral("dateline"));
    m_dateline->setAccessibleName(tr("Dateline"));

    m_slug = new QLineEdit(details);
    m_slug->setObjectName(QStringLiteral("slug"));
    m_slug->setAccessibleName(tr("Slug"));
    m_slug->setPlaceholderText(tr("Made from the headline"));
    m_slug->setValidator(new SlugValidator(m_slug));
    m_slugReset = new QToolButton(details);
    m_slugReset->setObjectName(QStringLiteral("slugReset"));
    m_slugReset->setText(QStringLiteral("↺"));
    m_slugReset->setAccessibleName(tr("Make the slug from the headline again"));
    m_slugReset->setToolTip(m_slugReset->accessibleName());

    m_scheduleOn = new QCheckBox(tr("Sche&dule:"), details);
    m_scheduleOn->setObjectName(QStringLiteral("scheduleOn"));
    m_scheduleOn->setToolTip(tr("Publish at a set time (embargo)"));
    m_schedule = new QDateTimeEdit(details);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setAccessibleName(tr("Scheduled time"));
    m_schedule->setCalendarPopup(true);
    m_schedule->setEnabled(false);
    m_timeZone = new QLabel(details);
    m_timeZone->setObjectName(QStringLiteral("scheduleTimeZone"));

    m_tags = new TagChipField(details);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setFieldName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Add a tag…"));

    m_hero = new HeroImageField(details);
    m_hero->setObjectName(QStringLiteral("hero"));

    m_attribution = new QLineEdit(details);
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_attribution->setAccessibleName(tr("Attribution"));
    m_attribution->setPlaceholderText(tr("First reported by …"));
    m_sourceUrl = new QLineEdit(details);
    m_sourceUrl->setObjectName(QStringLiteral("sourceUrl"));
    m_sourceUrl->setAccessibleName(tr("Source URL"));
    m_sourceUrl->setPlaceholderText(QStringLiteral("https://"));
    m_sourceUrlWarning = new QLabel(tr("Not a web address (http or https)"), details);
    m_sourceUrlWarning->setObjectName(QStringLiteral("sourceUrlWarning"));
    setWarning(m_sourceUrlWarning, true);
    m_sourceUrlWarning->hide();

    m_notes = new QPlainTextEdit(details);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Editorial notes"));
    m_notes->setPlaceholderText(tr("For the desk only; never published"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto label = [details](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, details);
        l->setBuddy(buddy);
        return l;
    };
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const Qt::Alignment labelAlignment = Qt::AlignRight | Qt::AlignVCenter;
    auto addLabelled = [&](int row, int column, const QString &text, QWidget *field, int span = 1) {
        grid->addWidget(label(text, field), row, column, labelAlignment);
        grid->addWidget(field, row, column + 1, 1, span);
    };
    addLabelled(0, 0, tr("&Section:"), m_section);
    addLabelled(0, 2, tr("D&ateline:"), m_dateline);
    addLabelled(1, 0, tr("B&yline:"), m_byline, 3);
    grid->addWidget(m_bios, 2, 1, 1, 3);
    auto *slugRow = new QHBoxLayout;
    slugRow->addWidget(m_slug, 1);
    slugRow->addWidget(m_slugReset);
    grid->addWidget(label(tr("S&lug:"), m_slug), 3, 0, labelAlignment);
    grid->addLayout(slugRow, 3, 1);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule, 1);
    scheduleRow->addWidget(m_timeZone);
    grid->addWidget(m_scheduleOn, 3, 2, labelAlignment);
    grid->addLayout(scheduleRow, 3, 3);
    addLabelled(4, 0, tr("Ta&gs:"), m_tags, 3);
    addLabelled(5, 0, tr("Attributi&on:"), m_attribution);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_sourceUrl);
    urlColumn->addWidget(m_sourceUrlWarning);
    grid->addWidget(label(tr("Source &URL:"), m_sourceUrl), 5, 2, Qt::AlignRight | Qt::AlignTop);
    grid->addLayout(urlColumn, 5, 3);
    grid->addWidget(label(tr("&Notes:"), m_notes), 6, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_notes, 6, 1, 1, 3);

    auto *heroColumn = new QVBoxLayout;
    heroColumn->addWidget(label(tr("Hero &image:"), m_hero));
    heroColumn->addWidget(m_hero);
    heroColumn->addStretch();

    auto *layout = new QHBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(grid, 3);
    layout->addLayout(heroColumn, 1);

    connect(m_section, &QComboBox::activated, this, &ArticleForm::userEdited);
    connect(m_byline, &ChipField::changed, this, [this] {
        updateBios();
        userEdited();
    });
    connect(m_dateline, &QLineEdit::textEdited, this, &ArticleForm::userEdited);
    connect(m_slug, &QLineEdit::textEdited, this, [this] {
        m_slugAuto = false;
        updateSlugState();
        userEdited();
    });
    connect(m_slugReset, &QToolButton::clicked, this, [this] {
        m_slugAuto = true;
        m_slug->setText(m_headline->text().trimmed().isEmpty() ? QString() : slugify(m_headline->text()));
        updateSlugState();
        userEdited();
    });
    connect(m_scheduleOn, &QCheckBox::toggled, this, [this](bool on) {
        m_schedule->setEnabled(on && !m_readOnly);
        if (!m_loading)
            userEdited();
    });
    connect(m_schedule, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_loading && m_scheduleOn->isChecked())
            userEdited();
    });
    connect(m_tags, &TagChipField::changed, this, &ArticleForm::userEdited);
    connect(m_tags, &TagChipField::createRequested, this, &ArticleForm::createTagRequested);
    connect(m_hero, &HeroImageField::changed, this, &ArticleForm::userEdited);
    connect(m_hero, &HeroImageField::chooseRequested, this, &ArticleForm::chooseHeroImageRequested);
    connect(m_hero, &HeroImageField::rejected, this, &ArticleForm::heroImageRejected);
    connect(m_attribution, &QLineEdit::textEdited, this, &ArticleForm::userEdited);
    connect(m_sourceUrl, &QLineEdit::textEdited, this, &ArticleForm::userEdited);
    connect(m_sourceUrl, &QLineEdit::textChanged, this, &ArticleForm::updateSourceUrlWarning);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            userEdited();
    });
    return details;
}

void ArticleForm::setArticle(const Article &article)
{
    m_loading = true;
    m_article = article;
    m_headline->setText(article.headline);
    m_headline->setCursorPosition(0);
    m_dek->setText(article.dek);
    m_dek->setCursorPosition(0);
    setSection(article.sectionId);
    m_byline->setIds(article.authorIds);
    m_dateline->setText(article.dateline);
    m_slugAuto = article.slugAuto;
    m_slug->setText(article.slug);
    setSchedule(article.scheduled);
    m_tags->setTagIds(article.tagIds);
    m_hero->setHero(article.hero);
    m_attribution->setText(article.attribution);
    m_sourceUrl->setText(article.sourceUrl);
    m_notes->setPlainText(article.notes);
    m_body->setPlainText(article.body);
    // Only a story nobody has written yet takes the default; a dateline cleared by hand stays clear.
    m_datelineDefaultable = article.dateline.isEmpty() && article.headline.isEmpty() && article.body.isEmpty();
    applyDatelineDefault();
    updateSlugState();
    updateBios();
    updateSummary();
    m_modified = false;
    m_loading = false;
}

Article ArticleForm::article() const
{
    Article edited = m_article;
    edited.headline = m_headline->text();
    edited.dek = m_dek->text();
    edited.sectionId = m_section->currentData().toLongLong();
    edited.authorIds = m_byline->ids();
    edited.dateline = m_dateline->text();
    edited.slug = m_slug->text();
    edited.slugAuto = m_slugAuto;
    edited.scheduled = m_scheduleOn->isChecked() ? m_schedule->dateTime().toUTC() : QDateTime();
    edited.tagIds = m_tags->tagIds();
    edited.hero = m_hero->hero();
    edited.attribution = m_attribution->text();
    edited.sourceUrl = m_sourceUrl->text();
    edited.notes = m_notes->toPlainText();
    edited.body = m_body->toPlainText();
    return edited;
}

void ArticleForm::markSaved(const Article &stored)
{
    m_article = stored;
    // The store may have made the slug unique ("-2"); never rewrite it under the user's cursor.
    if (stored.slug != m_slug->text() && (m_slugAuto || !m_slug->hasFocus()))
        m_slug->setText(stored.slug);
    m_hero->markStored(stored.hero);
    updateSlugState();
    m_modified = false;
}

void ArticleForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_headline, m_dek, m_dateline, m_attribution, m_sourceUrl})
        edit->setReadOnly(readOnly);
    m_section->setEnabled(!readOnly);
    m_byline->setReadOnly(readOnly);
    m_tags->setReadOnly(readOnly);
    m_hero->setReadOnly(readOnly);
    m_scheduleOn->setEnabled(!readOnly);
    m_schedule->setEnabled(!readOnly && m_scheduleOn->isChecked());
    m_notes->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    updateSlugState();
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
    const bool wasLoading = std::exchange(m_loading, true);
    const qint64 sectionId = m_section->currentData().toLongLong();
    m_section->clear();
    m_section->addItem(tr("No section"), qint64(0));
    for (const Section &section : sections)
        m_section->addItem(section.name, section.id);
    setSection(sectionId);

    m_authors = authors;
    QList<ChipField::Item> people;
    for (const Author &author : authors)
        people.append({author.id, author.displayName, author.bio});
    m_byline->setAvailableItems(people);
    m_tags->setAvailableTags(tags);

    // The schedule is shown in the publication's zone and stored in UTC, whatever the machine's zone.
    const QDateTime scheduled = m_schedule->dateTime().toUTC();
    m_publication = publication;
    QTimeZone zone(publication.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::UTC;
    m_schedule->setTimeZone(zone);
    m_schedule->setDateTime(scheduled.toTimeZone(zone));
    m_schedule->setLocale(QLocale(publication.locale));
    m_timeZone->setText(QString::fromUtf8(zone.id()));
    m_dateline->setPlaceholderText(publication.homeCity);
    applyDatelineDefault();
    updateBios();
    updateSummary();
    m_loading = wasLoading;
}

void ArticleForm::addTag(const Tag &tag)
{
    m_tags->addTag(tag);
}

bool ArticleForm::setHeroImageData(const QByteArray &data, const QString &fileName)
{
    return m_hero->setImageData(data, fileName);
}

void ArticleForm::setHeroImagePreview(const QByteArray &data)
{
    m_hero->setPreview(data);
}

std::optional<QByteArray> ArticleForm::pendingHeroImage() const
{
    return m_hero->pendingImage();
}

void ArticleForm::setDetailsExpanded(bool expanded)
{
    m_details->setVisible(expanded);
    m_detailsToggle->setChecked(expanded);
    m_detailsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_summary->setVisible(!expanded);
}

bool ArticleForm::detailsExpanded() const
{
    return m_detailsToggle->isChecked();
}

void ArticleForm::userEdited()
{
    if (m_loading)
        return;
    m_datelineDefaultable = false;
    updateSummary();
    m_modified = true;
    Q_EMIT edited();
}

void ArticleForm::headlineEdited()
{
    if (m_slugAuto && !m_article.published.isValid())
        m_slug->setText(m_headline->text().trimmed().isEmpty() ? QString() : slugify(m_headline->text()));
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

void ArticleForm::updateSlugState()
{
    const bool published = m_article.published.isValid();
    m_slug->setReadOnly(m_readOnly || published);
    m_slug->setToolTip(published        ? tr("The story is published: its web address stays as it is.")
                           : m_slugAuto ? tr("Made from the headline until you edit it")
                                        : tr("Set by hand"));
    m_slugReset->setVisible(!m_slugAuto && !published && !m_readOnly);
}

void ArticleForm::updateBios()
{
    QStringList lines;
    for (const ChipField::Item &author : m_byline->chosenItems())
        lines.append(author.detail.isEmpty() ? author.name : tr("%1 — %2").arg(author.name, author.detail));
    m_bios->setText(lines.join(u'\n'));
    m_bios->setVisible(!lines.isEmpty());
}

void ArticleForm::updateSourceUrlWarning()
{
    const QString text = m_sourceUrl->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool bad = !text.isEmpty()
        && (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"));
    m_sourceUrlWarning->setVisible(bad);
    m_sourceUrl->setAccessibleDescription(bad ? m_sourceUrlWarning->text() : QString());
}

void ArticleForm::updateSummary()
{
    QStringList parts;
    if (m_section->currentData().toLongLong() != 0)
        parts.append(m_section->currentText());
    QStringList names;
    for (const ChipField::Item &author : m_byline->chosenItems())
        names.append(author.name);
    if (!names.isEmpty())
        parts.append(names.join(QStringLiteral(", ")));
    if (!m_dateline->text().isEmpty())
        parts.append(m_dateline->text());
    if (const auto count = m_tags->tagIds().size())
        parts.append(count == 1 ? tr("1 tag") : tr("%1 tags").arg(QLocale().toString(count)));
    if (m_scheduleOn->isChecked())
        parts.append(
            tr("scheduled %1").arg(m_schedule->locale().toString(m_schedule->dateTime(), QLocale::ShortFormat)));
    if (m_hero->hero())
        parts.append(tr("hero image"));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void ArticleForm::applyDatelineDefault()
{
    if (m_datelineDefaultable && m_dateline->text().isEmpty())
        m_dateline->setText(m_publication.homeCity);
}

void ArticleForm::setSection(qint64 sectionId)
{
    int index = m_section->findData(sectionId);
    if (index < 0) {
        // A section the list no longer has: keep it rather than silently drop it on the next save.
        m_section->addItem(tr("Section %1").arg(sectionId), sectionId);
        index = m_section->count() - 1;
    }
    m_section->setCurrentIndex(index);
}

void ArticleForm::setSchedule(const QDateTime &utc)
{
    m_scheduleOn->setChecked(utc.isValid());
    const QTimeZone zone = m_schedule->timeZone();
    if (utc.isValid()) {
        m_schedule->setDateTime(utc.toTimeZone(zone));
    } else {
        // A sensible first guess when the box is ticked: the next full hour.
        QDateTime next = QDateTime::currentDateTimeUtc().toTimeZone(zone).addSecs(3600);
        next.setTime(QTime(next.time().hour(), 0));
        m_schedule->setDateTime(next);
    }
    m_schedule->setEnabled(utc.isValid() && !m_readOnly);
}
