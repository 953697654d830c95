// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tablefilterproxymodel.h"

#include "models/modelroles.h"

#include <QDateTime>

namespace Printwatch::Models {

namespace {

QStringList termsOf(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsAll(const QString &haystack, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!haystack.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

TableFilterProxyModel::TableFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortRole);
    // Live polls change sorted columns; the proxy re-sorts the changed rows only.
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

TableFilterProxyModel::~TableFilterProxyModel() = default;

void TableFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = termsOf(text);
    invalidateRowsFilter();
}

void TableFilterProxyModel::setColumnFilter(int column, const QString &text)
{
    const QStringList terms = termsOf(text);
    if (terms.isEmpty()) {
        if (m_columnTerms.remove(column) == 0)
            return;
        m_columnText.remove(column);
    } else {
        if (m_columnTerms.value(column) == terms)
            return;
        m_columnTerms.insert(column, terms);
        m_columnText.insert(column, text);
    }
    invalidateRowsFilter();
}

void TableFilterProxyModel::setRowPredicate(RowPredicate predicate)
{
    m_predicate = std::move(predicate);
    invalidateRowsFilter();
}

void TableFilterProxyModel::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    invalidateRowsFilter();
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return true;
    if (m_predicate && !m_predicate(source, sourceRow))
        return false;
    for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend(); ++it) {
        if (!containsAll(source->index(sourceRow, it.key(), sourceParent).data().toString(), it.value()))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    // One haystack per row so "hp 4250" matches a vendor in one cell and a model in another.
    QString haystack;
    const auto add = [&](int column) {
        haystack += source->index(sourceRow, column, sourceParent).data().toString();
        haystack += QLatin1Char('\n');
    };
    if (m_searchColumns.isEmpty()) {
        for (int column = 0; column < source->columnCount(sourceParent); ++column)
            add(column);
    } else {
        for (const int column : m_searchColumns)
            add(column);
    }
    return containsAll(haystack, m_terms);
}

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Unknown values last in either direction: flip the answer when sorting descending.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return left.row() < right.row();
        return descending ? !a.isValid() : !b.isValid();
    }
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        return order != 0 ? order < 0 : left.row() < right.row();
    }
    const auto ordering = QVariant::compare(a, b);
    if (ordering == QPartialOrdering::Less)
        return true;
    if (ordering == QPartialOrdering::Greater)
        return false;
    return left.row() < right.row();
}

} // namespace Printwatch::Models
