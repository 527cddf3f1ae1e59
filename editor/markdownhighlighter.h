// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTextCursor>

class SpellChecker;

namespace KSyntaxHighlighting {
class Repository;
}

/// Markdown highlighting by KSyntaxHighlighting and as-you-type spelling in one highlighter, so
/// the two never overwrite each other's formats: misspelt words get a wavy underline merged into
/// whatever the syntax gave them. Code (spans, indented and fenced blocks, embedded languages),
/// links, URLs and e-mail addresses are never spell-checked.
///
/// A large document (a 1 MB article, a theme change) is highlighted a slice at a time between
/// events, so the window never freezes; the rest of the text stays plain until its turn.
class MarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);
    ~MarkdownHighlighter() override;

    /// The one repository of definitions and themes; loading it is too costly to repeat.
    static KSyntaxHighlighting::Repository &repository();

    /// Not owned; nullptr turns spelling off.
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const { return m_speller; }

    /// True while part of the document still waits for its first highlighting.
    bool isCatchingUp() const { return m_deferred; }

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    bool isExcludedFromSpelling(const KSyntaxHighlighting::Format &format) const;
    void underlineMisspelt(const QString &text);
    void rehighlightBlocksContaining(const QString &word);
    void defer(const QTextBlock &from);
    void catchUp();

    QPointer<SpellChecker> m_speller;
    QSet<int> m_markdownFormats; ///< ids of the Markdown definition's own formats
    struct Range {
        int start;
        int end;
    };
    QList<Range> m_noSpelling; ///< of the block being highlighted
    qint64 m_burstNs = 0; ///< highlighting time since control last returned to the event loop
    bool m_burstOpen = false; ///< m_burstNs counts; closed when the event loop runs again
    bool m_deferred = false;
    bool m_catchUpScheduled = false;
    bool m_inCatchUp = false;
    QTextCursor m_frontier; ///< start of the first block not yet highlighted while deferred
};
