// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types that describe a printer and one poll of it. They are copyable and cross threads
// (poller thread -> storage writer -> GUI) through queued signals.

#include <QDateTime>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>
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
// The printer answered its last poll (any status but Unreachable and Unknown).
constexpr bool isAnswering(DeviceStatus status)
{
    return status != DeviceStatus::Unreachable && status != DeviceStatus::Unknown;
}

// hrPrinterDetectedErrorState's conditions as a person reads them ("paper low", "jammed"...),
// translated, in bit order, for bits kept as PollResult::detectedErrorState keeps them (RFC 2790
// bit 0, the high bit of the first octet, is 0x8000). Empty when no condition is set.
QStringList errorStateTexts(quint32 bits);

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

    // Added for issue 4 (every identity and network field of DESIGN.md 1.2).
    QString assetTag;     // vendor asset-number OID from the profile (the Printer-MIB has none)
    QString printerName;  // prtGeneralPrinterName
    QString ipAddress;    // the ipAdEntAddr of the address polled (or the first non-loopback)
    QString subnetMask;   // ipAdEntNetMask of that address
    QString gateway;      // next hop of the 0.0.0.0 route (ipRouteTable / ipCidrRouteTable)
    QString dnsName;      // reverse name, when a caller resolved one
    QString engineId;     // SNMPv3 authoritative engine ID, lower-case hex, empty for v1/v2c
    QString profileId;    // vendor profile that matched ("hp", "ricoh", ...), empty for none
    // Printer strings as received, for fields whose shown text differs from the bytes (hex,
    // HP's PML header, NUL padding, Latin-1): field name ("serial", "model"...) -> raw bytes.
    QMap<QString, QByteArray> rawStrings;
    // Where each identity field came from: field name -> OID.
    QMap<QString, QString> sources;

    bool operator==(const Identity &) const = default;
};

// One more source for the same meter, kept when candidate sources disagree (or agree: then
// the reading is corroborated).
struct CounterSourceValue
{
    QString source; // OID
    qint64 value = 0;
    QString unit;

    bool operator==(const CounterSourceValue &) const = default;
};

// One meter. `name` is a stable key: "total", "mono", "colour", "print", "copy", "fax", "scan", ...
struct CounterReading
{
    QString name;
    qint64 value = 0;
    QString unit;   // "impressions", "sheets", ...
    QString source; // the OID(s) read, e.g. "1.3.6.1.2.1.43.10.2.1.4.1.1"

    // Added for issue 4: provenance.
    qint64 rawValue = 0;          // as the printer sent it, before the profile's scale
    double scale = 1.0;           // value = rawValue * scale
    bool billing = false;         // the meter a billing report uses for this device
    QString label;                // the vendor's own name for it, e.g. "Black & White Total Count"
    QString profileId;            // profile that defined it, empty for standard MIBs
    QList<CounterSourceValue> alternatives; // other sources for the same name
    bool conflict = false;        // an alternative disagrees with `value`

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

    // Added for issue 4.
    QString unit;           // prtMarkerSuppliesSupplyUnit as a name ("percent", "impressions", ...)
    QString capacitySource; // OID of the max capacity
    QString partNumber;     // from the description or a vendor OID, when known
    QString quirk;          // a vendor quirk the profile applied, e.g. "level-over-capacity"

    // Percent remaining (for a receptacle, RFC 3805 reports the room left), only when level and capacity are real.
    std::optional<int> percent() const;
    // "ok", "low", "empty", "unknown", "some remaining", "unrestricted"; receptacles: "ok",
    // "nearly full", "full". Low is 10 % or less (room left for receptacles).
    QString state() const;

    bool operator==(const SupplyReading &) const = default;
};

// The one supply a fleet overview names for a printer: the lowest percentage, except that an empty
// supply (a full receptacle) of unknown capacity comes first; with no percentage at all, the supply
// whose state says most ("some remaining", then "ok" for a level of unknown capacity, "unknown",
// "unrestricted"). `state` is SupplyReading::state() when the percentage does not tell it.
// Nothing (no name) for a printer without supplies.
struct LowestSupply
{
    std::optional<int> percent;
    QString name;
    QString state;
};
LowestSupply lowestSupply(const QList<SupplyReading> &supplies);

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

    // Added for issue 4.
    QString codeText;  // readable text of the IANA prtAlertCode ("jam", "marker supply empty"...)
    QString groupText; // "input", "output", "markerSupplies", ... from prtAlertGroup
    int trainingLevel = 0;
    qint64 time = 0;   // prtAlertTime (sysUpTime centiseconds when it was raised)

    bool operator==(const AlertEntry &) const = default;
};

// Installed components and what they can do (DESIGN.md 1.2, capabilities).
struct TrayInfo
{
    int index = 0;
    QString name;        // prtInputName / prtOutputName
    QString description; // prtInputDescription / prtOutputDescription
    QString mediaName;   // prtInputMediaName
    int level = SupplyUnknown;       // prtInputCurrentLevel / prtOutputRemainingCapacity, raw
    int maxCapacity = SupplyUnknown; // raw
    QString kind;        // input: "sheetFeedAutoRemovableTray", ...; output: "output"
    QString status;      // decoded prtSubUnitStatus: "available", "unavailable", ...

    bool operator==(const TrayInfo &) const = default;
};

struct DeviceComponent // hrDeviceTable row
{
    int index = 0;
    QString type;        // "printer", "network", "disk", "processor", ...
    QString description;
    int status = 0;      // hrDeviceStatus

    bool operator==(const DeviceComponent &) const = default;
};

// One way into the printer, from the PWG Port Monitor MIB (ppmPortTable, PWG 5107.1).
struct PortInfo
{
    int printerIndex = 0; // ppmPrinterIndex
    int index = 0;        // ppmPortIndex
    QString name;         // ppmPortName
    QString uri;          // ppmPortServiceNameOrURI
    QString protocol;     // "lpd", "raw9100", "ipp", ... from ppmPortProtocolType (IANA PrtChannelTypeTC)
    int protocolType = 0; // raw
    int tcpPort = 0;      // ppmPortProtocolTargetPort, 0 when not given
    std::optional<bool> enabled; // ppmPortEnabled
    QString source;       // OID the row was found by (its name, URI, protocol or enabled column)

    bool operator==(const PortInfo &) const = default;
};

struct Capabilities
{
    QList<TrayInfo> inputs;
    QList<TrayInfo> outputs;
    QList<DeviceComponent> components;
    QStringList interpreters; // prtInterpreterDescription ("PCL 6", "PostScript 3", ...)
    QStringList mediaPaths;   // prtMediaPathDescription / type
    QStringList markers;      // "electrophotographicLED", "inkjet", ...
    int colorants = 0;        // prtMarkerProcessColorants of the first marker
    std::optional<bool> colour;
    std::optional<bool> duplex;
    qint64 memoryKb = -1;  // hrMemorySize
    qint64 storageKb = -1; // fixed-disk hrStorage size
    int speedPpm = 0;      // when a vendor profile knows it
    QList<PortInfo> ports; // PWG Port Monitor MIB: LPD, port 9100, IPP... as the printer lists them
    QString ieee1284DeviceId; // ppmPrinterIEEE1284DeviceId ("MFG:...;MDL:...;CMD:...;")

    bool operator==(const Capabilities &) const = default;
};

struct CoverInfo
{
    int index = 0;
    QString description;
    QString status; // "open", "closed", "interlockOpen", "interlockClosed", "other"

    bool operator==(const CoverInfo &) const = default;
};

// Status detail beyond the summary DeviceStatus.
struct StatusDetail
{
    int hrDeviceStatus = 0;  // raw, 0 = not reported
    int hrPrinterStatus = 0; // raw, 0 = not reported
    QStringList errorStates; // errorStateKeys(detectedErrorState)
    QStringList consoleDisplay; // prtConsoleDisplayBufferText lines
    QList<CoverInfo> covers;
    QString consoleLanguage;

    bool operator==(const StatusDetail &) const = default;
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
    // Added for issue 4.
    Capabilities capabilities;
    StatusDetail statusDetail;

    std::optional<qint64> counter(const QString &name) const;
    const CounterReading *billingCounter() const; // nullptr when no meter is marked billing
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
    // SupplyReading::state() of the supply named when its percentage does not say it (no supply
    // reports one, or it is empty with no capacity), e.g. "some remaining"; empty otherwise.
    QString lowestSupplyState;
    quint32 detectedErrorState = 0; // as PollResult's: what the printer says is wrong (errorStateTexts)
    QDateTime lastSeen;
    QDateTime lastPolled;
    QString lastError;

    bool operator==(const PrinterSummary &) const = default;
};

} // namespace Printwatch::Core

Q_DECLARE_METATYPE(Printwatch::Core::PollResult)
Q_DECLARE_METATYPE(Printwatch::Core::PrinterSummary)
