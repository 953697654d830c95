// SPDX-License-Identifier: GPL-3.0-or-later
// The decoding half of the PDU codec (see pducodec.h; requests are encoded in requestencoder.cpp).
#include "snmp/pducodec.h"
#include "snmp/pdureader.h"

#include "netsnmp/v3message.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <net-snmp/library/lcd_time.h>
#include <net-snmp/library/snmp_impl.h>
#include <net-snmp/library/snmpusm.h>

#include "snmp/usmscope.h"

namespace Printwatch::Snmp {

namespace {

using namespace UsmScope;

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Snmp", text);
}

// An authenticated SNMPv3 Response without snmp_parse's PDU (see decodeCommunityResponse):
// NetSnmp::V3Message unwraps it (net-snmp's ASN.1 decoders and its own USM decode, on a copy, so
// the caller's bytes stay intact for snmp_parse) and the plaintext PDU goes through
// readResponsePdu. False, with nothing decided, for anything else (reports, unauthenticated
// messages, USM refusals, odd PDUs): snmp_parse then reads the message and says what is wrong
// exactly as before. Call with the USM lock held, the user injected and the device's engine time
// loaded.
bool decodeAuthenticatedResponse(const unsigned char *data, qsizetype size, netsnmp_session *session,
                                 const QByteArray &knownEngineId, Pdu &result)
{
    thread_local NetSnmp::V3Message message;
    if (!message.unwrap(data, size_t(size), session, {}))
        return false;
    if (!readResponsePdu(message.pdu(), message.pduLength(), false, result)) {
        message.refuse();
        return false;
    }
    result.v3 = true;
    result.authenticated = true;
    const QByteArrayView engineId(message.securityEngineId(), qsizetype(message.securityEngineIdLength()));
    // Almost always the device's known engine ID: shared, not copied.
    result.engineId = engineId == knownEngineId ? knownEngineId : engineId.toByteArray();
    result.requestId = qint32(message.msgId());
    return true;
}

// Authenticated messages move the device's clock (net-snmp checked them against the window); the
// unauthenticated discovery report gives the first estimate.
void takeEngineTime(const Pdu &result, UsmContext *usm)
{
    u_int boots = 0;
    u_int time = 0;
    if (!result.engineId.isEmpty() &&
        get_enginetime(reinterpret_cast<const u_char *>(result.engineId.constData()), u_int(result.engineId.size()),
                       &boots, &time, result.authenticated ? TRUE : FALSE) == SNMPERR_SUCCESS &&
        (result.authenticated || usm->engineId.isEmpty())) {
        usm->boots = boots;
        usm->time = time;
        usm->timeUpdated = true;
    }
}

void loadEngineTime(const UsmContext *usm)
{
    if (!usm->engineId.isEmpty()) {
        set_enginetime(reinterpret_cast<const u_char *>(usm->engineId.constData()), u_int(usm->engineId.size()),
                       usm->boots, usm->time, TRUE);
    }
}

} // namespace

VarBind varBindFromNetSnmp(const netsnmp_variable_list *var)
{
    VarBind bind;
    // Straight into the OID's inline storage: no allocation for any usual printer OID.
    bind.oid = Oid::fromArray(var->name, qsizetype(var->name_length));

    switch (var->type) {
    case ASN_NULL:
        bind.type = ValueType::Null;
        break;
    case ASN_INTEGER:
        bind.type = ValueType::Integer;
        bind.integer = var->val.integer ? qint64(*var->val.integer) : 0;
        break;
    case ASN_OCTET_STR:
    case ASN_OPAQUE:
    case ASN_IPADDRESS:
        bind.type = var->type == ASN_OCTET_STR ? ValueType::OctetString
                    : var->type == ASN_OPAQUE  ? ValueType::Opaque
                                               : ValueType::IpAddress;
        if (var->val.string && var->val_len > 0)
            bind.bytes = QByteArray(reinterpret_cast<const char *>(var->val.string), qsizetype(var->val_len));
        break;
    case ASN_OBJECT_ID: {
        bind.type = ValueType::ObjectId;
        if (var->val.objid)
            bind.oidValue = Oid::fromArray(var->val.objid, qsizetype(var->val_len / sizeof(oid)));
        break;
    }
    case ASN_COUNTER:
    case ASN_GAUGE:
    case ASN_TIMETICKS:
        bind.type = var->type == ASN_COUNTER ? ValueType::Counter32
                    : var->type == ASN_GAUGE ? ValueType::Gauge32
                                             : ValueType::TimeTicks;
        // net-snmp keeps these in a u_long; only the low 32 bits are the value.
        bind.unsignedValue = var->val.integer ? quint64(quint32(*var->val.integer)) : 0;
        bind.integer = qint64(bind.unsignedValue);
        break;
    case ASN_COUNTER64:
        bind.type = ValueType::Counter64;
        if (var->val.counter64)
            bind.unsignedValue = (quint64(var->val.counter64->high) << 32) | quint64(quint32(var->val.counter64->low));
        bind.integer =
            bind.unsignedValue > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(bind.unsignedValue);
        break;
    case SNMP_NOSUCHOBJECT:
        bind.type = ValueType::NoSuchObject;
        break;
    case SNMP_NOSUCHINSTANCE:
        bind.type = ValueType::NoSuchInstance;
        break;
    case SNMP_ENDOFMIBVIEW:
        bind.type = ValueType::EndOfMibView;
        break;
    default:
        bind.type = ValueType::Other;
        break;
    }
    return bind;
}

void initNetSnmp()
{
    static std::once_flag once;
    std::call_once(once, [] {
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_LOAD_HOST_FILES, 1);
        // The engine never translates names, so no MIB file is needed; an empty module list
        // and no directory keep init_snmp from parsing hundreds of files.
        netsnmp_ds_set_string(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_MIBDIRS, "/nonexistent-printwatch-mibs");
        // init_mib() reads its module list only from the environment; the engine needs none.
        qputenv("MIBS", QByteArray());
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_MIB_ERRORS, 0);
        netsnmp_ds_set_int(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_MIB_WARNINGS, 0);
        init_snmp("printwatch");
        // encodeRequest() reads the packet from the end of the buffer, as reverse encoding writes it.
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_REVERSE_ENCODE, 1);
    });
}

bool isV3Message(const QByteArray &datagram)
{
    // SEQUENCE, its length (short or long form), then INTEGER 3.
    if (datagram.size() < 5 || quint8(datagram.at(0)) != 0x30)
        return false;
    qsizetype at = 1;
    const quint8 length = quint8(datagram.at(at++));
    if (length & 0x80)
        at += length & 0x7F;
    return at + 2 < datagram.size() && datagram.at(at) == 0x02 && datagram.at(at + 1) == 0x01 &&
           datagram.at(at + 2) == 0x03;
}

bool isNotInTimeWindowError(int usmError)
{
    return usmError == SNMPERR_USM_NOTINTIMEWINDOW;
}

Core::Result<Pdu> decodeMessage(const QByteArray &datagram, UsmContext *usm)
{
    QByteArray copy = datagram; // snmp_parse takes a non-const buffer
    return decodeMessage(reinterpret_cast<unsigned char *>(copy.data()), copy.size(), usm);
}

Core::Result<Pdu> decodeMessage(unsigned char *data, qsizetype size, UsmContext *usm)
{
    initNetSnmp();
    if (size <= 0)
        return Core::Error{tr("empty datagram")};
    const QByteArray datagram = QByteArray::fromRawData(reinterpret_cast<const char *>(data), size);
    const bool v3 = isV3Message(datagram);
    if (!v3) {
        Pdu fast;
        if (decodeCommunityResponse(data, size, fast))
            return fast;
    }
    netsnmp_session session;
    snmp_sess_init(&session); // version stays SNMP_DEFAULT_VERSION: accept whatever came
    std::unique_lock<std::mutex> lock(usmMutex(), std::defer_lock);
    EngineTimeScope timeScope(v3 && usm ? usm->engineId : QByteArray());
    if (v3) {
        if (!usm)
            return Core::Error{tr("an SNMPv3 message from a device without USM state")};
        lock.lock();
        loadEngineTime(usm);
        const UserInjection injection(usm->user);
        Pdu fast;
        if (decodeAuthenticatedResponse(data, size, &session, usm->engineId, fast)) {
            timeScope.reset(fast.engineId);
            takeEngineTime(fast, usm);
            return fast;
        }
        loadEngineTime(usm); // USM may have moved the cached clock before it refused the message
    }
    // snmp_parse fills a caller-allocated, zeroed PDU (as net-snmp's own receive path does).
    PduPtr pdu(static_cast<netsnmp_pdu *>(std::calloc(1, sizeof(netsnmp_pdu))));
    if (!pdu)
        return Core::Error{tr("out of memory")};
    int rc = 0;
    if (v3) {
        const UserInjection injection(usm->user);
        rc = snmp_parse(nullptr, &session, pdu.get(), data, size_t(size));
    } else {
        rc = snmp_parse(nullptr, &session, pdu.get(), data, size_t(size));
    }
    if (rc != 0) {
        if (usm)
            usm->usmError = session.s_snmp_errno;
        return Core::Error{
            tr("undecodable SNMP message: %1").arg(QString::fromLocal8Bit(snmp_api_errstring(session.s_snmp_errno)))};
    }
    if (pdu->version != SNMP_VERSION_1 && pdu->version != SNMP_VERSION_2c && pdu->version != SNMP_VERSION_3)
        return Core::Error{tr("unexpected SNMP version %1").arg(pdu->version)};

    Pdu result;
    if (pdu->version == SNMP_VERSION_3) {
        result.v3 = true;
        result.authenticated = pdu->securityLevel >= SNMP_SEC_LEVEL_AUTHNOPRIV;
        result.engineId =
            QByteArray(reinterpret_cast<const char *>(pdu->securityEngineID), qsizetype(pdu->securityEngineIDLen));
        timeScope.reset(result.engineId);
        takeEngineTime(result, usm);
    }
    switch (pdu->command) {
    case SNMP_MSG_RESPONSE:
        result.type = PduType::Response;
        break;
    case SNMP_MSG_REPORT:
        result.type = PduType::Report;
        break;
    case SNMP_MSG_GET:
        result.type = PduType::Get;
        break;
    case SNMP_MSG_GETNEXT:
        result.type = PduType::GetNext;
        break;
    case SNMP_MSG_GETBULK:
        result.type = PduType::GetBulk;
        break;
    default:
        result.type = PduType::Other;
        break;
    }
    result.requestId = result.v3 ? qint32(pdu->msgid) : qint32(pdu->reqid);
    result.errorStatus = int(pdu->errstat);
    result.errorIndex = int(pdu->errindex);
    qsizetype count = 0;
    for (const netsnmp_variable_list *var = pdu->variables; var; var = var->next_variable)
        ++count;
    result.varBinds.reserve(count); // one allocation, not a growth per GETBULK row
    for (const netsnmp_variable_list *var = pdu->variables; var; var = var->next_variable)
        result.varBinds.append(varBindFromNetSnmp(var));
    return result;
}

QString errorStatusText(int errorStatus)
{
    static const char *const names[] = {"noError",
                                        "tooBig",
                                        "noSuchName",
                                        "badValue",
                                        "readOnly",
                                        "genErr",
                                        "noAccess",
                                        "wrongType",
                                        "wrongLength",
                                        "wrongEncoding",
                                        "wrongValue",
                                        "noCreation",
                                        "inconsistentValue",
                                        "resourceUnavailable",
                                        "commitFailed",
                                        "undoFailed",
                                        "authorizationError",
                                        "notWritable",
                                        "inconsistentName"};
    if (errorStatus >= 0 && errorStatus < int(std::size(names)))
        return QLatin1String(names[errorStatus]);
    return QStringLiteral("error %1").arg(errorStatus);
}

} // namespace Printwatch::Snmp
