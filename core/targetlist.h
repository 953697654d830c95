// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parsing of discovery targets typed by a person or a script:
//   192.0.2.7            one address
//   192.0.2.0/24         a CIDR block (network and broadcast addresses left out for /0../30)
//   192.0.2.10-192.0.2.50 or 192.0.2.10-50   an inclusive range
//   printer.example.org  a DNS name, resolved later by the SNMP layer
// Several targets may be given in one string separated by commas, spaces or new lines.

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Printwatch::Core {

struct TargetList
{
    QList<quint32> ipv4;   // host byte order, in the order given, without duplicates
    QStringList hostNames; // to be resolved

    qsizetype size() const { return ipv4.size() + hostNames.size(); }
    bool isEmpty() const { return size() == 0; }
};

// The largest number of addresses one parse may expand to (a /16), so a typo like /8 is refused
// with a message instead of queueing sixteen million probes.
inline constexpr qsizetype MaxTargetAddresses = 65536;

Result<TargetList> parseTargets(const QString &text);
Result<TargetList> parseTargets(const QStringList &items);

QString ipv4ToString(quint32 address);
std::optional<quint32> ipv4FromString(const QString &text);

} // namespace Printwatch::Core
