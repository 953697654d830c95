// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

struct snmp_pdu;
struct snmp_session;
struct variable_list;

namespace Printwatch::Sim {

struct Profile;
struct ReplyPool;

// Encodes a Response as snmp_build does, byte for byte, for less CPU: most of a reply is varbinds
// whose name and value are a profile's static entry, and net-snmp's snmp_realloc_rbuild_var_op
// spent about 800 instructions on each (a third of a v2c answer). Here each static entry is encoded
// once per agent by that same net-snmp function and its bytes are copied afterwards; computed
// values, exceptions and varbinds net-snmp owns are encoded by it per reply as before. The PDU
// around them is built with net-snmp's asn_realloc_rbuild_* in snmp_pdu_realloc_rbuild's order,
// the v1/v2c message as snmp_build wraps it, and a v3 message by net-snmp's own
// snmpv3_packet_realloc_rbuild with the PDU bytes given (header, USM, encryption, HMAC all net-snmp's).
// Anything else (reports, other PDU types, an empty community) goes to snmp_build.
class ReplyEncoder final
{
public:
    ReplyEncoder();
    ~ReplyEncoder();
    ReplyEncoder(const ReplyEncoder &) = delete;
    ReplyEncoder &operator=(const ReplyEncoder &) = delete;

    // The message for `reply` at the end of *buffer (grown with realloc as net-snmp does),
    // *offset bytes long; `session` is the build session (version set). `profile` is the profile
    // the pool's entry indices point into (it is kept alive as long as its encodings are cached).
    // Returns net-snmp's status: 0 on success.
    int build(const std::shared_ptr<const Profile> &profile, const ReplyPool &pool, snmp_session *session,
              snmp_pdu *reply, unsigned char **buffer, std::size_t *length, std::size_t *offset);

    // The PDU alone (what snmp_pdu_realloc_rbuild makes of it), appended in front of *offset.
    // False when net-snmp could not encode it.
    bool buildPdu(const std::shared_ptr<const Profile> &profile, const ReplyPool &pool, snmp_pdu *reply,
                  unsigned char **buffer, std::size_t *length, std::size_t *offset);

    // Encodings made so far (for tests).
    std::size_t cachedEntries() const { return m_cachedEntries; }

private:
    struct Cached
    {
        std::uint32_t offset = 0; // the whole varbind (name and static value)
        std::uint32_t length = 0; // 0: not encoded yet
        std::uint32_t nameOffset = 0; // the name alone, for computed values
        std::uint32_t nameLength = 0;
    };
    struct ProfileCache
    {
        std::shared_ptr<const Profile> profile; // kept so that its address is never reused for another
        std::vector<Cached> entries;
        std::vector<unsigned char> bytes;
    };

    ProfileCache &cacheFor(const std::shared_ptr<const Profile> &profile);
    bool encodeEntry(ProfileCache &cache, std::size_t index, const variable_list &vb);
    bool encodeName(ProfileCache &cache, std::size_t index, const variable_list &vb);
    bool reserveEntryBuffer();
    std::uint32_t keepEncoded(ProfileCache &cache, std::size_t length);
    bool encodeComputed(ProfileCache &cache, std::size_t index, const variable_list &vb, unsigned char **buffer,
                        std::size_t *length, std::size_t *offset);

    std::unordered_map<const Profile *, ProfileCache> m_caches;
    ProfileCache *m_last = nullptr;
    struct Item
    {
        const variable_list *vb;
        std::int32_t entry;
        bool entryValue;
        const unsigned char *encodedName; // an exception's name, encoded (ReplyPool::Slot)
        std::size_t encodedNameLength;
        bool encodedWhole; // ... or its whole varbind
    };
    std::vector<Item> m_order; // the reply's varbinds, first to last
    unsigned char *m_pduBuffer = nullptr; // a v3 PDU is built here, then handed to net-snmp
    std::size_t m_pduBufferLength = 0;
    unsigned char *m_entryBuffer = nullptr; // one entry's first encoding
    std::size_t m_entryBufferLength = 0;
    std::size_t m_cachedEntries = 0;
};

} // namespace Printwatch::Sim
