// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a discovery run ended, for the status bar, the log and the discovery history.

#include <QMetaType>
#include <QtGlobal>

namespace Printwatch::Core {

struct DiscoverySummary
{
    int probed = 0;      // addresses probed (after name resolution)
    int answered = 0;    // addresses where an SNMP agent answered
    int printers = 0;    // of those, recognised as printers
    int nonPrinters = 0; // answered but not a printer
    int unresolved = 0;  // host names that did not resolve to an IPv4 address
    bool cancelled = false;
    qint64 elapsedMs = 0;

    bool operator==(const DiscoverySummary &) const = default;
};

} // namespace Printwatch::Core

Q_DECLARE_METATYPE(Printwatch::Core::DiscoverySummary)
