// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Supplies table: one row per supply of every printer, fed with Storage::FleetSupplyRow values.
// The level is explicit about what the printer did not say: unknown, "some remaining" and
// unrestricted are states of their own, never a 0 % or 50 % bar.

#include "models/cellsource.h"
#include "models/keyedtablemodel.h"
#include "models/rowdelta.h"
#include "storage/fleetqueries.h"

#include <QPair>

namespace Printwatch::Models {

// Supply condition, ordered by urgency (the SeverityRole).
enum class SupplyState : quint8 { Ok = 0, Unrestricted, SomeRemaining, Unknown, Low, Empty };
SupplyState supplyState(const Core::SupplyReading &supply);
QString supplyStateText(SupplyState state, bool receptacle);
// The text of a Core::SupplyReading::state() key ("some remaining", "nearly full"...).
QString supplyStateKeyText(const QString &key);
// The colour a supply's name stands for ("black", "cyan", "#3366ff"...); invalid when none.
QColor supplyColour(const QString &colourName);

class SupplyTableModel final : public KeyedTableModel<Storage::FleetSupplyRow, QPair<qint64, int>>, public CellSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplyTableModel)

public:
    enum Column
    {
        PrinterColumn,
        AddressColumn,
        SupplyColumn,
        KindColumn,
        ColourColumn,
        LevelColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // LevelColumn: percent 0..100, or Core::SupplyUnrestricted / SupplyUnknown / SupplySomeRemaining.
        LevelRole = Qt::UserRole + 10,
        ReceptacleRole, // bool
        ColourRole,     // QColor, invalid when the supply has no colour
    };

    using Key = QPair<qint64, int>;
    using Changes = RowChanges<Storage::FleetSupplyRow, Key>;
    using Delta = RowDelta<Storage::FleetSupplyRow, Key>;
    // For the storage side: a delta that ignores read times alone (a poll that moved nothing ships nothing).
    static Delta makeDelta();

    explicit SupplyTableModel(QObject *parent = nullptr);
    ~SupplyTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant cellData(int row, int column, int role) const override;
    bool columnMayContain(int column, const QString &term) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Low or empty supplies (receptacles: nearly full or full).
    int attentionCount() const;

protected:
    QPair<qint64, int> keyOf(const Storage::FleetSupplyRow &row) const override;
    qint64 deviceOf(const Storage::FleetSupplyRow &row) const override;
    std::pair<int, int> mergeRow(Storage::FleetSupplyRow &current, const Storage::FleetSupplyRow &next) const override;
};

} // namespace Printwatch::Models

Q_DECLARE_METATYPE(Printwatch::Models::SupplyTableModel::Changes)
