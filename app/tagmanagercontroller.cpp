// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagercontroller.h"

#include "database.h"
#include "tagmanagerdock.h"
#include "tagrepository.h"

#include <QFutureWatcher>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QUndoStack>
#include <QtConcurrentRun>

Q_LOGGING_CATEGORY(lcTagManager, "copydesk.tags")

namespace {
// One change to the vocabulary, undone by putting the tags back as the snapshot holds them. It is
// not redone: a snapshot cannot say "deleted", so the undone command leaves the stack.
class TagChange : public QUndoCommand
{
public:
    TagChange(const QString &text, std::function<void()> undo)
        : QUndoCommand(text)
        , m_undo(std::move(undo))
    { }

    void undo() override
    {
        m_undo();
        setObsolete(true);
    }
    void redo() override { } // the change was made before the command was pushed

private:
    std::function<void()> m_undo;
};
} // namespace

TagManagerController::TagManagerController(Database &db, TagManagerDock *dock, QString who, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_dock(dock)
    , m_who(std::move(who))
    , m_window(window)
    , m_undo(new QUndoStack(this))
{
    connect(dock, &TagManagerDock::createRequested, this, &TagManagerController::create);
    connect(dock, &TagManagerDock::renameRequested, this, &TagManagerController::rename);
    connect(dock, &TagManagerDock::describeRequested, this, &TagManagerController::describe);
    connect(dock, &TagManagerDock::mergeRequested, this, &TagManagerController::merge);
    connect(dock, &TagManagerDock::kindChangeRequested, this, &TagManagerController::changeKind);
    connect(dock, &TagManagerDock::deleteRequested, this, &TagManagerController::remove);
    connect(this, &TagManagerController::tagsChanged, dock, &TagManagerDock::reload);
}

void TagManagerController::record(const QString &text, const QList<qint64> &ids, Change change)
{
    Q_EMIT aboutToChangeTags();
    // A tag on thousands of stories takes a moment: the work runs on a thread of its own, with its
    // own connection, in one transaction, while the window stays responsive.
    m_dock->setEnabled(false);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, text] {
        watcher->deleteLater();
        m_dock->setEnabled(true);
        const Outcome outcome = watcher->result();
        if (outcome.error) {
            warn(tr("The tags were not changed."), outcome.error->message);
        } else {
            m_undo->push(new TagChange(text, [this, snapshot = outcome.before] { restore(snapshot); }));
        }
        Q_EMIT tagsChanged();
    });
    watcher->setFuture(QtConcurrent::run([path = m_db.path(), ids, change = std::move(change)]() -> Outcome {
        auto db = Database::open(path);
        if (!db)
            return Outcome{{}, db.error()};
        auto before = TagHistory(*db.value()).capture(ids);
        if (!before)
            return Outcome{{}, before.error()};
        if (auto changed = change(*db.value()); !changed)
            return Outcome{{}, changed.error()};
        return Outcome{before.value(), std::nullopt};
    }));
}

void TagManagerController::restore(const TagSnapshot &snapshot)
{
    Q_EMIT aboutToChangeTags();
    m_dock->setEnabled(false);
    auto *watcher = new QFutureWatcher<std::optional<StorageError>>(this);
    connect(watcher, &QFutureWatcher<std::optional<StorageError>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_dock->setEnabled(true);
        if (const auto error = watcher->result())
            warn(tr("The tags could not be put back."), error->message);
        Q_EMIT tagsChanged();
    });
    watcher->setFuture(QtConcurrent::run([path = m_db.path(), snapshot, who = m_who]() -> std::optional<StorageError> {
        auto db = Database::open(path);
        if (!db)
            return db.error();
        if (auto restored = TagHistory(*db.value()).restore(snapshot, who); !restored)
            return restored.error();
        return std::nullopt;
    }));
}

void TagManagerController::create(const QString &suggestedName)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New Tag"), tr("Name of the new tag:"), QLineEdit::Normal,
                                               suggestedName, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    TagRepository tags(m_db);
    if (auto similar = tags.findSimilar(name); similar && similar.value()) {
        // One "OpenAI", not "Open AI" beside it: point at the tag the desk already has.
        QMessageBox::information(m_window, tr("New Tag"),
                                 tr("The tag “%1” already exists; use it instead.").arg(similar.value()->name));
        m_dock->selectTag(similar.value()->id);
        return;
    }
    auto added = tags.add(Tag{0, name, {}, TagKind::Topic});
    if (!added) {
        warn(tr("The tag could not be created."), added.error().message);
        return;
    }
    Q_EMIT tagsChanged();
    m_dock->selectTag(added->id);
}

void TagManagerController::rename(qint64 id)
{
    TagRepository tags(m_db);
    auto tag = tags.load(id);
    if (!tag)
        return warn(tr("The tag could not be read."), tag.error().message);
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Tag"), tr("New name for “%1”:").arg(tag->name),
                                               QLineEdit::Normal, tag->name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == tag->name)
        return;
    record(tr("Rename “%1” to “%2”").arg(tag->name, name), {id}, [id, name, who = m_who](Database &db) -> Result<void> {
        auto renamed = TagRepository(db).rename(id, name, who);
        if (!renamed)
            return renamed.error();
        return {};
    });
}

void TagManagerController::describe(qint64 id)
{
    TagRepository tags(m_db);
    auto tag = tags.load(id);
    auto current = tags.description(id);
    if (!tag || !current)
        return warn(tr("The tag could not be read."), (tag ? current.error() : tag.error()).message);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        m_window, tr("Describe Tag"), tr("What “%1” covers, for the desk (not published):").arg(tag->name),
        current.value(), &ok);
    if (!ok || text == current.value())
        return;
    record(tr("Describe “%1”").arg(tag->name), {id},
           [id, text](Database &db) -> Result<void> { return TagRepository(db).setDescription(id, text.trimmed()); });
}

void TagManagerController::merge(const QList<qint64> &ids, qint64 into)
{
    TagRepository tags(m_db);
    auto target = tags.load(into);
    if (!target)
        return warn(tr("The tag could not be read."), target.error().message);
    int affected = 0;
    for (qint64 id : ids) {
        if (id != into)
            affected += tags.affectedArticles(id).ok() ? tags.affectedArticles(id).value() : 0;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Merge Tags"),
        tr("Merge %n tag(s) into “%1”? %2 stories will carry “%1” instead.", nullptr, int(ids.size() - 1))
            .arg(target->name, QLocale().toString(affected)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QList<qint64> from = ids;
    from.removeAll(into);
    record(tr("Merge into “%1”").arg(target->name), ids, [from, into, who = m_who](Database &db) -> Result<void> {
        auto merged = TagRepository(db).merge(from, into, who);
        if (!merged)
            return merged.error();
        return {};
    });
}

void TagManagerController::changeKind(const QList<qint64> &ids, TagKind kind)
{
    record(tr("Change the kind of %n tag(s)", nullptr, int(ids.size())), ids,
           [ids, kind](Database &db) -> Result<void> {
               TagRepository tags(db);
               for (qint64 id : ids) {
                   if (auto changed = tags.setKind(id, kind); !changed)
                       return changed.error();
               }
               return {};
           });
}

void TagManagerController::remove(const QList<qint64> &ids)
{
    TagRepository tags(m_db);
    int affected = 0;
    for (qint64 id : ids)
        affected += tags.affectedArticles(id).ok() ? tags.affectedArticles(id).value() : 0;
    const auto answer =
        QMessageBox::question(m_window, tr("Delete Tags"),
                              tr("Delete %n tag(s)? They will be taken off %1 stories.", nullptr, int(ids.size()))
                                  .arg(QLocale().toString(affected)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    record(tr("Delete %n tag(s)", nullptr, int(ids.size())), ids, [ids, who = m_who](Database &db) -> Result<void> {
        TagRepository tags(db);
        for (qint64 id : ids) {
            if (auto removed = tags.remove(id, who); !removed)
                return removed.error();
        }
        return {};
    });
}

void TagManagerController::warn(const QString &what, const QString &why)
{
    qCWarning(lcTagManager).noquote() << what << why;
    QMessageBox box(QMessageBox::Warning, tr("Copydesk"), what, QMessageBox::Ok, m_window);
    box.setInformativeText(why);
    box.exec();
}
