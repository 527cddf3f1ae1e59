// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstatistics.h"

#include "unspacedscript.h"

#include <QGuiApplication>
#include <QLocale>
#include <QStringView>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// Code points that only modify the one before them; a reader does not count them.
bool isModifier(char32_t ucs4)
{
    if (ucs4 == 0x200D || (ucs4 >= 0xFE00 && ucs4 <= 0xFE0F) || (ucs4 >= 0x1F3FB && ucs4 <= 0x1F3FF)
        || (ucs4 >= 0xE0100 && ucs4 <= 0xE01EF))
        return true;
    const auto category = QChar::category(ucs4);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing;
}

} // namespace

TextStatistics::TextStatistics(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // A document only reports contentsChange once it has a layout; a widget gives it one, but a
    // bare document would otherwise never be counted again. Layouts need fonts, so a GUI.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        document->documentLayout();
    recountAll();
    connect(document, &QTextDocument::contentsChange, this, &TextStatistics::update);
}

TextStatistics::Counts TextStatistics::count(QStringView text)
{
    Counts counts;
    bool inWord = false;
    bool wordHasContent = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (!isModifier(c))
            ++counts.characters;
        if (QChar::isSpace(c)) {
            if (inWord && wordHasContent)
                ++counts.words;
            inWord = wordHasContent = false;
            continue;
        }
        if (isUnspacedScript(c)) {
            // Each such character is a word of its own and ends the one before it.
            if (inWord && wordHasContent)
                ++counts.words;
            ++counts.words;
            inWord = wordHasContent = false;
            continue;
        }
        inWord = true;
        wordHasContent = wordHasContent || QChar::isLetterOrNumber(c);
    }
    if (inWord && wordHasContent)
        ++counts.words;
    return counts;
}

TextStatistics::Counts TextStatistics::countDocument(const QTextDocument *document)
{
    Counts total;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const Counts c = count(b.text());
        total.words += c.words;
        total.characters += c.characters;
    }
    return total;
}

void TextStatistics::recountAll()
{
    m_blocks.clear();
    m_blocks.reserve(m_document->blockCount());
    m_total = {};
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        const Counts c = count(b.text());
        m_blocks.append(c);
        m_total.words += c.words;
        m_total.characters += c.characters;
    }
}

void TextStatistics::update(int position, int removed, int added)
{
    const Counts before = m_total;
    const int blockCount = m_document->blockCount();
    const int delta = blockCount - int(m_blocks.size());
    // Qt reports a whole-document replacement with lengths that can run past the end.
    const int lastPosition = std::max(0, m_document->characterCount() - 1);
    const QTextBlock first = m_document->findBlock(std::clamp(position, 0, lastPosition));
    const QTextBlock last = m_document->findBlock(std::clamp(position + added, 0, lastPosition));
    const int firstNumber = first.blockNumber();
    const int lastNew = last.blockNumber();
    const int lastOld = lastNew - delta;
    if (!first.isValid() || !last.isValid() || firstNumber < 0 || lastOld < firstNumber - 1
        || lastOld >= int(m_blocks.size()) || removed < 0) {
        recountAll();
    } else {
        for (int i = firstNumber; i <= lastOld; ++i) {
            m_total.words -= m_blocks.at(i).words;
            m_total.characters -= m_blocks.at(i).characters;
        }
        QList<Counts> fresh;
        fresh.reserve(lastNew - firstNumber + 1);
        for (QTextBlock b = first; b.isValid() && b.blockNumber() <= lastNew; b = b.next()) {
            const Counts c = count(b.text());
            fresh.append(c);
            m_total.words += c.words;
            m_total.characters += c.characters;
        }
        m_blocks.remove(firstNumber, lastOld - firstNumber + 1);
        m_blocks.insert(firstNumber, fresh.size(), Counts{});
        std::copy(fresh.cbegin(), fresh.cend(), m_blocks.begin() + firstNumber);
    }
    if (m_total != before)
        Q_EMIT changed();
}

int TextStatistics::readingMinutes(qint64 words)
{
    if (words <= 0)
        return 0;
    return int((words + wordsPerMinute - 1) / wordsPerMinute);
}

QString TextStatistics::summary() const
{
    return summary(m_total.words, m_total.characters);
}

QString TextStatistics::summary(qint64 words, qint64 characters)
{
    //: Separates the parts of the word count in the status bar.
    const QString separator = tr(" · ");
    return tr("%Ln word(s)", nullptr, int(words)) + separator + tr("%Ln character(s)", nullptr, int(characters))
        + separator + tr("%Ln min read", nullptr, readingMinutes(words));
}
