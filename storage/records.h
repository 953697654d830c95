// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows read back from the store, for models, reports and the detail page. Copyable values.

#include "core/printer.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Printwatch::Storage {

struct CounterRecord
{
    QDateTime readAt;
    Core::CounterReading reading;

    bool operator==(const CounterRecord &) const = default;
};

struct SupplyRecord
{
    QDateTime readAt;
    Core::SupplyReading reading;

    bool operator==(const SupplyRecord &) const = default;
};

struct AlertRecord
{
    qint64 id = 0;
    qint64 deviceId = 0;
    Core::AlertEntry alert;
    QDateTime raisedAt;
    QDateTime clearedAt; // invalid while the alert is active

    bool active() const { return !clearedAt.isValid(); }
    bool operator==(const AlertRecord &) const = default;
};

struct AddressRecord
{
    QString address;
    quint16 port = 161;
    QDateTime firstSeen;
    QDateTime lastSeen;

    bool operator==(const AddressRecord &) const = default;
};

struct PollLogEntry
{
    qint64 id = 0;
    QDateTime polledAt;
    QString address;
    quint16 port = 161;
    std::optional<qint64> deviceId; // empty when nothing answered and no device claims the address
    bool ok = false;
    QString error;
    std::optional<qint64> durationMs;

    bool operator==(const PollLogEntry &) const = default;
};

// Something identity resolution could not settle by itself; shown to the administrator.
enum class ConflictKind : quint8
{
    MacMismatch,          // a known serial answered with another MAC (network card replaced? cloned serial?)
    SerialAtTwoAddresses, // one serial answered at two addresses within the same window
    MacWithOtherSerial,   // a known MAC answered with another serial (formatter board replaced?)
    ReplacedAtAddress,    // another printer (other serial/MAC) now answers at a device's address
    EngineIdShared,       // two devices with different serials report one SNMPv3 engine ID (cloned config)
};

QString conflictKindKey(ConflictKind kind); // stable, stored
std::optional<ConflictKind> conflictKindFromKey(const QString &key);

struct IdentityConflict
{
    qint64 id = 0;
    qint64 deviceId = 0;
    ConflictKind kind = ConflictKind::MacMismatch;
    QString address;  // where it was observed
    QString expected; // what the store knew (MAC, address, serial)
    QString observed; // what the printer said
    QDateTime detectedAt;
    QDateTime lastSeen;
    qint64 otherDeviceId = 0; // ReplacedAtAddress/EngineIdShared: the other device involved, 0 when none

    bool operator==(const IdentityConflict &) const = default;
};

} // namespace Printwatch::Storage

Q_DECLARE_METATYPE(Printwatch::Storage::CounterRecord)
Q_DECLARE_METATYPE(Printwatch::Storage::SupplyRecord)
Q_DECLARE_METATYPE(Printwatch::Storage::AlertRecord)
Q_DECLARE_METATYPE(Printwatch::Storage::PollLogEntry)
Q_DECLARE_METATYPE(Printwatch::Storage::IdentityConflict)
