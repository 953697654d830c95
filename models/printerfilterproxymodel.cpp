// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/printerfilterproxymodel.h"

#include "models/printertablemodel.h"

namespace Printwatch::Models {

PrinterFilterProxyModel::PrinterFilterProxyModel(QObject *parent) : TableFilterProxyModel(parent) {}

PrinterFilterProxyModel::~PrinterFilterProxyModel() = default;

void PrinterFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_printers = qobject_cast<PrinterTableModel *>(sourceModel);
    TableFilterProxyModel::setSourceModel(sourceModel);
    applyFilter();
}

void PrinterFilterProxyModel::setFilter(const PrinterFilter &filter)
{
    const bool same = filter == m_filter;
    m_filter = filter; // keeps the text as typed
    if (!same)
        applyFilter();
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

void PrinterFilterProxyModel::applyFilter()
{
    if (!m_printers || m_filter.isEmpty()) {
        setRowPredicate({});
        return;
    }
    // The summary, not the shown cells: the serial and the raw status are matched even when their
    // columns are hidden or formatted.
    // A poll that only moves Last seen or the page count does not ask the filter again.
    setRowPredicate(
        [this](const QAbstractItemModel *, int sourceRow) {
            return !m_printers || sourceRow >= m_printers->rowCount() ||
                   m_filter.accepts(m_printers->summaryAt(sourceRow));
        },
        {PrinterTableModel::NameColumn, PrinterTableModel::AddressColumn, PrinterTableModel::VendorColumn,
         PrinterTableModel::ModelColumn, PrinterTableModel::SerialColumn, PrinterTableModel::StatusColumn});
}

} // namespace Printwatch::Models
