// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownedit.h"

#include "markdownhighlighter.h"
#include "pasteconverter.h"
#include "spellchecker.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>

namespace {

// QPlainTextDocumentLayout ignores QTextBlockFormat::lineHeight, so the space between lines is
// added here: each block's lines are moved apart after the base class lays them out, and the
// block's rectangle grows to match. Positions are set from the first line, so a second call
// finds them already in place.
class ProseLayout : public QPlainTextDocumentLayout
{
public:
    explicit ProseLayout(QTextDocument *document)
        : QPlainTextDocumentLayout(document)
    { }

    void setExtraSpace(qreal extra) { m_extra = extra; }

    QRectF blockBoundingRect(const QTextBlock &block) const override
    {
        QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
        QTextLayout *layout = block.layout();
        const int lines = layout ? layout->lineCount() : 0;
        if (lines == 0 || m_extra <= 0 || !block.isVisible())
            return rect;
        QTextLine previous = layout->lineAt(0);
        bool moved = false;
        for (int i = 1; i < lines; ++i) {
            QTextLine line = layout->lineAt(i);
            const qreal y = previous.y() + previous.height() + m_extra;
            if (!qFuzzyCompare(line.y() + 1, y + 1)) {
                line.setPosition(QPointF(line.x(), y));
                moved = true;
            }
            previous = line;
        }
        if (moved)
            rect = QPlainTextDocumentLayout::blockBoundingRect(block);
        rect.setHeight(rect.height() + m_extra);
        return rect;
    }

private:
    qreal m_extra = 0;
};

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    auto *layout = new ProseLayout(document());
    document()->setDocumentLayout(layout);
    m_highlighter = new MarkdownHighlighter(document());
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The margins beside the text column belong to the page, not to the window around it.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    applyTypography();
    applyTheme();
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_focusMode)
            viewport()->update();
    });
}

MarkdownEdit::~MarkdownEdit() = default;

void MarkdownEdit::applyTypography()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    font.setPointSizeF(std::max<qreal>(12, std::round(base * 1.2)));
    font.setStyleHint(QFont::Serif, QFont::PreferDefault);
    setFont(font);
    static_cast<ProseLayout *>(document()->documentLayout())
        ->setExtraSpace(std::round(QFontMetricsF(font).height() * lineSpacing));
    document()->setDocumentMargin(std::round(QFontMetricsF(font).height() * 0.6));
    updateMeasure();
}

void MarkdownEdit::updateMeasure()
{
    const QFontMetrics metrics(font());
    const int column = metrics.averageCharWidth() * measureCharacters + 2 * int(document()->documentMargin());
    // As if the scroll bar were always shown, so it appearing cannot move the column and back.
    const int available = contentsRect().width() - verticalScrollBar()->sizeHint().width();
    const int side = std::max(0, (available - column) / 2);
    const QMargins wanted(side, 0, side, 0);
    if (viewportMargins() != wanted)
        setViewportMargins(wanted);
}

void MarkdownEdit::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = MarkdownHighlighter::repository().themeForPalette(palette());
    if (theme.name() != m_highlighter->theme().name()) {
        m_highlighter->setTheme(theme);
        // Formats already applied keep the old theme's colours (dark text on a now dark page).
        m_highlighter->rehighlight();
    }
}

QString MarkdownEdit::themeName() const
{
    return m_highlighter->theme().name();
}

void MarkdownEdit::setSpellChecker(SpellChecker *checker)
{
    m_highlighter->setSpellChecker(checker);
}

SpellChecker *MarkdownEdit::spellChecker() const
{
    return m_highlighter->spellChecker();
}

void MarkdownEdit::setFocusMode(bool on)
{
    if (m_focusMode == on)
        return;
    m_focusMode = on;
    viewport()->update();
}

void MarkdownEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        applyTheme();
        break;
    case QEvent::FontChange:
        updateMeasure();
        break;
    default:
        break;
    }
}

void MarkdownEdit::resizeEvent(QResizeEvent *event)
{
    updateMeasure();
    QPlainTextEdit::resizeEvent(event);
}

void MarkdownEdit::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (!m_focusMode)
        return;
    // The paragraph is the run of non-blank lines around the cursor, as Markdown sees it.
    constexpr int maxReach = 500;
    QTextBlock first = textCursor().block();
    QTextBlock last = first;
    if (!first.text().trimmed().isEmpty()) {
        for (int i = 0; i < maxReach && first.previous().isValid() && !first.previous().text().trimmed().isEmpty(); ++i)
            first = first.previous();
        for (int i = 0; i < maxReach && last.next().isValid() && !last.next().text().trimmed().isEmpty(); ++i)
            last = last.next();
    }
    const QPointF offset = contentOffset();
    const qreal top = blockBoundingGeometry(first).translated(offset).top();
    const qreal bottom = blockBoundingGeometry(last).translated(offset).bottom();
    QColor veil = palette().color(QPalette::Base);
    veil.setAlphaF(0.6f);
    QPainter painter(viewport());
    const QRectF area = viewport()->rect();
    painter.fillRect(QRectF(area.left(), area.top(), area.width(), std::max<qreal>(0, top - area.top())), veil);
    painter.fillRect(QRectF(area.left(), bottom, area.width(), std::max<qreal>(0, area.bottom() - bottom)), veil);
}

QTextCursor MarkdownEdit::misspeltWordAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || !block.layout())
        return {};
    const int offset = position - block.position();
    const QString text = block.text();
    for (const auto items = SpellChecker::checkableWords(text); const SpellChecker::WordRange &w : items) {
        if (offset < w.start || offset > w.start + w.length)
            continue;
        // The highlighter's verdict is in the block's formats: the word is misspelt where it underlined.
        for (const auto items = block.layout()->formats(); const QTextLayout::FormatRange &r : items) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && r.start <= w.start
                && r.start + r.length > w.start) {
                QTextCursor cursor(block);
                cursor.setPosition(block.position() + int(w.start));
                cursor.setPosition(block.position() + int(w.start + w.length), QTextCursor::KeepAnchor);
                return cursor;
            }
        }
        return {};
    }
    return {};
}

void MarkdownEdit::replaceWord(QTextCursor word, const QString &replacement)
{
    word.beginEditBlock();
    word.insertText(replacement);
    word.endEditBlock();
}

QMenu *MarkdownEdit::createContextMenu(int position)
{
    QMenu *menu = createStandardContextMenu();
    SpellChecker *speller = spellChecker();
    const QTextCursor word = misspeltWordAt(position);
    if (!speller || word.isNull() || isReadOnly())
        return menu;
    const QString misspelt = word.selectedText();
    QAction *before = menu->actions().value(0);
    const QStringList suggestions = speller->suggestions(misspelt);
    QList<QAction *> added;
    for (const QString &s : suggestions) {
        auto *action = new QAction(s, menu);
        connect(action, &QAction::triggered, this, [this, word, s] { replaceWord(word, s); });
        added += action;
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        added += none;
    }
    auto *addToDictionary = new QAction(tr("Add “%1” to Dictionary").arg(misspelt), menu);
    addToDictionary->setObjectName(QStringLiteral("addToDictionary"));
    connect(addToDictionary, &QAction::triggered, this, [speller, misspelt] { speller->addWord(misspelt); });
    auto *ignore = new QAction(tr("Ignore “%1”").arg(misspelt), menu);
    ignore->setObjectName(QStringLiteral("ignoreWord"));
    connect(ignore, &QAction::triggered, this, [speller, misspelt] { speller->ignoreWord(misspelt); });
    added += {addToDictionary, ignore};
    menu->insertActions(before, added);
    menu->insertSeparator(before);
    return menu;
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent *event)
{
    const int position = cursorForPosition(event->pos()).position();
    QMenu *menu = createContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

bool MarkdownEdit::canInsertFromMimeData(const QMimeData *source) const
{
    // A picture is accepted here so that the paste can explain why it is refused.
    return source && (source->hasHtml() || source->hasText() || source->hasUrls() || source->hasImage());
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return;
    const PasteResult result = PasteConverter::convert(source);
    if (!result.error.isEmpty()) {
        Q_EMIT pasteRefused(result.error);
        return;
    }
    if (result.markdown.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.insertText(result.markdown);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}
