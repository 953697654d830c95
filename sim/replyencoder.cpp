// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/replyencoder.h"

#include "sim/profile.h"
#include "sim/replypool.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmp_api.h>

#include <cstdlib>
#include <cstring>
#include <limits>

namespace Printwatch::Sim {

namespace {

// Room for `count` more bytes in front of *offset; asn_realloc keeps the encoded tail at the end.
bool reserve(u_char **buffer, std::size_t *length, std::size_t offset, std::size_t count)
{
    while (*length - offset < count) {
        if (!asn_realloc(buffer, length))
            return false;
    }
    return true;
}

bool prepend(u_char **buffer, std::size_t *length, std::size_t *offset, const u_char *bytes, std::size_t count)
{
    if (!reserve(buffer, length, *offset, count))
        return false;
    *offset += count;
    std::memcpy(*buffer + *length - *offset, bytes, count);
    return true;
}

bool rbuildVarbind(u_char **buffer, std::size_t *length, std::size_t *offset, const netsnmp_variable_list &vb)
{
    std::size_t nameLength = vb.name_length; // net-snmp's signature is not const
    return snmp_realloc_rbuild_var_op(buffer, length, offset, 1, vb.name, &nameLength, vb.type,
                                      const_cast<u_char *>(vb.val.string), vb.val_len)
           != 0;
}

bool isException(u_char type)
{
    return type == SNMP_NOSUCHOBJECT || type == SNMP_NOSUCHINSTANCE || type == SNMP_ENDOFMIBVIEW;
}

} // namespace

ReplyEncoder::ReplyEncoder() = default;

ReplyEncoder::~ReplyEncoder()
{
    std::free(m_pduBuffer);
    std::free(m_entryBuffer);
}

ReplyEncoder::ProfileCache &ReplyEncoder::cacheFor(const std::shared_ptr<const Profile> &profile)
{
    if (m_last && m_last->profile == profile)
        return *m_last;
    ProfileCache &cache = m_caches[profile.get()];
    if (!cache.profile) {
        cache.profile = profile;
        cache.entries.resize(profile->entries.size());
    }
    m_last = &cache;
    return cache;
}

bool ReplyEncoder::reserveEntryBuffer()
{
    if (!m_entryBuffer) {
        m_entryBufferLength = 256;
        m_entryBuffer = static_cast<u_char *>(std::malloc(m_entryBufferLength));
    }
    return m_entryBuffer != nullptr;
}

// The bytes net-snmp just encoded at the end of the entry buffer, appended to the profile's cache.
std::uint32_t ReplyEncoder::keepEncoded(ProfileCache &cache, std::size_t length)
{
    const auto at = std::uint32_t(cache.bytes.size());
    const u_char *encoded = m_entryBuffer + m_entryBufferLength - length;
    cache.bytes.insert(cache.bytes.end(), encoded, encoded + length);
    return at;
}

bool ReplyEncoder::encodeEntry(ProfileCache &cache, std::size_t index, const netsnmp_variable_list &vb)
{
    if (!reserveEntryBuffer())
        return false;
    std::size_t offset = 0;
    if (!rbuildVarbind(&m_entryBuffer, &m_entryBufferLength, &offset, vb)
        || cache.bytes.size() + offset > std::numeric_limits<std::uint32_t>::max())
        return false;
    Cached &entry = cache.entries[index];
    entry.offset = keepEncoded(cache, offset);
    entry.length = std::uint32_t(offset);
    ++m_cachedEntries;
    return true;
}

bool ReplyEncoder::encodeName(ProfileCache &cache, std::size_t index, const netsnmp_variable_list &vb)
{
    if (!reserveEntryBuffer())
        return false;
    std::size_t offset = 0;
    if (!asn_realloc_rbuild_objid(&m_entryBuffer, &m_entryBufferLength, &offset, 1,
                                  ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_OBJECT_ID, vb.name, vb.name_length)
        || offset == 0 || cache.bytes.size() + offset > std::numeric_limits<std::uint32_t>::max())
        return false;
    Cached &entry = cache.entries[index];
    entry.nameOffset = keepEncoded(cache, offset);
    entry.nameLength = std::uint32_t(offset);
    return true;
}

// snmp_realloc_rbuild_var_op's steps for the types computed values and exceptions have (value,
// name, sequence), with the name's encoding made once; other types are left to it.
bool ReplyEncoder::encodeComputed(ProfileCache &cache, std::size_t index, const netsnmp_variable_list &vb,
                                  u_char **buffer, std::size_t *length, std::size_t *offset)
{
    const std::size_t start = *offset;
    bool ok = false;
    switch (vb.type) {
    case ASN_INTEGER:
        ok = asn_realloc_rbuild_int(buffer, length, offset, 1, vb.type, vb.val.integer, vb.val_len);
        break;
    case ASN_COUNTER:
    case ASN_GAUGE:
    case ASN_TIMETICKS:
        ok = asn_realloc_rbuild_unsigned_int(buffer, length, offset, 1, vb.type,
                                             reinterpret_cast<const u_long *>(vb.val.integer), vb.val_len);
        break;
    case ASN_OCTET_STR:
    case ASN_IPADDRESS:
    case ASN_OPAQUE:
        ok = asn_realloc_rbuild_string(buffer, length, offset, 1, vb.type, vb.val.string, vb.val_len);
        break;
    case ASN_NULL:
    case SNMP_NOSUCHOBJECT:
    case SNMP_NOSUCHINSTANCE:
    case SNMP_ENDOFMIBVIEW:
        // a GETBULK repeater past the end of the MIB, named after the entry it ended on
        ok = asn_realloc_rbuild_null(buffer, length, offset, 1, vb.type);
        break;
    default:
        return rbuildVarbind(buffer, length, offset, vb);
    }
    if (!ok)
        return false;
    if (cache.entries[index].nameLength == 0 && !encodeName(cache, index, vb))
        return false;
    const Cached &c = cache.entries[index];
    return prepend(buffer, length, offset, cache.bytes.data() + c.nameOffset, c.nameLength)
           && asn_realloc_rbuild_sequence(buffer, length, offset, 1, ASN_SEQUENCE | ASN_CONSTRUCTOR, *offset - start);
}

bool ReplyEncoder::buildPdu(const std::shared_ptr<const Profile> &profile, const ReplyPool &pool,
                            netsnmp_pdu *reply, u_char **buffer, std::size_t *length, std::size_t *offset)
{
    // Which varbinds are a static profile entry: the pool's slots, in the order they are linked.
    m_order.clear();
    ProfileCache *cache = nullptr;
    std::size_t slot = 0;
    for (const netsnmp_variable_list *vb = reply->variables; vb; vb = vb->next_variable, ++slot) {
        std::int32_t entry = -1;
        bool entryValue = false;
        const u_char *encodedName = nullptr;
        std::size_t encodedNameLength = 0;
        bool encodedWhole = false;
        if (pool.linked && slot < pool.used && &pool.pool[slot]->vb == vb) {
            ReplyPool::Slot &s = *pool.pool[slot];
            entry = s.entry;
            entryValue = s.entryValue;
            encodedName = s.encodedName;
            encodedNameLength = s.encodedNameLength;
            encodedWhole = s.encodedWhole;
            if (entry >= 0 && (!profile || std::size_t(entry) >= profile->entries.size()))
                entry = -1;
            // Read from `vb` below: its first encoding, or not a profile entry after all.
            if (entry >= 0 && !cache)
                cache = &cacheFor(profile);
            if (entry < 0 || (entryValue && cache->entries[std::size_t(entry)].length == 0))
                ReplyPool::materialize(s);
        }
        m_order.push_back(Item{vb, entry, entryValue, encodedName, encodedNameLength, encodedWhole});
    }

    // Reverse encoding: the last varbind first.
    const std::size_t start = *offset;
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        const netsnmp_variable_list &vb = *it->vb;
        if (it->entry < 0) {
            if (it->encodedName && it->encodedWhole && isException(vb.type)) {
                // the same steps below, made once per varbind list and exception (RequestParser)
                if (!prepend(buffer, length, offset, it->encodedName, it->encodedNameLength))
                    return false;
            } else if (it->encodedName && isException(vb.type)) {
                // snmp_realloc_rbuild_var_op's steps, the request's name encoded once per varbind list
                const std::size_t begin = *offset;
                if (!asn_realloc_rbuild_null(buffer, length, offset, 1, vb.type)
                    || !prepend(buffer, length, offset, it->encodedName, it->encodedNameLength)
                    || !asn_realloc_rbuild_sequence(buffer, length, offset, 1, ASN_SEQUENCE | ASN_CONSTRUCTOR,
                                                    *offset - begin))
                    return false;
            } else if (!rbuildVarbind(buffer, length, offset, vb)) {
                return false;
            }
            continue;
        }
        const std::size_t index = std::size_t(it->entry);
        if (!it->entryValue) {
            if (!encodeComputed(*cache, index, vb, buffer, length, offset))
                return false;
            continue;
        }
        if (cache->entries[index].length == 0 && !encodeEntry(*cache, index, vb))
            return false;
        const Cached &c = cache->entries[index];
        if (!prepend(buffer, length, offset, cache->bytes.data() + c.offset, c.length))
            return false;
    }
    // The PDU around them, in snmp_pdu_realloc_rbuild's order (RFC 3416 section 3).
    const u_char integer = ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_INTEGER;
    return asn_realloc_rbuild_sequence(buffer, length, offset, 1, ASN_SEQUENCE | ASN_CONSTRUCTOR, *offset - start)
           && asn_realloc_rbuild_int(buffer, length, offset, 1, integer, &reply->errindex, sizeof reply->errindex)
           && asn_realloc_rbuild_int(buffer, length, offset, 1, integer, &reply->errstat, sizeof reply->errstat)
           && asn_realloc_rbuild_int(buffer, length, offset, 1, integer, &reply->reqid, sizeof reply->reqid)
           && asn_realloc_rbuild_header(buffer, length, offset, 1, u_char(reply->command), *offset - start);
}

int ReplyEncoder::build(const std::shared_ptr<const Profile> &profile, const ReplyPool &pool,
                        netsnmp_session *session, netsnmp_pdu *reply, u_char **buffer, std::size_t *length,
                        std::size_t *offset)
{
    // snmp_build reads every varbind of the reply.
    const auto fallback = [&] {
        pool.materialize();
        return snmp_build(buffer, length, offset, session, reply);
    };
    const bool community = reply->version == SNMP_VERSION_1 || reply->version == SNMP_VERSION_2c;
    if (reply->command != SNMP_MSG_RESPONSE || (community && reply->community_len == 0)
        || (!community && reply->version != SNMP_VERSION_3)
        || !netsnmp_ds_get_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_REVERSE_ENCODE))
        return fallback();
    // What snmp_build does to a Response before encoding it.
    if (reply->errstat == SNMP_DEFAULT_ERRSTAT)
        reply->errstat = 0;
    if (reply->errindex == SNMP_DEFAULT_ERRINDEX)
        reply->errindex = 0;
    const std::size_t start = *offset;
    if (community) {
        const u_char string = ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_OCTET_STR;
        const u_char integer = ASN_UNIVERSAL | ASN_PRIMITIVE | ASN_INTEGER;
        if (buildPdu(profile, pool, reply, buffer, length, offset)
            && asn_realloc_rbuild_string(buffer, length, offset, 1, string, reply->community, reply->community_len)
            && asn_realloc_rbuild_int(buffer, length, offset, 1, integer, &reply->version, sizeof reply->version)
            && asn_realloc_rbuild_sequence(buffer, length, offset, 1, ASN_SEQUENCE | ASN_CONSTRUCTOR,
                                           *offset - start))
            return 0;
        *offset = start;
        return fallback();
    }
    // SNMPv3: the scopedPDU, header, USM parameters, encryption and digest are net-snmp's, given our PDU.
    // snmpv3_build would fill these from the session first; a reply always carries the request's.
    if (reply->securityEngineIDLen == 0 || reply->contextEngineIDLen == 0 || !reply->contextName
        || !reply->securityName || reply->securityLevel == 0 || reply->securityModel == SNMP_DEFAULT_SECMODEL)
        return fallback();
    if (!m_pduBuffer) {
        m_pduBufferLength = 4096;
        m_pduBuffer = static_cast<u_char *>(std::malloc(m_pduBufferLength));
        if (!m_pduBuffer)
            return fallback();
    }
    std::size_t pduLength = 0;
    if (!buildPdu(profile, pool, reply, &m_pduBuffer, &m_pduBufferLength, &pduLength))
        return fallback();
    return snmpv3_packet_realloc_rbuild(buffer, length, offset, session, reply,
                                        m_pduBuffer + m_pduBufferLength - pduLength, pduLength);
}

} // namespace Printwatch::Sim
