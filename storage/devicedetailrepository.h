// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything known about one printer, for the detail page and `printwatch-cli`: identity with
// per-field sources and raw printer bytes, network, capabilities, status detail, the latest
// meters with provenance (raw value, scale, alternative sources, conflicts), the latest supplies
// with their unit and state, active alerts, the address history and open identity conflicts.
// Read-only; run it on a thread that owns the Database connection.

#include "core/printer.h"
#include "core/result.h"
#include "storage/devicerepository.h"
#include "storage/readingrepository.h"
#include "storage/records.h"

#include <QList>
#include <QMetaType>

namespace Printwatch::Storage {

class Database;

struct DeviceDetail
{
    qint64 deviceId = 0;
    StoredIdentity device;           // identity, network fields, current address, managed, SNMP version
    Core::DeviceStatus status = Core::DeviceStatus::Unknown;
    quint32 detectedErrorState = 0;
    QString lastError;
    QDateTime lastPolled;
    DeviceDetails details;           // capabilities and status detail; polledAt invalid when never stored
    QList<CounterRecord> counters;   // the newest reading of each meter, with provenance
    QList<Core::SupplyReading> supplies; // latest; SupplyReading::state() and percent() give the state
    QList<AlertRecord> activeAlerts; // newest first
    QList<AddressRecord> addresses;  // oldest first
    QList<IdentityConflict> conflicts;

    bool operator==(const DeviceDetail &) const = default;
};

class DeviceDetailRepository
{
public:
    explicit DeviceDetailRepository(const Database &db);

    // Fails with a message naming the device id when it does not exist.
    Core::Result<DeviceDetail> detail(qint64 deviceId) const;

private:
    const Database &m_db;
};

} // namespace Printwatch::Storage

Q_DECLARE_METATYPE(Printwatch::Storage::DeviceDetail)
