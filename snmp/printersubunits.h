// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The printer's sub-units as the Printer-MIB (RFC 3805) and HOST-RESOURCES-MIB list them:
// input and output trays, devices, interpreters, media paths, markers, memory and storage
// (Capabilities), and covers, console lines and hr status (StatusDetail). Split from
// printerdecoder.cpp, which calls these for every read. Pure: no I/O.

#include "core/printer.h"
#include "snmp/rowindex.h"

#include <QList>

namespace Printwatch::Snmp::PrinterSubUnits {

// Trays, devices, interpreters, media paths (duplex), markers, colour, memory and fixed-disk
// storage. `supplies` decide colour when prtMarkerColorantValue is missing.
Core::Capabilities decodeCapabilities(const RowIndex &rows, const QList<Core::SupplyReading> &supplies);

// hrDeviceStatus / hrPrinterStatus of the printer device, the error-state keys of `errorBits`,
// the console display lines and the covers.
Core::StatusDetail decodeStatusDetail(const RowIndex &rows, quint32 errorBits);

} // namespace Printwatch::Snmp::PrinterSubUnits
