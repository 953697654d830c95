// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The numbers of the dashboard strip, counted from the models the pages already hold.

#include <QMetaType>

namespace Printwatch::Models {

class AlertTableModel;
class PrinterTableModel;
class SupplyTableModel;

struct FleetTotals
{
    int printers = 0;
    int up = 0;      // answering: idle, printing, warming up, warning
    int asleep = 0;
    int down = 0;    // answering with an error state
    int offline = 0; // not answering
    int alertsCritical = 0;
    int alertsWarning = 0;
    int alertsInfo = 0;
    int suppliesLow = 0;
    int suppliesEmpty = 0;

    bool operator==(const FleetTotals &) const = default;
};

// Any model may be null; its part then stays zero.
FleetTotals countFleet(const PrinterTableModel *printers, const AlertTableModel *alerts,
                       const SupplyTableModel *supplies);

} // namespace Printwatch::Models
