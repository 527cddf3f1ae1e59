// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class ChipField;
class HeroImageField;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QWidget;
class TagChipField;
class TagSuggestionBar;

/// The widgets of the article's details, made, named and laid out in `details` as a Designer
/// form's Ui class would be: the toggle and the summary line, then the panel they open and close.
/// ArticleDetails gives them their behaviour.
struct ArticleDetailsFields {
    Q_DECLARE_TR_FUNCTIONS(ArticleDetails)

public:
    explicit ArticleDetailsFields(QWidget *details);

    QToolButton *toggle;
    QLabel *summary;
    QWidget *panel;
    QComboBox *section;
    ChipField *byline;
    QLabel *bios;
    QLineEdit *dateline;
    QLineEdit *slug;
    QToolButton *slugReset;
    QCheckBox *scheduleOn;
    QDateTimeEdit *schedule;
    QLabel *timeZone;
    TagChipField *tags;
    TagSuggestionBar *tagSuggestions;
    HeroImageField *hero;
    QLineEdit *attribution;
    QLineEdit *sourceUrl;
    QLabel *sourceUrlWarning;
    QPlainTextEdit *notes;
};
