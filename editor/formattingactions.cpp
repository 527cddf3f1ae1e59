// SPDX-License-Identifier: GPL-3.0-or-later
#include "formattingactions.h"

#include "markdownformatter.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// What the user typed as an address, as a link; empty when it is not one we accept.
QString acceptedUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(u':'))
        text = (text.contains(u'@') ? u"mailto:"_s : u"https://"_s) + text;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return {};
    if ((scheme == u"http" || scheme == u"https") && !url.host().isEmpty() && url.host().contains(u'.'))
        return url.toString();
    if (scheme == u"mailto" && url.path().contains(u'@'))
        return url.toString();
    return {};
}

std::optional<LinkChoice> askForLink(QWidget *parent, const LinkChoice &current)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(FormattingActions::tr("Link"));
    auto *text = new QLineEdit(current.text, &dialog);
    auto *address = new QLineEdit(current.url, &dialog);
    address->setPlaceholderText(u"https://"_s);
    auto *problem = new QLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(FormattingActions::tr("&Text:"), text);
    form->addRow(FormattingActions::tr("&Address:"), address);
    form->addRow(problem);
    form->addRow(buttons);
    const auto check = [&] {
        // An empty address on an existing link takes the link away.
        const bool ok =
            !acceptedUrl(address->text()).isEmpty() || (address->text().trimmed().isEmpty() && !current.url.isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
        problem->setText(ok || address->text().trimmed().isEmpty()
                             ? QString()
                             : FormattingActions::tr("Use a web address (https://…) or an email address."));
    };
    QObject::connect(address, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    (current.url.isEmpty() ? address : text)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return LinkChoice{acceptedUrl(address->text()), text->text()};
}

// Follows focus in one window and points its Undo and Redo at the focused text field.
class UndoRedoRouter : public QObject
{
public:
    UndoRedoRouter(QAction *undo, QAction *redo, QWidget *window, QUndoStack *fieldsStack, QWidget *fieldsScope)
        : QObject(window)
        , m_undo(undo)
        , m_redo(redo)
        , m_window(window)
        , m_stack(fieldsStack)
        , m_scope(fieldsScope)
    {
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
        connect(undo, &QAction::triggered, this, [this] { act(true); });
        connect(redo, &QAction::triggered, this, [this] { act(false); });
        follow(QApplication::focusWidget());
    }

private:
    void follow(QWidget *now)
    {
        // Focus leaving for a menu or another window is not a change of field.
        if (!now || now->window() != m_window)
            return;
        for (const QMetaObject::Connection &connection : std::as_const(m_connections))
            disconnect(connection);
        m_connections.clear();
        m_field = nullptr;
        m_onStack = false;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(now)) {
            m_field = plain;
            m_connections += connect(plain, &QPlainTextEdit::undoAvailable, this, &UndoRedoRouter::update);
            m_connections += connect(plain, &QPlainTextEdit::redoAvailable, this, &UndoRedoRouter::update);
        } else if (auto *line = qobject_cast<QLineEdit *>(now)) {
            m_field = line;
            m_connections += connect(line, &QLineEdit::textChanged, this, &UndoRedoRouter::update);
        } else if (m_stack && m_scope && m_scope->isAncestorOf(now)) {
            // A field without a history of its own (a combo box, a date, the hero image).
            m_onStack = true;
            m_connections += connect(m_stack, &QUndoStack::canUndoChanged, this, &UndoRedoRouter::update);
            m_connections += connect(m_stack, &QUndoStack::canRedoChanged, this, &UndoRedoRouter::update);
        }
        update();
    }

    void update()
    {
        bool undo = false;
        bool redo = false;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field.data()); plain && !plain->isReadOnly()) {
            undo = plain->document()->isUndoAvailable();
            redo = plain->document()->isRedoAvailable();
        } else if (auto *line = qobject_cast<QLineEdit *>(m_field.data()); line && !line->isReadOnly()) {
            undo = line->isUndoAvailable();
            redo = line->isRedoAvailable();
        } else if (m_onStack && m_stack) {
            undo = m_stack->canUndo();
            redo = m_stack->canRedo();
        }
        m_undo->setEnabled(undo);
        m_redo->setEnabled(redo);
    }

    void act(bool undo)
    {
        if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field.data()))
            undo ? plain->undo() : plain->redo();
        else if (auto *line = qobject_cast<QLineEdit *>(m_field.data()))
            undo ? line->undo() : line->redo();
        else if (m_onStack && m_stack)
            undo ? m_stack->undo() : m_stack->redo();
        update();
    }

    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
    QWidget *m_window;
    QPointer<QWidget> m_field;
    QPointer<QUndoStack> m_stack;
    QPointer<QWidget> m_scope;
    bool m_onStack = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace

FormattingActions::FormattingActions(QObject *parent)
    : QObject(parent)
{
    linkPrompt = [this](const LinkChoice &current) {
        return askForLink(m_editor ? m_editor->window() : nullptr, current);
    };

    addAction(u"formatBold"_s, u"format-text-bold"_s, tr("&Bold"), tr("Bold"), QKeySequence::Bold,
              [this] { edit(&MarkdownFormatter::toggleBold); });
    addAction(u"formatItalic"_s, u"format-text-italic"_s, tr("&Italic"), tr("Italic"), QKeySequence::Italic,
              [this] { edit(&MarkdownFormatter::toggleItalic); });
    addAction(u"formatLink"_s, u"insert-link"_s, tr("&Link…"), tr("Link to a web page"),
              QKeySequence(Qt::CTRL | Qt::Key_K), [this] { editLink(); });
    addAction(u"formatHeading2"_s, u"format-text-heading"_s, tr("&Subhead"), tr("Subhead"),
              QKeySequence(Qt::CTRL | Qt::Key_2),
              [this] { edit([](QTextCursor &c) { MarkdownFormatter::toggleHeading(c, 2); }); });
    addAction(u"formatHeading3"_s, u"format-text-heading"_s, tr("&Minor subhead"), tr("Minor subhead"),
              QKeySequence(Qt::CTRL | Qt::Key_3),
              [this] { edit([](QTextCursor &c) { MarkdownFormatter::toggleHeading(c, 3); }); });
    addAction(u"formatQuote"_s, u"format-text-blockquote"_s, tr("&Quote"), tr("Block quote or pull quote"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9), [this] { edit(&MarkdownFormatter::toggleQuote); });
    addAction(u"formatBulletList"_s, u"format-list-unordered"_s, tr("B&ulleted list"), tr("Bulleted list"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), [this] { edit(&MarkdownFormatter::toggleBulletList); });
    addAction(u"formatNumberedList"_s, u"format-list-ordered"_s, tr("&Numbered list"), tr("Numbered list"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), [this] { edit(&MarkdownFormatter::toggleNumberedList); });
    addAction(u"formatImage"_s, u"insert-image"_s, tr("I&mage…"), tr("Insert an image"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { Q_EMIT imageRequested(); });
    addAction(u"formatHorizontalRule"_s, u"insert-horizontal-rule"_s, tr("&Horizontal rule"), tr("Horizontal rule"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
              [this] { edit(&MarkdownFormatter::insertHorizontalRule); });
    updateEnabled();
}

QAction *FormattingActions::addAction(const QString &name, const QString &icon, const QString &text, const QString &tip,
                                      const QKeySequence &shortcut, std::function<void()> run)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, std::move(run));
    m_actions += action;
    return action;
}

void FormattingActions::setEditor(QPlainTextEdit *editor)
{
    if (m_editor) {
        m_editor->removeEventFilter(this);
        disconnect(m_editor, nullptr, this, nullptr);
        for (QAction *action : std::as_const(m_actions))
            m_editor->removeAction(action);
    }
    m_editor = editor;
    if (m_editor) {
        m_editor->installEventFilter(this);
        m_editor->addActions(m_actions);
        // ~QWidget says "destroyed" while the QPointer still points at what is no longer a
        // QPlainTextEdit, so the editor is not asked anything here (UBSan: invalid downcast).
        connect(m_editor, &QObject::destroyed, this, [this] { setActionsEnabled(false); });
    }
    updateEnabled();
}

QPlainTextEdit *FormattingActions::editor() const
{
    return m_editor;
}

void FormattingActions::insertImage(const QString &altText, const QString &url)
{
    edit([&](QTextCursor &cursor) { MarkdownFormatter::insertImage(cursor, altText, url); });
}

bool FormattingActions::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: the editor's own destructor sends events here, when comparing with the
    // QPointer would cast what is no longer a QPlainTextEdit (UBSan).
    if (event->type() == QEvent::ReadOnlyChange && watched == m_editor)
        updateEnabled();
    return QObject::eventFilter(watched, event);
}

void FormattingActions::edit(const std::function<void(QTextCursor &)> &change)
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    QTextCursor cursor = m_editor->textCursor();
    change(cursor);
    m_editor->setTextCursor(cursor);
}

void FormattingActions::editLink()
{
    if (!m_editor || m_editor->isReadOnly() || !linkPrompt)
        return;
    const MarkdownLink found = MarkdownFormatter::linkAt(m_editor->textCursor());
    const std::optional<LinkChoice> choice = linkPrompt({found.url, found.text});
    if (!choice || !m_editor)
        return;
    edit([&](QTextCursor &cursor) { MarkdownFormatter::setLink(cursor, choice->url, choice->text); });
}

void FormattingActions::updateEnabled()
{
    setActionsEnabled(m_editor && !m_editor->isReadOnly());
}

void FormattingActions::setActionsEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

void FormattingActions::wireUndoRedo(QAction *undo, QAction *redo, QWidget *window, QUndoStack *fieldsStack,
                                     QWidget *fieldsScope)
{
    new UndoRedoRouter(undo, redo, window, fieldsStack, fieldsScope);
}
