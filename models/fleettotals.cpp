// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fleettotals.h"

#include "models/alerttablemodel.h"
#include "models/printertablemodel.h"
#include "models/supplytablemodel.h"

namespace Printwatch::Models {

FleetTotals countFleet(const PrinterTableModel *printers, const AlertTableModel *alerts,
                       const SupplyTableModel *supplies)
{
    FleetTotals totals;
    if (printers) {
        totals.printers = printers->rowCount();
        for (int row = 0; row < totals.printers; ++row) {
            switch (printers->summaryAt(row).status) {
            case Core::DeviceStatus::Idle:
            case Core::DeviceStatus::Printing:
            case Core::DeviceStatus::WarmingUp:
            case Core::DeviceStatus::Warning:
                ++totals.up;
                break;
            case Core::DeviceStatus::Asleep:
                ++totals.asleep;
                break;
            case Core::DeviceStatus::Down:
                ++totals.down;
                break;
            case Core::DeviceStatus::Unreachable:
                ++totals.offline;
                break;
            case Core::DeviceStatus::Unknown:
                break;
            }
        }
    }
    if (alerts) {
        const auto open = alerts->openBySeverity();
        totals.alertsInfo = open.at(0);
        totals.alertsWarning = open.at(1);
        totals.alertsCritical = open.at(2);
    }
    if (supplies) {
        for (const auto &row : supplies->rows()) {
            const SupplyState state = supplyState(row.supply);
            totals.suppliesLow += state == SupplyState::Low ? 1 : 0;
            totals.suppliesEmpty += state == SupplyState::Empty ? 1 : 0;
        }
    }
    return totals;
}

} // namespace Printwatch::Models
