// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/requestparser.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmp_impl.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace Printwatch::Sim {

RequestParser::RequestParser()
    : m_pdu(std::make_unique<netsnmp_pdu>())
    , m_community(COMMUNITY_MAX_LEN + 1)
{
}

RequestParser::~RequestParser()
{
    freeSecurityState();
}

void RequestParser::freeSecurityState()
{
    if (!m_pdu->securityStateRef)
        return;
    snmp_secmod_def *usm = find_sec_mod(USM_SEC_MODEL_NUMBER);
    if (usm && usm->pdu_free_state_ref)
        usm->pdu_free_state_ref(m_pdu->securityStateRef);
    m_pdu->securityStateRef = nullptr;
}

netsnmp_variable_list *RequestParser::variable(std::size_t index)
{
    while (m_variables.size() <= index)
        m_variables.push_back(std::make_unique<netsnmp_variable_list>());
    return m_variables[index].get();
}

netsnmp_pdu *RequestParser::parse(const unsigned char *message, std::size_t length)
{
    freeSecurityState(); // a v3 request's, if its reply was never built
    // net-snmp's parsers take non-const pointers but only read.
    auto *data = const_cast<u_char *>(message);
    std::size_t remaining = length;
    u_char type = 0;
    long version = -1;
    data = asn_parse_sequence(data, &remaining, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR, "message");
    if (!data || !(data = asn_parse_int(data, &remaining, &type, &version, sizeof version))
        || (version != SNMP_VERSION_1 && version != SNMP_VERSION_2c))
        return nullptr;
    std::size_t communityLength = COMMUNITY_MAX_LEN;
    data = asn_parse_string(data, &remaining, &type, m_community.data(), &communityLength);
    if (!data || type != ASN_OCTET_STR)
        return nullptr;
    u_char command = 0;
    data = asn_parse_header(data, &remaining, &command);
    if (!data || !(command == SNMP_MSG_GET || command == SNMP_MSG_GETNEXT
                   || (command == SNMP_MSG_GETBULK && version == SNMP_VERSION_2c)))
        return nullptr;

    netsnmp_pdu *pdu = readPdu(data, remaining, version, command);
    if (pdu) {
        pdu->community = m_community.data();
        pdu->community_len = communityLength;
    }
    return pdu;
}

netsnmp_pdu *RequestParser::readPdu(u_char *data, std::size_t remaining, long version, u_char command)
{
    u_char type = 0;
    netsnmp_pdu &pdu = *m_pdu;
    pdu = netsnmp_pdu{};
    pdu.version = version;
    pdu.command = command;
    // For GETBULK the second and third integers are non-repeaters and max-repetitions (the same fields).
    if (!(data = asn_parse_int(data, &remaining, &type, &pdu.reqid, sizeof pdu.reqid))
        || !(data = asn_parse_int(data, &remaining, &type, &pdu.errstat, sizeof pdu.errstat))
        || !(data = asn_parse_int(data, &remaining, &type, &pdu.errindex, sizeof pdu.errindex))
        || !(data = asn_parse_sequence(data, &remaining, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR, "varbinds")))
        return nullptr;

    netsnmp_variable_list **tail = &pdu.variables;
    std::size_t count = 0;
    while (remaining > 0) {
        netsnmp_variable_list *vb = variable(count++);
        vb->next_variable = nullptr;
        vb->name = vb->name_loc;
        vb->name_length = MAX_OID_LEN;
        u_char *value = nullptr;
        data = snmp_parse_var_op(data, vb->name_loc, &vb->name_length, &vb->type, &vb->val_len, &value, &remaining);
        // A request value that is not NULL (a SET, or an odd manager) goes the general way.
        if (!data || vb->type != ASN_NULL)
            return nullptr;
        vb->val.string = nullptr;
        vb->val_len = 0;
        *tail = vb;
        tail = &vb->next_variable;
    }
    return &pdu;
}

netsnmp_pdu *RequestParser::parseV3(const unsigned char *data, std::size_t size, netsnmp_session *session)
{
    freeSecurityState();
    m_message.assign(data, data + size);
    u_char *message = m_message.data();
    std::size_t length = size;
    u_char type = 0;
    u_char *at = asn_parse_sequence(message, &length, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR, "message");
    long version = 0;
    if (!at || !(at = asn_parse_int(at, &length, &type, &version, sizeof version)) || version != SNMP_VERSION_3)
        return nullptr;
    u_char *global = at;
    std::size_t globalLength = length;
    at = asn_parse_sequence(at, &globalLength, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR, "msgGlobalData");
    if (!at)
        return nullptr;
    length -= std::size_t(at - global); // as snmpv3_parse: the fields are read against the message's rest
    long msgId = 0;
    long maxSize = 0;
    at = asn_parse_int(at, &length, &type, &msgId, sizeof msgId);
    if (!at || type != ASN_INTEGER || msgId < 0 || msgId > 0x7fffffff)
        return nullptr;
    at = asn_parse_int(at, &length, &type, &maxSize, sizeof maxSize);
    if (!at || type != ASN_INTEGER || maxSize < 484 || maxSize > 0x7fffffff)
        return nullptr;
    u_char flags[2];
    std::size_t flagsLength = sizeof flags;
    at = asn_parse_string(at, &length, &type, flags, &flagsLength);
    // Requests are reportable and authenticated; discovery (noAuth) and odd flags go to snmp_parse.
    if (!at || type != ASN_OCTET_STR || flagsLength != 1 || !(flags[0] & SNMP_MSG_FLAG_AUTH_BIT)
        || !(flags[0] & SNMP_MSG_FLAG_RPRT_BIT)
        || (flags[0] & ~u_char(SNMP_MSG_FLAG_AUTH_BIT | SNMP_MSG_FLAG_PRIV_BIT | SNMP_MSG_FLAG_RPRT_BIT)))
        return nullptr;
    long securityModel = 0;
    at = asn_parse_int(at, &length, &type, &securityModel, sizeof securityModel);
    if (!at || type != ASN_INTEGER || securityModel != USM_SEC_MODEL_NUMBER)
        return nullptr;
    snmp_secmod_def *usm = find_sec_mod(USM_SEC_MODEL_NUMBER);
    if (!usm || !usm->decode)
        return nullptr;

    // A refusal is counted again by snmp_parse: keep the counters it would find.
    std::array<u_int, STAT_USM_STATS_END - STAT_USM_STATS_START + 1> counters{};
    for (int i = STAT_USM_STATS_START; i <= STAT_USM_STATS_END; ++i)
        counters[std::size_t(i - STAT_USM_STATS_START)] = snmp_get_statistic(i);

    // The decryption buffer, sized as snmpv3_parse sizes it (at least SNMP_MAX_MSG_SIZE); kept, not
    // cleared per request (64 KB of memset): USM writes the plaintext and says how long it is.
    const std::size_t scopedCapacity = std::max(size, std::size_t(SNMP_MAX_MSG_SIZE));
    if (m_scoped.size() < scopedCapacity)
        m_scoped.resize(scopedCapacity);
    u_char *scoped = m_scoped.data();
    std::size_t scopedLength = scopedCapacity;
    m_securityEngineId.assign(SNMP_MAX_ENG_SIZE * 2, 0);
    std::size_t engineIdLength = m_securityEngineId.size();
    m_securityName.assign(SNMP_MAX_SEC_NAME_SIZE + 1, 0);
    std::size_t securityNameLength = SNMP_MAX_SEC_NAME_SIZE;
    std::size_t maxSizeResponse = 0;
    void *stateRef = nullptr;
    netsnmp_pdu unusedPdu{}; // USM takes it but does not read it
    snmp_secmod_incoming_params params{};
    params.msgProcModel = 0; // what snmpv3_parse passes from its freshly zeroed PDU
    params.maxMsgSize = std::size_t(maxSize);
    params.secParams = at;
    params.secModel = int(securityModel);
    params.secLevel = (flags[0] & SNMP_MSG_FLAG_PRIV_BIT) ? SNMP_SEC_LEVEL_AUTHPRIV : SNMP_SEC_LEVEL_AUTHNOPRIV;
    params.wholeMsg = message;
    params.wholeMsgLen = size;
    params.secEngineID = m_securityEngineId.data();
    params.secEngineIDLen = &engineIdLength;
    params.secName = m_securityName.data();
    params.secNameLen = &securityNameLength;
    params.scopedPdu = &scoped;
    params.scopedPduLen = &scopedLength;
    params.maxSizeResponse = &maxSizeResponse;
    params.secStateRef = &stateRef;
    params.sess = session;
    params.pdu = &unusedPdu;
    params.msg_flags = flags[0];
    const int rc = usm->decode(&params);
    const auto refuse = [&]() -> netsnmp_pdu * {
        if (stateRef && usm->pdu_free_state_ref)
            usm->pdu_free_state_ref(stateRef);
        for (int i = STAT_USM_STATS_START; i <= STAT_USM_STATS_END; ++i) {
            const u_int before = counters[std::size_t(i - STAT_USM_STATS_START)];
            const u_int now = snmp_get_statistic(i);
            if (now != before)
                snmp_increment_statistic_by(i, -int(now - before));
        }
        return nullptr;
    };
    if (rc != SNMPERR_SUCCESS || !scoped || securityNameLength > SNMP_MAX_SEC_NAME_SIZE)
        return refuse();

    // The scopedPDU as snmpv3_scopedPDU_parse reads it: contextEngineID, contextName, the PDU.
    std::size_t sequenceLength = scopedLength;
    u_char *inner = asn_parse_sequence(scoped, &sequenceLength, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR,
                                       "plaintext scopedPDU");
    if (!inner)
        return refuse();
    scopedLength -= std::size_t(inner - scoped);
    m_contextEngineId.assign(SNMP_MAX_ENG_SIZE, 0);
    std::size_t contextEngineIdLength = m_contextEngineId.size();
    inner = asn_parse_string(inner, &scopedLength, &type, m_contextEngineId.data(), &contextEngineIdLength);
    if (!inner)
        return refuse();
    m_contextName.assign(SNMP_MAX_CONTEXT_SIZE + 1, 0);
    std::size_t contextNameLength = SNMP_MAX_CONTEXT_SIZE;
    inner = asn_parse_string(inner, &scopedLength, &type, reinterpret_cast<u_char *>(m_contextName.data()),
                             &contextNameLength);
    u_char command = 0;
    if (!inner || !(inner = asn_parse_header(inner, &scopedLength, &command))
        || !(command == SNMP_MSG_GET || command == SNMP_MSG_GETNEXT || command == SNMP_MSG_GETBULK))
        return refuse();
    netsnmp_pdu *pdu = readPdu(inner, scopedLength, SNMP_VERSION_3, command);
    if (!pdu)
        return refuse();
    m_securityName[securityNameLength] = 0;
    m_contextName[contextNameLength] = 0;
    pdu->msgid = msgId;
    pdu->msgMaxSize = maxSize;
    pdu->flags = flags[0] & SNMP_MSG_FLAG_RPRT_BIT; // what snmpv3_parse keeps of msgFlags
    pdu->securityModel = int(securityModel);
    pdu->securityLevel = params.secLevel;
    pdu->securityEngineID = m_securityEngineId.data();
    pdu->securityEngineIDLen = engineIdLength;
    pdu->securityName = m_securityName.data();
    pdu->securityNameLen = securityNameLength;
    pdu->contextEngineID = m_contextEngineId.data();
    pdu->contextEngineIDLen = contextEngineIdLength;
    pdu->contextName = m_contextName.data();
    pdu->contextNameLen = contextNameLength;
    pdu->securityStateRef = stateRef;
    return pdu;
}

} // namespace Printwatch::Sim
