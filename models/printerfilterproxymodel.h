// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Printers table's proxy: the fleet tables' TableFilterProxyModel (sort keys cached per row,
// a poll's changes gathered into one re-sort, no reset on a merge) with the Printers page's own
// search: a PrinterFilter over the name, address, vendor, model and serial, and a status filter.
// Sorting is on PrinterTableModel::SortRole (the same role as Roles::SortRole): numbers and times by
// value, text naturally ("Floor 9" before "Floor 10"), unknown values last in both directions.
//
// It used to be a QSortFilterProxyModel. That proxy re-sorts on every dataChanged it receives; a
// poll round over 10,000 printers sends hundreds of them (see docs/benchmarks-gui.md).

#include "models/printerfilter.h"
#include "models/tablefilterproxymodel.h"

#include <QPointer>

namespace Printwatch::Models {

class PrinterTableModel;

class PrinterFilterProxyModel final : public TableFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterFilterProxyModel)

public:
    explicit PrinterFilterProxyModel(QObject *parent = nullptr);
    ~PrinterFilterProxyModel() override;

    // Only a PrinterTableModel is filtered by the PrinterFilter; another source model is shown unfiltered.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const PrinterFilter &filter() const { return m_filter; }
    void setFilter(const PrinterFilter &filter);
    void setFilterText(const QString &text);
    void setStatusFilter(const QList<Core::DeviceStatus> &statuses);

private:
    void applyFilter();

    PrinterFilter m_filter;
    QPointer<PrinterTableModel> m_printers;
};

} // namespace Printwatch::Models
