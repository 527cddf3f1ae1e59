// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagcompletion.h"
#include "types.h"

#include <QFrame>
#include <QHash>

class ChipInput;
class FlowLayout;
class QCompleter;
class QStringListModel;

/// Chooses several items from a known list, shown as removable chips in a wrapping row, with a
/// text input that completes names (prefix before substring, any case, most used first). Enter or a comma takes the
/// name; Backspace in an empty input removes the last chip; Ctrl+Z and Ctrl+Shift+Z in the input,
/// once its typing is undone, undo and redo chip changes. The order of the chips is kept.
/// Used for the byline (authors) and, through TagChipField, for tags.
class ChipField : public QFrame
{
    Q_OBJECT

public:
    struct Item {
        qint64 id = 0;
        QString name;
        QString detail; ///< shown as the chip's tooltip (an author's bio, a tag's kind)
    };

    explicit ChipField(QWidget *parent = nullptr);

    /// The items that can be chosen; chosen ids no longer in the list are kept, shown by id.
    void setAvailableItems(const QList<Item> &items);
    /// How often each item is used (stories with a tag), to put the most used completions
    /// first; items not in `uses` count as unused, and equal counts fall back to the name.
    void setUses(const QHash<qint64, int> &uses);
    /// Adds one item to the choices and chooses it (after the app created it on request).
    void addItem(const Item &item);
    /// Replaces the chosen ids; not a user edit, so changed() is not emitted.
    void setIds(const QList<qint64> &ids);
    QList<qint64> ids() const { return m_ids; }
    /// The chosen items in order, as far as they are known.
    QList<Item> chosenItems() const;

    /// When true (the default is false), a name that matches nothing emits createRequested();
    /// otherwise it is refused and left in the input.
    void setCreationAllowed(bool allowed) { m_creationAllowed = allowed; }
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    /// Names the field for assistive technology (the input carries the name).
    void setFieldName(const QString &name);

    /// The text input, for focus chains and tests.
    QWidget *input() const;

Q_SIGNALS:
    /// The user added, removed or reordered a chip (never emitted for setIds()).
    void changed();
    /// The user asked for a name that matches no item; nothing was added.
    void createRequested(const QString &name);

private:
    void takeName(const QString &typed);
    void choose(qint64 id);
    void removeChip(qint64 id);
    void remember();
    void stepHistory(bool redo);
    void rebuildChips();
    void rebuildCompletions();
    void updateCompletions(const QString &typed);
    const Item *find(qint64 id) const;

    FlowLayout *m_flow;
    ChipInput *m_input;
    QCompleter *m_completer;
    QStringListModel *m_names; ///< the completions for the typed text, in TagCompletion's order
    TagCompletion m_completion;
    QHash<qint64, int> m_uses;
    QList<Item> m_items;
    QList<qint64> m_ids;
    QList<QList<qint64>> m_undo; ///< earlier choices, for Ctrl+Z in the input
    QList<QList<qint64>> m_redo;
    QList<QWidget *> m_chips;
    QString m_fieldName;
    bool m_creationAllowed = false;
    bool m_readOnly = false;
};

/// The article's tags as chips completed from the tag store. It never creates a tag: an unknown
/// name is handed to the app (createRequested), which asks, creates it and calls addTag().
class TagChipField : public ChipField
{
    Q_OBJECT

public:
    explicit TagChipField(QWidget *parent = nullptr);

    void setAvailableTags(const QList<Tag> &tags);
    /// Stories per tag id (TagRepository's usage), so that completion offers the most used first.
    void setTagUses(const QHash<qint64, int> &uses) { setUses(uses); }
    /// Adds a tag the app just created and chooses it.
    void addTag(const Tag &tag);
    void setTagIds(const QList<qint64> &ids) { setIds(ids); }
    QList<qint64> tagIds() const { return ids(); }

    static Item itemFor(const Tag &tag);
};
