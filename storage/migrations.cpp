// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/database.h"

namespace Printwatch::Storage {

namespace {

// v1: devices, latest state, readings, alerts.
// Times are milliseconds since the epoch (UTC). Empty text, not NULL, means "unknown" for identity
// fields, so lookups compare plain values; devices.address is NULL when no address is current.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
        QStringLiteral("CREATE TABLE devices ("
                       " id {ID},"
                       " serial TEXT NOT NULL DEFAULT '',"
                       " mac TEXT NOT NULL DEFAULT '',"
                       " engine_id TEXT NOT NULL DEFAULT '',"
                       " sys_object_id TEXT NOT NULL DEFAULT '',"
                       " vendor TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " firmware TEXT NOT NULL DEFAULT '',"
                       " sys_descr TEXT NOT NULL DEFAULT '',"
                       " sys_name TEXT NOT NULL DEFAULT '',"
                       " sys_contact TEXT NOT NULL DEFAULT '',"
                       " sys_location TEXT NOT NULL DEFAULT '',"
                       " device_type TEXT NOT NULL DEFAULT '',"
                       " first_seen BIGINT NOT NULL,"
                       " last_seen BIGINT NOT NULL,"
                       " managed INTEGER NOT NULL DEFAULT 0,"
                       " address TEXT,"
                       " port INTEGER NOT NULL DEFAULT 161,"
                       " snmp_version TEXT NOT NULL DEFAULT '2c')"),
        QStringLiteral("CREATE INDEX devices_serial ON devices (serial)"),
        QStringLiteral("CREATE INDEX devices_mac ON devices (mac)"),
        QStringLiteral("CREATE INDEX devices_address ON devices (address, port)"),
        QStringLiteral("CREATE TABLE device_state ("
                       " device_id BIGINT PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,"
                       " status TEXT NOT NULL,"
                       " detected_error_state BIGINT NOT NULL DEFAULT 0,"
                       " uptime_cs BIGINT NOT NULL DEFAULT -1,"
                       " polled_at BIGINT NOT NULL,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " total_pages BIGINT,"
                       " lowest_supply_percent INTEGER,"
                       " lowest_supply_name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE counter_readings ("
                       " id {ID},"
                       " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                       " read_at BIGINT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " value BIGINT NOT NULL,"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX counter_readings_device ON counter_readings (device_id, name, read_at)"),
        QStringLiteral("CREATE TABLE supply_readings ("
                       " id {ID},"
                       " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                       " read_at BIGINT NOT NULL,"
                       " supply_index INTEGER NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL DEFAULT '',"
                       " colour TEXT NOT NULL DEFAULT '',"
                       " level INTEGER NOT NULL,"
                       " max_capacity INTEGER NOT NULL,"
                       " receptacle INTEGER NOT NULL DEFAULT 0,"
                       " source TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX supply_readings_device ON supply_readings (device_id, read_at)"),
        QStringLiteral("CREATE TABLE latest_supplies ("
                       " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                       " supply_index INTEGER NOT NULL,"
                       " read_at BIGINT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL DEFAULT '',"
                       " colour TEXT NOT NULL DEFAULT '',"
                       " level INTEGER NOT NULL,"
                       " max_capacity INTEGER NOT NULL,"
                       " receptacle INTEGER NOT NULL DEFAULT 0,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (device_id, supply_index))"),
        QStringLiteral("CREATE TABLE alerts ("
                       " id {ID},"
                       " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                       " alert_index INTEGER NOT NULL,"
                       " severity INTEGER NOT NULL,"
                       " alert_group INTEGER NOT NULL,"
                       " group_index INTEGER NOT NULL,"
                       " location INTEGER NOT NULL,"
                       " code INTEGER NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " raised_at BIGINT NOT NULL,"
                       " cleared_at BIGINT)"),
        QStringLiteral("CREATE INDEX alerts_device ON alerts (device_id, cleared_at)"),
    };
}

// v2: address history, poll log, identity conflicts. Existing current addresses seed the history.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE device_addresses ("
                       " id {ID},"
                       " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                       " address TEXT NOT NULL,"
                       " port INTEGER NOT NULL,"
                       " first_seen BIGINT NOT NULL,"
                       " last_seen BIGINT NOT NULL,"
                       " UNIQUE (device_id, address, port))"),
        QStringLiteral("CREATE INDEX device_addresses_address ON device_addresses (address, port)"),
        QStringLiteral("INSERT INTO device_addresses (device_id, address, port, first_seen, last_seen)"
                       " SELECT id, address, port, first_seen, last_seen FROM devices WHERE address IS NOT NULL"),
        QStringLiteral("CREATE TABLE poll_log ("
                       " id {ID},"
                       " polled_at BIGINT NOT NULL,"
                       " address TEXT NOT NULL,"
                       " port INTEGER NOT NULL,"
                       " device_id BIGINT REFERENCES devices (id) ON DELETE SET NULL,"
                       " ok INTEGER NOT NULL,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " duration_ms BIGINT)"),
        QStringLiteral("CREATE INDEX poll_log_time ON poll_log (polled_at)"),
        QStringLiteral("CREATE INDEX poll_log_device ON poll_log (device_id, polled_at)"),
        QStringLiteral("CREATE TABLE identity_conflicts ("
                       " id {ID},"
                       " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " address TEXT NOT NULL DEFAULT '',"
                       " expected TEXT NOT NULL DEFAULT '',"
                       " observed TEXT NOT NULL DEFAULT '',"
                       " detected_at BIGINT NOT NULL,"
                       " last_seen BIGINT NOT NULL,"
                       " resolved_at BIGINT,"
                       " UNIQUE (device_id, kind, expected, observed))"),
    };
}

// v3: users, device groups, per-action switches and the hash-chained audit log (auth/, actions/).
// audit_log.device_id has no foreign key: the record of what was done outlives the device.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE users ("
                       " id {ID},"
                       " name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL,"
                       " all_devices INTEGER NOT NULL DEFAULT 0,"
                       " demo INTEGER NOT NULL DEFAULT 0,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " locked INTEGER NOT NULL DEFAULT 0,"
                       " last_failed_at BIGINT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE device_groups (id {ID}, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE device_group_members ("
                       " group_id BIGINT NOT NULL REFERENCES device_groups (id) ON DELETE CASCADE,"
                       " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                       " PRIMARY KEY (group_id, device_id))"),
        QStringLiteral("CREATE INDEX device_group_members_device ON device_group_members (device_id)"),
        QStringLiteral("CREATE TABLE user_groups ("
                       " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                       " group_id BIGINT NOT NULL REFERENCES device_groups (id) ON DELETE CASCADE,"
                       " PRIMARY KEY (user_id, group_id))"),
        QStringLiteral("CREATE TABLE action_switches ("
                       " action TEXT NOT NULL,"
                       " group_id BIGINT NOT NULL," // 0 = fleet-wide
                       " enabled INTEGER NOT NULL,"
                       " PRIMARY KEY (action, group_id))"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id BIGINT PRIMARY KEY,"
                       " at BIGINT NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " device_id BIGINT,"
                       " target TEXT NOT NULL DEFAULT '',"
                       " result TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " previous_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_head (last_id BIGINT NOT NULL, last_hash TEXT NOT NULL)"),
    };
}

// v4: every printer field of DESIGN.md 1.2 (issue 4). Identity and network fields on devices;
// per-field provenance and raw printer bytes in device_fields (raw as hex text, so both drivers
// store it alike); the latest capabilities and status detail per device (lists as JSON: the
// detail page reads them whole and nothing filters on them); counter provenance; supply unit and
// quirks; alert texts and times. Rows written before v4 keep the defaults (raw_value NULL means
// "same as value").
QStringList version4()
{
    QStringList statements;
    for (const char *column : {"asset_tag", "printer_name", "ip_address", "subnet_mask", "gateway", "dns_name",
                               "profile_id"}) {
        statements << QStringLiteral("ALTER TABLE devices ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                          .arg(QLatin1String(column));
    }
    statements << QStringLiteral("CREATE INDEX devices_engine_id ON devices (engine_id)");
    statements << QStringLiteral("CREATE TABLE device_fields ("
                                 " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                                 " field TEXT NOT NULL,"
                                 " source TEXT NOT NULL DEFAULT '',"
                                 " raw_hex TEXT NOT NULL DEFAULT '',"
                                 " PRIMARY KEY (device_id, field))");
    statements << QStringLiteral("CREATE TABLE device_details ("
                                 " device_id BIGINT PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,"
                                 " polled_at BIGINT NOT NULL,"
                                 " hr_device_status INTEGER NOT NULL DEFAULT 0,"
                                 " hr_printer_status INTEGER NOT NULL DEFAULT 0,"
                                 " error_states TEXT NOT NULL DEFAULT '',"
                                 " colour INTEGER,"
                                 " duplex INTEGER,"
                                 " colorants INTEGER NOT NULL DEFAULT 0,"
                                 " memory_kb BIGINT NOT NULL DEFAULT -1,"
                                 " storage_kb BIGINT NOT NULL DEFAULT -1,"
                                 " speed_ppm INTEGER NOT NULL DEFAULT 0,"
                                 " capabilities TEXT NOT NULL DEFAULT '{}',"
                                 " status_detail TEXT NOT NULL DEFAULT '{}')");
    statements << QStringLiteral("ALTER TABLE counter_readings ADD COLUMN raw_value BIGINT")
               << QStringLiteral("ALTER TABLE counter_readings ADD COLUMN scale REAL NOT NULL DEFAULT 1")
               << QStringLiteral("ALTER TABLE counter_readings ADD COLUMN billing INTEGER NOT NULL DEFAULT 0")
               << QStringLiteral("ALTER TABLE counter_readings ADD COLUMN label TEXT NOT NULL DEFAULT ''")
               << QStringLiteral("ALTER TABLE counter_readings ADD COLUMN profile_id TEXT NOT NULL DEFAULT ''")
               << QStringLiteral("ALTER TABLE counter_readings ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0")
               << QStringLiteral("ALTER TABLE counter_readings ADD COLUMN alternatives TEXT NOT NULL DEFAULT ''");
    for (const char *table : {"supply_readings", "latest_supplies"}) {
        for (const char *column : {"unit", "capacity_source", "part_number", "quirk"}) {
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT ''")
                              .arg(QLatin1String(table), QLatin1String(column));
        }
    }
    statements << QStringLiteral("ALTER TABLE alerts ADD COLUMN code_text TEXT NOT NULL DEFAULT ''")
               << QStringLiteral("ALTER TABLE alerts ADD COLUMN group_text TEXT NOT NULL DEFAULT ''")
               << QStringLiteral("ALTER TABLE alerts ADD COLUMN training_level INTEGER NOT NULL DEFAULT 0")
               << QStringLiteral("ALTER TABLE alerts ADD COLUMN alert_time BIGINT NOT NULL DEFAULT 0")
               << QStringLiteral("ALTER TABLE identity_conflicts ADD COLUMN other_device_id BIGINT NOT NULL DEFAULT 0");
    return statements;
}

// v5: the Printers page's lowest supply says what a printer that reports no percentage does report
// (Brother's "some remaining", an empty cartridge of unknown capacity) instead of nothing.
QStringList version5()
{
    return {QStringLiteral("ALTER TABLE device_state ADD COLUMN lowest_supply_state TEXT NOT NULL DEFAULT ''")};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, version5()},
    };
    static_assert(LatestSchemaVersion == 5, "add the migration step for the new schema version");
    return steps;
}

} // namespace Printwatch::Storage
