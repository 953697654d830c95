// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Devices, their address history and identity conflicts. Decides which stored device a poll
// belongs to (DESIGN.md section 4: a device is its serial + MAC + engine ID, never its IP).
//
// Resolution order:
//   1. serial AND MAC both known: the device with both;
//   2. else the device with that serial (MAC missing, or differing: see below);
//   3. else the device with that MAC (a stored device without serial adopts the serial);
//   4. else the device with that SNMPv3 engine ID, when its serial and MAC do not contradict;
//   5. only when the printer gives no serial, MAC or engine ID: the device currently at that address and port whose
//      sysObjectID matches (or is unknown);
//   6. otherwise a new device.
//
// Conflict policy (never a silent merge, never a silent split):
//   - A known serial answering with a different MAC stays the SAME device: the serial is printed
//     on the chassis, and a replaced network card is the common cause. The stored MAC is kept and
//     a MacMismatch conflict (expected = stored MAC, observed = new MAC) is recorded once and
//     refreshed on every later sighting, so the administrator sees it until they act.
//   - A known MAC answering with a different, non-empty serial is a NEW device (a serial is the
//     stronger identity), with a MacWithOtherSerial conflict recorded on the new device.
//   - A serial seen at a second address while its current address was seen within
//     simultaneityWindow() and its last poll did not fail is "at two addresses at once": one device,
//     the second address goes into the history, the current address stays, and a
//     SerialAtTwoAddresses conflict is recorded. Otherwise the device has moved: its current
//     address changes and the history gains a row.
//   - When a device takes an address as current, any other device that claimed that address as
//     current gives it up (its current address becomes empty; its history is kept), and a
//     ReplacedAtAddress notice (expected = the old holder, observed = the newcomer) is recorded on
//     the newcomer: a printer swapped for another at the same IP is visible, not silent.
//   - Devices that are distinct by serial or MAC but report one engine ID get an EngineIdShared
//     conflict (expected = engine ID, observed = the other device): SNMPv3 cannot tell them apart.

#include "core/printer.h"
#include "core/result.h"
#include "core/snmpcredential.h"
#include "storage/records.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

namespace Printwatch::Storage {

class Database;

// A device as stored: its identity (with per-field sources and raw bytes) and bookkeeping.
struct StoredIdentity
{
    Core::Identity identity;
    QString address; // current; empty when none
    quint16 port = 161;
    bool managed = false;
    QString snmpVersion;
    QDateTime firstSeen;
    QDateTime lastSeen;

    bool operator==(const StoredIdentity &) const = default;
};

struct Resolution
{
    qint64 deviceId = 0;
    bool created = false;
    bool moved = false; // the current address changed
    QList<ConflictKind> conflicts;
};

class DeviceRepository
{
public:
    explicit DeviceRepository(const Database &db);

    // Finds or creates the device a reachable poll belongs to, refreshes its identity fields,
    // last_seen and address history, and records conflicts. Call inside a write transaction.
    Core::Result<Resolution> resolve(const Core::PollResult &result);

    // The device currently claiming this address and port, for polls that got no answer.
    Core::Result<std::optional<qint64>> deviceAt(const QString &address, quint16 port) const;

    Core::Result<void> setManaged(qint64 deviceId, bool managed, Core::SnmpVersion version);

    Core::Result<QList<AddressRecord>> addressHistory(qint64 deviceId) const;
    // Unresolved conflicts of one device, or of every device (ordered by device, then age).
    Core::Result<QList<IdentityConflict>> conflicts(qint64 deviceId) const;
    Core::Result<QList<IdentityConflict>> allConflicts() const;
    // Empty when the device does not exist.
    Core::Result<std::optional<StoredIdentity>> identity(qint64 deviceId) const;
    Core::Result<qint64> deviceCount() const;

    // Two sightings of one serial at two addresses closer than this are "at once", not a move.
    static constexpr qint64 DefaultSimultaneityWindowMs = 10 * 60 * 1000;
    void setSimultaneityWindow(qint64 ms) { m_simultaneityWindowMs = ms; }
    qint64 simultaneityWindow() const { return m_simultaneityWindowMs; }

private:
    struct StoredDevice;
    Core::Result<std::optional<StoredDevice>> findOne(const QString &where, const QVariantList &values) const;
    Core::Result<qint64> insertDevice(const Core::PollResult &result, qint64 at);
    Core::Result<bool> seenAtCurrentAddressRecently(const StoredDevice &device, qint64 at) const;
    Core::Result<void> updateIdentity(qint64 deviceId, const Core::PollResult &result, qint64 at);
    Core::Result<void> takeAddress(qint64 deviceId, const QString &address, quint16 port);
    Core::Result<void> touchAddress(qint64 deviceId, const QString &address, quint16 port, qint64 at);
    Core::Result<void> recordConflict(qint64 deviceId, ConflictKind kind, const QString &address,
                                      const QString &expected, const QString &observed, qint64 at,
                                      qint64 otherDeviceId);
    // The other device currently at this address (id and label), id 0 when none.
    Core::Result<std::pair<qint64, QString>> replacedHolder(qint64 deviceId, const QString &address,
                                                           quint16 port) const;
    Core::Result<void> storeFields(qint64 deviceId, const Core::Identity &identity);
    Core::Result<QList<IdentityConflict>> readConflicts(std::optional<qint64> deviceId) const;

    const Database &m_db;
    qint64 m_simultaneityWindowMs = DefaultSimultaneityWindowMs;
};

} // namespace Printwatch::Storage
