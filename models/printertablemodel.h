// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Printers table: one row per device, fed with Core::PrinterSummary values by the app.
// Refreshes merge by deviceId (dataChanged for changed cells, inserts for new devices), so a poll
// round never resets the model and selections survive.

#include "core/printer.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace Printwatch::Models {

class PrinterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterTableModel)

public:
    enum Column
    {
        NameColumn,
        AddressColumn,
        VendorColumn,
        ModelColumn,
        SerialColumn,
        StatusColumn,
        TotalPagesColumn,
        LowestSupplyColumn,
        LastSeenColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: number, QDateTime, severity; invalid QVariant when unknown
        StatusRole,                  // Core::DeviceStatus
        DeviceIdRole,                // qint64
    };
    Q_ENUM(Role)

    explicit PrinterTableModel(QObject *parent = nullptr);
    ~PrinterTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The full list: devices not in `summaries` are removed. Resets only when the model was empty.
    void setSummaries(const QList<Core::PrinterSummary> &summaries);
    // Upsert: changed cells emit dataChanged, new devices are appended. Devices not listed stay. O(n).
    void mergeSummaries(const QList<Core::PrinterSummary> &summaries);
    void removeDevices(const QList<qint64> &deviceIds);
    void clear();
    // The naive refresh, kept for the GUI benchmark's comparison: everything thrown away and rebuilt.
    void resetSummaries(const QList<Core::PrinterSummary> &summaries);

    // -1 when the device is not in the model.
    int rowForDevice(qint64 deviceId) const;
    QModelIndex indexForDevice(qint64 deviceId, int column = NameColumn) const;
    // Precondition: 0 <= row < rowCount().
    const Core::PrinterSummary &summaryAt(int row) const;

    // "Last seen" is shown relative to this clock; tests pin it. Defaults to QDateTime::currentDateTime.
    void setClock(std::function<QDateTime()> clock);
    // Relative times age: the app calls this on a slow timer to refresh the "Last seen" column.
    void refreshRelativeTimes();

private:
    QVariant displayData(const Core::PrinterSummary &summary, int column) const;
    QVariant sortData(const Core::PrinterSummary &summary, int column) const;
    QVariant toolTipData(const Core::PrinterSummary &summary, int column) const;
    QString lastSeenText(const QDateTime &lastSeen) const;
    void removeRows(QList<int> rows);

    QList<Core::PrinterSummary> m_rows;
    QHash<qint64, int> m_rowByDevice;
    std::function<QDateTime()> m_clock;
};

} // namespace Printwatch::Models
