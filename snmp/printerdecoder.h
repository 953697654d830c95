// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one decoder of a printer: varbinds (from a live walk or a saved one) plus the vendor
// profile that matched -> a PollResult with identity, network, capabilities, status, alerts,
// counters with provenance and supplies. Pure: no I/O, so tests feed it tables and files.

#include "core/printer.h"
#include "snmp/rowindex.h"
#include "snmp/varbind.h"
#include "snmp/vendorprofile.h"

#include <QList>

namespace Printwatch::Snmp {

// Standard subtrees and scalars every read fetches (besides the system group).
QList<Oid> standardWalkRoots();
QList<Oid> standardScalarOids();

// `address` is the address polled, used to pick the right ipAddrTable row. Fills every field
// of `result` except address, port, polledAt, reachable and error.
void decodePrinter(const QList<VarBind> &rows, const VendorProfile *profile, const QString &address,
                   Core::PollResult &result);
// The same over rows already indexed (e.g. the answers of a live read, without joining them).
void decodePrinter(const RowIndex &rows, const VendorProfile *profile, const QString &address,
                   Core::PollResult &result);

// Counter decoding on its own, for tests: standard prtMarkerLifeCount plus the profile's meters,
// candidates for one name merged with provenance and conflicts.
QList<Core::CounterReading> decodeAllCounters(const QList<VarBind> &rows, const VendorProfile *profile);
QList<Core::CounterReading> decodeAllCounters(const RowIndex &rows, const VendorProfile *profile);

} // namespace Printwatch::Snmp
