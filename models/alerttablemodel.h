// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Alerts table: open alerts of every printer and those cleared recently, one row per alert
// (Storage::FleetAlertRow, keyed by its id), with raise and clear times.

#include "models/keyedtablemodel.h"
#include "models/rowdelta.h"
#include "storage/fleetqueries.h"

#include <QIcon>

#include <array>

namespace Printwatch::Models {

class AlertTableModel final : public KeyedTableModel<Storage::FleetAlertRow, qint64>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTableModel)

public:
    enum Column
    {
        SeverityColumn,
        CodeColumn,
        DescriptionColumn,
        PrinterColumn,
        AddressColumn,
        RaisedColumn,
        ClearedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        ActiveRole = Qt::UserRole + 10, // bool: not cleared
    };

    using Changes = RowChanges<Storage::FleetAlertRow, qint64>;
    using Delta = RowDelta<Storage::FleetAlertRow, qint64>;
    static Delta makeDelta();

    explicit AlertTableModel(QObject *parent = nullptr);
    ~AlertTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Open alerts by rank: [0] information, [1] warning, [2] critical.
    std::array<int, 3> openBySeverity() const;

protected:
    qint64 keyOf(const Storage::FleetAlertRow &row) const override { return row.record.id; }
    qint64 deviceOf(const Storage::FleetAlertRow &row) const override { return row.record.deviceId; }
};

// A small round severity icon, drawn so it is crisp at every device pixel ratio and needs no theme.
QIcon severityIcon(int rank);

} // namespace Printwatch::Models

Q_DECLARE_METATYPE(Printwatch::Models::AlertTableModel::Changes)
