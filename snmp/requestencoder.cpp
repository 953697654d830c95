// SPDX-License-Identifier: GPL-3.0-or-later
// The request half of the PDU codec (see pducodec.h): GET, GETNEXT and GETBULK requests encoded
// with net-snmp, v1/v2c by its asn_realloc_rbuild_*, v3 by its snmpv3_packet_realloc_rbuild (USM
// signs and encrypts), and whatever the fast paths do not cover by snmp_build.
#include "snmp/pducodec.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdlib>
#include <cstring>
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

int netsnmpSecurityLevel(Core::SnmpSecurityLevel level)
{
    switch (level) {
    case Core::SnmpSecurityLevel::NoAuthNoPriv:
        return SNMP_SEC_LEVEL_NOAUTH;
    case Core::SnmpSecurityLevel::AuthNoPriv:
        return SNMP_SEC_LEVEL_AUTHNOPRIV;
    case Core::SnmpSecurityLevel::AuthPriv:
        return SNMP_SEC_LEVEL_AUTHPRIV;
    }
    return SNMP_SEC_LEVEL_NOAUTH;
}

int netsnmpCommand(PduType type)
{
    switch (type) {
    case PduType::Get:
        return SNMP_MSG_GET;
    case PduType::GetNext:
        return SNMP_MSG_GETNEXT;
    case PduType::GetBulk:
        return SNMP_MSG_GETBULK;
    default:
        return 0;
    }
}

long netsnmpVersion(Core::SnmpVersion version)
{
    switch (version) {
    case Core::SnmpVersion::V1:
        return SNMP_VERSION_1;
    case Core::SnmpVersion::V2c:
        return SNMP_VERSION_2c;
    case Core::SnmpVersion::V3:
        return SNMP_VERSION_3;
    }
    return SNMP_VERSION_2c;
}

bool prependBytes(u_char **buffer, size_t *length, size_t *offset, const char *bytes, size_t count)
{
    while (*length - *offset < count) {
        if (!asn_realloc(buffer, length))
            return false;
    }
    *offset += count;
    std::memcpy(*buffer + *length - *offset, bytes, count);
    return true;
}

// The request PDU as snmp_pdu_realloc_rbuild encodes it, with net-snmp's asn_realloc_rbuild_*
// (RFC 3416 section 3). A request's varbinds are names with NULL values and the poller asks every
// printer of a model the same names: each varbind's encoding (snmp_realloc_rbuild_var_op's) is made
// once per thread and copied afterwards.
bool rbuildRequestPdu(const netsnmp_pdu &pdu, const QList<Oid> &oids, u_char **buffer, size_t *length, size_t *offset)
{
    thread_local QHash<Oid, QByteArray> encoded;
    const size_t start = *offset;
    for (qsizetype k = oids.size() - 1; k >= 0; --k) {
        const Oid &name = oids.at(k);
        const auto found = encoded.constFind(name);
        if (found != encoded.cend()) {
            if (!prependBytes(buffer, length, offset, found->constData(), size_t(found->size())))
                return false;
            continue;
        }
        oid raw[MAX_OID_LEN];
        size_t rawLength = size_t(name.size());
        for (qsizetype i = 0; i < name.size(); ++i)
            raw[i] = name.at(i);
        const size_t before = *offset;
        if (!snmp_realloc_rbuild_var_op(buffer, length, offset, 1, raw, &rawLength, ASN_NULL, nullptr, 0))
            return false;
        if (encoded.size() >= 4096) // bounded: a long-running console asks many distinct names
            encoded.clear();
        encoded.insert(name, QByteArray(reinterpret_cast<const char *>(*buffer + *length - *offset),
                                        qsizetype(*offset - before)));
    }
    const u_char integer = ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_INTEGER;
    return asn_realloc_rbuild_sequence(buffer, length, offset, 1, ASN_SEQUENCE | ASN_CONSTRUCTOR, *offset - start)
           && asn_realloc_rbuild_int(buffer, length, offset, 1, integer, &pdu.errindex, sizeof pdu.errindex)
           && asn_realloc_rbuild_int(buffer, length, offset, 1, integer, &pdu.errstat, sizeof pdu.errstat)
           && asn_realloc_rbuild_int(buffer, length, offset, 1, integer, &pdu.reqid, sizeof pdu.reqid)
           && asn_realloc_rbuild_header(buffer, length, offset, 1, u_char(pdu.command), *offset - start);
}

} // namespace

Core::Result<QByteArray> encodeRequest(const Core::SnmpCredential &credential, const RequestSpec &spec,
                                       qint32 requestId, UsmContext *usm)
{
    initNetSnmp();
    const bool v3 = credential.version == Core::SnmpVersion::V3;
    if (v3 && !usm)
        return Core::Error{tr("an SNMPv3 request needs USM state")};
    const bool discoveryProbe = v3 && usm->engineId.isEmpty();
    const int command = netsnmpCommand(spec.type);
    if (command == 0)
        return Core::Error{tr("cannot send this kind of PDU")};
    if (spec.type == PduType::GetBulk && credential.version == Core::SnmpVersion::V1)
        return Core::Error{tr("GETBULK does not exist in SNMPv1")};
    if (spec.oids.isEmpty() && !discoveryProbe)
        return Core::Error{tr("a request needs at least one OID")};

    // The community changes rarely and every request needs its bytes.
    thread_local QString lastCommunity;
    thread_local QByteArray community;
    if (community.isNull() || credential.community != lastCommunity) {
        lastCommunity = credential.community;
        community = credential.community.toUtf8();
    }
    netsnmp_session session;
    snmp_sess_init(&session);
    session.version = netsnmpVersion(credential.version);
    std::unique_lock<std::mutex> lock(usmMutex(), std::defer_lock);
    if (v3) {
        lock.lock();
        // A discovery probe is noAuthNoPriv with an empty user and engine ID (RFC 3414 section 4).
        // The user and context change rarely and every request needs their bytes: kept per thread.
        thread_local QString lastUser;
        thread_local QString lastContext;
        thread_local QByteArray user;
        thread_local QByteArray context;
        if (!discoveryProbe && (user.isNull() || credential.user != lastUser)) {
            lastUser = credential.user;
            user = credential.user.toUtf8();
        }
        if (!discoveryProbe && (context.isNull() || credential.contextName != lastContext)) {
            lastContext = credential.contextName;
            context = credential.contextName.toUtf8();
        }
        static const char empty[1] = {0};
        // net-snmp only reads these (its types are not const): the bytes are lent, not detached.
        session.securityModel = SNMP_SEC_MODEL_USM;
        session.securityName = const_cast<char *>(discoveryProbe || user.isEmpty() ? empty : user.constData());
        session.securityNameLen = discoveryProbe ? 0 : size_t(user.size());
        session.securityLevel = discoveryProbe ? SNMP_SEC_LEVEL_NOAUTH : netsnmpSecurityLevel(credential.securityLevel);
        u_char *engineId = reinterpret_cast<u_char *>(const_cast<char *>(usm->engineId.constData()));
        session.securityEngineID = engineId;
        session.securityEngineIDLen = size_t(usm->engineId.size());
        session.contextEngineID = engineId;
        session.contextEngineIDLen = size_t(usm->engineId.size());
        session.contextName = const_cast<char *>(discoveryProbe || context.isEmpty() ? empty : context.constData());
        session.contextNameLen = discoveryProbe ? 0 : size_t(context.size());
        if (!discoveryProbe) {
            set_enginetime(reinterpret_cast<const u_char *>(usm->engineId.constData()), u_int(usm->engineId.size()),
                           usm->boots, usm->time, TRUE);
        }
    } else {
        session.community = reinterpret_cast<u_char *>(const_cast<char *>(community.constData()));
        session.community_len = size_t(community.size());
    }
    const EngineTimeScope timeScope(v3 ? usm->engineId : QByteArray());
    const UserInjection injection(v3 && !discoveryProbe ? usm->user : nullptr);

    PduPtr pdu(snmp_pdu_create(command));
    if (!pdu)
        return Core::Error{tr("out of memory")};
    pdu->version = session.version;
    pdu->reqid = requestId;
    pdu->msgid = requestId;
    if (discoveryProbe) {
        // An empty but present name: net-snmp refuses a missing one, RFC 3414 wants it empty.
        pdu->securityName = static_cast<char *>(std::calloc(1, 1));
        pdu->securityNameLen = 0;
        pdu->securityModel = SNMP_SEC_MODEL_USM;
        pdu->securityLevel = SNMP_SEC_LEVEL_NOAUTH;
    }
    if (spec.type == PduType::GetBulk) {
        pdu->non_repeaters = spec.nonRepeaters;
        pdu->max_repetitions = spec.maxRepetitions;
    }
    // A request's variables are NULL-valued names: kept in a per-thread array that snmp_build
    // reads, instead of a calloc'd ~1.2 KB netsnmp_variable_list per OID (snmp_add_null_var)
    // freed again right after. The PDU lets go of them before it is freed.
    thread_local std::vector<netsnmp_variable_list> variables;
    if (variables.size() < std::size_t(spec.oids.size()))
        variables.resize(std::size_t(spec.oids.size()));
    struct Release
    {
        netsnmp_pdu *pdu;
        ~Release() { pdu->variables = nullptr; }
    } release{pdu.get()};
    netsnmp_variable_list *previous = nullptr;
    for (qsizetype k = 0; k < spec.oids.size(); ++k) {
        const Oid &name = spec.oids.at(k);
        if (name.size() < 2 || name.size() > MAX_OID_LEN)
            return Core::Error{tr("invalid OID %1").arg(name.toString())};
        netsnmp_variable_list &var = variables[std::size_t(k)];
        var.next_variable = nullptr;
        var.name = var.name_loc;
        var.name_length = size_t(name.size());
        for (qsizetype i = 0; i < name.size(); ++i)
            var.name_loc[i] = name.at(i);
        var.type = ASN_NULL;
        var.val.string = nullptr;
        var.val_len = 0;
        if (previous)
            previous->next_variable = &var;
        else
            pdu->variables = &var;
        previous = &var;
    }

    // One buffer per thread, kept: snmp_build grows it with realloc when a request needs more.
    struct BuildBuffer
    {
        u_char *data = nullptr;
        size_t size = 0;
        ~BuildBuffer() { std::free(data); }
    };
    thread_local BuildBuffer buffer;
    if (!buffer.data) {
        buffer.size = 1500;
        buffer.data = static_cast<u_char *>(std::malloc(buffer.size));
        if (!buffer.data)
            return Core::Error{tr("out of memory")};
    }
    size_t offset = 0;
    // The common requests without snmp_build's generic path (as the simulator's replies): the PDU and
    // the v1/v2c message by net-snmp's asn_realloc_rbuild_*, a v3 message by net-snmp's
    // snmpv3_packet_realloc_rbuild (header, USM, encryption, digest), given the PDU bytes and the PDU
    // fields snmpv3_build would copy from the session, borrowed instead of strdup'd. Discovery probes,
    // an empty community or forward encoding go to snmp_build.
    const bool bulkOk = spec.type != PduType::GetBulk || (spec.nonRepeaters >= 0 && spec.maxRepetitions >= 0);
    if (bulkOk && !discoveryProbe && (v3 || !community.isEmpty())
        && netsnmp_ds_get_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_REVERSE_ENCODE)) {
        if (spec.type != PduType::GetBulk) {
            pdu->errstat = 0;
            pdu->errindex = 0;
        }
        if (!v3) {
            const u_char string = ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_OCTET_STR;
            const u_char integer = ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_INTEGER;
            const long version = session.version;
            if (!rbuildRequestPdu(*pdu, spec.oids, &buffer.data, &buffer.size, &offset)
                || !asn_realloc_rbuild_string(&buffer.data, &buffer.size, &offset, 1, string,
                                              reinterpret_cast<const u_char *>(community.constData()),
                                              size_t(community.size()))
                || !asn_realloc_rbuild_int(&buffer.data, &buffer.size, &offset, 1, integer, &version, sizeof version)
                || !asn_realloc_rbuild_sequence(&buffer.data, &buffer.size, &offset, 1,
                                                ASN_SEQUENCE | ASN_CONSTRUCTOR, offset))
                return Core::Error{tr("net-snmp could not encode the request: %1")
                                       .arg(QString::fromLocal8Bit(snmp_api_errstring(SNMPERR_TOO_LONG)))};
            return QByteArray(reinterpret_cast<const char *>(buffer.data + buffer.size - offset), qsizetype(offset));
        }
        thread_local BuildBuffer pduBuffer;
        if (!pduBuffer.data) {
            pduBuffer.size = 1500;
            pduBuffer.data = static_cast<u_char *>(std::malloc(pduBuffer.size));
            if (!pduBuffer.data)
                return Core::Error{tr("out of memory")};
        }
        size_t pduLength = 0;
        if (!rbuildRequestPdu(*pdu, spec.oids, &pduBuffer.data, &pduBuffer.size, &pduLength))
            return Core::Error{tr("net-snmp could not encode the request: %1")
                                   .arg(QString::fromLocal8Bit(snmp_api_errstring(SNMPERR_TOO_LONG)))};
        struct Borrowed
        {
            netsnmp_pdu *pdu;
            ~Borrowed()
            {
                pdu->securityEngineID = nullptr;
                pdu->securityEngineIDLen = 0;
                pdu->contextEngineID = nullptr;
                pdu->contextEngineIDLen = 0;
                pdu->contextName = nullptr;
                pdu->securityName = nullptr;
            }
        } borrowed{pdu.get()};
        pdu->securityEngineID = session.securityEngineID;
        pdu->securityEngineIDLen = session.securityEngineIDLen;
        pdu->contextEngineID = session.contextEngineID;
        pdu->contextEngineIDLen = session.contextEngineIDLen;
        pdu->contextName = session.contextName;
        pdu->contextNameLen = session.contextNameLen;
        pdu->securityModel = session.securityModel;
        pdu->securityName = session.securityName;
        pdu->securityNameLen = session.securityNameLen;
        pdu->securityLevel = session.securityLevel;
        const int rc = snmpv3_packet_realloc_rbuild(&buffer.data, &buffer.size, &offset, &session, pdu.get(),
                                                    pduBuffer.data + pduBuffer.size - pduLength, pduLength);
        if (rc != 0 || offset == 0 || offset > buffer.size)
            return Core::Error{tr("net-snmp could not encode the request: %1")
                                   .arg(QString::fromLocal8Bit(snmp_api_errstring(rc > 0 ? rc : SNMPERR_GENERR)))};
        return QByteArray(reinterpret_cast<const char *>(buffer.data + buffer.size - offset), qsizetype(offset));
    }
    // snmp_build may realloc the buffer; reverse encoding leaves the packet at its end.
    const int rc = snmp_build(&buffer.data, &buffer.size, &offset, &session, pdu.get());
    QByteArray packet;
    if (rc == 0 && buffer.data && offset > 0 && offset <= buffer.size)
        packet = QByteArray(reinterpret_cast<const char *>(buffer.data + buffer.size - offset), qsizetype(offset));
    if (rc != 0 || packet.isEmpty())
        return Core::Error{tr("net-snmp could not encode the request: %1")
                               .arg(QString::fromLocal8Bit(snmp_api_errstring(session.s_snmp_errno)))};
    return packet;
}

} // namespace Printwatch::Snmp
