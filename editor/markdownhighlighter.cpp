// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"

#include "legiblecolours.h"
#include "spellchecker.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Highlighting longer than this before the event loop runs again is finished in slices.
constexpr qint64 burstBudgetMs = 12;
constexpr qint64 sliceMs = 8;
} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    const KSyntaxHighlighting::Definition markdown = repository().definitionForName(u"Markdown"_s);
    for (const auto items = markdown.formats(); const KSyntaxHighlighting::Format &f : items)
        m_markdownFormats.insert(f.id());
    setDefinition(markdown);
    // Without a theme KSyntaxHighlighting formats nothing; the editor sets one from its palette.
    setTheme(repository().themeForPalette(QGuiApplication::palette()));
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

KSyntaxHighlighting::Repository &MarkdownHighlighter::repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

void MarkdownHighlighter::setSpellChecker(SpellChecker *checker)
{
    if (m_speller == checker)
        return;
    if (m_speller)
        disconnect(m_speller, nullptr, this, nullptr);
    m_speller = checker;
    if (checker) {
        connect(checker, &SpellChecker::languageChanged, this, &MarkdownHighlighter::rehighlight);
        connect(checker, &SpellChecker::wordAccepted, this, &MarkdownHighlighter::rehighlightBlocksContaining);
    }
    rehighlight();
}

// Names from the Markdown definition of KSyntaxHighlighting 6.13. Most non-prose formats there
// (URLs in every context, auto-links, e-mail, fences, emoji, escapes) say spellChecking="0";
// "Code" (inline spans, indented and unlabelled fenced blocks) and images (their paths and URLs)
// do not, so they are named here. Link text ("Reference-Link") stays checked.
// Formats of other definitions only appear inside fenced blocks with a language: code too.
bool MarkdownHighlighter::isExcludedFromSpelling(const KSyntaxHighlighting::Format &format) const
{
    if (!m_markdownFormats.contains(format.id()) || !format.spellCheck())
        return true;
    const QString name = format.name();
    return name == u"Code" || name == u"Fenced Code" || name == u"Inline Image" || name == u"Inline Image: Link"
        || name == u"Reference Image";
}

void MarkdownHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length > 0 && isExcludedFromSpelling(format)) {
        if (!m_noSpelling.isEmpty() && m_noSpelling.last().end == offset)
            m_noSpelling.last().end = offset + length;
        else
            m_noSpelling.append({offset, offset + length});
    }
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    if (m_deferred && block.position() >= m_frontier.position())
        return; // plain until catchUp() gets here, in order, so each block starts from the right state
    if (!m_inCatchUp) {
        if (!m_burstOpen) {
            m_burstOpen = true;
            m_burstNs = 0;
            QTimer::singleShot(0, this, [this] { m_burstOpen = false; });
        } else if (m_burstNs > burstBudgetMs * 1000 * 1000) {
            // Also while deferred: a rehighlight() (spelling ready, theme) or a text inserted
            // before the frontier must not highlight everything up to it in one go. Blocks are
            // highlighted in order, so this block becomes the new frontier.
            defer(block);
            return;
        }
    }
    // Only highlighting counts against the budget: at launch the window's construction runs in
    // the same event-loop turn, and a small article must still be highlighted before it shows.
    QElapsedTimer spent;
    spent.start();
    m_noSpelling.clear();
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    underlineMisspelt(text);
    if (!m_inCatchUp)
        m_burstNs += spent.nsecsElapsed();
}

void MarkdownHighlighter::underlineMisspelt(const QString &text)
{
    if (!m_speller || !m_speller->isReady())
        return;
    // A wavy line needs to be seen, not read: 3:1 against the page, else the text's own colour.
    const QPalette palette = QGuiApplication::palette();
    const QColor misspelt = LegibleColours::legibleOn(palette.color(QPalette::Base), QColor(0xda, 0x44, 0x53),
                                                      palette.color(QPalette::Text), 3.0);
    qsizetype skip = 0;
    for (const auto items = SpellChecker::checkableWords(text); const SpellChecker::WordRange &w : items) {
        while (skip < m_noSpelling.size() && m_noSpelling.at(skip).end <= w.start)
            ++skip;
        if (skip < m_noSpelling.size() && m_noSpelling.at(skip).start < w.start + w.length)
            continue;
        if (m_speller->isCorrect(QStringView(text).sliced(w.start, w.length)))
            continue;
        // Merge into the syntax format run by run, so bold or a heading stays bold.
        int i = int(w.start);
        const int end = int(w.start + w.length);
        while (i < end) {
            QTextCharFormat f = format(i);
            int j = i + 1;
            while (j < end && format(j) == f)
                ++j;
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(misspelt);
            setFormat(i, j - i, f);
            i = j;
        }
    }
}

void MarkdownHighlighter::rehighlightBlocksContaining(const QString &word)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(word))
            rehighlightBlock(b);
    }
}

void MarkdownHighlighter::defer(const QTextBlock &from)
{
    m_deferred = true;
    m_frontier = QTextCursor(from);
    // A cursor moves past text inserted where it stands: with a deferral pending on an empty
    // document, setPlainText() (opening a story at launch) would carry the frontier to the end
    // and every block before it would be highlighted at once, with no budget.
    m_frontier.setKeepPositionOnInsert(true);
    if (!m_catchUpScheduled) {
        m_catchUpScheduled = true;
        QTimer::singleShot(0, this, &MarkdownHighlighter::catchUp);
    }
}

void MarkdownHighlighter::catchUp()
{
    m_catchUpScheduled = false;
    if (!m_deferred || !document())
        return;
    QElapsedTimer slice;
    slice.start();
    QTextBlock b = m_frontier.block();
    while (b.isValid() && slice.elapsed() < sliceMs) {
        const QTextBlock next = b.next();
        if (next.isValid())
            m_frontier.setPosition(next.position());
        else
            m_deferred = false;
        m_inCatchUp = true; // this slice has its own budget
        rehighlightBlock(b);
        m_inCatchUp = false;
        b = next;
    }
    if (m_deferred) {
        m_catchUpScheduled = true;
        QTimer::singleShot(0, this, &MarkdownHighlighter::catchUp);
    }
}
