// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Filters a PrinterTableModel with a PrinterFilter and sorts on PrinterTableModel::SortRole,
// so numbers and times sort by value and unknown values always come last.

#include "models/printerfilter.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace Printwatch::Models {

class PrinterTableModel;

class PrinterFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterFilterProxyModel)

public:
    explicit PrinterFilterProxyModel(QObject *parent = nullptr);
    ~PrinterFilterProxyModel() override;

    // Only a PrinterTableModel is filtered; another source model is shown unfiltered.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const PrinterFilter &filter() const { return m_filter; }
    void setFilter(const PrinterFilter &filter);
    void setFilterText(const QString &text);
    void setStatusFilter(const QList<Core::DeviceStatus> &statuses);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PrinterFilter m_filter;
    QPointer<PrinterTableModel> m_printers;
};

} // namespace Printwatch::Models
