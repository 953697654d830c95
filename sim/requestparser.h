// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netsnmp/v3message.h"

#include <cstddef>
#include <memory>
#include <vector>

struct snmp_pdu;
struct snmp_session;
struct variable_list;

namespace Printwatch::Sim {

// Reads the requests that make up nearly all of a poll (SNMPv1/v2c GET, GETNEXT and GETBULK whose
// values are all NULL) into a PDU and varbinds that are reused from request to request.
// snmp_parse allocates a zeroed netsnmp_variable_list (about 1.2 KB, too big for malloc's
// per-thread cache) for every varbind of every request, and frees it again: with requests of
// 10 to 30 varbinds that was a fifth of the simulator's CPU. The message is read with the same
// net-snmp BER primitives snmp_parse uses (asn_parse_sequence/int/string/header,
// snmp_parse_var_op), in the same order (RFC 1157 / RFC 3416 message and PDU layout).
// Authenticated SNMPv3 requests are unwrapped as snmp/pducodec.cpp unwraps v3 answers
// (NetSnmp::V3Message: net-snmp's USM does the security), then read by the PDU reader above.
// Everything else (noAuth and discovery, USM refusals, SET, values that are not NULL, anything
// malformed) is left to snmp_parse by returning nullptr.
class RequestParser final
{
public:
    RequestParser();
    ~RequestParser();
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    // The PDU, its community and its varbinds belong to the parser and stay valid until the next
    // call; never pass it to snmp_free_pdu.
    snmp_pdu *parse(const unsigned char *data, std::size_t length);

    // An authenticated v3 GET/GETNEXT/GETBULK, checked by USM against the users and engine that are
    // installed now, for `session` (the agent's authoritative parse session). The PDU carries
    // USM's security state for the reply (snmp_free_pdu of the reply frees it). A refusal leaves
    // net-snmp's USM statistics as they were, so snmp_parse counts it once in its report.
    snmp_pdu *parseV3(const unsigned char *data, std::size_t length, snmp_session *session);

    bool owns(const snmp_pdu *pdu) const { return pdu == m_pdu.get(); }

    // Varbind lists read from the cache instead of snmp_parse_var_op (for tests).
    std::size_t cacheHits() const { return m_cacheHits; }

    // The name of varbind `index` of the PDU parse() or parseV3() returned last, as net-snmp's
    // asn_realloc_rbuild_objid encodes it (made once per cached list): an exception the agent
    // answers under the request's own name copies it. nullptr when there is none.
    const unsigned char *encodedName(std::size_t index, std::size_t *length);
    // The whole varbind of that name with the exception `type` (noSuchObject, noSuchInstance or
    // endOfMibView) as snmp_realloc_rbuild_var_op's steps encode it (made once per cached list):
    // GET probes of rows a device lacks and walks past a table's end answer several per request.
    const unsigned char *encodedException(std::size_t index, unsigned char type, std::size_t *length);

private:
    // One varbind list as it arrived and the names snmp_parse_var_op read from it. The poller sends
    // every device of a model the same varbinds (only the request ID differs), and reading each
    // OID's BER (asn_parse_objid, asn_parse_header, snmp_parse_var_op) was about a seventh of the
    // simulator's v2c instructions. The same bytes read the same names, so a list seen before is
    // compared byte for byte and its names reused; direct-mapped, a collision just reads again.
    struct CachedList
    {
        std::vector<unsigned char> bytes;
        std::vector<unsigned long> names;      // net-snmp's oid, every varbind's name in turn
        std::vector<std::size_t> lengths;      // sub-identifiers per varbind
        std::vector<unsigned char> encoded;    // every name's encoding, on first use
        std::vector<std::size_t> encodedEnds;  // where each one ends in `encoded`
        std::vector<unsigned char> exceptions; // every name's varbind with each exception, on first use
        std::vector<std::size_t> exceptionEnds; // three per name, in exception order
    };
    static constexpr std::size_t CacheSlots = 64; // a power of two
    bool fromCache(const unsigned char *data, std::size_t remaining, CachedList &slot);

    variable_list *variable(std::size_t index);
    snmp_pdu *readPdu(unsigned char *data, std::size_t remaining, long version, unsigned char command);
    void freeSecurityState();

    NetSnmp::V3Message m_v3; // the message copy, decryption buffer and names a v3 PDU points into

    std::unique_ptr<snmp_pdu> m_pdu;
    std::vector<std::unique_ptr<variable_list>> m_variables;
    std::vector<unsigned char> m_community;
    std::vector<CachedList> m_cache;
    CachedList *m_current = nullptr; // the list of the PDU returned last
    std::size_t m_cacheHits = 0;
    unsigned char *m_encodeBuffer = nullptr; // asn_realloc_rbuild_objid's, grown as net-snmp grows it
    std::size_t m_encodeBufferLength = 0;
};

} // namespace Printwatch::Sim
