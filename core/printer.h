// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types that describe a printer and one poll of it. They are copyable and cross threads
// (poller thread -> storage writer -> GUI) through queued signals.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Printwatch::Core {

// Overall state, from hrDeviceStatus/hrPrinterStatus and reachability. Order is severity for sorting.
enum class DeviceStatus : quint8 {
    Unknown = 0,
    Idle,
    Printing,
    WarmingUp,
    Asleep,
    Warning,
    Down,
    Unreachable,
};

QString deviceStatusText(DeviceStatus status);   // translated, for display
QString deviceStatusKey(DeviceStatus status);    // stable, for storage and JSON ("idle", "down"...)
DeviceStatus deviceStatusFromKey(const QString &key);

struct Identity
{
    QString vendor;      // "HP", "Brother", ...
    QString model;       // hrDeviceDescr or vendor model OID
    QString serial;      // prtGeneralSerialNumber or vendor OID; empty when the printer gives none
    QString firmware;
    QString sysDescr;
    QString sysObjectId; // dotted, e.g. "1.3.6.1.4.1.11.2.3.9.1"
    QString sysName;
    QString sysContact;
    QString sysLocation;
    QString mac;         // lower-case "aa:bb:cc:dd:ee:ff", empty when unknown
    QString deviceType;  // "printer" when hrDeviceType is hrDevicePrinter or the Printer-MIB answers

    bool operator==(const Identity &) const = default;
};

// One meter. `name` is a stable key: "total", "mono", "colour", "print", "copy", "fax", "scan", ...
struct CounterReading
{
    QString name;
    qint64 value = 0;
    QString unit;   // "impressions", "sheets", ...
    QString source; // the OID(s) read, e.g. "1.3.6.1.2.1.43.10.2.1.4.1.1"

    bool operator==(const CounterReading &) const = default;
};

// Printer-MIB sentinels for prtMarkerSuppliesLevel / MaxCapacity (RFC 3805).
inline constexpr int SupplyUnrestricted = -1;
inline constexpr int SupplyUnknown = -2;
inline constexpr int SupplySomeRemaining = -3;

struct SupplyReading
{
    int index = 0;
    QString description;
    QString kind;   // "toner", "ink", "drum", "waste", "fuser", ... ("other" when not known)
    QString colour; // "black", "cyan", ... or empty
    int level = SupplyUnknown;
    int maxCapacity = SupplyUnknown;
    bool receptacle = false; // fills up instead of draining (waste toner)
    QString source;

    // Percent remaining (for a receptacle, RFC 3805 reports the room left), only when level and capacity are real.
    std::optional<int> percent() const;

    bool operator==(const SupplyReading &) const = default;
};

enum class AlertSeverity : quint8 { Other = 1, Critical = 3, Warning = 4, WarningBinaryChange = 5 };

struct AlertEntry
{
    int index = 0;
    int severity = 0; // prtAlertSeverityLevel
    int group = 0;    // prtAlertGroup
    int groupIndex = 0;
    int location = 0;
    int code = 0;     // prtAlertCode
    QString description;

    bool operator==(const AlertEntry &) const = default;
};

// What one poll of one address learnt. `reachable == false` means nothing else is valid.
struct PollResult
{
    QString address; // IPv4/IPv6 text
    quint16 port = 161;
    QDateTime polledAt;
    bool reachable = false;
    QString error; // why not reachable, or a partial failure

    Identity identity;
    DeviceStatus status = DeviceStatus::Unknown;
    quint32 detectedErrorState = 0; // hrPrinterDetectedErrorState bits, first octet in the high byte
    qint64 uptimeCentiseconds = -1;
    QList<CounterReading> counters;
    QList<SupplyReading> supplies;
    QList<AlertEntry> alerts;

    std::optional<qint64> counter(const QString &name) const;
};

// A row of the Printers table: what storage knows about one device, as of its latest poll.
struct PrinterSummary
{
    qint64 deviceId = 0;
    QString name;    // sysName, else model
    QString address; // current address
    quint16 port = 161;
    QString vendor;
    QString model;
    QString serial;
    QString mac;
    DeviceStatus status = DeviceStatus::Unknown;
    std::optional<qint64> totalPages;
    std::optional<int> lowestSupplyPercent;
    QString lowestSupplyName;
    QDateTime lastSeen;
    QDateTime lastPolled;
    QString lastError;

    bool operator==(const PrinterSummary &) const = default;
};

} // namespace Printwatch::Core

Q_DECLARE_METATYPE(Printwatch::Core::PollResult)
Q_DECLARE_METATYPE(Printwatch::Core::PrinterSummary)
