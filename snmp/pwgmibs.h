// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two PWG MIBs a printer may answer besides the Printer-MIB, decoded from varbinds:
// - PWG-IMAGING-COUNTER-MIB (PWG 5106.1, 1.3.6.1.4.1.2699.1.3): lifetime counters per service
//   (system totals, print, copy, scan, fax...) as impressions, sheets, two-sided impressions,
//   images and completed jobs, each split into monochrome / full colour and work / waste.
// - PRINTER-PORT-MONITOR-MIB (PWG 5107.1, 1.3.6.1.4.1.2699.1.2): the printer's name, IEEE 1284
//   device ID and the ports it accepts jobs on (LPD, port 9100, IPP...).
// Pure: no I/O. The counters join prtMarkerLifeCount and the vendor meters as candidate sources.

#include "core/printer.h"
#include "snmp/rowindex.h"

#include <QList>

namespace Printwatch::Snmp::PwgMibs {

namespace Oids {
inline const Oid portMonitorMib{1, 3, 6, 1, 4, 1, 2699, 1, 2};
inline const Oid imagingCounterMib{1, 3, 6, 1, 4, 1, 2699, 1, 3};
inline const Oid ppmPrinterEntry{1, 3, 6, 1, 4, 1, 2699, 1, 2, 1, 2, 1, 1};
inline const Oid ppmPortEntry{1, 3, 6, 1, 4, 1, 2699, 1, 2, 1, 3, 1, 1};
inline const Oid icKeyEntry{1, 3, 6, 1, 4, 1, 2699, 1, 3, 1, 2, 1, 1};
inline const Oid icMonitorEntry{1, 3, 6, 1, 4, 1, 2699, 1, 3, 1, 6, 1, 1};
inline const Oid icImageEntry{1, 3, 6, 1, 4, 1, 2699, 1, 3, 1, 7, 1, 1};
inline const Oid icImpressionEntry{1, 3, 6, 1, 4, 1, 2699, 1, 3, 1, 8, 1, 1};
inline const Oid icTwoSidedEntry{1, 3, 6, 1, 4, 1, 2699, 1, 3, 1, 9, 1, 1};
inline const Oid icSheetEntry{1, 3, 6, 1, 4, 1, 2699, 1, 3, 1, 10, 1, 1};
} // namespace Oids

// IcServiceTypeTC -> the counter name prefix: "" for systemTotals(3) (so its impressions are
// "total"), "print", "copy", "scan", "fax" (faxIn), "fax_sent" (faxOut)... Empty optional for
// other/unknown, which are not decoded.
std::optional<QString> serviceKey(int icServiceType);
// IANA PrtChannelTypeTC (ppmPortProtocolType): "lpd", "raw9100", "ipp", ... else "other(N)".
QString protocolKey(int prtChannelType);

// Lifetime counters of every service key (icKeyTable rows without a subunit), work totals and
// waste. Every reading carries its source OID, raw value and unit.
QList<Core::CounterReading> decodeImagingCounters(const RowIndex &rows);
QList<Core::CounterReading> decodeImagingCounters(const QList<VarBind> &rows);

// ppmPortTable rows, ordered by printer and port index.
QList<Core::PortInfo> decodePorts(const RowIndex &rows);
// ppmPrinterName / ppmPrinterIEEE1284DeviceId of the first printer row; empty when absent.
QString printerName(const RowIndex &rows);
QString ieee1284DeviceId(const RowIndex &rows);

} // namespace Printwatch::Snmp::PwgMibs
