// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/devicedetailrepository.h"

#include "storage/database.h"
#include "storage/storageutil.h"

#include <QCoreApplication>
#include <QVariant>

namespace Printwatch::Storage {

DeviceDetailRepository::DeviceDetailRepository(const Database &db) : m_db(db) {}

Core::Result<DeviceDetail> DeviceDetailRepository::detail(qint64 deviceId) const
{
    DeviceRepository devices(m_db);
    ReadingRepository readings(m_db);
    DeviceDetail detail;
    detail.deviceId = deviceId;

    auto stored = devices.identity(deviceId);
    if (!stored)
        return Core::Error{stored.error()};
    if (!*stored) {
        return Core::Error{QCoreApplication::translate("Storage", "Database %1: no printer with id %2")
                               .arg(m_db.path())
                               .arg(deviceId)};
    }
    detail.device = **stored;

    auto state = m_db.run(
        QStringLiteral(
            "SELECT status, detected_error_state, last_error, polled_at FROM device_state WHERE device_id = ?"),
        {deviceId});
    if (!state)
        return Core::Error{state.error()};
    if (state->next()) {
        detail.status = Core::deviceStatusFromKey(state->value(0).toString());
        detail.detectedErrorState = static_cast<quint32>(state->value(1).toLongLong());
        detail.lastError = state->value(2).toString();
        detail.lastPolled = Util::fromMs(state->value(3));
    }

    auto details = readings.details(deviceId);
    if (!details)
        return Core::Error{details.error()};
    if (*details)
        detail.details = **details;
    auto counters = readings.latestCounters(deviceId);
    if (!counters)
        return Core::Error{counters.error()};
    detail.counters = *counters;
    auto supplies = readings.latestSupplies(deviceId);
    if (!supplies)
        return Core::Error{supplies.error()};
    detail.supplies = *supplies;
    auto alerts = readings.alerts(deviceId, true);
    if (!alerts)
        return Core::Error{alerts.error()};
    detail.activeAlerts = *alerts;
    auto addresses = devices.addressHistory(deviceId);
    if (!addresses)
        return Core::Error{addresses.error()};
    detail.addresses = *addresses;
    auto conflicts = devices.conflicts(deviceId);
    if (!conflicts)
        return Core::Error{conflicts.error()};
    detail.conflicts = *conflicts;
    return detail;
}

} // namespace Printwatch::Storage
