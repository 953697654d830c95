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

struct usmUser;
struct variable_list; // net-snmp's netsnmp_variable_list

namespace Printwatch::Snmp {

// One net-snmp variable as our value type (for the other net-snmp user, the blocking SyncSession).
VarBind varBindFromNetSnmp(const variable_list *var);

enum class PduType : quint8 { Get, GetNext, GetBulk, Response, Report, Other };

struct Pdu
{
    PduType type = PduType::Other;
    qint32 requestId = 0; // for v3: the msgID, which reports carry even when the PDU was unreadable
    int errorStatus = 0; // SNMP error-status (0 noError, 1 tooBig, 2 noSuchName, ...)
    int errorIndex = 0;
    QList<VarBind> varBinds;
    // SNMPv3 only.
    bool v3 = false;
    bool authenticated = false; // the message carried a valid digest
    QByteArray engineId;        // msgAuthoritativeEngineID
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

// What net-snmp's USM needs for one v3 message to or from one device: the user localised to its
// engine ID (nullptr for discovery) and the device's engine boots and time. Devices that share an
// engine ID (cloned printers) keep their own clocks here; net-snmp's cache is keyed by engine ID
// only, so it is loaded from this context for every message.
struct UsmContext
{
    usmUser *user = nullptr;
    QByteArray engineId; // empty: an engine ID discovery probe
    quint32 boots = 0;
    quint32 time = 0;
    bool timeUpdated = false; // decode: an authenticated message moved boots/time
    int usmError = 0;         // decode: net-snmp's SNMPERR_USM_* when USM refused the message
};

// With `usm` for SNMPv3 (required then); v1/v2c ignore it. v3 work is serialised on one mutex
// because net-snmp's USM tables are global and not thread-safe.
Core::Result<QByteArray> encodeRequest(const Core::SnmpCredential &credential, const RequestSpec &spec,
                                       qint32 requestId, UsmContext *usm = nullptr);
Core::Result<Pdu> decodeMessage(const QByteArray &datagram, UsmContext *usm = nullptr);
// The same, parsing `data` in place (net-snmp may write into it): for a scratch receive buffer.
Core::Result<Pdu> decodeMessage(unsigned char *data, qsizetype size, UsmContext *usm);
// Hands back the varbind list of a decoded message once its varbinds have been used (moved out or
// copied): the next decode on this thread reuses its buffer instead of allocating one per answer.
void recycleVarBinds(QList<VarBind> &&spent);
// True when `datagram` is an SNMPv3 message (a cheap look at the version field).
bool isV3Message(const QByteArray &datagram);
bool isNotInTimeWindowError(int usmError);

QString errorStatusText(int errorStatus); // "tooBig", "noSuchName", ...

} // namespace Printwatch::Snmp
