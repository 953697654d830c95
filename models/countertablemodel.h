// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Counters table: one row per printer, one column per meter kind any printer reported
// (total, mono, colour, copy...), the billing meter marked. Meter columns appear as printers report
// new kinds; known kinds keep a fixed order so a layout saved today fits tomorrow.

#include "models/keyedtablemodel.h"
#include "models/rowdelta.h"
#include "storage/fleetqueries.h"

#include <QStringList>

namespace Printwatch::Models {

class CounterTableModel final : public KeyedTableModel<Storage::FleetCounterRow, qint64>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterTableModel)

public:
    enum FixedColumn
    {
        PrinterColumn,
        AddressColumn,
        FirstMeterColumn
    };

    enum Role
    {
        MeterNameRole = Qt::UserRole + 10, // header and cells: the meter key of a meter column
        BillingRole,                       // cells: bool, this cell is the printer's billing meter
    };

    using Changes = RowChanges<Storage::FleetCounterRow, qint64>;
    using Delta = RowDelta<Storage::FleetCounterRow, qint64>;
    static Delta makeDelta();

    explicit CounterTableModel(QObject *parent = nullptr);
    ~CounterTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // These add meter columns for kinds not seen before, then merge as KeyedTableModel does.
    void setRows(const QList<Storage::FleetCounterRow> &rows);
    void replaceDevices(const QList<qint64> &deviceIds, const QList<Storage::FleetCounterRow> &rows);
    void applyChanges(const QList<Storage::FleetCounterRow> &changed, const QList<qint64> &removed);

    QStringList meters() const { return m_meters; }
    int columnForMeter(const QString &meter) const;
    int readAtColumn() const { return FirstMeterColumn + static_cast<int>(m_meters.size()); }

    // The meter a billing report uses when the printer's profile names none: the lifetime total.
    static QString billingMeter(const Storage::FleetCounterRow &row);
    static QString meterTitle(const QString &meter);
    // The order meters are shown in (the columns' order): total, mono, colour, print and its
    // qualified meters ("print_mono"), copy, ...; names nobody defined last, alphabetically.
    static bool meterLessThan(const QString &a, const QString &b);

protected:
    qint64 keyOf(const Storage::FleetCounterRow &row) const override { return row.printer.deviceId; }
    qint64 deviceOf(const Storage::FleetCounterRow &row) const override { return row.printer.deviceId; }

private:
    void ensureMeters(const QList<Storage::FleetCounterRow> &rows);

    QStringList m_meters;
};

} // namespace Printwatch::Models

Q_DECLARE_METATYPE(Printwatch::Models::CounterTableModel::Changes)
