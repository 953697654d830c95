// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows for the fleet model tests: supplies, alerts and counters of made-up printers.

#include "storage/fleetqueries.h"

namespace Printwatch::TestRows {

inline QDateTime at(int minutes)
{
    return QDateTime::fromMSecsSinceEpoch(1767225600000LL, Qt::UTC).addSecs(minutes * 60);
}

inline Storage::PrinterRef printerRef(qint64 id, const QString &name = {})
{
    return {id, name.isEmpty() ? QStringLiteral("printer-%1").arg(id) : name, QStringLiteral("127.5.0.%1").arg(id),
            161};
}

inline Storage::FleetSupplyRow supplyRow(qint64 device, int index, int level, const QString &colour = QStringLiteral("black"),
                                         int max = 100)
{
    Storage::FleetSupplyRow row;
    row.printer = printerRef(device);
    row.readAt = at(0);
    row.supply.index = index;
    row.supply.description = colour + QStringLiteral(" toner");
    row.supply.kind = QStringLiteral("toner");
    row.supply.colour = colour;
    row.supply.level = level;
    row.supply.maxCapacity = max;
    row.supply.source = QStringLiteral("1.3.6.1.2.1.43.11.1.1.9.1.%1").arg(index);
    return row;
}

inline Storage::FleetAlertRow alertRow(qint64 id, qint64 device, int severity, int code, bool active = true)
{
    Storage::FleetAlertRow row;
    row.printer = printerRef(device);
    row.record.id = id;
    row.record.deviceId = device;
    row.record.alert.severity = severity;
    row.record.alert.code = code;
    row.record.alert.description = QStringLiteral("alert %1").arg(id);
    row.record.raisedAt = at(static_cast<int>(id));
    if (!active)
        row.record.clearedAt = at(static_cast<int>(id) + 60);
    return row;
}

inline Storage::FleetCounterRow counterRow(qint64 device, const QHash<QString, qint64> &values)
{
    Storage::FleetCounterRow row;
    row.printer = printerRef(device);
    row.readAt = at(0);
    row.values = values;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        row.sources.insert(it.key(), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"));
        row.units.insert(it.key(), QStringLiteral("impressions"));
    }
    return row;
}

} // namespace Printwatch::TestRows
