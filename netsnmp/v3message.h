// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

struct snmp_session;

namespace Printwatch::NetSnmp {

// An authenticated SNMPv3 message unwrapped as net-snmp's snmpv3_parse (snmp_api.c) does it, for
// the engine's answer reader and the simulator's request reader, which then read the inner PDU
// themselves without snmp_parse's per-varbind allocations. The header (msgVersion, msgGlobalData)
// is read with net-snmp's asn_parse_*; all security work (digest, time window, decryption) is
// net-snmp's USM (find_sec_mod(USM)->decode), on a copy of the message because USM blanks the
// digest in place; then the scopedPDU's contextEngineID and contextName. A refusal (anything but
// an authenticated USM message that USM accepts) leaves net-snmp's USM statistics as they were, so
// snmp_parse, which the callers fall back to, counts it once.
class V3Message final
{
public:
    V3Message() = default;
    ~V3Message();
    V3Message(const V3Message &) = delete;
    V3Message &operator=(const V3Message &) = delete;

    struct Accept
    {
        bool requestsOnly = false;       // reportable flag set, no flag bits beyond auth/priv/reportable
        bool keepSecurityState = false;  // USM's state for signing a reply (see takeSecurityState)
    };

    // True when the message is unwrapped and pdu() points at the PDU inside the scopedPDU. Call
    // with net-snmp's USM users and the peer's engine time in place (and whatever lock guards them).
    bool unwrap(const unsigned char *data, std::size_t size, snmp_session *session, Accept accept);
    // The caller refused the PDU after all: frees USM's state and restores the statistics.
    void refuse();

    unsigned char *pdu() const { return m_pdu; }
    std::size_t pduLength() const { return m_pduLength; }
    long msgId() const { return m_msgId; }
    long maxSize() const { return m_maxSize; }
    unsigned char flags() const { return m_flags; }
    int securityLevel() const { return m_securityLevel; }
    // The authoritative engine ID, the security name and the context (names NUL-terminated); valid
    // until the next unwrap.
    unsigned char *securityEngineId() { return m_securityEngineId.data(); }
    std::size_t securityEngineIdLength() const { return m_securityEngineIdLength; }
    char *securityName() { return m_securityName.data(); }
    std::size_t securityNameLength() const { return m_securityNameLength; }
    unsigned char *contextEngineId() { return m_contextEngineId.data(); }
    std::size_t contextEngineIdLength() const { return m_contextEngineIdLength; }
    char *contextName() { return m_contextName.data(); }
    std::size_t contextNameLength() const { return m_contextNameLength; }
    // USM's security state (with Accept::keepSecurityState), now the caller's: a PDU's
    // securityStateRef, freed with it.
    void *takeSecurityState();

private:
    void freeSecurityState();
    bool refused();

    std::vector<unsigned char> m_message;
    std::vector<unsigned char> m_scoped;
    std::vector<unsigned char> m_securityEngineId;
    std::vector<char> m_securityName;
    std::vector<unsigned char> m_contextEngineId;
    std::vector<char> m_contextName;
    std::vector<unsigned int> m_statistics; // USM's counters before the decode
    void *m_securityState = nullptr;
    unsigned char *m_pdu = nullptr;
    std::size_t m_pduLength = 0;
    std::size_t m_securityEngineIdLength = 0;
    std::size_t m_securityNameLength = 0;
    std::size_t m_contextEngineIdLength = 0;
    std::size_t m_contextNameLength = 0;
    long m_msgId = 0;
    long m_maxSize = 0;
    int m_securityLevel = 0;
    unsigned char m_flags = 0;
};

} // namespace Printwatch::NetSnmp
