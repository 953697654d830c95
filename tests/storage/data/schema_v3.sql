-- SPDX-License-Identifier: GPL-3.0-or-later
-- A Printwatch database at schema version 3, frozen: the v4 migration test opens it with the current
-- build and checks that these rows survive and gain the v4 defaults. Never edit; add schema_v4.sql for v5.
-- Generated from a v3 database made by printwatch-cli at commit 6a39ac3, plus the rows below.
-- Times are milliseconds since the epoch (UTC). 1767225600000 = 2026-01-01T00:00:00Z.
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (3);
CREATE TABLE devices ( id INTEGER PRIMARY KEY AUTOINCREMENT, serial TEXT NOT NULL DEFAULT '', mac TEXT NOT NULL DEFAULT '', engine_id TEXT NOT NULL DEFAULT '', sys_object_id TEXT NOT NULL DEFAULT '', vendor TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '', firmware TEXT NOT NULL DEFAULT '', sys_descr TEXT NOT NULL DEFAULT '', sys_name TEXT NOT NULL DEFAULT '', sys_contact TEXT NOT NULL DEFAULT '', sys_location TEXT NOT NULL DEFAULT '', device_type TEXT NOT NULL DEFAULT '', first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL, managed INTEGER NOT NULL DEFAULT 0, address TEXT, port INTEGER NOT NULL DEFAULT 161, snmp_version TEXT NOT NULL DEFAULT '2c');
CREATE INDEX devices_serial ON devices (serial);
CREATE INDEX devices_mac ON devices (mac);
CREATE INDEX devices_address ON devices (address, port);
CREATE TABLE device_state ( device_id BIGINT PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE, status TEXT NOT NULL, detected_error_state BIGINT NOT NULL DEFAULT 0, uptime_cs BIGINT NOT NULL DEFAULT -1, polled_at BIGINT NOT NULL, last_error TEXT NOT NULL DEFAULT '', total_pages BIGINT, lowest_supply_percent INTEGER, lowest_supply_name TEXT NOT NULL DEFAULT '');
CREATE TABLE counter_readings ( id INTEGER PRIMARY KEY AUTOINCREMENT, device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE, read_at BIGINT NOT NULL, name TEXT NOT NULL, value BIGINT NOT NULL, unit TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '');
CREATE INDEX counter_readings_device ON counter_readings (device_id, name, read_at);
CREATE TABLE supply_readings ( id INTEGER PRIMARY KEY AUTOINCREMENT, device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE, read_at BIGINT NOT NULL, supply_index INTEGER NOT NULL, description TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL DEFAULT '', level INTEGER NOT NULL, max_capacity INTEGER NOT NULL, receptacle INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL DEFAULT '');
CREATE INDEX supply_readings_device ON supply_readings (device_id, read_at);
CREATE TABLE latest_supplies ( device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE, supply_index INTEGER NOT NULL, read_at BIGINT NOT NULL, description TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL DEFAULT '', level INTEGER NOT NULL, max_capacity INTEGER NOT NULL, receptacle INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL DEFAULT '', PRIMARY KEY (device_id, supply_index));
CREATE TABLE alerts ( id INTEGER PRIMARY KEY AUTOINCREMENT, device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE, alert_index INTEGER NOT NULL, severity INTEGER NOT NULL, alert_group INTEGER NOT NULL, group_index INTEGER NOT NULL, location INTEGER NOT NULL, code INTEGER NOT NULL, description TEXT NOT NULL DEFAULT '', raised_at BIGINT NOT NULL, cleared_at BIGINT);
CREATE INDEX alerts_device ON alerts (device_id, cleared_at);
CREATE TABLE device_addresses ( id INTEGER PRIMARY KEY AUTOINCREMENT, device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE, address TEXT NOT NULL, port INTEGER NOT NULL, first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL, UNIQUE (device_id, address, port));
CREATE INDEX device_addresses_address ON device_addresses (address, port);
CREATE TABLE poll_log ( id INTEGER PRIMARY KEY AUTOINCREMENT, polled_at BIGINT NOT NULL, address TEXT NOT NULL, port INTEGER NOT NULL, device_id BIGINT REFERENCES devices (id) ON DELETE SET NULL, ok INTEGER NOT NULL, error TEXT NOT NULL DEFAULT '', duration_ms BIGINT);
CREATE INDEX poll_log_time ON poll_log (polled_at);
CREATE INDEX poll_log_device ON poll_log (device_id, polled_at);
CREATE TABLE identity_conflicts ( id INTEGER PRIMARY KEY AUTOINCREMENT, device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE, kind TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', expected TEXT NOT NULL DEFAULT '', observed TEXT NOT NULL DEFAULT '', detected_at BIGINT NOT NULL, last_seen BIGINT NOT NULL, resolved_at BIGINT, UNIQUE (device_id, kind, expected, observed));
CREATE TABLE users ( id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, password_hash TEXT NOT NULL, all_devices INTEGER NOT NULL DEFAULT 0, demo INTEGER NOT NULL DEFAULT 0, failed_attempts INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT 0, last_failed_at BIGINT, created_at BIGINT NOT NULL);
CREATE TABLE device_groups (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE);
CREATE TABLE device_group_members ( group_id BIGINT NOT NULL REFERENCES device_groups (id) ON DELETE CASCADE, device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE, PRIMARY KEY (group_id, device_id));
CREATE INDEX device_group_members_device ON device_group_members (device_id);
CREATE TABLE user_groups ( user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE, group_id BIGINT NOT NULL REFERENCES device_groups (id) ON DELETE CASCADE, PRIMARY KEY (user_id, group_id));
CREATE TABLE action_switches ( action TEXT NOT NULL, group_id BIGINT NOT NULL, enabled INTEGER NOT NULL, PRIMARY KEY (action, group_id));
CREATE TABLE audit_log ( id BIGINT PRIMARY KEY, at BIGINT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL, device_id BIGINT, target TEXT NOT NULL DEFAULT '', result TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE audit_head (last_id BIGINT NOT NULL, last_hash TEXT NOT NULL);
INSERT INTO devices (id, serial, mac, engine_id, sys_object_id, vendor, model, firmware, sys_name, device_type, first_seen, last_seen, managed, address, port, snmp_version) VALUES (1, 'CNB1234567', '00:11:22:33:44:01', '', '1.3.6.1.4.1.11.2.3.9.1', 'HP', 'HP LaserJet M404dn', '002_2310A', 'lj-floor2', 'printer', 1767225600000, 1767229200000, 1, '127.0.0.11', 161, '2c');
INSERT INTO devices (id, serial, mac, sys_object_id, vendor, model, sys_name, device_type, first_seen, last_seen, managed, address, port, snmp_version) VALUES (2, 'E78123456', '00:11:22:33:44:02', '1.3.6.1.4.1.2435.2.3.9.1', 'Brother', 'Brother HL-L8360CDW', '', 'printer', 1767225600000, 1767225600000, 0, NULL, 1161, '1');
INSERT INTO device_state (device_id, status, detected_error_state, uptime_cs, polled_at, last_error, total_pages, lowest_supply_percent, lowest_supply_name) VALUES (1, 'idle', 0, 123456, 1767229200000, '', 10250, 12, 'Black Toner');
INSERT INTO device_addresses (device_id, address, port, first_seen, last_seen) VALUES (1, '127.0.0.10', 161, 1767225600000, 1767227400000);
INSERT INTO device_addresses (device_id, address, port, first_seen, last_seen) VALUES (1, '127.0.0.11', 161, 1767227400000, 1767229200000);
INSERT INTO counter_readings (device_id, read_at, name, value, unit, source) VALUES (1, 1767225600000, 'total', 10000, 'impressions', '1.3.6.1.2.1.43.10.2.1.4.1.1');
INSERT INTO counter_readings (device_id, read_at, name, value, unit, source) VALUES (1, 1767229200000, 'total', 10250, 'impressions', '1.3.6.1.2.1.43.10.2.1.4.1.1');
INSERT INTO supply_readings (device_id, read_at, supply_index, description, kind, colour, level, max_capacity, receptacle, source) VALUES (1, 1767229200000, 1, 'Black Toner', 'toner', 'black', 1200, 10000, 0, '1.3.6.1.2.1.43.11.1.1.9.1.1');
INSERT INTO latest_supplies (device_id, supply_index, read_at, description, kind, colour, level, max_capacity, receptacle, source) VALUES (1, 1, 1767229200000, 'Black Toner', 'toner', 'black', 1200, 10000, 0, '1.3.6.1.2.1.43.11.1.1.9.1.1');
INSERT INTO alerts (device_id, alert_index, severity, alert_group, group_index, location, code, description, raised_at, cleared_at) VALUES (1, 1, 4, 11, 1, 0, 1104, 'Toner low', 1767225600000, NULL);
INSERT INTO identity_conflicts (device_id, kind, address, expected, observed, detected_at, last_seen) VALUES (1, 'mac_mismatch', '127.0.0.11', '00:11:22:33:44:01', '00:11:22:33:44:99', 1767227400000, 1767229200000);
INSERT INTO users (id, name, role, password_hash, created_at) VALUES (1, 'admin', 'admin', '$argon2id$frozen', 1767225600000);
