// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionspage.h"

#include "database.h"
#include "sectionrepository.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace {
enum Data { IdRole = Qt::UserRole, RetiredRole, StoredNameRole, StoredRetiredRole };
} // namespace

SectionsPage::SectionsPage(Database &db, bool editable, QWidget *parent)
    : SettingsPage(parent)
    , m_db(db)
    , m_editable(editable)
    , m_list(new QListWidget(this))
    , m_newName(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_retire(new QPushButton(tr("&Retire"), this))
{
    setObjectName(QStringLiteral("sectionsPage"));
    m_list->setObjectName(QStringLiteral("sections"));
    m_list->setAccessibleName(tr("Sections"));
    m_newName->setObjectName(QStringLiteral("newSection"));
    m_newName->setPlaceholderText(tr("New section"));
    m_add->setObjectName(QStringLiteral("addSection"));
    m_up->setObjectName(QStringLiteral("moveSectionUp"));
    m_down->setObjectName(QStringLiteral("moveSectionDown"));
    m_retire->setObjectName(QStringLiteral("retireSection"));
    if (editable) {
        m_list->setDragDropMode(QAbstractItemView::InternalMove);
        m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    } else {
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_newName->setEnabled(editable);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_list, 0, 0, 5, 1);
    layout->addWidget(m_up, 0, 1);
    layout->addWidget(m_down, 1, 1);
    layout->addWidget(m_retire, 2, 1);
    layout->setRowStretch(4, 1);
    layout->addWidget(m_newName, 5, 0);
    layout->addWidget(m_add, 5, 1);

    connect(m_add, &QPushButton::clicked, this, &SectionsPage::addSection);
    connect(m_newName, &QLineEdit::returnPressed, this, &SectionsPage::addSection);
    connect(m_newName, &QLineEdit::textChanged, this, &SectionsPage::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_retire, &QPushButton::clicked, this, &SectionsPage::toggleRetired);
    connect(m_list, &QListWidget::currentRowChanged, this, &SectionsPage::updateButtons);
    load();
}

void SectionsPage::load()
{
    m_list->clear();
    auto sections = SectionRepository(m_db).list();
    if (!sections) {
        showError(tr("The sections could not be read."), sections.error().message);
        return;
    }
    for (const Section &s : std::as_const(sections.value())) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(IdRole, s.id);
        item->setData(StoredNameRole, s.name);
        item->setData(StoredRetiredRole, s.retired);
        showRetired(item, s.retired);
        if (m_editable)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

void SectionsPage::showRetired(QListWidgetItem *item, bool retired)
{
    item->setData(RetiredRole, retired);
    QFont font = item->font();
    font.setItalic(retired);
    item->setFont(font);
    item->setToolTip(retired ? tr("Retired: kept by older stories, not offered for new ones") : QString());
    //: Spoken for a retired section in the list (screen readers do not see the italics)
    item->setData(Qt::AccessibleDescriptionRole, retired ? tr("retired") : QString());
}

void SectionsPage::addSection()
{
    const QString name = m_newName->text().trimmed();
    if (!m_editable || name.isEmpty())
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text().trimmed().toCaseFolded() == name.toCaseFolded()) {
            m_list->setCurrentRow(row); // already there: show it rather than refuse later
            m_newName->clear();
            return;
        }
    }
    auto *item = new QListWidgetItem(name, m_list);
    item->setData(IdRole, qint64(0));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    showRetired(item, false);
    m_list->setCurrentItem(item);
    m_newName->clear();
}

void SectionsPage::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void SectionsPage::toggleRetired()
{
    if (QListWidgetItem *item = m_list->currentItem()) {
        showRetired(item, !item->data(RetiredRole).toBool());
        updateButtons();
    }
}

void SectionsPage::updateButtons()
{
    const int row = m_list->currentRow();
    const QListWidgetItem *item = m_list->currentItem();
    m_add->setEnabled(m_editable && !m_newName->text().trimmed().isEmpty());
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row + 1 < m_list->count());
    m_retire->setEnabled(m_editable && item);
    m_retire->setText(item && item->data(RetiredRole).toBool() ? tr("&Bring Back") : tr("&Retire"));
}

bool SectionsPage::apply()
{
    if (!m_editable)
        return true;
    SectionRepository sections(m_db);
    auto stored = m_db.inTransaction([&]() -> Result<void> {
        QList<qint64> order;
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            qint64 id = item->data(IdRole).toLongLong();
            const bool retired = item->data(RetiredRole).toBool();
            if (id == 0) {
                auto added = sections.add(Section{0, item->text(), {}, 0, false});
                if (!added)
                    return added.error();
                id = added->id;
            } else if (item->text().trimmed() != item->data(StoredNameRole).toString()) {
                if (auto renamed = sections.rename(id, item->text()); !renamed)
                    return renamed;
            }
            if (retired != item->data(StoredRetiredRole).toBool()) {
                if (auto set = sections.setRetired(id, retired); !set)
                    return set;
            }
            order.append(id);
        }
        return sections.reorder(order);
    });
    if (!stored) {
        showError(tr("The sections were not saved."), stored.error().message);
        return false;
    }
    const int row = m_list->currentRow();
    load();
    m_list->setCurrentRow(row);
    return true;
}
