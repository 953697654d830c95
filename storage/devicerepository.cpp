// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/devicerepository.h"

#include "storage/database.h"
#include "storage/storageutil.h"

#include <QVariant>

namespace Printwatch::Storage {

using Util::fromMs;
using Util::toMs;

struct DeviceRepository::StoredDevice
{
    qint64 id = 0;
    QString serial;
    QString mac;
    QString address; // null when the device has no current address
    quint16 port = 161;
    qint64 lastSeen = 0;
    QString engineId;
};

namespace {

QString normalisedMac(const QString &mac)
{
    return mac.trimmed().toLower();
}

QString endpoint(const QString &address, quint16 port)
{
    return port == 161 ? address : address + QLatin1Char(':') + QString::number(port);
}

// How a conflict row names a device: its serial, else its MAC, else its id.
QString deviceLabel(qint64 id, const QString &serial, const QString &mac)
{
    if (!serial.isEmpty())
        return serial;
    if (!mac.isEmpty())
        return mac;
    return QStringLiteral("device %1").arg(id);
}

// Identity columns written from a poll, in bind order (devices table, schema v1 + v4).
QVariantList identityValues(const Core::Identity &id)
{
    return {id.serial.trimmed(), id.mac.trimmed().toLower(), id.engineId.trimmed().toLower(), id.sysObjectId,
            id.vendor,           id.model,          id.firmware,       id.sysDescr,   id.sysName,
            id.sysContact,       id.sysLocation,    id.deviceType,     id.assetTag,   id.printerName,
            id.ipAddress,        id.subnetMask,     id.gateway,        id.dnsName,    id.profileId};
}

} // namespace

DeviceRepository::DeviceRepository(const Database &db) : m_db(db) {}

Core::Result<std::optional<DeviceRepository::StoredDevice>> DeviceRepository::findOne(const QString &where,
                                                                                      const QVariantList &values) const
{
    // `where` is always a literal from this file; every value is bound.
    auto query =
        m_db.run(QStringLiteral("SELECT id, serial, mac, address, port, last_seen, engine_id FROM devices WHERE ") +
                     where + QStringLiteral(" ORDER BY id LIMIT 1"),
                 values);
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return std::optional<StoredDevice>();
    StoredDevice device;
    device.id = query->value(0).toLongLong();
    device.serial = query->value(1).toString();
    device.mac = query->value(2).toString();
    if (!query->value(3).isNull())
        device.address = query->value(3).toString();
    device.port = static_cast<quint16>(query->value(4).toUInt());
    device.lastSeen = query->value(5).toLongLong();
    device.engineId = query->value(6).toString();
    return std::optional<StoredDevice>(device);
}

Core::Result<Resolution> DeviceRepository::resolve(const Core::PollResult &result)
{
    const Core::Identity &id = result.identity;
    const QString serial = id.serial.trimmed();
    const QString mac = normalisedMac(id.mac);
    const QString engineId = id.engineId.trimmed().toLower();
    const qint64 at = toMs(result.polledAt);

    std::optional<StoredDevice> found;
    struct PendingConflict
    {
        ConflictKind kind;
        QString expected;
        QString observed;
        qint64 otherDeviceId = 0;
    };
    QList<PendingConflict> pending;

    if (!serial.isEmpty() && !mac.isEmpty()) {
        auto both = findOne(QStringLiteral("serial = ? AND mac = ?"), {serial, mac});
        if (!both)
            return Core::Error{both.error()};
        found = *both;
    }
    if (!found && !serial.isEmpty()) {
        auto bySerial = findOne(QStringLiteral("serial = ?"), {serial});
        if (!bySerial)
            return Core::Error{bySerial.error()};
        found = *bySerial;
        if (found && !mac.isEmpty() && !found->mac.isEmpty() && found->mac != mac)
            pending.append({ConflictKind::MacMismatch, found->mac, mac});
    }
    bool otherSerialAtMac = false;
    QString serialAtMac;
    if (!found && !mac.isEmpty()) {
        auto byMac = findOne(QStringLiteral("mac = ?"), {mac});
        if (!byMac)
            return Core::Error{byMac.error()};
        if (*byMac) {
            if (serial.isEmpty() || (*byMac)->serial.isEmpty()) {
                found = *byMac; // one side never told its serial: same device, it adopts the serial
            } else {
                otherSerialAtMac = true;
                serialAtMac = (*byMac)->serial;
            }
        }
    }
    // The SNMPv3 engine ID is the third identity (DESIGN.md section 4), weaker than serial and MAC
    // because cloned configurations share one: it only joins a device that has no contradicting
    // serial or MAC.
    if (!found && !engineId.isEmpty() && !otherSerialAtMac) {
        auto byEngine = findOne(QStringLiteral("engine_id = ?"), {engineId});
        if (!byEngine)
            return Core::Error{byEngine.error()};
        if (*byEngine) {
            const bool serialAgrees = serial.isEmpty() || (*byEngine)->serial.isEmpty() || (*byEngine)->serial == serial;
            const bool macAgrees = mac.isEmpty() || (*byEngine)->mac.isEmpty() || (*byEngine)->mac == mac;
            if (serialAgrees && macAgrees)
                found = *byEngine;
        }
    }
    if (!found && serial.isEmpty() && mac.isEmpty() && engineId.isEmpty()) {
        auto byAddress = findOne(QStringLiteral("address = ? AND port = ? AND (sys_object_id = ? OR sys_object_id = '' "
                                                "OR ? = '')"),
                                 {result.address, result.port, id.sysObjectId, id.sysObjectId});
        if (!byAddress)
            return Core::Error{byAddress.error()};
        found = *byAddress;
    }

    Resolution resolution;
    if (!found) {
        auto inserted = insertDevice(result, at);
        if (!inserted)
            return Core::Error{inserted.error()};
        resolution.deviceId = *inserted;
        resolution.created = true;
        resolution.moved = true;
        if (otherSerialAtMac)
            pending.append({ConflictKind::MacWithOtherSerial, serialAtMac, serial});
        auto replaced = replacedHolder(resolution.deviceId, result.address, result.port);
        if (!replaced)
            return Core::Error{replaced.error()};
        if (replaced->first > 0)
            pending.append({ConflictKind::ReplacedAtAddress, replaced->second, deviceLabel(0, serial, mac),
                            replaced->first});
        if (auto done = takeAddress(resolution.deviceId, result.address, result.port); !done)
            return Core::Error{done.error()};
    } else {
        resolution.deviceId = found->id;
        if (auto done = updateIdentity(found->id, result, at); !done)
            return Core::Error{done.error()};
        const bool sameAddress =
            !found->address.isNull() && found->address == result.address && found->port == result.port;
        if (!sameAddress) {
            auto simultaneous = seenAtCurrentAddressRecently(*found, at);
            if (!simultaneous)
                return Core::Error{simultaneous.error()};
            if (*simultaneous) {
                pending.append({ConflictKind::SerialAtTwoAddresses, endpoint(found->address, found->port),
                                endpoint(result.address, result.port)});
            } else {
                auto replaced = replacedHolder(found->id, result.address, result.port);
                if (!replaced)
                    return Core::Error{replaced.error()};
                if (replaced->first > 0)
                    pending.append({ConflictKind::ReplacedAtAddress, replaced->second,
                                    deviceLabel(found->id, serial.isEmpty() ? found->serial : serial,
                                                mac.isEmpty() ? found->mac : mac),
                                    replaced->first});
                if (auto done = takeAddress(found->id, result.address, result.port); !done)
                    return Core::Error{done.error()};
                resolution.moved = true;
            }
        }
    }
    if (auto done = touchAddress(resolution.deviceId, result.address, result.port, at); !done)
        return Core::Error{done.error()};
    if (!engineId.isEmpty()) {
        auto sharing = m_db.run(QStringLiteral("SELECT id, serial, mac FROM devices WHERE engine_id = ? AND id <> ?"
                                               " ORDER BY id"),
                                {engineId, resolution.deviceId});
        if (!sharing)
            return Core::Error{sharing.error()};
        while (sharing->next()) {
            const qint64 other = sharing->value(0).toLongLong();
            pending.append({ConflictKind::EngineIdShared, engineId,
                            deviceLabel(other, sharing->value(1).toString(), sharing->value(2).toString()), other});
        }
    }
    if (auto done = storeFields(resolution.deviceId, id); !done)
        return Core::Error{done.error()};
    for (const PendingConflict &conflict : pending) {
        if (auto done = recordConflict(resolution.deviceId, conflict.kind, result.address, conflict.expected,
                                       conflict.observed, at, conflict.otherDeviceId);
            !done)
            return Core::Error{done.error()};
        resolution.conflicts.append(conflict.kind);
    }
    return resolution;
}

Core::Result<bool> DeviceRepository::seenAtCurrentAddressRecently(const StoredDevice &device, qint64 at) const
{
    if (device.address.isNull())
        return false;
    auto query = m_db.run(QStringLiteral("SELECT a.last_seen, s.status FROM devices d"
                                         " LEFT JOIN device_addresses a ON a.device_id = d.id AND a.address = d.address"
                                         " AND a.port = d.port"
                                         " LEFT JOIN device_state s ON s.device_id = d.id"
                                         " WHERE d.id = ?"),
                          {device.id});
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return false;
    const qint64 lastSeenThere = query->value(0).isNull() ? device.lastSeen : query->value(0).toLongLong();
    // A failed last poll at the current address means the printer left it: that is a move.
    if (query->value(1).toString() == Core::deviceStatusKey(Core::DeviceStatus::Unreachable))
        return false;
    return at - lastSeenThere < m_simultaneityWindowMs;
}

Core::Result<qint64> DeviceRepository::insertDevice(const Core::PollResult &result, qint64 at)
{
    const Core::Identity &id = result.identity;
    auto query = m_db.run(
        QStringLiteral(
            "INSERT INTO devices (serial, mac, engine_id, sys_object_id, vendor, model, firmware, sys_descr, sys_name,"
            " sys_contact, sys_location, device_type, asset_tag, printer_name, ip_address, subnet_mask, gateway,"
            " dns_name, profile_id, first_seen, last_seen, managed, address, port)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"),
        identityValues(id) + QVariantList{at, at, result.address, result.port});
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return Core::Error{QStringLiteral("Database %1: INSERT INTO devices returned no id").arg(m_db.path())};
    return query->value(0).toLongLong();
}

Core::Result<void> DeviceRepository::updateIdentity(qint64 deviceId, const Core::PollResult &result, qint64 at)
{
    const Core::Identity &id = result.identity;
    // A poll that misses a field (a timeout on one OID) must not blank what an earlier poll learnt;
    // serial and MAC are only filled when unknown, never overwritten (that is a conflict, not an update).
    return m_db.execute(QStringLiteral("UPDATE devices SET"
                                       " serial = CASE WHEN serial = '' THEN ? ELSE serial END,"
                                       " mac = CASE WHEN mac = '' THEN ? ELSE mac END,"
                                       // A reset or new firmware may give a new engine ID: follow it.
                                       " engine_id = COALESCE(NULLIF(?, ''), engine_id),"
                                       " sys_object_id = COALESCE(NULLIF(?, ''), sys_object_id),"
                                       " vendor = COALESCE(NULLIF(?, ''), vendor),"
                                       " model = COALESCE(NULLIF(?, ''), model),"
                                       " firmware = COALESCE(NULLIF(?, ''), firmware),"
                                       " sys_descr = COALESCE(NULLIF(?, ''), sys_descr),"
                                       " sys_name = COALESCE(NULLIF(?, ''), sys_name),"
                                       " sys_contact = COALESCE(NULLIF(?, ''), sys_contact),"
                                       " sys_location = COALESCE(NULLIF(?, ''), sys_location),"
                                       " device_type = COALESCE(NULLIF(?, ''), device_type),"
                                       " asset_tag = COALESCE(NULLIF(?, ''), asset_tag),"
                                       " printer_name = COALESCE(NULLIF(?, ''), printer_name),"
                                       " ip_address = COALESCE(NULLIF(?, ''), ip_address),"
                                       " subnet_mask = COALESCE(NULLIF(?, ''), subnet_mask),"
                                       " gateway = COALESCE(NULLIF(?, ''), gateway),"
                                       " dns_name = COALESCE(NULLIF(?, ''), dns_name),"
                                       " profile_id = COALESCE(NULLIF(?, ''), profile_id),"
                                       " last_seen = CASE WHEN last_seen < ? THEN ? ELSE last_seen END"
                                       " WHERE id = ?"),
                        identityValues(id) + QVariantList{at, at, deviceId});
}

Core::Result<void> DeviceRepository::takeAddress(qint64 deviceId, const QString &address, quint16 port)
{
    if (auto done =
            m_db.execute(QStringLiteral("UPDATE devices SET address = NULL WHERE address = ? AND port = ? AND id <> ?"),
                         {address, port, deviceId});
        !done)
        return done;
    return m_db.execute(QStringLiteral("UPDATE devices SET address = ?, port = ? WHERE id = ?"),
                        {address, port, deviceId});
}

Core::Result<void> DeviceRepository::touchAddress(qint64 deviceId, const QString &address, quint16 port, qint64 at)
{
    return m_db.execute(QStringLiteral("INSERT INTO device_addresses (device_id, address, port, first_seen, last_seen)"
                                       " VALUES (?, ?, ?, ?, ?)"
                                       " ON CONFLICT (device_id, address, port) DO UPDATE SET"
                                       " last_seen = CASE WHEN excluded.last_seen > device_addresses.last_seen"
                                       " THEN excluded.last_seen ELSE device_addresses.last_seen END"),
                        {deviceId, address, port, at, at});
}

Core::Result<void> DeviceRepository::recordConflict(qint64 deviceId, ConflictKind kind, const QString &address,
                                                    const QString &expected, const QString &observed, qint64 at,
                                                    qint64 otherDeviceId)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO identity_conflicts (device_id, kind, address, expected, observed, detected_at,"
                       " last_seen, other_device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (device_id, kind, expected, observed) DO UPDATE SET"
                       " address = excluded.address, last_seen = excluded.last_seen"),
        {deviceId, conflictKindKey(kind), address, expected, observed, at, at, otherDeviceId});
}

Core::Result<std::pair<qint64, QString>> DeviceRepository::replacedHolder(qint64 deviceId, const QString &address,
                                                                         quint16 port) const
{
    auto query = m_db.run(QStringLiteral("SELECT id, serial, mac FROM devices WHERE address = ? AND port = ?"
                                         " AND id <> ? ORDER BY id LIMIT 1"),
                          {address, port, deviceId});
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return std::pair<qint64, QString>(0, QString());
    const qint64 id = query->value(0).toLongLong();
    return std::pair<qint64, QString>(id, deviceLabel(id, query->value(1).toString(), query->value(2).toString()));
}

Core::Result<void> DeviceRepository::storeFields(qint64 deviceId, const Core::Identity &identity)
{
    // A field keeps its last known source and raw bytes until a poll says otherwise.
    QStringList fields = identity.sources.keys();
    for (const QString &field : identity.rawStrings.keys()) {
        if (!fields.contains(field))
            fields.append(field);
    }
    if (fields.isEmpty())
        return {};
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO device_fields (device_id, field, source, raw_hex) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (device_id, field) DO UPDATE SET source = excluded.source, raw_hex = excluded.raw_hex"));
    if (!query)
        return Core::Error{query.error()};
    // Prepared once, executed per field.
    for (const QString &field : std::as_const(fields)) {
        if (auto done = m_db.exec(query.value(), {deviceId, field, identity.sources.value(field),
                                                  QString::fromLatin1(identity.rawStrings.value(field).toHex())});
            !done)
            return done;
    }
    return {};
}

Core::Result<std::optional<StoredIdentity>> DeviceRepository::identity(qint64 deviceId) const
{
    auto query = m_db.run(
        QStringLiteral(
            "SELECT serial, mac, engine_id, sys_object_id, vendor, model, firmware, sys_descr, sys_name, sys_contact,"
            " sys_location, device_type, asset_tag, printer_name, ip_address, subnet_mask, gateway, dns_name,"
            " profile_id, address, port, managed, snmp_version, first_seen, last_seen FROM devices WHERE id = ?"),
        {deviceId});
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return std::optional<StoredIdentity>();
    StoredIdentity stored;
    Core::Identity &id = stored.identity;
    QString *const targets[] = {&id.serial,     &id.mac,        &id.engineId,    &id.sysObjectId, &id.vendor,
                                &id.model,      &id.firmware,   &id.sysDescr,    &id.sysName,     &id.sysContact,
                                &id.sysLocation, &id.deviceType, &id.assetTag,    &id.printerName, &id.ipAddress,
                                &id.subnetMask, &id.gateway,    &id.dnsName,     &id.profileId};
    int column = 0;
    for (QString *target : targets)
        *target = query->value(column++).toString();
    stored.address = query->value(column).isNull() ? QString() : query->value(column).toString();
    stored.port = static_cast<quint16>(query->value(column + 1).toUInt());
    stored.managed = query->value(column + 2).toInt() != 0;
    stored.snmpVersion = query->value(column + 3).toString();
    stored.firstSeen = fromMs(query->value(column + 4));
    stored.lastSeen = fromMs(query->value(column + 5));

    auto fields =
        m_db.run(QStringLiteral("SELECT field, source, raw_hex FROM device_fields WHERE device_id = ?"), {deviceId});
    if (!fields)
        return Core::Error{fields.error()};
    while (fields->next()) {
        const QString field = fields->value(0).toString();
        if (!fields->value(1).toString().isEmpty())
            id.sources.insert(field, fields->value(1).toString());
        if (!fields->value(2).toString().isEmpty())
            id.rawStrings.insert(field, QByteArray::fromHex(fields->value(2).toString().toLatin1()));
    }
    return std::optional<StoredIdentity>(stored);
}

Core::Result<std::optional<qint64>> DeviceRepository::deviceAt(const QString &address, quint16 port) const
{
    auto query = m_db.run(QStringLiteral("SELECT id FROM devices WHERE address = ? AND port = ? ORDER BY id LIMIT 1"),
                          {address, port});
    if (!query)
        return Core::Error{query.error()};
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Core::Result<void> DeviceRepository::setManaged(qint64 deviceId, bool managed, Core::SnmpVersion version)
{
    return m_db.execute(QStringLiteral("UPDATE devices SET managed = ?, snmp_version = ? WHERE id = ?"),
                        {managed ? 1 : 0, Core::snmpVersionKey(version), deviceId});
}

Core::Result<QList<AddressRecord>> DeviceRepository::addressHistory(qint64 deviceId) const
{
    auto query = m_db.run(QStringLiteral("SELECT address, port, first_seen, last_seen FROM device_addresses"
                                         " WHERE device_id = ? ORDER BY first_seen, id"),
                          {deviceId});
    if (!query)
        return Core::Error{query.error()};
    QList<AddressRecord> records;
    while (query->next()) {
        records.append({query->value(0).toString(), static_cast<quint16>(query->value(1).toUInt()),
                        fromMs(query->value(2)), fromMs(query->value(3))});
    }
    return records;
}

Core::Result<QList<IdentityConflict>> DeviceRepository::conflicts(qint64 deviceId) const
{
    return readConflicts(deviceId);
}

Core::Result<QList<IdentityConflict>> DeviceRepository::allConflicts() const
{
    return readConflicts(std::nullopt);
}

Core::Result<QList<IdentityConflict>> DeviceRepository::readConflicts(std::optional<qint64> deviceId) const
{
    auto query = m_db.run(QStringLiteral("SELECT id, device_id, kind, address, expected, observed, detected_at,"
                                         " last_seen, other_device_id FROM identity_conflicts"
                                         " WHERE (? = 0 OR device_id = ?) AND resolved_at IS NULL"
                                         " ORDER BY device_id, id"),
                          {deviceId ? 1 : 0, deviceId.value_or(0)});
    if (!query)
        return Core::Error{query.error()};
    QList<IdentityConflict> records;
    while (query->next()) {
        IdentityConflict conflict;
        conflict.id = query->value(0).toLongLong();
        conflict.deviceId = query->value(1).toLongLong();
        conflict.kind = conflictKindFromKey(query->value(2).toString()).value_or(ConflictKind::MacMismatch);
        conflict.address = query->value(3).toString();
        conflict.expected = query->value(4).toString();
        conflict.observed = query->value(5).toString();
        conflict.detectedAt = fromMs(query->value(6));
        conflict.lastSeen = fromMs(query->value(7));
        conflict.otherDeviceId = query->value(8).toLongLong();
        records.append(conflict);
    }
    return records;
}

Core::Result<qint64> DeviceRepository::deviceCount() const
{
    auto query = m_db.run(QStringLiteral("SELECT COUNT(*) FROM devices"));
    if (!query)
        return Core::Error{query.error()};
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace Printwatch::Storage
