// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pure decoding of the standard printer MIBs (MIB-II, Host Resources RFC 2790, Printer-MIB v2
// RFC 3805) from varbinds into core values. No I/O: PrinterReader fetches, this decodes, tests
// feed it tables.

#include "core/printer.h"
#include "snmp/rowindex.h"
#include "snmp/varbind.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Printwatch::Snmp::PrinterMib {

// OIDs read. Columns and tables are walked, scalars fetched with GET.
namespace Oids {
inline const Oid sysDescr{1, 3, 6, 1, 2, 1, 1, 1, 0};
inline const Oid sysObjectId{1, 3, 6, 1, 2, 1, 1, 2, 0};
inline const Oid sysUpTime{1, 3, 6, 1, 2, 1, 1, 3, 0};
inline const Oid sysContact{1, 3, 6, 1, 2, 1, 1, 4, 0};
inline const Oid sysName{1, 3, 6, 1, 2, 1, 1, 5, 0};
inline const Oid sysLocation{1, 3, 6, 1, 2, 1, 1, 6, 0};
inline const Oid ifPhysAddress{1, 3, 6, 1, 2, 1, 2, 2, 1, 6};
inline const Oid hrMemorySize{1, 3, 6, 1, 2, 1, 25, 2, 2, 0};
inline const Oid hrStorageEntry{1, 3, 6, 1, 2, 1, 25, 2, 3, 1};
inline const Oid hrDeviceEntry{1, 3, 6, 1, 2, 1, 25, 3, 2, 1};
inline const Oid hrDeviceType{1, 3, 6, 1, 2, 1, 25, 3, 2, 1, 2};
inline const Oid hrDeviceDescr{1, 3, 6, 1, 2, 1, 25, 3, 2, 1, 3};
inline const Oid hrDeviceStatus{1, 3, 6, 1, 2, 1, 25, 3, 2, 1, 5};
inline const Oid hrDevicePrinter{1, 3, 6, 1, 2, 1, 25, 3, 1, 5};
inline const Oid hrPrinterEntry{1, 3, 6, 1, 2, 1, 25, 3, 5, 1};
inline const Oid hrPrinterStatus{1, 3, 6, 1, 2, 1, 25, 3, 5, 1, 1};
inline const Oid hrPrinterDetectedErrorState{1, 3, 6, 1, 2, 1, 25, 3, 5, 1, 2};
inline const Oid printerMib{1, 3, 6, 1, 2, 1, 43};
inline const Oid prtGeneralTable{1, 3, 6, 1, 2, 1, 43, 5, 1};
inline const Oid prtGeneralSerialNumber{1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 17};
inline const Oid prtMarkerEntry{1, 3, 6, 1, 2, 1, 43, 10, 2, 1};
inline const Oid prtMarkerCounterUnit{1, 3, 6, 1, 2, 1, 43, 10, 2, 1, 3};
inline const Oid prtMarkerLifeCount{1, 3, 6, 1, 2, 1, 43, 10, 2, 1, 4};
inline const Oid prtMarkerSuppliesEntry{1, 3, 6, 1, 2, 1, 43, 11, 1, 1};
inline const Oid prtMarkerColorantValue{1, 3, 6, 1, 2, 1, 43, 12, 1, 1, 4};
inline const Oid prtAlertEntry{1, 3, 6, 1, 2, 1, 43, 18, 1, 1};
} // namespace Oids

// Each decoder takes the rows as a list (tests, discovery) or, when several run over the same
// rows (decodePrinter), as one RowIndex built once: lookups by binary search, no scans.

// Identity from the system group, hrDeviceTable, prtGeneralSerialNumber and ifPhysAddress.
// `rows` may hold any mix of those varbinds; vendor comes from the enterprise number.
Core::Identity decodeIdentity(const QList<VarBind> &rows);
Core::Identity decodeIdentity(const RowIndex &rows);
// What decodeIdentity read the model and serial from (nullptr: not read from a row), and whether
// their text differs from the bytes: decodePrinter names their sources without decoding again.
struct IdentityCells
{
    const VarBind *model = nullptr;
    bool modelTransformed = false;
    const VarBind *serial = nullptr;
    bool serialTransformed = false;
};
// decodeIdentity for decodePrinter, which decodes the system group's four strings itself (as
// printer strings, over these): they are left empty here, and sysDescr is read only when the
// enterprise number names no vendor. Every other field is decodeIdentity's.
Core::Identity decodeIdentityWithoutSystemStrings(const RowIndex &rows, std::optional<quint32> device,
                                                  IdentityCells &cells);
// hrDeviceIndex of the printer: the hrDeviceEntry typed hrDevicePrinter, else the first index the
// Printer-MIB uses, else the first device. decodeIdentity, decodeStatus and decodeErrorState each
// find it; decodePrinter finds it once and passes it to the overloads that take it.
std::optional<quint32> printerDeviceIndex(const RowIndex &rows);

// RFC 3805 2.2.13.2 (hrDeviceStatus x hrPrinterStatus). 0 = not reported.
Core::DeviceStatus mapStatus(int hrDeviceStatus, int hrPrinterStatus);
Core::DeviceStatus decodeStatus(const QList<VarBind> &rows);
Core::DeviceStatus decodeStatus(const RowIndex &rows);
Core::DeviceStatus decodeStatus(const RowIndex &rows, std::optional<quint32> device);

// hrPrinterDetectedErrorState octets -> bits, first octet in the high byte of the low 16 bits.
quint32 decodeErrorState(const QByteArray &octets);
quint32 decodeErrorState(const QList<VarBind> &rows);
quint32 decodeErrorState(const RowIndex &rows);
quint32 decodeErrorState(const RowIndex &rows, std::optional<quint32> device);
QStringList errorStateKeys(quint32 bits); // "lowPaper", "noToner", "jammed", ...

QString supplyKind(int prtMarkerSuppliesType);     // "toner", "waste", "drum", ... "other"
// For prtMarkerSuppliesType other(1)/unknown(2): the kind the description names, else "other".
QString supplyKindFromDescription(const QString &description);
QString supplyUnitName(int prtMarkerSuppliesUnit); // "percent", "impressions", ... "" when unknown
QString counterUnitName(int prtMarkerCounterUnit); // "impressions", "sheets", ...
QString colourFromName(const QString &text);       // "black", "cyan", "light cyan", ... or ""

// prtMarkerSuppliesTable + prtMarkerColorantValue rows -> supplies, level and capacity raw.
QList<Core::SupplyReading> decodeSupplies(const QList<VarBind> &rows);
QList<Core::SupplyReading> decodeSupplies(const RowIndex &rows);
// prtMarkerLifeCount of the first marker as "total", with its source OID and unit.
QList<Core::CounterReading> decodeCounters(const QList<VarBind> &rows);
QList<Core::CounterReading> decodeCounters(const RowIndex &rows);
QList<Core::AlertEntry> decodeAlerts(const QList<VarBind> &rows);
QList<Core::AlertEntry> decodeAlerts(const RowIndex &rows);
// sysUpTime in centiseconds, -1 when absent.
qint64 decodeUptime(const QList<VarBind> &rows);
qint64 decodeUptime(const RowIndex &rows);
// True when some hrDeviceType is hrDevicePrinter or a Printer-MIB object is present.
bool looksLikePrinter(const QList<VarBind> &rows);
bool looksLikePrinter(const RowIndex &rows);

} // namespace Printwatch::Snmp::PrinterMib
