// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class TagTableModel;

/// Filters a TagTableModel without going through QVariant for each row, so that 50,000 tags
/// filter within a frame. It keeps the model's order (sorting is the model's job: see
/// TagTableModel::sort()). The filter matches names containing the text in any case, and also
/// ignoring spaces, punctuation and accents ("open ai" shows "OpenAI").
class TagFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TagFilterProxy(TagTableModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TagTableModel *m_tags;
    QString m_text;
    QString m_folded;
    QString m_key;
};
