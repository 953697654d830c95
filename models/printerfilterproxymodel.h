// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Filters a PrinterTableModel with a PrinterFilter and sorts on PrinterTableModel::SortRole,
// so numbers and times sort by value and unknown values always come last.

#include "models/printerfilter.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
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
    // Every whitespace-separated term of `text` must occur in that column's shown text; empty removes it.
    void setColumnFilter(int column, const QString &text);
    QString columnFilter(int column) const { return m_columnText.value(column); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PrinterFilter m_filter;
    QHash<int, QString> m_columnText;
    QHash<int, QStringList> m_columnTerms;
    QPointer<PrinterTableModel> m_printers;
};

} // namespace Printwatch::Models
