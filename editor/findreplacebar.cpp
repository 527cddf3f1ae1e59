// SPDX-License-Identifier: GPL-3.0-or-later
#include "findreplacebar.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

FindReplaceBar::FindReplaceBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_count(new QLabel(this))
    , m_findAction(new QAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"), this))
    , m_replaceAction(new QAction(QIcon::fromTheme(u"edit-find-replace"_s), tr("&Replace…"), this))
    , m_findNextAction(new QAction(QIcon::fromTheme(u"go-down-search"_s), tr("Find &Next"), this))
    , m_findPreviousAction(new QAction(QIcon::fromTheme(u"go-up-search"_s), tr("Find Pre&vious"), this))
    , m_recountTimer(new QTimer(this))
{
    m_find->setObjectName(u"findField"_s);
    m_find->setPlaceholderText(tr("Find in the body"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    m_replace->setObjectName(u"replaceField"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_caseSensitive->setObjectName(u"caseSensitive"_s);
    m_wholeWords->setObjectName(u"wholeWords"_s);
    m_count->setObjectName(u"matchCount"_s);

    auto *previous = new QPushButton(tr("&Previous"), this);
    previous->setObjectName(u"previousButton"_s);
    auto *next = new QPushButton(tr("&Next"), this);
    next->setObjectName(u"nextButton"_s);
    auto *replace = new QPushButton(tr("&Replace"), this);
    replace->setObjectName(u"replaceButton"_s);
    auto *replaceAll = new QPushButton(tr("Replace &All"), this);
    replaceAll->setObjectName(u"replaceAllButton"_s);
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(u"closeButton"_s);
    closeButton->setIcon(QIcon::fromTheme(u"window-close"_s));
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(previous, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_caseSensitive, 0, 3);
    grid->addWidget(m_wholeWords, 0, 4);
    grid->addWidget(m_count, 0, 5);
    grid->addWidget(closeButton, 0, 6);
    grid->addWidget(m_replace, 1, 0);
    grid->addWidget(replace, 1, 1);
    grid->addWidget(replaceAll, 1, 2);
    grid->setColumnStretch(0, 1);
    m_replaceRow = {m_replace, replace, replaceAll};

    m_findAction->setShortcuts(QKeySequence::Find);
    // KDE's standard Replace is Ctrl+R; the newsroom asked for Ctrl+H, as in word processors.
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    for (QAction *action : {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_findAction, &QAction::triggered, this, &FindReplaceBar::showFind);
    connect(m_replaceAction, &QAction::triggered, this, &FindReplaceBar::showReplace);
    connect(m_findNextAction, &QAction::triggered, this, &FindReplaceBar::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &FindReplaceBar::findPrevious);

    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceBar::searchChanged);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindReplaceBar::searchChanged);
    connect(m_wholeWords, &QCheckBox::toggled, this, &FindReplaceBar::searchChanged);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::closeBar);

    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(250);
    connect(m_recountTimer, &QTimer::timeout, this, [this] {
        recount();
        updateLabel();
    });
    setEditor(nullptr);
    hide();
}

FindReplaceBar::~FindReplaceBar() = default;

void FindReplaceBar::setEditor(QPlainTextEdit *editor)
{
    if (m_editor) {
        disconnect(m_editor, nullptr, this, nullptr);
        disconnect(m_editor->document(), nullptr, this, nullptr);
        for (QAction *action : {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction})
            m_editor->removeAction(action);
    }
    m_editor = editor;
    m_stale = true;
    for (QAction *action : {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction})
        action->setEnabled(editor);
    if (!editor)
        return;
    editor->addActions({m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction});
    connect(editor->document(), &QTextDocument::contentsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            m_recountTimer->start();
    });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isVisible() && !m_stale)
            updateLabel();
    });
}

void FindReplaceBar::showFind()
{
    open(false);
}

void FindReplaceBar::showReplace()
{
    open(true);
}

int FindReplaceBar::matchCount()
{
    if (m_stale)
        recount();
    return int(m_matches.size());
}

void FindReplaceBar::open(bool replace)
{
    if (!m_editor)
        return;
    for (QWidget *widget : std::as_const(m_replaceRow))
        widget->setVisible(replace);
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    show();
    m_find->setFocus();
    m_find->selectAll();
    recount();
    updateLabel();
}

void FindReplaceBar::closeBar()
{
    m_recountTimer->stop();
    hide();
    if (m_editor)
        m_editor->setFocus();
    Q_EMIT closed();
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            key->modifiers() & Qt::ShiftModifier ? findPrevious() : findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::searchChanged()
{
    recount();
    // Find as you type: the match at or after the selection, which keeps a selected match.
    if (m_matches.isEmpty() || !select(true, true))
        updateLabel();
}

void FindReplaceBar::recount()
{
    m_matches.clear();
    m_stale = false;
    const QString query = m_find->text();
    if (!m_editor || query.isEmpty())
        return;
    const QString text = m_editor->document()->toPlainText();
    const Qt::CaseSensitivity sensitivity = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (!m_wholeWords->isChecked()) {
        for (qsizetype at = text.indexOf(query, 0, sensitivity); at >= 0;
             at = text.indexOf(query, at + query.size(), sensitivity))
            m_matches.append({int(at), int(query.size())});
        return;
    }
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (sensitivity == Qt::CaseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression word(u"(?<!\\w)"_s + QRegularExpression::escape(query) + u"(?!\\w)"_s, options);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        m_matches.append({int(match.capturedStart()), int(match.capturedLength())});
    }
}

bool FindReplaceBar::findNext()
{
    return select(true, false);
}

bool FindReplaceBar::findPrevious()
{
    return select(false, false);
}

bool FindReplaceBar::select(bool forward, bool includeCurrent)
{
    if (!m_editor)
        return false;
    if (m_stale)
        recount();
    if (m_matches.isEmpty()) {
        updateLabel();
        return false;
    }
    QTextCursor cursor = m_editor->textCursor();
    const int from = forward && !includeCurrent ? cursor.selectionEnd() : cursor.selectionStart();
    auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from,
                               [](const std::pair<int, int> &match, int at) { return match.first < at; });
    if (forward)
        it = it == m_matches.cend() ? m_matches.cbegin() : it; // wrap to the top
    else
        it = it == m_matches.cbegin() ? m_matches.cend() - 1 : it - 1;
    cursor.setPosition(it->first);
    cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    updateLabel();
    return true;
}

bool FindReplaceBar::selectionIsMatch() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const std::pair<int, int> selection{cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()};
    return cursor.hasSelection() && std::binary_search(m_matches.cbegin(), m_matches.cend(), selection);
}

void FindReplaceBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    if (m_stale)
        recount();
    if (selectionIsMatch()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
        recount();
    }
    findNext();
}

int FindReplaceBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly())
        return 0;
    if (m_stale)
        recount();
    const QList<std::pair<int, int>> matches = m_matches;
    if (matches.isEmpty()) {
        updateLabel();
        return 0;
    }
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) { // from the end, so positions hold
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        cursor.insertText(m_replace->text());
    }
    cursor.endEditBlock();
    recount();
    m_count->setText(matches.size() == 1 ? tr("1 replaced")
                                         : tr("%1 replaced").arg(QLocale().toString(matches.size())));
    return int(matches.size());
}

void FindReplaceBar::updateLabel()
{
    if (!m_editor || m_find->text().isEmpty()) {
        m_count->clear();
        return;
    }
    if (m_stale)
        return; // the recount timer will come back
    if (m_matches.isEmpty()) {
        m_count->setText(tr("No matches"));
        return;
    }
    const QTextCursor cursor = m_editor->textCursor();
    const std::pair<int, int> selection{cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()};
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), selection);
    const QLocale locale;
    if (it != m_matches.cend() && *it == selection)
        m_count->setText(
            tr("%1 of %2").arg(locale.toString(it - m_matches.cbegin() + 1), locale.toString(m_matches.size())));
    else
        m_count->setText(m_matches.size() == 1 ? tr("1 match")
                                               : tr("%1 matches").arg(locale.toString(m_matches.size())));
}
