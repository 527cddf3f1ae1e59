// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorspage.h"

#include "authorrepository.h"
#include "database.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Data { IdRole = Qt::UserRole, StoredRole };
enum Column { NameColumn, BioColumn };
} // namespace

AuthorsPage::AuthorsPage(Database &db, bool editable, QWidget *parent)
    : SettingsPage(parent)
    , m_db(db)
    , m_editable(editable)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add Author"), this))
{
    setObjectName(QStringLiteral("authorsPage"));
    m_table->setObjectName(QStringLiteral("authors"));
    m_table->setAccessibleName(tr("Authors"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("One-line bio")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_add->setObjectName(QStringLiteral("addAuthor"));
    m_add->setEnabled(editable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    connect(m_add, &QPushButton::clicked, this, &AuthorsPage::addAuthor);
    load();
}

void AuthorsPage::load()
{
    auto authors = AuthorRepository(m_db).list();
    if (!authors) {
        showError(tr("The authors could not be read."), authors.error().message);
        return;
    }
    m_table->setRowCount(int(authors->size()));
    for (int row = 0; row < authors->size(); ++row) {
        const Author &a = authors->at(row);
        auto *name = new QTableWidgetItem(a.displayName);
        name->setData(IdRole, a.id);
        name->setData(StoredRole, a.displayName);
        auto *bio = new QTableWidgetItem(a.bio);
        bio->setData(StoredRole, a.bio);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, BioColumn, bio);
    }
}

void AuthorsPage::addAuthor()
{
    if (!m_editable)
        return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem;
    name->setData(IdRole, qint64(0));
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, BioColumn, new QTableWidgetItem);
    m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus();
    m_table->editItem(name);
}

bool AuthorsPage::apply()
{
    if (!m_editable)
        return true;
    AuthorRepository authors(m_db);
    auto stored = m_db.inTransaction([&]() -> Result<void> {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *name = m_table->item(row, NameColumn);
            const QTableWidgetItem *bio = m_table->item(row, BioColumn);
            const qint64 id = name->data(IdRole).toLongLong();
            // The bio is one line on the page: a pasted line break would break the byline.
            const QString oneLineBio = bio->text().simplified();
            if (id == 0) {
                if (name->text().trimmed().isEmpty() && oneLineBio.isEmpty())
                    continue; // an added row left empty
                if (auto added = authors.add(Author{0, name->text(), oneLineBio}); !added)
                    return added.error();
            } else if (name->text() != name->data(StoredRole).toString()
                       || oneLineBio != bio->data(StoredRole).toString()) {
                if (auto updated = authors.update(Author{id, name->text(), oneLineBio}); !updated)
                    return updated;
            }
        }
        return {};
    });
    if (!stored) {
        showError(tr("The authors were not saved."), stored.error().message);
        return false;
    }
    load();
    return true;
}
