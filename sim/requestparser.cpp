// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/requestparser.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmp_impl.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <type_traits>

namespace Printwatch::Sim {

RequestParser::RequestParser()
    : m_pdu(std::make_unique<netsnmp_pdu>())
    , m_community(COMMUNITY_MAX_LEN + 1)
    , m_cache(CacheSlots)
{
    static_assert(std::is_same_v<oid, unsigned long>, "CachedList::names holds net-snmp's oid");
}

RequestParser::~RequestParser()
{
    freeSecurityState();
    std::free(m_encodeBuffer);
}

const u_char *RequestParser::encodedName(std::size_t index, std::size_t *length)
{
    CachedList *list = m_current;
    if (!list || index >= list->lengths.size())
        return nullptr;
    if (list->encodedEnds.empty()) {
        if (!m_encodeBuffer) {
            m_encodeBufferLength = 256;
            m_encodeBuffer = static_cast<u_char *>(std::malloc(m_encodeBufferLength));
            if (!m_encodeBuffer)
                return nullptr;
        }
        const oid *name = list->names.data();
        for (std::size_t n : list->lengths) {
            std::size_t offset = 0;
            if (!asn_realloc_rbuild_objid(&m_encodeBuffer, &m_encodeBufferLength, &offset, 1,
                                          ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_OBJECT_ID, name, n)) {
                list->encoded.clear();
                list->encodedEnds.clear();
                return nullptr;
            }
            const u_char *bytes = m_encodeBuffer + m_encodeBufferLength - offset;
            list->encoded.insert(list->encoded.end(), bytes, bytes + offset);
            list->encodedEnds.push_back(list->encoded.size());
            name += n;
        }
    }
    const std::size_t begin = index == 0 ? 0 : list->encodedEnds[index - 1];
    *length = list->encodedEnds[index] - begin;
    return list->encoded.data() + begin;
}

const u_char *RequestParser::encodedException(std::size_t index, u_char type, std::size_t *length)
{
    static_assert(SNMP_NOSUCHINSTANCE == SNMP_NOSUCHOBJECT + 1 && SNMP_ENDOFMIBVIEW == SNMP_NOSUCHOBJECT + 2);
    if (type < SNMP_NOSUCHOBJECT || type > SNMP_ENDOFMIBVIEW)
        return nullptr;
    std::size_t nameLength = 0;
    if (!encodedName(index, &nameLength)) // also makes every name's encoding
        return nullptr;
    CachedList *list = m_current;
    if (list->exceptionEnds.empty()) {
        for (std::size_t i = 0; i < list->lengths.size(); ++i) {
            const std::size_t begin = i == 0 ? 0 : list->encodedEnds[i - 1];
            const std::size_t count = list->encodedEnds[i] - begin;
            for (u_char exception = SNMP_NOSUCHOBJECT; exception <= SNMP_ENDOFMIBVIEW; ++exception) {
                // ReplyEncoder's steps for an exception under a request's name: value, name, sequence.
                std::size_t offset = 0;
                bool ok = asn_realloc_rbuild_null(&m_encodeBuffer, &m_encodeBufferLength, &offset, 1, exception);
                while (ok && m_encodeBufferLength - offset < count)
                    ok = asn_realloc(&m_encodeBuffer, &m_encodeBufferLength);
                if (ok) {
                    offset += count;
                    std::memcpy(m_encodeBuffer + m_encodeBufferLength - offset, list->encoded.data() + begin, count);
                    ok = asn_realloc_rbuild_sequence(&m_encodeBuffer, &m_encodeBufferLength, &offset, 1,
                                                     ASN_SEQUENCE | ASN_CONSTRUCTOR, offset);
                }
                if (!ok) {
                    list->exceptions.clear();
                    list->exceptionEnds.clear();
                    return nullptr;
                }
                const u_char *bytes = m_encodeBuffer + m_encodeBufferLength - offset;
                list->exceptions.insert(list->exceptions.end(), bytes, bytes + offset);
                list->exceptionEnds.push_back(list->exceptions.size());
            }
        }
    }
    const std::size_t at = index * 3 + std::size_t(type - SNMP_NOSUCHOBJECT);
    const std::size_t begin = at == 0 ? 0 : list->exceptionEnds[at - 1];
    *length = list->exceptionEnds[at] - begin;
    return list->exceptions.data() + begin;
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

namespace {

// A slot for a varbind list: its length and its last bytes (where the OIDs of two lists differ
// most), FNV-1a. Only picks the slot; the bytes are compared in full.
std::size_t slotOf(const u_char *data, std::size_t length)
{
    std::uint64_t h = 1469598103934665603ULL ^ length;
    const std::size_t tail = std::min<std::size_t>(length, 24);
    for (std::size_t i = length - tail; i < length; ++i)
        h = (h ^ data[i]) * 1099511628211ULL;
    return std::size_t(h ^ (h >> 32));
}

} // namespace

bool RequestParser::fromCache(const u_char *data, std::size_t remaining, CachedList &slot)
{
    if (slot.bytes.size() != remaining || slot.lengths.empty()
        || std::memcmp(slot.bytes.data(), data, remaining) != 0)
        return false;
    netsnmp_variable_list **tail = &m_pdu->variables;
    oid *name = slot.names.data();
    for (std::size_t i = 0; i < slot.lengths.size(); ++i) {
        netsnmp_variable_list *vb = variable(i);
        vb->next_variable = nullptr;
        vb->name = name; // the slot's copy: valid until the next parse
        vb->name_length = slot.lengths[i];
        vb->type = ASN_NULL;
        vb->val.string = nullptr;
        vb->val_len = 0;
        name += slot.lengths[i];
        *tail = vb;
        tail = &vb->next_variable;
    }
    ++m_cacheHits;
    m_current = &slot;
    return true;
}

netsnmp_pdu *RequestParser::parse(const unsigned char *message, std::size_t length)
{
    m_current = nullptr;
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

    if (remaining == 0)
        return &pdu;
    CachedList &slot = m_cache[slotOf(data, remaining) & (CacheSlots - 1)];
    if (fromCache(data, remaining, slot))
        return &pdu;
    const u_char *const list = data;
    const std::size_t listLength = remaining;

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
    // Read in full: remembered for the next device of the model.
    slot.bytes.assign(list, list + listLength);
    slot.names.clear();
    slot.lengths.clear();
    slot.encoded.clear();
    slot.encodedEnds.clear();
    slot.exceptions.clear();
    slot.exceptionEnds.clear();
    for (const netsnmp_variable_list *vb = pdu.variables; vb; vb = vb->next_variable) {
        slot.names.insert(slot.names.end(), vb->name, vb->name + vb->name_length);
        slot.lengths.push_back(vb->name_length);
    }
    m_current = &slot;
    return &pdu;
}

netsnmp_pdu *RequestParser::parseV3(const unsigned char *data, std::size_t size, netsnmp_session *session)
{
    m_current = nullptr;
    freeSecurityState();
    if (!m_v3.unwrap(data, size, session, {.requestsOnly = true, .keepSecurityState = true}))
        return nullptr;
    u_char *inner = m_v3.pdu();
    std::size_t remaining = m_v3.pduLength();
    u_char command = 0;
    netsnmp_pdu *pdu = nullptr;
    if ((inner = asn_parse_header(inner, &remaining, &command))
        && (command == SNMP_MSG_GET || command == SNMP_MSG_GETNEXT || command == SNMP_MSG_GETBULK))
        pdu = readPdu(inner, remaining, SNMP_VERSION_3, command);
    if (!pdu) {
        m_v3.refuse();
        return nullptr;
    }
    pdu->msgid = m_v3.msgId();
    pdu->msgMaxSize = m_v3.maxSize();
    pdu->flags = m_v3.flags() & SNMP_MSG_FLAG_RPRT_BIT; // what snmpv3_parse keeps of msgFlags
    pdu->securityModel = USM_SEC_MODEL_NUMBER;
    pdu->securityLevel = m_v3.securityLevel();
    pdu->securityEngineID = m_v3.securityEngineId();
    pdu->securityEngineIDLen = m_v3.securityEngineIdLength();
    pdu->securityName = m_v3.securityName();
    pdu->securityNameLen = m_v3.securityNameLength();
    pdu->contextEngineID = m_v3.contextEngineId();
    pdu->contextEngineIDLen = m_v3.contextEngineIdLength();
    pdu->contextName = m_v3.contextName();
    pdu->contextNameLen = m_v3.contextNameLength();
    pdu->securityStateRef = m_v3.takeSecurityState();
    return pdu;
}

} // namespace Printwatch::Sim
