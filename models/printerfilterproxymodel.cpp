// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/printerfilterproxymodel.h"

#include "models/printertablemodel.h"

#include <QCollator>

namespace Printwatch::Models {

PrinterFilterProxyModel::PrinterFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PrinterTableModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

PrinterFilterProxyModel::~PrinterFilterProxyModel() = default;

void PrinterFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_printers = qobject_cast<PrinterTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void PrinterFilterProxyModel::setFilter(const PrinterFilter &filter)
{
    if (filter == m_filter) {
        m_filter = filter; // keeps the text as typed
        return;
    }
    m_filter = filter;
    invalidateFilter();
}

void PrinterFilterProxyModel::setFilterText(const QString &text)
{
    PrinterFilter filter = m_filter;
    filter.setText(text);
    setFilter(filter);
}

void PrinterFilterProxyModel::setStatusFilter(const QList<Core::DeviceStatus> &statuses)
{
    PrinterFilter filter = m_filter;
    filter.setStatuses(statuses);
    setFilter(filter);
}

void PrinterFilterProxyModel::setColumnFilter(int column, const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_columnTerms.value(column)) {
        if (!terms.isEmpty())
            m_columnText.insert(column, text);
        return;
    }
    if (terms.isEmpty()) {
        m_columnTerms.remove(column);
        m_columnText.remove(column);
    } else {
        m_columnTerms.insert(column, terms);
        m_columnText.insert(column, text);
    }
    invalidateFilter();
}

bool PrinterFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    for (auto it = m_columnTerms.cbegin(); it != m_columnTerms.cend(); ++it) {
        const QString cell = sourceModel()->index(sourceRow, it.key()).data().toString();
        for (const QString &term : it.value()) {
            if (!cell.contains(term, Qt::CaseInsensitive))
                return false;
        }
    }
    if (!m_printers || m_filter.isEmpty())
        return true;
    return m_filter.accepts(m_printers->summaryAt(sourceRow));
}

bool PrinterFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Unknown values stay at the bottom in both directions: a descending sort compares (right, left).
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!l.isValid() || !r.isValid()) {
        if (l.isValid() == r.isValid())
            return false;
        return l.isValid() ? !descending : descending;
    }
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        // Numeric collation: "Floor 2" before "Floor 10".
        static thread_local QCollator collator = [] {
            QCollator c;
            c.setNumericMode(true);
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c;
        }();
        return collator.compare(l.toString(), r.toString()) < 0;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace Printwatch::Models
