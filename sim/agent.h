// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/device.h"
#include "sim/snmpvalue.h"

#include <QByteArray>

#include <cstddef>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct snmp_pdu;
struct snmp_session;
struct variable_list;

namespace Printwatch::Sim {

class NextCache;
class ReplyEncoder;
class RequestParser;
class UsmTable;
struct ReplyPool;

// Turns one SNMP request into its response for one device, with net-snmp doing BER and USM.
// One Agent per socket thread: it keeps a reusable output buffer and, for SNMPv3, the USM table.
// The steps are decode (community or USM) -> answer (the PDU dispatch) -> encode (tooBig, limits).
class Agent final
{
public:
    // Without a UsmTable, SNMPv3 requests go unanswered.
    explicit Agent(QByteArray community, UsmTable *usm = nullptr);
    ~Agent();
    Agent(const Agent &) = delete;
    Agent &operator=(const Agent &) = delete;

    // Fills `response` (a view into the agent's buffer, valid until the next call) and returns
    // true, or returns false when the request must go unanswered (garbage, wrong community, unknown
    // v3 user without the reportable flag, a Response/Report/Trap PDU).
    bool respond(const Device &device, const SimClock &clock, const unsigned char *data, std::size_t length,
                 const unsigned char **response, std::size_t *responseLength);

    // SET access: requests with this community (or an authenticated v3 user) may write prtGeneralReset.
    void setWriteCommunity(QByteArray community) { m_writeCommunity = std::move(community); }
    // Addresses (host order) whose reset a SET asked for since the last call; the caller applies
    // them outside the fleet's read lock.
    std::vector<std::uint32_t> takeResets() { return std::exchange(m_resets, {}); }

    static constexpr int MaxVarbinds = 64;          // like snmpsim: a GETBULK answers at most this many
    static constexpr std::size_t MaxMessage = 65000; // bigger responses are cut (GETBULK) or tooBig

private:
    bool answer(const Device &device, const SimClock &clock, const snmp_pdu &request, snmp_pdu *reply);
    bool encode(const Device &device, const snmp_pdu &request, snmp_pdu *reply, const unsigned char **response,
                std::size_t *responseLength);
    snmp_pdu *decodeV3(const Device &device, const SimClock &clock, const unsigned char *data, std::size_t length,
                       bool *reportInstead);
    snmp_pdu *startReply(const snmp_pdu &request);
    void finishReply();

    QByteArray m_community;
    QByteArray m_writeCommunity;
    bool m_writeAccess = false; // of the request being answered
    std::vector<std::uint32_t> m_resets;
    UsmTable *m_usm = nullptr;
    std::vector<unsigned char> m_scratch;
    // One GETBULK repeater's walk.
    struct Cursor
    {
        ::variable_list *request;
        std::size_t position; // of `request` in the request's varbinds
        std::optional<std::size_t> last; // entry index returned last; nullopt before the first row
        bool ended = false;
    };
    std::vector<Cursor> m_cursors;
    AlertMemo m_alerts; // the alert slots of the device being answered
    std::unique_ptr<ReplyPool> m_pool; // the reply's varbinds, reused from request to request (replypool.h)
    std::unique_ptr<RequestParser> m_requests; // GET/GETNEXT/GETBULK without snmp_parse's allocations
    std::unique_ptr<ReplyEncoder> m_encoder;   // snmp_build's bytes, static varbinds encoded once
    std::unique_ptr<NextCache> m_next;         // GETNEXT positions by OID, per profile
    // snmp_sess_init once; the parse copies it per request, the build reuses it.
    std::unique_ptr<snmp_session> m_parseTemplate;
    std::unique_ptr<snmp_session> m_buildSession;
    // The response PDU, reused from request to request (startReply/finishReply): snmp_pdu_create's
    // zeroed 400-byte allocation, its two locked ID counters, the copies of the request's names
    // and snmp_free_pdu were about a dozen allocator calls per v3 answer. The reply borrows the
    // request's community and v3 names (both outlive the reply's encoding); what net-snmp puts in
    // it instead (a fallback snmp_build) is its own and is freed as snmp_free_pdu would.
    std::unique_ptr<snmp_pdu> m_reply;
    struct Borrowed
    {
        const void *community = nullptr;
        const void *securityName = nullptr;
        const void *securityEngineId = nullptr;
        const void *contextEngineId = nullptr;
        const void *contextName = nullptr;
    } m_borrowed;
    unsigned char *m_buffer = nullptr;
    std::size_t m_bufferLength = 0;
};

// Makes net-snmp ready for parsing and building only: no config files, no MIBs, no persistent state.
void initNetSnmpOnce();

} // namespace Printwatch::Sim
