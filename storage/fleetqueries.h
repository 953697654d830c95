// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Read-only queries across the whole fleet for the console's tables and the printer detail page.
// Run them on a thread that owns a Database connection (the app's storage reader), never on the
// GUI thread. Every list can be limited to some devices, so a poll's changes reload only those.

#include "core/printer.h"
#include "core/result.h"
#include "storage/devicedetailrepository.h"
#include "storage/records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Printwatch::Storage {

class Database;

// Which printer a fleet row belongs to, as it was when read.
struct PrinterRef
{
    qint64 deviceId = 0;
    QString name; // sysName, else model
    QString address;
    quint16 port = 161;

    bool operator==(const PrinterRef &) const = default;
};

struct FleetSupplyRow
{
    PrinterRef printer;
    QDateTime readAt;
    Core::SupplyReading supply;

    bool operator==(const FleetSupplyRow &) const = default;
};

struct FleetAlertRow
{
    PrinterRef printer;
    AlertRecord record;

    bool operator==(const FleetAlertRow &) const = default;
};

// The latest value of every meter a printer reported, keyed by meter name ("total", "mono"...).
struct FleetCounterRow
{
    PrinterRef printer;
    QDateTime readAt; // the newest reading among the meters
    QHash<QString, qint64> values;
    QHash<QString, QString> sources; // meter -> OID(s) read, for provenance
    QHash<QString, QString> units;
    QString billing; // the meter the printer's profile bills on; empty when storage does not know

    bool operator==(const FleetCounterRow &) const = default;
};

// Everything the detail page shows about one printer.
struct PrinterDetail
{
    Core::PrinterSummary summary;
    QString firmware;
    QString sysDescr;
    QString sysObjectId;
    QString sysContact;
    QString sysLocation;
    QString deviceType;
    QString snmpVersion;
    bool managed = false;
    QDateTime firstSeen;
    quint32 detectedErrorState = 0;
    qint64 uptimeCentiseconds = -1;
    QList<AddressRecord> addresses;
    QList<CounterRecord> counterHistory; // oldest first
    QList<SupplyRecord> supplyHistory;   // oldest first
    QList<Core::SupplyReading> supplies; // latest
    QList<AlertRecord> alerts;           // newest first, cleared ones included
    // Everything else stored about it: identity with per-field sources and raw bytes, capabilities,
    // status detail, the latest meters with provenance and conflicts, open identity conflicts.
    DeviceDetail stored;

    bool operator==(const PrinterDetail &) const = default;
};

class FleetQueries
{
public:
    explicit FleetQueries(const Database &db);

    // Empty `deviceIds` means every device.
    Core::Result<QList<FleetSupplyRow>> latestSupplies(const QList<qint64> &deviceIds = {}) const;
    // Open alerts, plus those cleared at or after `clearedSince` (invalid: open ones only). Newest first.
    Core::Result<QList<FleetAlertRow>> alerts(const QDateTime &clearedSince, const QList<qint64> &deviceIds = {}) const;
    // One row per device that has at least one counter reading.
    Core::Result<QList<FleetCounterRow>> latestCounters(const QList<qint64> &deviceIds = {}) const;
    // Fails with a message naming the device when it does not exist. History newer than `since` only
    // (invalid: all of it).
    Core::Result<PrinterDetail> detail(qint64 deviceId, const QDateTime &since = {}) const;

private:
    Core::Result<QHash<qint64, PrinterRef>> printerRefs(const QList<qint64> &deviceIds) const;

    const Database &m_db;
};

} // namespace Printwatch::Storage

Q_DECLARE_METATYPE(Printwatch::Storage::FleetSupplyRow)
Q_DECLARE_METATYPE(Printwatch::Storage::FleetAlertRow)
Q_DECLARE_METATYPE(Printwatch::Storage::FleetCounterRow)
Q_DECLARE_METATYPE(Printwatch::Storage::PrinterDetail)
