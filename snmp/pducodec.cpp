// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/pducodec.h"
#include "snmp/pdureader.h"
#include "snmp/usmlock.h"

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

namespace Printwatch::Snmp {

namespace {

struct PduDeleter
{
    void operator()(netsnmp_pdu *pdu) const { snmp_free_pdu(pdu); }
};
using PduPtr = std::unique_ptr<netsnmp_pdu, PduDeleter>;

// net-snmp's USM user list and engine-time cache are process globals without locks.
std::mutex &usmMutex()
{
    return netsnmpUsmMutex(); // shared with SyncSession (device actions), see usmlock.h
}

// Removes an engine's entry from net-snmp's engine-time cache when an encode or decode is done:
// the device's clock lives in UsmContext, so clones sharing an engine ID never see each other's
// clock, and a discovery report's boots and time are never masked by an older entry.
class EngineTimeScope
{
public:
    explicit EngineTimeScope(const QByteArray &engineId) : m_engineId(engineId) {}
    ~EngineTimeScope()
    {
        if (!m_engineId.isEmpty())
            free_enginetime(reinterpret_cast<unsigned char *>(m_engineId.data()), size_t(m_engineId.size()));
    }
    void reset(const QByteArray &engineId) { m_engineId = engineId; }
    EngineTimeScope(const EngineTimeScope &) = delete;
    EngineTimeScope &operator=(const EngineTimeScope &) = delete;

private:
    QByteArray m_engineId;
};

// Puts one user into net-snmp's global list for the duration of one encode or decode: the list
// stays one entry long (net-snmp searches it linearly) and no stale key outlives its use.
class UserInjection
{
public:
    explicit UserInjection(usmUser *user) : m_user(user)
    {
        if (m_user)
            usm_add_user(m_user);
    }
    ~UserInjection()
    {
        if (m_user)
            usm_remove_user(m_user);
    }
    UserInjection(const UserInjection &) = delete;
    UserInjection &operator=(const UserInjection &) = delete;

private:
    usmUser *m_user;
};

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Snmp::PduCodec", text);
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

// An authenticated SNMPv3 Response without snmp_parse's PDU (see decodeCommunityResponse):
// NetSnmp::V3Message unwraps it (net-snmp's ASN.1 decoders and its own USM decode, on a copy, so
// the caller's bytes stay intact for snmp_parse) and the plaintext PDU goes through
// readResponsePdu. False, with nothing decided, for anything else (reports, unauthenticated
// messages, USM refusals, odd PDUs): snmp_parse then reads the message and says what is wrong
// exactly as before. Call with the USM lock held, the user injected and the device's engine time
// loaded.
bool decodeAuthenticatedResponse(const unsigned char *data, qsizetype size, netsnmp_session *session, Pdu &result)
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
    result.engineId = QByteArray(reinterpret_cast<const char *>(message.securityEngineId()),
                                 qsizetype(message.securityEngineIdLength()));
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

namespace {

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
    QByteArray userName;
    QByteArray contextName;
    std::unique_lock<std::mutex> lock(usmMutex(), std::defer_lock);
    if (v3) {
        lock.lock();
        // A discovery probe is noAuthNoPriv with an empty user and engine ID (RFC 3414 section 4).
        userName = discoveryProbe ? QByteArray() : credential.user.toUtf8();
        contextName = discoveryProbe ? QByteArray() : credential.contextName.toUtf8();
        session.securityModel = SNMP_SEC_MODEL_USM;
        session.securityName = userName.data();
        session.securityNameLen = size_t(userName.size());
        session.securityLevel = discoveryProbe ? SNMP_SEC_LEVEL_NOAUTH : netsnmpSecurityLevel(credential.securityLevel);
        session.securityEngineID = reinterpret_cast<u_char *>(usm->engineId.data());
        session.securityEngineIDLen = size_t(usm->engineId.size());
        session.contextEngineID = reinterpret_cast<u_char *>(usm->engineId.data());
        session.contextEngineIDLen = size_t(usm->engineId.size());
        session.contextName = contextName.data();
        session.contextNameLen = size_t(contextName.size());
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
        if (decodeAuthenticatedResponse(data, size, &session, fast)) {
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
