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

} // namespace

DeviceRepository::DeviceRepository(const Database &db) : m_db(db) {}

Core::Result<std::optional<DeviceRepository::StoredDevice>> DeviceRepository::findOne(const QString &where,
                                                                                      const QVariantList &values) const
{
    // `where` is always a literal from this file; every value is bound.
    auto query = m_db.prepare(QStringLiteral("SELECT id, serial, mac, address, port, last_seen FROM devices WHERE ") +
                              where + QStringLiteral(" ORDER BY id LIMIT 1"));
    if (!query)
        return Core::Error{query.error()};
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
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
    return std::optional<StoredDevice>(device);
}

Core::Result<Resolution> DeviceRepository::resolve(const Core::PollResult &result)
{
    const Core::Identity &id = result.identity;
    const QString serial = id.serial.trimmed();
    const QString mac = normalisedMac(id.mac);
    const qint64 at = toMs(result.polledAt);

    std::optional<StoredDevice> found;
    struct PendingConflict
    {
        ConflictKind kind;
        QString expected;
        QString observed;
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
    if (!found && serial.isEmpty() && mac.isEmpty()) {
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
                if (auto done = takeAddress(found->id, result.address, result.port); !done)
                    return Core::Error{done.error()};
                resolution.moved = true;
            }
        }
    }
    if (auto done = touchAddress(resolution.deviceId, result.address, result.port, at); !done)
        return Core::Error{done.error()};
    for (const PendingConflict &conflict : pending) {
        if (auto done = recordConflict(resolution.deviceId, conflict.kind, result.address, conflict.expected,
                                       conflict.observed, at);
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
    auto query = m_db.prepare(QStringLiteral(
        "SELECT a.last_seen, s.status FROM devices d"
        " LEFT JOIN device_addresses a ON a.device_id = d.id AND a.address = d.address AND a.port = d.port"
        " LEFT JOIN device_state s ON s.device_id = d.id"
        " WHERE d.id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(device.id);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
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
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO devices (serial, mac, sys_object_id, vendor, model, firmware, sys_descr, sys_name, sys_contact,"
        " sys_location, device_type, first_seen, last_seen, managed, address, port)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"));
    if (!query)
        return Core::Error{query.error()};
    for (const QString &value : {id.serial.trimmed(), normalisedMac(id.mac), id.sysObjectId, id.vendor, id.model,
                                 id.firmware, id.sysDescr, id.sysName, id.sysContact, id.sysLocation, id.deviceType})
        query->addBindValue(value);
    query->addBindValue(at);
    query->addBindValue(at);
    query->addBindValue(result.address);
    query->addBindValue(result.port);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    if (!query->next())
        return Core::Error{QStringLiteral("Database %1: INSERT INTO devices returned no id").arg(m_db.path())};
    return query->value(0).toLongLong();
}

Core::Result<void> DeviceRepository::updateIdentity(qint64 deviceId, const Core::PollResult &result, qint64 at)
{
    const Core::Identity &id = result.identity;
    // A poll that misses a field (a timeout on one OID) must not blank what an earlier poll learnt;
    // serial and MAC are only filled when unknown, never overwritten (that is a conflict, not an update).
    auto query = m_db.prepare(QStringLiteral("UPDATE devices SET"
                                             " serial = CASE WHEN serial = '' THEN ? ELSE serial END,"
                                             " mac = CASE WHEN mac = '' THEN ? ELSE mac END,"
                                             " sys_object_id = COALESCE(NULLIF(?, ''), sys_object_id),"
                                             " vendor = COALESCE(NULLIF(?, ''), vendor),"
                                             " model = COALESCE(NULLIF(?, ''), model),"
                                             " firmware = COALESCE(NULLIF(?, ''), firmware),"
                                             " sys_descr = COALESCE(NULLIF(?, ''), sys_descr),"
                                             " sys_name = COALESCE(NULLIF(?, ''), sys_name),"
                                             " sys_contact = COALESCE(NULLIF(?, ''), sys_contact),"
                                             " sys_location = COALESCE(NULLIF(?, ''), sys_location),"
                                             " device_type = COALESCE(NULLIF(?, ''), device_type),"
                                             " last_seen = CASE WHEN last_seen < ? THEN ? ELSE last_seen END"
                                             " WHERE id = ?"));
    if (!query)
        return Core::Error{query.error()};
    for (const QString &value : {id.serial.trimmed(), normalisedMac(id.mac), id.sysObjectId, id.vendor, id.model,
                                 id.firmware, id.sysDescr, id.sysName, id.sysContact, id.sysLocation, id.deviceType})
        query->addBindValue(value);
    query->addBindValue(at);
    query->addBindValue(at);
    query->addBindValue(deviceId);
    return m_db.exec(query.value());
}

Core::Result<void> DeviceRepository::takeAddress(qint64 deviceId, const QString &address, quint16 port)
{
    auto release =
        m_db.prepare(QStringLiteral("UPDATE devices SET address = NULL WHERE address = ? AND port = ? AND id <> ?"));
    if (!release)
        return Core::Error{release.error()};
    release->addBindValue(address);
    release->addBindValue(port);
    release->addBindValue(deviceId);
    if (auto done = m_db.exec(release.value()); !done)
        return done;
    auto take = m_db.prepare(QStringLiteral("UPDATE devices SET address = ?, port = ? WHERE id = ?"));
    if (!take)
        return Core::Error{take.error()};
    take->addBindValue(address);
    take->addBindValue(port);
    take->addBindValue(deviceId);
    return m_db.exec(take.value());
}

Core::Result<void> DeviceRepository::touchAddress(qint64 deviceId, const QString &address, quint16 port, qint64 at)
{
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO device_addresses (device_id, address, port, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id, address, port) DO UPDATE SET"
        " last_seen = CASE WHEN excluded.last_seen > device_addresses.last_seen"
        " THEN excluded.last_seen ELSE device_addresses.last_seen END"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(deviceId);
    query->addBindValue(address);
    query->addBindValue(port);
    query->addBindValue(at);
    query->addBindValue(at);
    return m_db.exec(query.value());
}

Core::Result<void> DeviceRepository::recordConflict(qint64 deviceId, ConflictKind kind, const QString &address,
                                                    const QString &expected, const QString &observed, qint64 at)
{
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO identity_conflicts (device_id, kind, address, expected, observed, detected_at, last_seen)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id, kind, expected, observed) DO UPDATE SET"
        " address = excluded.address, last_seen = excluded.last_seen"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(deviceId);
    query->addBindValue(conflictKindKey(kind));
    query->addBindValue(address);
    query->addBindValue(expected);
    query->addBindValue(observed);
    query->addBindValue(at);
    query->addBindValue(at);
    return m_db.exec(query.value());
}

Core::Result<std::optional<qint64>> DeviceRepository::deviceAt(const QString &address, quint16 port) const
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT id FROM devices WHERE address = ? AND port = ? ORDER BY id LIMIT 1"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(address);
    query->addBindValue(port);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Core::Result<void> DeviceRepository::setManaged(qint64 deviceId, bool managed, Core::SnmpVersion version)
{
    auto query = m_db.prepare(QStringLiteral("UPDATE devices SET managed = ?, snmp_version = ? WHERE id = ?"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(managed ? 1 : 0);
    query->addBindValue(Core::snmpVersionKey(version));
    query->addBindValue(deviceId);
    return m_db.exec(query.value());
}

Core::Result<QList<AddressRecord>> DeviceRepository::addressHistory(qint64 deviceId) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT address, port, first_seen, last_seen FROM device_addresses"
                                             " WHERE device_id = ? ORDER BY first_seen, id"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(deviceId);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    QList<AddressRecord> records;
    while (query->next()) {
        records.append({query->value(0).toString(), static_cast<quint16>(query->value(1).toUInt()),
                        fromMs(query->value(2)), fromMs(query->value(3))});
    }
    return records;
}

Core::Result<QList<IdentityConflict>> DeviceRepository::conflicts(qint64 deviceId) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, device_id, kind, address, expected, observed, detected_at,"
                                             " last_seen FROM identity_conflicts WHERE device_id = ? ORDER BY id"));
    if (!query)
        return Core::Error{query.error()};
    query->addBindValue(deviceId);
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
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
        records.append(conflict);
    }
    return records;
}

Core::Result<qint64> DeviceRepository::deviceCount() const
{
    auto query = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM devices"));
    if (!query)
        return Core::Error{query.error()};
    if (auto done = m_db.exec(query.value()); !done)
        return Core::Error{done.error()};
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace Printwatch::Storage
