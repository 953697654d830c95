// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fleetqueries.h"

#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/printerrepository.h"
#include "storage/readingrepository.h"
#include "storage/storageutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace Printwatch::Storage {

namespace {

QList<qint64> uniqueIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Runs `sql` once over every device (no filter) or once per id with `filter` appended and the id bound
// last: one bound lookup per id keeps the SQL portable (no array binding) and the plans indexed.
Core::Result<void> forDevices(const Database &db, const QString &sql, const QString &filter, const QString &tail,
                              const QList<qint64> &deviceIds, const std::function<void(const QSqlQuery &)> &row,
                              const QVariantList &leading = {})
{
    const bool all = deviceIds.isEmpty();
    auto query = db.prepare(sql + (all ? QString() : filter) + tail);
    if (!query)
        return Core::Error{query.error()};
    const auto run = [&](std::optional<qint64> id) -> Core::Result<void> {
        if (auto done = db.exec(query.value(), id ? leading + QVariantList{*id} : leading); !done)
            return done;
        while (query->next())
            row(*query);
        query->finish();
        return {};
    };
    if (all)
        return run(std::nullopt);
    for (const qint64 id : uniqueIds(deviceIds)) {
        if (auto done = run(id); !done)
            return done;
    }
    return {};
}

} // namespace

FleetQueries::FleetQueries(const Database &db) : m_db(db) {}

Core::Result<QHash<qint64, PrinterRef>> FleetQueries::printerRefs(const QList<qint64> &deviceIds) const
{
    QHash<qint64, PrinterRef> refs;
    auto done = forDevices(
        m_db, QStringLiteral("SELECT id, sys_name, model, address, port FROM devices"), QStringLiteral(" WHERE id = ?"),
        {}, deviceIds, [&refs](const QSqlQuery &query) {
            PrinterRef ref;
            ref.deviceId = query.value(0).toLongLong();
            const QString sysName = query.value(1).toString();
            ref.name = sysName.isEmpty() ? query.value(2).toString() : sysName;
            ref.address = query.value(3).toString();
            ref.port = static_cast<quint16>(query.value(4).toUInt());
            refs.insert(ref.deviceId, ref);
        });
    if (!done)
        return Core::Error{done.error()};
    return refs;
}

Core::Result<QList<FleetSupplyRow>> FleetQueries::latestSupplies(const QList<qint64> &deviceIds) const
{
    const auto refs = printerRefs(deviceIds);
    if (!refs)
        return Core::Error{refs.error()};
    QList<FleetSupplyRow> rows;
    auto done = forDevices(
        m_db,
        QStringLiteral("SELECT device_id, read_at, supply_index, description, kind, colour, level, max_capacity,"
                       " receptacle, source FROM latest_supplies"),
        QStringLiteral(" WHERE device_id = ?"), QStringLiteral(" ORDER BY device_id, supply_index"), deviceIds,
        [&](const QSqlQuery &query) {
            FleetSupplyRow row;
            row.printer = refs->value(query.value(0).toLongLong());
            row.printer.deviceId = query.value(0).toLongLong();
            row.readAt = Util::fromMs(query.value(1));
            row.supply = Util::supplyFromRow(query, 2);
            rows.append(row);
        });
    if (!done)
        return Core::Error{done.error()};
    return rows;
}

Core::Result<QList<FleetAlertRow>> FleetQueries::alerts(const QDateTime &clearedSince,
                                                        const QList<qint64> &deviceIds) const
{
    const auto refs = printerRefs(deviceIds);
    if (!refs)
        return Core::Error{refs.error()};
    // A far-future bound turns "open ones only" into the same statement.
    const qint64 since = clearedSince.isValid() ? clearedSince.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    QList<FleetAlertRow> rows;
    auto done = forDevices(
        m_db,
        QStringLiteral("SELECT id, device_id, alert_index, severity, alert_group, group_index, location, code,"
                       " description, raised_at, cleared_at FROM alerts WHERE (cleared_at IS NULL OR cleared_at >= ?)"),
        QStringLiteral(" AND device_id = ?"), QStringLiteral(" ORDER BY raised_at DESC, id DESC"), deviceIds,
        [&](const QSqlQuery &query) {
            FleetAlertRow row;
            row.record.id = query.value(0).toLongLong();
            row.record.deviceId = query.value(1).toLongLong();
            row.record.alert.index = query.value(2).toInt();
            row.record.alert.severity = query.value(3).toInt();
            row.record.alert.group = query.value(4).toInt();
            row.record.alert.groupIndex = query.value(5).toInt();
            row.record.alert.location = query.value(6).toInt();
            row.record.alert.code = query.value(7).toInt();
            row.record.alert.description = query.value(8).toString();
            row.record.raisedAt = Util::fromMs(query.value(9));
            row.record.clearedAt = Util::fromMs(query.value(10));
            row.printer = refs->value(row.record.deviceId);
            row.printer.deviceId = row.record.deviceId;
            rows.append(row);
        },
        {QVariant::fromValue<qint64>(since)});
    if (!done)
        return Core::Error{done.error()};
    return rows;
}

Core::Result<QList<FleetCounterRow>> FleetQueries::latestCounters(const QList<qint64> &deviceIds) const
{
    const auto refs = printerRefs(deviceIds);
    if (!refs)
        return Core::Error{refs.error()};
    QList<FleetCounterRow> rows;
    QHash<qint64, qsizetype> rowOf;
    // The newest reading per (device, meter), found through the (device_id, name, read_at) index.
    auto done = forDevices(
        m_db,
        QStringLiteral("SELECT c.device_id, c.name, c.value, c.unit, c.source, c.read_at FROM counter_readings c"
                       " WHERE c.read_at = (SELECT MAX(m.read_at) FROM counter_readings m"
                       " WHERE m.device_id = c.device_id AND m.name = c.name)"),
        QStringLiteral(" AND c.device_id = ?"), QStringLiteral(" ORDER BY c.device_id, c.name"), deviceIds,
        [&](const QSqlQuery &query) {
            const qint64 id = query.value(0).toLongLong();
            auto found = rowOf.constFind(id);
            if (found == rowOf.constEnd()) {
                FleetCounterRow row;
                row.printer = refs->value(id);
                row.printer.deviceId = id;
                found = rowOf.insert(id, rows.size());
                rows.append(row);
            }
            FleetCounterRow &row = rows[*found];
            const QString name = query.value(1).toString();
            row.values.insert(name, query.value(2).toLongLong());
            row.units.insert(name, query.value(3).toString());
            row.sources.insert(name, query.value(4).toString());
            const QDateTime at = Util::fromMs(query.value(5));
            if (!row.readAt.isValid() || at > row.readAt)
                row.readAt = at;
        });
    if (!done)
        return Core::Error{done.error()};
    return rows;
}

Core::Result<PrinterDetail> FleetQueries::detail(qint64 deviceId, const QDateTime &since) const
{
    PrinterDetail detail;
    auto summaries = PrinterRepository(m_db).summaries({deviceId});
    if (!summaries)
        return Core::Error{summaries.error()};
    if (summaries->isEmpty())
        return Core::Error{QStringLiteral("Printer %1 is not in the database %2").arg(deviceId).arg(m_db.path())};
    detail.summary = summaries->constFirst();

    auto device = m_db.run(
        QStringLiteral("SELECT d.firmware, d.sys_descr, d.sys_object_id, d.sys_contact, d.sys_location, d.device_type,"
                       " d.snmp_version, d.managed, d.first_seen, s.detected_error_state, s.uptime_cs"
                       " FROM devices d LEFT JOIN device_state s ON s.device_id = d.id WHERE d.id = ?"),
        {deviceId});
    if (!device)
        return Core::Error{device.error()};
    if (device->next()) {
        detail.firmware = device->value(0).toString();
        detail.sysDescr = device->value(1).toString();
        detail.sysObjectId = device->value(2).toString();
        detail.sysContact = device->value(3).toString();
        detail.sysLocation = device->value(4).toString();
        detail.deviceType = device->value(5).toString();
        detail.snmpVersion = device->value(6).toString();
        detail.managed = device->value(7).toBool();
        detail.firstSeen = Util::fromMs(device->value(8));
        detail.detectedErrorState = device->value(9).isNull() ? 0 : device->value(9).toUInt();
        detail.uptimeCentiseconds = device->value(10).isNull() ? -1 : device->value(10).toLongLong();
    }

    auto addresses = DeviceRepository(m_db).addressHistory(deviceId);
    if (!addresses)
        return Core::Error{addresses.error()};
    detail.addresses = std::move(addresses).value();

    const ReadingRepository readings(m_db);
    auto counters = readings.counterHistory(deviceId);
    if (!counters)
        return Core::Error{counters.error()};
    auto supplyHistory = readings.supplyHistory(deviceId);
    if (!supplyHistory)
        return Core::Error{supplyHistory.error()};
    auto supplies = readings.latestSupplies(deviceId);
    if (!supplies)
        return Core::Error{supplies.error()};
    auto alerts = readings.alerts(deviceId);
    if (!alerts)
        return Core::Error{alerts.error()};
    const auto older = [&since](const auto &record) { return since.isValid() && record.readAt < since; };
    detail.counterHistory = std::move(counters).value();
    detail.counterHistory.removeIf(older);
    detail.supplyHistory = std::move(supplyHistory).value();
    detail.supplyHistory.removeIf(older);
    detail.supplies = std::move(supplies).value();
    detail.alerts = std::move(alerts).value();
    auto stored = DeviceDetailRepository(m_db).detail(deviceId);
    if (!stored)
        return Core::Error{stored.error()};
    detail.stored = std::move(stored).value();
    return detail;
}

} // namespace Printwatch::Storage
