// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The only place that talks to net-snmp's PDU structures: encodes requests with snmp_build and
// decodes datagrams with snmp_parse. Credential handling lives here so that v3 (USM) can grow in
// one place.

#include "core/result.h"
#include "core/snmpcredential.h"
#include "snmp/varbind.h"

#include <QByteArray>
#include <QList>

namespace Printwatch::Snmp {

enum class PduType : quint8 { Get, GetNext, GetBulk, Response, Report, Other };

struct Pdu
{
    PduType type = PduType::Other;
    qint32 requestId = 0;
    int errorStatus = 0; // SNMP error-status (0 noError, 1 tooBig, 2 noSuchName, ...)
    int errorIndex = 0;
    QList<VarBind> varBinds;
};

struct RequestSpec
{
    PduType type = PduType::Get;
    QList<Oid> oids;
    int nonRepeaters = 0;   // GETBULK only
    int maxRepetitions = 0; // GETBULK only
};

// Initialises net-snmp once per process: no configuration files, no MIB files, no persistent
// state, so start-up is fast and a user's snmp.conf cannot change what the engine does.
void initNetSnmp();

Core::Result<QByteArray> encodeRequest(const Core::SnmpCredential &credential, const RequestSpec &spec,
                                       qint32 requestId);
Core::Result<Pdu> decodeMessage(const QByteArray &datagram);

QString errorStatusText(int errorStatus); // "tooBig", "noSuchName", ...

} // namespace Printwatch::Snmp
