// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsnmp/v3message.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmp_impl.h>

#include <algorithm>

namespace Printwatch::NetSnmp {

V3Message::~V3Message()
{
    freeSecurityState();
}

void V3Message::freeSecurityState()
{
    if (!m_securityState)
        return;
    snmp_secmod_def *usm = find_sec_mod(USM_SEC_MODEL_NUMBER);
    if (usm && usm->pdu_free_state_ref)
        usm->pdu_free_state_ref(m_securityState);
    m_securityState = nullptr;
}

void *V3Message::takeSecurityState()
{
    void *state = m_securityState;
    m_securityState = nullptr;
    return state;
}

void V3Message::refuse()
{
    freeSecurityState();
    m_pdu = nullptr;
    // What USM counted while checking this message, taken back: snmp_parse counts it again.
    for (int i = STAT_USM_STATS_START; i <= STAT_USM_STATS_END; ++i) {
        const u_int before = m_statistics[std::size_t(i - STAT_USM_STATS_START)];
        const u_int now = snmp_get_statistic(i);
        if (now != before)
            snmp_increment_statistic_by(i, -int(now - before));
    }
}

bool V3Message::refused()
{
    refuse();
    return false;
}

bool V3Message::unwrap(const unsigned char *data, std::size_t size, netsnmp_session *session, Accept accept)
{
    freeSecurityState();
    m_pdu = nullptr;
    m_message.assign(data, data + size);
    u_char *message = m_message.data();
    std::size_t length = size;
    u_char type = 0;
    u_char *at = asn_parse_sequence(message, &length, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR, "message");
    long version = 0;
    if (!at || !(at = asn_parse_int(at, &length, &type, &version, sizeof version)) || version != SNMP_VERSION_3)
        return false;
    u_char *global = at;
    std::size_t globalLength = length;
    at = asn_parse_sequence(at, &globalLength, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR, "msgGlobalData");
    if (!at)
        return false;
    length -= std::size_t(at - global); // as snmpv3_parse: the fields are read against the message's rest
    at = asn_parse_int(at, &length, &type, &m_msgId, sizeof m_msgId);
    if (!at || type != ASN_INTEGER || m_msgId < 0 || m_msgId > 0x7fffffff)
        return false;
    at = asn_parse_int(at, &length, &type, &m_maxSize, sizeof m_maxSize);
    if (!at || type != ASN_INTEGER || m_maxSize < 484 || m_maxSize > 0x7fffffff)
        return false;
    u_char flags[2];
    std::size_t flagsLength = sizeof flags;
    at = asn_parse_string(at, &length, &type, flags, &flagsLength);
    // noAuthNoPriv (discovery and its reports) and malformed flags are snmp_parse's.
    if (!at || type != ASN_OCTET_STR || flagsLength != 1 || !(flags[0] & SNMP_MSG_FLAG_AUTH_BIT))
        return false;
    if (accept.requestsOnly
        && (!(flags[0] & SNMP_MSG_FLAG_RPRT_BIT)
            || (flags[0] & ~u_char(SNMP_MSG_FLAG_AUTH_BIT | SNMP_MSG_FLAG_PRIV_BIT | SNMP_MSG_FLAG_RPRT_BIT))))
        return false;
    m_flags = flags[0];
    long securityModel = 0;
    at = asn_parse_int(at, &length, &type, &securityModel, sizeof securityModel);
    if (!at || type != ASN_INTEGER || securityModel != USM_SEC_MODEL_NUMBER)
        return false;
    snmp_secmod_def *usm = find_sec_mod(USM_SEC_MODEL_NUMBER);
    if (!usm || !usm->decode)
        return false;

    m_statistics.resize(STAT_USM_STATS_END - STAT_USM_STATS_START + 1);
    for (int i = STAT_USM_STATS_START; i <= STAT_USM_STATS_END; ++i)
        m_statistics[std::size_t(i - STAT_USM_STATS_START)] = snmp_get_statistic(i);

    // The decryption buffer, sized as snmpv3_parse sizes it (at least SNMP_MAX_MSG_SIZE). Kept and
    // not cleared: snmpv3_parse mallocs it uninitialised too, USM writes the plaintext and says how
    // long it is, and zeroing 64 KB per message cost more than the decryption.
    const std::size_t scopedCapacity = std::max(size, std::size_t(SNMP_MAX_MSG_SIZE));
    if (m_scoped.size() < scopedCapacity)
        m_scoped.resize(scopedCapacity);
    u_char *scoped = m_scoped.data();
    std::size_t scopedLength = scopedCapacity;
    m_securityEngineId.resize(SNMP_MAX_ENG_SIZE * 2);
    m_securityEngineIdLength = m_securityEngineId.size();
    m_securityName.resize(SNMP_MAX_SEC_NAME_SIZE + 1);
    m_securityNameLength = SNMP_MAX_SEC_NAME_SIZE;
    std::size_t maxSizeResponse = 0;
    void *state = nullptr;
    netsnmp_pdu unusedPdu{}; // USM takes it but does not read it
    snmp_secmod_incoming_params params{};
    params.msgProcModel = 0; // what snmpv3_parse passes from its freshly zeroed PDU
    params.maxMsgSize = std::size_t(m_maxSize);
    params.secParams = at;
    params.secModel = int(securityModel);
    params.secLevel = (m_flags & SNMP_MSG_FLAG_PRIV_BIT) ? SNMP_SEC_LEVEL_AUTHPRIV : SNMP_SEC_LEVEL_AUTHNOPRIV;
    params.wholeMsg = message;
    params.wholeMsgLen = size;
    params.secEngineID = m_securityEngineId.data();
    params.secEngineIDLen = &m_securityEngineIdLength;
    params.secName = m_securityName.data();
    params.secNameLen = &m_securityNameLength;
    params.scopedPdu = &scoped;
    params.scopedPduLen = &scopedLength;
    params.maxSizeResponse = &maxSizeResponse;
    params.secStateRef = &state;
    params.sess = session;
    params.pdu = &unusedPdu;
    params.msg_flags = m_flags;
    const int rc = usm->decode(&params);
    m_securityState = state;
    if (!accept.keepSecurityState)
        freeSecurityState(); // it holds copies of the keys: not kept longer than needed
    m_securityLevel = params.secLevel;
    if (rc != SNMPERR_SUCCESS || !scoped || m_securityNameLength > SNMP_MAX_SEC_NAME_SIZE)
        return refused();
    m_securityName[m_securityNameLength] = 0;

    // The scopedPDU as snmpv3_scopedPDU_parse reads it: contextEngineID, contextName, the PDU.
    std::size_t sequenceLength = scopedLength;
    u_char *inner = asn_parse_sequence(scoped, &sequenceLength, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR,
                                       "plaintext scopedPDU");
    if (!inner)
        return refused();
    scopedLength -= std::size_t(inner - scoped);
    m_contextEngineId.resize(SNMP_MAX_ENG_SIZE);
    m_contextEngineIdLength = m_contextEngineId.size();
    inner = asn_parse_string(inner, &scopedLength, &type, m_contextEngineId.data(), &m_contextEngineIdLength);
    if (!inner)
        return refused();
    m_contextName.resize(SNMP_MAX_CONTEXT_SIZE + 1);
    m_contextNameLength = SNMP_MAX_CONTEXT_SIZE;
    inner = asn_parse_string(inner, &scopedLength, &type, reinterpret_cast<u_char *>(m_contextName.data()),
                             &m_contextNameLength);
    if (!inner)
        return refused();
    m_contextName[m_contextNameLength] = 0;
    m_pdu = inner;
    m_pduLength = scopedLength;
    return true;
}

} // namespace Printwatch::NetSnmp
