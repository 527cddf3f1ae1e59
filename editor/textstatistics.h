// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QTextDocument;

/// Words, characters and reading time of a document, kept up to date as it is edited.
///
/// Only the blocks an edit touched are counted again, so a keystroke in a 1 MB article costs a
/// paragraph's worth of counting. Counting rules (countBlock()):
/// - a word is a whitespace-separated run with at least one letter or digit, so "well-known",
///   "don't", "2024" and a URL are one word each and a lone "—" or "#" is none; each Han, kana or
///   Thai character counts as a word, since those scripts have no spaces between words;
/// - characters are code points as a reader sees them, spaces included, line breaks not:
///   combining marks, variation selectors, zero-width joiners and skin-tone modifiers add nothing
///   ("é" written as e + accent is one, 👍🏽 is one);
/// - the Markdown is counted as written (the "**" of bold are characters, not words).
/// Reading time uses 238 words per minute, the average silent reading rate for non-fiction
/// found by Brysbaert (2019), rounded up to whole minutes.
class TextStatistics : public QObject
{
    Q_OBJECT

public:
    static constexpr int wordsPerMinute = 238;

    struct Counts {
        qint64 words = 0;
        qint64 characters = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    explicit TextStatistics(QTextDocument *document, QObject *parent = nullptr);

    qint64 words() const { return m_total.words; }
    qint64 characters() const { return m_total.characters; }
    /// Whole minutes, at least one for any text; zero for none.
    int readingMinutes() const { return readingMinutes(m_total.words); }
    /// "1,234 words · 7,000 characters · 6 min read", in the user's locale.
    QString summary() const;

    static int readingMinutes(qint64 words);
    static QString summary(qint64 words, qint64 characters);
    /// The counts of one block's (or any line's) text.
    static Counts count(QStringView text);
    /// Counts the whole document again (what the incremental update must always equal).
    static Counts countDocument(const QTextDocument *document);

Q_SIGNALS:
    void changed();

private:
    void recountAll();
    void update(int position, int removed, int added);

    QTextDocument *m_document;
    QList<Counts> m_blocks; ///< by block number
    Counts m_total;
};
