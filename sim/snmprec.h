// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sim/snmpvalue.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Printwatch::Sim {

// A device recorded in the snmpsim `.snmprec` format (`OID|TAG|VALUE` per line), sorted by OID so
// that GETNEXT is a binary search. Served exactly as recorded; shared by every device using it.
struct Recording
{
    QString path;
    std::vector<std::pair<Oid, SnmpValue>> entries; // strictly increasing OIDs
};

// Reads and validates a recording. Lines need not be sorted; a duplicated OID keeps the first
// value (as snmpsim serves one of them). Tags: 2, 4, 4x, 5, 6, 64, 64x, 65, 66, 67, 68, 68x, 70,
// with an optional variation suffix ("4:hexvalue" style is not supported and is an error).
// A bad line fails with "<file>:<line>: <why>".
Core::Result<std::shared_ptr<const Recording>> loadSnmprec(const QString &path);

// Parses recording text already in memory; `name` is used in error messages.
Core::Result<std::shared_ptr<const Recording>> parseSnmprec(const QByteArray &text, const QString &name);

// Parses "1.3.6.1.2.1.1.1.0" (a leading dot is accepted, as in some recordings) with the reason
// when it is not an OID of 2 to 128 sub-identifiers of 32 bits.
Core::Result<Oid> parseOid(QStringView text);

// Expands files and directories (searched recursively for *.snmprec) into a sorted file list.
Core::Result<QStringList> findSnmprecFiles(const QStringList &paths);

} // namespace Printwatch::Sim
