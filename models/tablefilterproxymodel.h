// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The proxy of every fleet table: free-text search over the displayed cells, filters per column,
// an optional row predicate (e.g. a severity), and sorting on Roles::SortRole so numbers and times
// sort by value and unknown values always come last, whichever the direction.

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>

namespace Printwatch::Models {

class TableFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableFilterProxyModel)

public:
    using RowPredicate = std::function<bool(const QAbstractItemModel *source, int sourceRow)>;

    explicit TableFilterProxyModel(QObject *parent = nullptr);
    ~TableFilterProxyModel() override;

    // Whitespace separates terms; every term must occur (case-insensitively) in some cell of the row.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Every term of `text` must occur in that column's cell. Empty text removes the column's filter.
    void setColumnFilter(int column, const QString &text);
    QString columnFilter(int column) const { return m_columnText.value(column); }
    QList<int> filteredColumns() const { return m_columnTerms.keys(); }

    void setRowPredicate(RowPredicate predicate);

    // Columns the free-text search looks at; empty (the default) means all.
    void setSearchColumns(const QList<int> &columns);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_terms;
    QHash<int, QString> m_columnText;
    QHash<int, QStringList> m_columnTerms;
    QList<int> m_searchColumns;
    RowPredicate m_predicate;
};

} // namespace Printwatch::Models
