// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saved walks, the support bundle a tracker thread asks for: snmpsim's .snmprec
// ("oid|tag|value") and net-snmp's `snmpwalk -On` output (".1.3.6... = STRING: ..."), read
// into varbinds so that the same decoder reads a file and a live printer.

#include "core/result.h"
#include "snmp/varbind.h"

#include <QList>
#include <QString>

namespace Printwatch::Snmp {

struct WalkFile
{
    QList<VarBind> rows;   // sorted by OID, one per OID (the first wins on duplicates)
    QStringList warnings;  // lines skipped, with their line number and why
};

Core::Result<WalkFile> readWalkFile(const QString &path);
// `name` names the source in messages. The format is detected per file.
Core::Result<WalkFile> parseWalk(const QByteArray &content, const QString &name);

} // namespace Printwatch::Snmp
