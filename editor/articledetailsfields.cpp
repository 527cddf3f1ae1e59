// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailsfields.h"

#include "heroimagefield.h"
#include "legiblecolours.h"
#include "tagchipfield.h"
#include "tagsuggestionbar.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QValidator>

namespace {
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
} // namespace

ArticleDetailsFields::ArticleDetailsFields(QWidget *details)
    : toggle(new QToolButton(details))
    , summary(new QLabel(details))
    , panel(new QWidget(details))
{
    toggle->setObjectName(QStringLiteral("detailsToggle"));
    toggle->setText(tr("De&tails"));
    toggle->setAccessibleName(tr("Details"));
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    summary->setObjectName(QStringLiteral("detailsSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setForegroundRole(QPalette::PlaceholderText);
    panel->setObjectName(QStringLiteral("details"));
    panel->setVisible(false);

    section = new QComboBox(panel);
    section->setObjectName(QStringLiteral("section"));
    section->setAccessibleName(tr("Section"));
    section->addItem(tr("No section"), qint64(0));

    // Created in reading order (the grid row by row, then the hero image beside it), which is
    // the order Tab takes.
    dateline = new QLineEdit(panel);
    dateline->setObjectName(QStringLiteral("dateline"));
    dateline->setAccessibleName(tr("Dateline"));

    byline = new ChipField(panel);
    byline->setObjectName(QStringLiteral("byline"));
    byline->setFieldName(tr("Byline"));
    byline->setPlaceholderText(tr("Add an author…"));
    bios = new QLabel(panel);
    bios->setObjectName(QStringLiteral("bylineBios"));
    bios->setTextFormat(Qt::PlainText);
    bios->setWordWrap(true);
    bios->setForegroundRole(QPalette::PlaceholderText);

    slug = new QLineEdit(panel);
    slug->setObjectName(QStringLiteral("slug"));
    slug->setAccessibleName(tr("Slug"));
    slug->setPlaceholderText(tr("Made from the headline"));
    slug->setValidator(new SlugValidator(slug));
    slugReset = new QToolButton(panel);
    slugReset->setObjectName(QStringLiteral("slugReset"));
    slugReset->setText(QStringLiteral("↺"));
    slugReset->setAccessibleName(tr("Make the slug from the headline again"));
    slugReset->setToolTip(slugReset->accessibleName());

    scheduleOn = new QCheckBox(tr("Sche&dule:"), panel);
    scheduleOn->setObjectName(QStringLiteral("scheduleOn"));
    scheduleOn->setToolTip(tr("Publish at a set time (embargo)"));
    schedule = new QDateTimeEdit(panel);
    schedule->setObjectName(QStringLiteral("schedule"));
    schedule->setAccessibleName(tr("Scheduled time"));
    schedule->setCalendarPopup(true);
    schedule->setEnabled(false);
    timeZone = new QLabel(panel);
    timeZone->setObjectName(QStringLiteral("scheduleTimeZone"));

    tags = new TagChipField(panel);
    tags->setObjectName(QStringLiteral("tags"));
    tags->setFieldName(tr("Tags"));
    tags->setPlaceholderText(tr("Add a tag…"));
    tagSuggestions = new TagSuggestionBar(panel);

    attribution = new QLineEdit(panel);
    attribution->setObjectName(QStringLiteral("attribution"));
    attribution->setAccessibleName(tr("Attribution"));
    attribution->setPlaceholderText(tr("First reported by …"));
    sourceUrl = new QLineEdit(panel);
    sourceUrl->setObjectName(QStringLiteral("sourceUrl"));
    sourceUrl->setAccessibleName(tr("Source URL"));
    sourceUrl->setPlaceholderText(QStringLiteral("https://"));
    sourceUrlWarning = new QLabel(tr("Not a web address (http or https)"), panel);
    sourceUrlWarning->setObjectName(QStringLiteral("sourceUrlWarning"));
    sourceUrlWarning->setProperty("warning", true);
    sourceUrlWarning->setPalette(LegibleColours::warningPalette(sourceUrlWarning->palette()));
    sourceUrlWarning->hide();

    notes = new QPlainTextEdit(panel);
    notes->setObjectName(QStringLiteral("notes"));
    notes->setAccessibleName(tr("Editorial notes"));
    notes->setPlaceholderText(tr("For the desk only; never published"));
    notes->setTabChangesFocus(true);
    notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 3 + 12);

    hero = new HeroImageField(panel);
    hero->setObjectName(QStringLiteral("hero"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, panel);
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
    addLabelled(0, 0, tr("&Section:"), section);
    addLabelled(0, 2, tr("D&ateline:"), dateline);
    addLabelled(1, 0, tr("B&yline:"), byline, 3);
    grid->addWidget(bios, 2, 1, 1, 3);
    auto *slugRow = new QHBoxLayout;
    slugRow->addWidget(slug, 1);
    slugRow->addWidget(slugReset);
    grid->addWidget(label(tr("S&lug:"), slug), 3, 0, labelAlignment);
    grid->addLayout(slugRow, 3, 1);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(schedule, 1);
    scheduleRow->addWidget(timeZone);
    grid->addWidget(scheduleOn, 3, 2, labelAlignment);
    grid->addLayout(scheduleRow, 3, 3);
    auto *tagColumn = new QVBoxLayout;
    tagColumn->setSpacing(2);
    tagColumn->addWidget(tags);
    tagColumn->addWidget(tagSuggestions);
    grid->addWidget(label(tr("Ta&gs:"), tags), 4, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addLayout(tagColumn, 4, 1, 1, 3);
    addLabelled(5, 0, tr("Attributi&on:"), attribution);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->addWidget(sourceUrl);
    urlColumn->addWidget(sourceUrlWarning);
    grid->addWidget(label(tr("Source &URL:"), sourceUrl), 5, 2, Qt::AlignRight | Qt::AlignTop);
    grid->addLayout(urlColumn, 5, 3);
    grid->addWidget(label(tr("&Notes:"), notes), 6, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(notes, 6, 1, 1, 3);

    auto *heroColumn = new QVBoxLayout;
    heroColumn->addWidget(label(tr("Hero &image:"), hero));
    heroColumn->addWidget(hero);
    heroColumn->addStretch();

    auto *panelLayout = new QHBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 4);
    panelLayout->addLayout(grid, 3);
    panelLayout->addLayout(heroColumn, 1);

    auto *toggleRow = new QHBoxLayout;
    toggleRow->addWidget(toggle);
    toggleRow->addWidget(summary, 1);
    toggleRow->addStretch();
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toggleRow);
    layout->addWidget(panel);
}
