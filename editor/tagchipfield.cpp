// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagchipfield.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

/// Lays widgets out left to right and wraps them like words, so chips take as many lines as they need.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void insertWidget(qsizetype index, QWidget *widget)
    {
        addChildWidget(widget);
        m_items.insert(index, new QWidgetItem(widget));
        invalidate();
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    int gap() const { return spacing() >= 0 ? spacing() : 4; }

    // The last item (the text input) stretches to fill the rest of its line.
    int arrange(const QRect &rect, bool apply) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            QLayoutItem *item = m_items[i];
            if (item->isEmpty())
                continue;
            QSize hint = item->sizeHint();
            if (x + hint.width() > area.right() + 1 && x > area.x()) {
                x = area.x();
                y += lineHeight + gap();
                lineHeight = 0;
            }
            if (i == m_items.size() - 1)
                hint.setWidth(std::max(hint.width(), area.right() + 1 - x));
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap();
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
};

/// The text input of a chip field: Enter and comma take a name, Backspace at the start removes
/// the last chip. It handles these keys before QCompleter does, so a half-typed name never
/// reaches the field ahead of the completion the user had highlighted.
class ChipInput : public QLineEdit
{
    Q_OBJECT

public:
    using QLineEdit::QLineEdit;

Q_SIGNALS:
    void nameEntered(const QString &name);
    void backspaceAtStart();
    /// Ctrl+Z / Ctrl+Shift+Z with no typing left to undo: the chips' own history.
    void historyRequested(bool redo);

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const int key = event->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Comma) {
            QString name = text();
            if (QCompleter *c = completer(); c && c->popup()->isVisible()) {
                if (const QModelIndex current = c->popup()->currentIndex(); current.isValid())
                    name = current.data(Qt::DisplayRole).toString();
                c->popup()->hide();
            }
            event->accept();
            if (!isReadOnly())
                Q_EMIT nameEntered(name.trimmed());
            return;
        }
        const bool undo = event->matches(QKeySequence::Undo);
        if ((undo && !isUndoAvailable()) || (event->matches(QKeySequence::Redo) && !isRedoAvailable())) {
            event->accept();
            if (!isReadOnly())
                Q_EMIT historyRequested(!undo);
            return;
        }
        if (key == Qt::Key_Backspace && cursorPosition() == 0 && !hasSelectedText() && !isReadOnly()) {
            event->accept();
            Q_EMIT backspaceAtStart();
            return;
        }
        const QString before = text();
        QLineEdit::keyPressEvent(event);
        // Typing shows the completions without choosing one: Enter takes what was typed until
        // the user picks a row, so a new name is never silently swapped for a near one.
        if (QCompleter *c = completer(); c && text() != before && c->popup()->isVisible())
            c->popup()->setCurrentIndex(QModelIndex());
    }
};

ChipField::ChipField(QWidget *parent)
    : QFrame(parent)
    , m_flow(new FlowLayout(this))
    , m_input(new ChipInput(this))
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    // Framed like a line edit, since it is one to the user.
    setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_flow->setContentsMargins(2, 2, 2, 2);
    m_input->setObjectName(QStringLiteral("chipInput"));
    m_input->setFrame(false);
    m_input->setMinimumWidth(120);
    m_flow->setSpacing(4);
    m_flow->insertWidget(0, m_input);
    setFocusProxy(m_input);

    m_completer->setModel(m_names);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    // The model holds exactly the completions, already ordered; the completer only shows them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_input->setCompleter(m_completer);
    // Connected before QLineEdit's own handler runs the completer, so it sees the new list.
    connect(m_input, &QLineEdit::textEdited, this, &ChipField::updateCompletions);

    connect(m_input, &ChipInput::nameEntered, this, &ChipField::takeName);
    connect(m_input, &ChipInput::historyRequested, this, &ChipField::stepHistory);
    connect(m_input, &ChipInput::backspaceAtStart, this, [this] {
        if (!m_ids.isEmpty())
            removeChip(m_ids.constLast());
    });
    // Picking a name with the mouse in the popup.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
        // Deferred: QCompleter writes the name into the input after emitting activated().
        QMetaObject::invokeMethod(this, [this, name] { takeName(name); }, Qt::QueuedConnection);
    });
}

QWidget *ChipField::input() const
{
    return m_input;
}

void ChipField::setAvailableItems(const QList<Item> &items)
{
    m_items = items;
    rebuildCompletions();
    rebuildChips();
}

void ChipField::setUses(const QHash<qint64, int> &uses)
{
    m_uses = uses;
    rebuildCompletions();
}

void ChipField::addItem(const Item &item)
{
    m_items.removeIf([&](const Item &known) { return known.id == item.id; });
    m_items.append(item);
    rebuildCompletions();
    choose(item.id);
}

void ChipField::setIds(const QList<qint64> &ids)
{
    m_ids = ids;
    m_undo.clear();
    m_redo.clear();
    m_input->setText(QString());
    rebuildChips();
}

QList<ChipField::Item> ChipField::chosenItems() const
{
    QList<Item> chosen;
    for (qint64 id : m_ids) {
        if (const Item *item = find(id))
            chosen.append(*item);
    }
    return chosen;
}

void ChipField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_input->setReadOnly(readOnly);
    rebuildChips();
}

void ChipField::setPlaceholderText(const QString &text)
{
    m_input->setPlaceholderText(text);
}

void ChipField::setFieldName(const QString &name)
{
    m_fieldName = name;
    setAccessibleName(name);
    m_input->setAccessibleName(name);
    rebuildChips();
}

void ChipField::takeName(const QString &typed)
{
    if (typed.isEmpty() || m_readOnly)
        return;
    const Item *match = nullptr;
    for (const Item &item : std::as_const(m_items)) {
        if (item.name.compare(typed, Qt::CaseInsensitive) == 0) {
            match = &item;
            break;
        }
    }
    if (!match) {
        // One name that contains what was typed is the one the user means ("openai" → "OpenAI").
        const Item *only = nullptr;
        int found = 0;
        for (const Item &item : std::as_const(m_items)) {
            if (item.name.contains(typed, Qt::CaseInsensitive)) {
                only = &item;
                ++found;
            }
        }
        if (found == 1)
            match = only;
    }
    // setText, not clear(): the taken name should not come back with Ctrl+Z, the chip goes instead.
    if (match) {
        m_input->setText(QString());
        choose(match->id);
        return;
    }
    if (m_creationAllowed) {
        m_input->setText(QString());
        Q_EMIT createRequested(typed);
    }
}

void ChipField::choose(qint64 id)
{
    if (m_ids.contains(id))
        return;
    remember();
    m_ids.append(id);
    rebuildChips();
    Q_EMIT changed();
}

void ChipField::removeChip(qint64 id)
{
    if (m_readOnly || !m_ids.contains(id))
        return;
    remember();
    m_ids.removeOne(id);
    rebuildChips();
    m_input->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void ChipField::remember()
{
    m_undo.append(m_ids);
    m_redo.clear();
}

void ChipField::stepHistory(bool redo)
{
    QList<QList<qint64>> &from = redo ? m_redo : m_undo;
    QList<QList<qint64>> &to = redo ? m_undo : m_redo;
    if (from.isEmpty())
        return;
    to.append(m_ids);
    m_ids = from.takeLast();
    rebuildChips();
    Q_EMIT changed();
}

const ChipField::Item *ChipField::find(qint64 id) const
{
    for (const Item &item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

void ChipField::rebuildCompletions()
{
    QList<TagCompletion::Entry> entries;
    entries.reserve(m_items.size());
    for (const Item &item : std::as_const(m_items))
        entries.append({item.id, item.name, m_uses.value(item.id)});
    m_completion.setTags(entries);
    updateCompletions(m_input->text());
}

void ChipField::updateCompletions(const QString &typed)
{
    constexpr qsizetype shown = 20;
    QStringList names;
    // Chosen items are left out, so ask for enough to still fill the list.
    for (const auto items = m_completion.complete(typed.trimmed(), shown + m_ids.size()); qint64 id : items) {
        if (names.size() == shown)
            break;
        if (const Item *item = find(id); item && !m_ids.contains(id))
            names.append(item->name);
    }
    m_names->setStringList(names);
}

void ChipField::rebuildChips()
{
    // Later, not now: this can run inside a click on one of these chips' own buttons.
    for (QWidget *chip : std::as_const(m_chips)) {
        chip->hide();
        m_flow->removeWidget(chip);
        chip->deleteLater();
    }
    m_chips.clear();
    qsizetype position = 0;
    for (qint64 id : std::as_const(m_ids)) {
        const Item *item = find(id);
        const QString name = item ? item->name : tr("#%1").arg(id);

        auto *chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("chip"));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setBackgroundRole(QPalette::AlternateBase);
        chip->setAutoFillBackground(true);
        chip->setToolTip(item ? item->detail : QString());
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(6, 0, 0, 0);
        row->setSpacing(2);
        auto *label = new QLabel(name, chip);
        label->setTextFormat(Qt::PlainText);
        row->addWidget(label);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeChip"));
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Remove %1").arg(name));
        remove->setToolTip(tr("Remove %1").arg(name));
        // The keyboard way is Backspace in the input; Tab should not stop on every chip.
        remove->setFocusPolicy(Qt::NoFocus);
        remove->setProperty("keyboardPath", QStringLiteral("Backspace in the field"));
        remove->setVisible(!m_readOnly);
        connect(remove, &QToolButton::clicked, this, [this, id] { removeChip(id); });
        row->addWidget(remove);

        m_flow->insertWidget(position++, chip);
        m_chips.append(chip);
    }
    const QStringList names = [this] {
        QStringList n;
        for (const auto items = chosenItems(); const Item &item : items)
            n.append(item.name);
        return n;
    }();
    m_input->setAccessibleDescription(names.isEmpty() ? tr("None chosen") : names.join(QStringLiteral(", ")));
    updateGeometry();
}

namespace {
struct KindTr {
    Q_DECLARE_TR_FUNCTIONS(TagChipField)
};

QString kindName(TagKind kind)
{
    switch (kind) {
    case TagKind::Topic:
        return KindTr::tr("Topic");
    case TagKind::Organisation:
        return KindTr::tr("Organisation");
    case TagKind::Person:
        return KindTr::tr("Person");
    case TagKind::Place:
        return KindTr::tr("Place");
    }
    return {};
}
} // namespace

TagChipField::TagChipField(QWidget *parent)
    : ChipField(parent)
{
    setCreationAllowed(true);
}

ChipField::Item TagChipField::itemFor(const Tag &tag)
{
    return {tag.id, tag.name, kindName(tag.kind)};
}

void TagChipField::setAvailableTags(const QList<Tag> &tags)
{
    QList<Item> items;
    items.reserve(tags.size());
    for (const Tag &tag : tags)
        items.append(itemFor(tag));
    setAvailableItems(items);
}

void TagChipField::addTag(const Tag &tag)
{
    addItem(itemFor(tag));
}

#include "tagchipfield.moc"
