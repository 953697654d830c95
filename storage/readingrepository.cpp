// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/readingrepository.h"

#include "storage/database.h"
#include "storage/detailcodec.h"
#include "storage/storageutil.h"

#include <QVariant>

namespace Printwatch::Storage {

using Util::fromMs;
using Util::toMs;

namespace {

// Alerts are matched on what they say, not on prtAlertIndex: printers renumber the table as
// entries come and go, and the same condition must not be raised twice.
bool sameAlert(const Core::AlertEntry &a, const Core::AlertEntry &b)
{
    return a.severity == b.severity && a.group == b.group && a.groupIndex == b.groupIndex && a.location == b.location &&
           a.code == b.code && a.description == b.description;
}

// Reads kSupplyColumns: the columns every supply table has, then unit, capacity source, part number, quirk.
Core::SupplyReading supplyFromRow(const QSqlQuery &query, int first)
{
    Core::SupplyReading supply = Util::supplyFromRow(query, first);
    supply.unit = query.value(first + 8).toString();
    supply.capacitySource = query.value(first + 9).toString();
    supply.partNumber = query.value(first + 10).toString();
    supply.quirk = query.value(first + 11).toString();
    return supply;
}

const QString kSupplyColumns = QStringLiteral(
    "supply_index, description, kind, colour, level, max_capacity, receptacle, source, unit, capacity_source,"
    " part_number, quirk");

const QString kCounterColumns = QStringLiteral(
    "read_at, name, value, unit, source, raw_value, scale, billing, label, profile_id, conflict, alternatives");

CounterRecord counterFromRow(const QSqlQuery &query)
{
    CounterRecord record;
    record.readAt = Util::fromMs(query.value(0));
    Core::CounterReading &reading = record.reading;
    reading.name = query.value(1).toString();
    reading.value = query.value(2).toLongLong();
    reading.unit = query.value(3).toString();
    reading.source = query.value(4).toString();
    // Rows from before schema v4 have no raw value: it was the value.
    reading.rawValue = query.value(5).isNull() ? reading.value : query.value(5).toLongLong();
    reading.scale = query.value(6).toDouble();
    reading.billing = query.value(7).toInt() != 0;
    reading.label = query.value(8).toString();
    reading.profileId = query.value(9).toString();
    reading.conflict = query.value(10).toInt() != 0;
    reading.alternatives = DetailCodec::alternativesFromJson(query.value(11).toString());
    return record;
}

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant::fromValue<int>(*value ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

} // namespace

ReadingRepository::ReadingRepository(const Database &db) : m_db(db) {}

Core::Result<void> ReadingRepository::store(qint64 deviceId, const Core::PollResult &result)
{
    const qint64 at = toMs(result.polledAt);
    if (auto done = storeCounters(deviceId, result, at); !done)
        return done;
    if (auto done = storeSupplies(deviceId, result, at); !done)
        return done;
    if (auto done = storeAlerts(deviceId, result, at); !done)
        return done;
    if (auto done = storeDetails(deviceId, result, at); !done)
        return done;
    return upsertState(deviceId, result, true);
}

Core::Result<void> ReadingRepository::storeUnreachable(qint64 deviceId, const Core::PollResult &result)
{
    return upsertState(deviceId, result, false);
}

Core::Result<void> ReadingRepository::upsertState(qint64 deviceId, const Core::PollResult &result, bool reachable)
{
    const QString sql =
        reachable
            ? QStringLiteral(
                  "INSERT INTO device_state (device_id, status, detected_error_state, uptime_cs, polled_at, last_error,"
                  " total_pages, lowest_supply_percent, lowest_supply_name, lowest_supply_state)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT (device_id) DO UPDATE SET status = excluded.status,"
                  " detected_error_state = excluded.detected_error_state, uptime_cs = excluded.uptime_cs,"
                  " polled_at = excluded.polled_at, last_error = excluded.last_error,"
                  " total_pages = COALESCE(excluded.total_pages, device_state.total_pages),"
                  " lowest_supply_percent = excluded.lowest_supply_percent,"
                  " lowest_supply_name = excluded.lowest_supply_name,"
                  " lowest_supply_state = excluded.lowest_supply_state")
            // Silence says nothing about counters or supplies: only status, time and error change.
            : QStringLiteral(
                  "INSERT INTO device_state (device_id, status, detected_error_state, uptime_cs, polled_at, last_error,"
                  " total_pages, lowest_supply_percent, lowest_supply_name, lowest_supply_state)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT (device_id) DO UPDATE SET status = excluded.status,"
                  " polled_at = excluded.polled_at, last_error = excluded.last_error");

    Core::LowestSupply lowest;
    if (reachable) {
        auto supplies = latestSupplies(deviceId);
        if (!supplies)
            return Core::Error{supplies.error()};
        lowest = Core::lowestSupply(*supplies);
    }
    const Core::DeviceStatus status = reachable ? result.status : Core::DeviceStatus::Unreachable;
    return m_db.execute(sql, {deviceId, Core::deviceStatusKey(status),
                              reachable ? static_cast<qint64>(result.detectedErrorState) : 0,
                              reachable ? result.uptimeCentiseconds : -1, toMs(result.polledAt), result.error,
                              Util::nullableInt64(reachable ? result.counter(QStringLiteral("total")) : std::nullopt),
                              Util::nullableInt(lowest.percent), lowest.name, lowest.state});
}

Core::Result<void> ReadingRepository::storeCounters(qint64 deviceId, const Core::PollResult &result, qint64 at)
{
    if (result.counters.isEmpty())
        return {};
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO counter_readings (device_id, read_at, name, value, unit, source, raw_value, scale, billing, label,"
        " profile_id, conflict, alternatives) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return Core::Error{query.error()};
    // Prepared once per poll, executed per meter.
    for (const Core::CounterReading &counter : result.counters) {
        if (auto done =
                m_db.exec(query.value(),
                          {deviceId, at, counter.name, counter.value, counter.unit, counter.source, counter.rawValue,
                           counter.scale, counter.billing ? 1 : 0, counter.label, counter.profileId,
                           counter.conflict ? 1 : 0, DetailCodec::alternativesToJson(counter.alternatives)});
            !done)
            return done;
    }
    return {};
}

Core::Result<void> ReadingRepository::storeSupplies(qint64 deviceId, const Core::PollResult &result, qint64 at)
{
    // An empty supply list is a failed or absent walk, not "every supply was removed": keep the
    // latest ones as they were.
    if (result.supplies.isEmpty())
        return {};
    auto history = m_db.prepare(QStringLiteral(
        "INSERT INTO supply_readings (device_id, read_at, supply_index, description, kind, colour, level,"
        " max_capacity, receptacle, source, unit, capacity_source, part_number, quirk)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!history)
        return Core::Error{history.error()};
    if (auto done = m_db.execute(QStringLiteral("DELETE FROM latest_supplies WHERE device_id = ?"), {deviceId}); !done)
        return done;
    auto latest = m_db.prepare(QStringLiteral(
        "INSERT INTO latest_supplies (device_id, read_at, supply_index, description, kind, colour, level,"
        " max_capacity, receptacle, source, unit, capacity_source, part_number, quirk)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id, supply_index) DO UPDATE SET read_at = excluded.read_at,"
        " description = excluded.description, kind = excluded.kind, colour = excluded.colour,"
        " level = excluded.level, max_capacity = excluded.max_capacity, receptacle = excluded.receptacle,"
        " source = excluded.source, unit = excluded.unit, capacity_source = excluded.capacity_source,"
        " part_number = excluded.part_number, quirk = excluded.quirk"));
    if (!latest)
        return Core::Error{latest.error()};
    for (QSqlQuery *query : {&history.value(), &latest.value()}) {
        for (const Core::SupplyReading &supply : result.supplies) {
            if (auto done =
                    m_db.exec(*query, {deviceId, at, supply.index, supply.description, supply.kind, supply.colour,
                                       supply.level, supply.maxCapacity, supply.receptacle ? 1 : 0, supply.source,
                                       supply.unit, supply.capacitySource, supply.partNumber, supply.quirk});
                !done)
                return done;
        }
    }
    return {};
}

Core::Result<void> ReadingRepository::storeAlerts(qint64 deviceId, const Core::PollResult &result, qint64 at)
{
    auto active = alerts(deviceId, true);
    if (!active)
        return Core::Error{active.error()};
    QList<AlertRecord> unmatched = *active;

    auto raise = m_db.prepare(QStringLiteral(
        "INSERT INTO alerts (device_id, alert_index, severity, alert_group, group_index, location, code, description,"
        " raised_at, code_text, group_text, training_level, alert_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!raise)
        return Core::Error{raise.error()};
    for (const Core::AlertEntry &alert : result.alerts) {
        const auto match = std::find_if(unmatched.begin(), unmatched.end(),
                                        [&](const AlertRecord &record) { return sameAlert(record.alert, alert); });
        if (match != unmatched.end()) {
            unmatched.erase(match);
            continue;
        }
        if (auto done = m_db.exec(raise.value(), {deviceId, alert.index, alert.severity, alert.group, alert.groupIndex,
                                                  alert.location, alert.code, alert.description, at, alert.codeText,
                                                  alert.groupText, alert.trainingLevel, alert.time});
            !done)
            return done;
    }

    if (unmatched.isEmpty())
        return {};
    auto clear = m_db.prepare(QStringLiteral("UPDATE alerts SET cleared_at = ? WHERE id = ?"));
    if (!clear)
        return Core::Error{clear.error()};
    for (const AlertRecord &gone : unmatched) {
        if (auto done = m_db.exec(clear.value(), {at, gone.id}); !done)
            return done;
    }
    return {};
}

Core::Result<QList<CounterRecord>> ReadingRepository::counterHistory(qint64 deviceId, const QString &name) const
{
    const QString nameOrAll = name.isNull() ? QStringLiteral("") : name;
    auto query = m_db.run(QStringLiteral("SELECT ") + kCounterColumns +
                              QStringLiteral(" FROM counter_readings WHERE device_id = ? AND (? = '' OR name = ?)"
                                             " ORDER BY read_at, id"),
                          {deviceId, nameOrAll, nameOrAll});
    if (!query)
        return Core::Error{query.error()};
    QList<CounterRecord> records;
    while (query->next())
        records.append(counterFromRow(*query));
    return records;
}

Core::Result<QList<SupplyRecord>> ReadingRepository::supplyHistory(qint64 deviceId) const
{
    auto query =
        m_db.run(QStringLiteral("SELECT read_at, ") + kSupplyColumns +
                     QStringLiteral(" FROM supply_readings WHERE device_id = ? ORDER BY read_at, supply_index, id"),
                 {deviceId});
    if (!query)
        return Core::Error{query.error()};
    QList<SupplyRecord> records;
    while (query->next())
        records.append({fromMs(query->value(0)), supplyFromRow(*query, 1)});
    return records;
}

Core::Result<QList<Core::SupplyReading>> ReadingRepository::latestSupplies(qint64 deviceId) const
{
    auto query = m_db.run(QStringLiteral("SELECT ") + kSupplyColumns +
                              QStringLiteral(" FROM latest_supplies WHERE device_id = ? ORDER BY supply_index"),
                          {deviceId});
    if (!query)
        return Core::Error{query.error()};
    QList<Core::SupplyReading> supplies;
    while (query->next())
        supplies.append(supplyFromRow(*query, 0));
    return supplies;
}

Core::Result<QList<AlertRecord>> ReadingRepository::alerts(qint64 deviceId, bool activeOnly) const
{
    auto query = m_db.run(QStringLiteral("SELECT id, device_id, alert_index, severity, alert_group, group_index,"
                                         " location, code, description, raised_at, cleared_at, code_text, group_text,"
                                         " training_level, alert_time FROM alerts"
                                         " WHERE device_id = ? AND (? = 0 OR cleared_at IS NULL)"
                                         " ORDER BY raised_at DESC, id DESC"),
                          {deviceId, activeOnly ? 1 : 0});
    if (!query)
        return Core::Error{query.error()};
    QList<AlertRecord> records;
    while (query->next()) {
        AlertRecord record;
        record.id = query->value(0).toLongLong();
        record.deviceId = query->value(1).toLongLong();
        record.alert.index = query->value(2).toInt();
        record.alert.severity = query->value(3).toInt();
        record.alert.group = query->value(4).toInt();
        record.alert.groupIndex = query->value(5).toInt();
        record.alert.location = query->value(6).toInt();
        record.alert.code = query->value(7).toInt();
        record.alert.description = query->value(8).toString();
        record.raisedAt = fromMs(query->value(9));
        record.clearedAt = fromMs(query->value(10));
        record.alert.codeText = query->value(11).toString();
        record.alert.groupText = query->value(12).toString();
        record.alert.trainingLevel = query->value(13).toInt();
        record.alert.time = query->value(14).toLongLong();
        records.append(record);
    }
    return records;
}

Core::Result<void> ReadingRepository::storeDetails(qint64 deviceId, const Core::PollResult &result, qint64 at)
{
    const Core::Capabilities &caps = result.capabilities;
    const Core::StatusDetail &status = result.statusDetail;
    return m_db.execute(
        QStringLiteral(
            "INSERT INTO device_details (device_id, polled_at, hr_device_status, hr_printer_status, error_states, "
            "colour,"
            " duplex, colorants, memory_kb, storage_kb, speed_ppm, capabilities, status_detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (device_id) DO UPDATE SET polled_at = excluded.polled_at,"
            " hr_device_status = excluded.hr_device_status, hr_printer_status = excluded.hr_printer_status,"
            " error_states = excluded.error_states, colour = excluded.colour, duplex = excluded.duplex,"
            " colorants = excluded.colorants, memory_kb = excluded.memory_kb, storage_kb = excluded.storage_kb,"
            " speed_ppm = excluded.speed_ppm, capabilities = excluded.capabilities,"
            " status_detail = excluded.status_detail"),
        {deviceId, at, status.hrDeviceStatus, status.hrPrinterStatus, status.errorStates.join(QLatin1Char(',')),
         optionalBool(caps.colour), optionalBool(caps.duplex), caps.colorants, caps.memoryKb, caps.storageKb,
         caps.speedPpm, DetailCodec::capabilitiesToJson(caps), DetailCodec::statusDetailToJson(status)});
}

Core::Result<std::optional<DeviceDetails>> ReadingRepository::details(qint64 deviceId) const
{
    auto query = m_db.run(QStringLiteral("SELECT polled_at, hr_device_status, hr_printer_status, error_states, colour,"
                                         " duplex, colorants, memory_kb, storage_kb, speed_ppm, capabilities,"
                                         " status_detail FROM device_details WHERE device_id = ?"),
                          {deviceId});
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return std::optional<DeviceDetails>();
    DeviceDetails details;
    details.polledAt = fromMs(query->value(0));
    details.status.hrDeviceStatus = query->value(1).toInt();
    details.status.hrPrinterStatus = query->value(2).toInt();
    const QString errorStates = query->value(3).toString();
    if (!errorStates.isEmpty())
        details.status.errorStates = errorStates.split(QLatin1Char(','));
    if (!query->value(4).isNull())
        details.capabilities.colour = query->value(4).toInt() != 0;
    if (!query->value(5).isNull())
        details.capabilities.duplex = query->value(5).toInt() != 0;
    details.capabilities.colorants = query->value(6).toInt();
    details.capabilities.memoryKb = query->value(7).toLongLong();
    details.capabilities.storageKb = query->value(8).toLongLong();
    details.capabilities.speedPpm = query->value(9).toInt();
    DetailCodec::capabilitiesFromJson(query->value(10).toString(), details.capabilities);
    DetailCodec::statusDetailFromJson(query->value(11).toString(), details.status);
    return std::optional<DeviceDetails>(details);
}

Core::Result<QList<CounterRecord>> ReadingRepository::latestCounters(qint64 deviceId) const
{
    // The newest reading of each meter, so a meter one poll missed still shows its last value.
    auto query = m_db.run(QStringLiteral("SELECT ") + kCounterColumns +
                              QStringLiteral(" FROM counter_readings c WHERE device_id = ? AND read_at ="
                                             " (SELECT MAX(read_at) FROM counter_readings"
                                             " WHERE device_id = c.device_id AND name = c.name) ORDER BY id"),
                          {deviceId});
    if (!query)
        return Core::Error{query.error()};
    QList<CounterRecord> records;
    while (query->next())
        records.append(counterFromRow(*query));
    return records;
}

} // namespace Printwatch::Storage
