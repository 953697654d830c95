// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/agent.h"

#include "sim/nextcache.h"
#include "sim/replyencoder.h"
#include "sim/replypool.h"
#include "sim/requestparser.h"
#include "sim/reset.h"
#include "sim/usm.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/snmp_api.h>

#include <QDir>

#include <array>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace Printwatch::Sim {

namespace {

using SubIds = std::array<std::uint32_t, MAX_OID_LEN>;

std::size_t toSubIds(const oid *name, std::size_t length, SubIds &out)
{
    length = std::min<std::size_t>(length, out.size());
    for (std::size_t i = 0; i < length; ++i)
        out[i] = std::uint32_t(name[i]);
    return length;
}

bool communityIs(const netsnmp_pdu &pdu, const QByteArray &community)
{
    return !community.isEmpty() && pdu.community_len == std::size_t(community.size())
           && std::memcmp(pdu.community, community.constData(), pdu.community_len) == 0;
}

bool inSystemGroup(const Oid &name)
{
    static const Oid system{1, 3, 6, 1, 2, 1, 1};
    return system.contains(name);
}

// A device's MIB as seen by one request: dynamic rows that do not exist now are skipped, and
// SNMPv1 cannot see Counter64 objects (RFC 3584: they are invisible to v1 managers).
struct View
{
    const Device &device;
    const SimClock &clock;
    bool v1;

    ReplyPool *pool; // a computed (dynamic) value goes into its next slot (ReplyPool::pending)
    AlertMemo *alerts; // reset for this request's device

    const std::vector<ProfileEntry> &entries() const { return device.profile->entries; }

    // The value of entry `index` now: the profile's own value for a static entry (no copy), else
    // one computed into the pool's pending slot; nullptr when the request cannot see it.
    const SnmpValue *at(std::size_t index) const
    {
        const ProfileEntry &entry = entries()[index];
        // An asleep printer's network card answers for the system group only.
        if (device.behaviour.asleep && !inSystemGroup(entry.oid))
            return nullptr;
        const SnmpValue *value = &entry.value;
        if (entry.dynamic != Dynamic::None) {
            SnmpValue &computed = pool->pending();
            if (!device.value(entry, clock, computed, alerts))
                return nullptr;
            value = &computed;
        }
        if (v1 && value->type == ValueType::Counter64)
            return nullptr;
        return value;
    }

    // The first visible entry at or after `index`, with its value.
    std::optional<std::size_t> visibleFrom(std::size_t index, const SnmpValue **value) const
    {
        // A walk loop: past the middle of the MIB the agent goes back to a quarter of the way, so
        // GETNEXT returns an OID that is not greater than the one asked for, forever.
        const std::size_t loopAt = entries().size() / 2;
        if (device.behaviour.walkLoop && loopAt > 4 && index >= loopAt)
            index = loopAt / 2;
        for (; index < entries().size(); ++index) {
            if ((*value = at(index)))
                return index;
        }
        return std::nullopt;
    }
};

// The version field of a message, read with net-snmp's BER primitives (-1 when unreadable), so
// that only v3 messages go through USM.
long messageVersion(const unsigned char *data, std::size_t length)
{
    u_char type = 0;
    std::size_t remaining = length;
    u_char *p = asn_parse_sequence(const_cast<u_char *>(data), &remaining, &type, ASN_SEQUENCE | ASN_CONSTRUCTOR,
                                   "version");
    long version = -1;
    if (!p || !asn_parse_int(p, &remaining, &type, &version, sizeof version))
        return -1;
    return version;
}

} // namespace

void initNetSnmpOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // No MIB files are needed to build and parse PDUs; loading them costs a noticeable start-up.
        if (!qEnvironmentVariableIsSet("MIBS"))
            qputenv("MIBS", "");
        if (!qEnvironmentVariableIsSet("MIBDIRS"))
            qputenv("MIBDIRS", "");
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
        // Debian's net-snmp creates <persistent dir>/cert_indexes during init even with persistence
        // off; point it at a private directory and remove that again, so nothing lands in /var/lib/snmp.
        QByteArray persistent = QDir::tempPath().toLocal8Bit() + "/printwatch-sim-XXXXXX";
        const bool privateDir = ::mkdtemp(persistent.data()) != nullptr;
        if (privateDir) {
            QDir(QString::fromLocal8Bit(persistent)).mkdir(QStringLiteral("cert_indexes")); // else it logs "Created directory"
            netsnmp_ds_set_string(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_PERSISTENT_DIR, persistent.constData());
        }
        // respond() reads the message from the end of the buffer
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_REVERSE_ENCODE, 1);
        init_snmp("printwatch-sim");
        if (privateDir)
            QDir(QString::fromLocal8Bit(persistent)).removeRecursively();
    });
}

Agent::Agent(QByteArray community, UsmTable *usm) : m_community(std::move(community)), m_usm(usm)
{
    initNetSnmpOnce();
    m_bufferLength = 4096;
    m_buffer = static_cast<unsigned char *>(std::malloc(m_bufferLength));
    m_pool = std::make_unique<ReplyPool>();
    m_requests = std::make_unique<RequestParser>();
    m_encoder = std::make_unique<ReplyEncoder>();
    m_next = std::make_unique<NextCache>();
    m_parseTemplate = std::make_unique<netsnmp_session>();
    snmp_sess_init(m_parseTemplate.get());
    m_buildSession = std::make_unique<netsnmp_session>();
    snmp_sess_init(m_buildSession.get());
    m_reply = std::make_unique<netsnmp_pdu>();
}

Agent::~Agent()
{
    if (m_reply)
        finishReply(); // nothing left unless an answer threw
    std::free(m_buffer);
}

bool Agent::respond(const Device &device, const SimClock &clock, const unsigned char *data, std::size_t length,
                    const unsigned char **response, std::size_t *responseLength)
{
    netsnmp_pdu *request = nullptr;
    bool report = false;
    m_pool->linked = false;
    // A poll's GET/GETNEXT/GETBULK without allocations; the parser owns that PDU.
    netsnmp_pdu *const reused = m_requests->parse(data, length);
    const auto freeRequest = [this](netsnmp_pdu *pdu) {
        if (!m_requests->owns(pdu))
            snmp_free_pdu(pdu);
    };
    if (reused) {
        request = reused;
        if (!communityIs(*request, m_community))
            return false;
    } else if (messageVersion(data, length) == SNMP_VERSION_3) {
        if (!m_usm)
            return false;
        request = decodeV3(device, clock, data, length, &report);
        if (!request)
            return false;
    } else {
        netsnmp_session parseSession = *m_parseTemplate;
        request = snmp_pdu_create(SNMP_MSG_RESPONSE);
        // snmp_parse does not write to the data, its signature just lacks the const
        if (snmp_parse(nullptr, &parseSession, request, const_cast<u_char *>(data), length) != SNMPERR_SUCCESS
            || (request->version != SNMP_VERSION_1 && request->version != SNMP_VERSION_2c)
            // The write community is good for SET only: a GET with it stays unanswered, as a wrong community.
            || !(communityIs(*request, m_community)
                 || (request->command == SNMP_MSG_SET && communityIs(*request, m_writeCommunity)))) {
            freeRequest(request);
            return false;
        }
    }
    m_writeAccess = request->version == SNMP_VERSION_3 ? request->securityLevel >= SNMP_SEC_LEVEL_AUTHNOPRIV
                                                        : communityIs(*request, m_writeCommunity);
    if (report) {
        // decodeV3 turned the request into a USM report (unknown engine ID, user, digest...).
        const bool ok = encode(device, *request, request, response, responseLength);
        freeRequest(request);
        return ok;
    }

    netsnmp_pdu *reply = startReply(*request);
    m_pool->begin(reply);
    const bool ok = answer(device, clock, *request, reply) && encode(device, *request, reply, response, responseLength);
    m_pool->release(reply);
    finishReply();
    freeRequest(request);
    return ok;
}

netsnmp_pdu *Agent::startReply(const netsnmp_pdu &request)
{
    // What snmp_pdu_create sets, but the request and message IDs the reply takes from the request
    // (an SNMPv1/v2c message has no message ID).
    netsnmp_pdu *reply = m_reply.get();
    *reply = netsnmp_pdu{};
    reply->command = SNMP_MSG_RESPONSE;
    reply->errstat = SNMP_DEFAULT_ERRSTAT;
    reply->errindex = SNMP_DEFAULT_ERRINDEX;
    reply->securityModel = SNMP_DEFAULT_SECMODEL;
    reply->version = request.version;
    reply->reqid = request.reqid;
    m_borrowed = {};
    if (request.version == SNMP_VERSION_3) {
        reply->msgid = request.msgid;
        reply->securityModel = request.securityModel;
        reply->securityLevel = request.securityLevel;
        // The request's names, NUL-terminated as net-snmp's parse leaves them (it copied len + 1 before).
        reply->securityName = request.securityName;
        reply->securityNameLen = request.securityNameLen;
        reply->securityEngineID = request.securityEngineID;
        reply->securityEngineIDLen = request.securityEngineIDLen;
        reply->contextEngineID = request.contextEngineID;
        reply->contextEngineIDLen = request.contextEngineIDLen;
        reply->contextName = request.contextName;
        reply->contextNameLen = request.contextNameLen;
        m_borrowed = {nullptr, reply->securityName, reply->securityEngineID, reply->contextEngineID,
                      reply->contextName};
        // The keys the request was checked with sign and encrypt the answer (RFC 3414 3.1.1 a).
        reply->securityStateRef = request.securityStateRef;
        const_cast<netsnmp_pdu &>(request).securityStateRef = nullptr;
    } else {
        reply->community = request.community;
        reply->community_len = request.community_len;
        m_borrowed.community = reply->community;
    }
    return reply;
}

void Agent::finishReply()
{
    // snmp_free_pdu's steps for what the reply owns; the borrowed names stay the request's.
    netsnmp_pdu *reply = m_reply.get();
    snmp_secmod_def *security = find_sec_mod(reply->securityModel);
    if (reply->securityStateRef && security && security->pdu_free_state_ref)
        security->pdu_free_state_ref(reply->securityStateRef);
    reply->securityStateRef = nullptr;
    if (security && security->pdu_free)
        security->pdu_free(reply);
    snmp_free_varbind(reply->variables);
    reply->variables = nullptr;
    const auto freeOwned = [](auto *&field, const void *borrowed) {
        if (field && static_cast<const void *>(field) != borrowed)
            std::free(field);
        field = nullptr;
    };
    freeOwned(reply->community, m_borrowed.community);
    freeOwned(reply->securityName, m_borrowed.securityName);
    freeOwned(reply->securityEngineID, m_borrowed.securityEngineId);
    freeOwned(reply->contextEngineID, m_borrowed.contextEngineId);
    freeOwned(reply->contextName, m_borrowed.contextName);
    freeOwned(reply->enterprise, nullptr);
    freeOwned(reply->transport_data, nullptr);
    m_borrowed = {};
}

bool Agent::answer(const Device &device, const SimClock &clock, const netsnmp_pdu &requestPdu, netsnmp_pdu *reply)
{
    const netsnmp_pdu *request = &requestPdu;
    const bool v1 = request->version == SNMP_VERSION_1;
    m_alerts.reset();
    const View view{device, clock, v1, m_pool.get(), &m_alerts};
    const Profile &profile = *device.profile;

    // SNMPv1 reports the first failing varbind and echoes the request's varbinds.
    const auto failV1 = [&](long status, long index) {
        m_pool->drop(reply);
        reply->variables = snmp_clone_varbind(request->variables);
        reply->errstat = status;
        reply->errindex = index;
    };

    SubIds key{};
    // A request's name as a key into the shared profile (Profile::requestKey).
    const auto requestKey = [&](const oid *name, std::size_t length) {
        return profile.requestKey(key.data(), toSubIds(name, length, key), device.address);
    };
    long position = 0;
    bool failed = false;
    const auto add = [&](std::size_t index, const SnmpValue *value) {
        const ProfileEntry &entry = profile.entries[index];
        if (entry.byAddress) { // a name of this device's own: encoded for this reply, not cached
            const Oid name = profile.wireName(entry, device.address);
            if (value == &m_pool->pending())
                m_pool->addPending(reply, name);
            else
                m_pool->addValue(reply, name, *value);
            return;
        }
        if (value == &m_pool->pending()) // computed in place; the entry's name is encoded once (ReplyEncoder)
            m_pool->addPending(reply, entry.oid, std::int32_t(index));
        else // the entry's own value: the whole varbind is encoded once
            m_pool->addValue(reply, entry.oid, *value, value == &entry.value ? std::int32_t(index) : -1);
    };
    // An exception under the request's own name: its encoding comes from the request parser's
    // cache when the parser read this request.
    const bool parsed = m_requests->owns(request);
    const auto addRequestException = [&](const netsnmp_variable_list *vb, std::size_t position, u_char exception) {
        std::size_t encodedLength = 0;
        if (const unsigned char *whole = parsed ? m_requests->encodedException(position, exception, &encodedLength)
                                                : nullptr) {
            m_pool->addException(reply, vb->name, vb->name_length, exception, whole, encodedLength, true);
            return;
        }
        const unsigned char *encoded = parsed ? m_requests->encodedName(position, &encodedLength) : nullptr;
        m_pool->addException(reply, vb->name, vb->name_length, exception, encoded, encodedLength);
    };
    switch (request->command) {
    case SNMP_MSG_GET:
        for (netsnmp_variable_list *vb = request->variables; vb && !failed; vb = vb->next_variable) {
            ++position;
            const std::size_t n = requestKey(vb->name, vb->name_length);
            bool parentHasSubtree = false;
            const ProfileEntry *entry = profile.find(key.data(), n, &parentHasSubtree);
            const SnmpValue *value = entry ? view.at(std::size_t(entry - profile.entries.data())) : nullptr;
            if (value) {
                add(std::size_t(entry - profile.entries.data()), value);
            } else if (v1) {
                failV1(SNMP_ERR_NOSUCHNAME, position);
                failed = true;
            } else {
                // An existing column or scalar with a missing instance is noSuchInstance.
                const bool object = entry || parentHasSubtree;
                addRequestException(vb, std::size_t(position - 1), object ? SNMP_NOSUCHINSTANCE : SNMP_NOSUCHOBJECT);
            }
        }
        break;
    case SNMP_MSG_GETNEXT:
        for (netsnmp_variable_list *vb = request->variables; vb && !failed; vb = vb->next_variable) {
            ++position;
            const std::size_t n = requestKey(vb->name, vb->name_length);
            const SnmpValue *value = nullptr;
            const auto index = view.visibleFrom(m_next->next(device.profile, key.data(), n), &value);
            if (index) {
                add(*index, value);
            } else if (v1) {
                failV1(SNMP_ERR_NOSUCHNAME, position);
                failed = true;
            } else {
                addRequestException(vb, std::size_t(position - 1), SNMP_ENDOFMIBVIEW);
            }
        }
        break;
    case SNMP_MSG_GETBULK: {
        if (v1) // not a v1 PDU; net-snmp would not even parse it
            return false;
        int count = 0;
        for (netsnmp_variable_list *vb = request->variables; vb; vb = vb->next_variable)
            ++count;
        const int nonRepeaters = std::clamp(int(request->non_repeaters), 0, count);
        const int maxRepetitions = std::max(0, int(std::min<long>(request->max_repetitions, MaxVarbinds)));
        int emitted = 0;
        netsnmp_variable_list *vb = request->variables;
        for (int i = 0; i < nonRepeaters && emitted < MaxVarbinds; ++i, vb = vb->next_variable) {
            const std::size_t n = requestKey(vb->name, vb->name_length);
            const SnmpValue *value = nullptr;
            const auto index = view.visibleFrom(m_next->next(device.profile, key.data(), n), &value);
            if (index)
                add(*index, value);
            else
                addRequestException(vb, std::size_t(i), SNMP_ENDOFMIBVIEW);
            ++emitted;
        }
        // Each repeater walks on from its own last position; once past the end it stays there.
        std::vector<Cursor> &cursors = m_cursors; // reused: no allocation per request
        cursors.clear();
        for (std::size_t position = std::size_t(nonRepeaters); vb; vb = vb->next_variable, ++position)
            cursors.push_back(Cursor{vb, position, std::nullopt, false});
        for (int row = 0; row < maxRepetitions && !cursors.empty(); ++row) {
            if (emitted + int(cursors.size()) > MaxVarbinds && row > 0)
                break;
            bool allEnded = true;
            for (Cursor &c : cursors) {
                if (emitted >= MaxVarbinds)
                    break;
                const SnmpValue *value = nullptr;
                std::optional<std::size_t> index;
                if (!c.ended) {
                    std::size_t from = 0;
                    if (c.last) {
                        from = *c.last + 1;
                    } else {
                        const std::size_t n = requestKey(c.request->name, c.request->name_length);
                        from = m_next->next(device.profile, key.data(), n);
                    }
                    index = view.visibleFrom(from, &value);
                }
                if (index) {
                    add(*index, value);
                    c.last = index;
                    allEnded = false;
                } else {
                    // RFC 3416 4.2.3: endOfMibView carries the name this repetition started from.
                    c.ended = true;
                    if (c.last) {
                        const ProfileEntry &last = profile.entries[*c.last];
                        const Oid name = profile.wireName(last, device.address);
                        m_pool->addException(reply, name.constData(), std::size_t(name.size()), SNMP_ENDOFMIBVIEW,
                                             last.byAddress ? -1 : std::int32_t(*c.last));
                    } else
                        addRequestException(c.request, c.position, SNMP_ENDOFMIBVIEW);
                }
                ++emitted;
            }
            if (allEnded)
                break;
        }
        break;
    }
    case SNMP_MSG_SET:
        if (answerSet(*request, reply, m_writeAccess))
            m_resets.push_back(device.address);
        break;
    default:
        // Responses, traps and reports are never answered: two agents must not echo each other.
        return false;
    }

    return true;
}

bool Agent::encode(const Device &device, const netsnmp_pdu &request, netsnmp_pdu *reply,
                   const unsigned char **response, std::size_t *responseLength)
{
    const bool v1 = request.version == SNMP_VERSION_1;
    // A device with a small buffer answers tooBig instead of cutting a GETBULK short.
    const std::size_t limit = device.behaviour.maxResponseBytes > 0 ? std::size_t(device.behaviour.maxResponseBytes)
                                                                     : MaxMessage;
    const bool strict = device.behaviour.maxResponseBytes > 0;
    netsnmp_session buildSession = *m_buildSession;
    buildSession.version = request.version;
    std::size_t offset = 0;
    int status = m_encoder->build(device.profile, *m_pool, &buildSession, reply, &m_buffer, &m_bufferLength, &offset);
    while (status == SNMPERR_SUCCESS && offset > limit && reply->command == SNMP_MSG_RESPONSE) {
        if (!strict && request.command == SNMP_MSG_GETBULK && reply->variables && reply->variables->next_variable) {
            // Cut the tail of a GETBULK answer; the manager asks again from where it stopped.
            int count = 0;
            for (netsnmp_variable_list *v = reply->variables; v; v = v->next_variable)
                ++count;
            m_pool->truncate(reply, count / 2);
        } else {
            m_pool->drop(reply);
            reply->variables = v1 ? snmp_clone_varbind(request.variables) : nullptr;
            reply->errstat = SNMP_ERR_TOOBIG;
            reply->errindex = 0;
        }
        offset = 0;
        status = m_encoder->build(device.profile, *m_pool, &buildSession, reply, &m_buffer, &m_bufferLength, &offset);
        if (reply->errstat == SNMP_ERR_TOOBIG)
            break;
    }
    if (status != SNMPERR_SUCCESS)
        return false;
    // net-snmp encodes backwards: the message ends at the end of the buffer.
    *response = m_buffer + m_bufferLength - offset;
    *responseLength = offset;
    return true;
}

netsnmp_pdu *Agent::decodeV3(const Device &device, const SimClock &clock, const unsigned char *data,
                             std::size_t length, bool *reportInstead)
{
    std::array<char, Device::EngineIdLength> engineId{};
    device.engineId(engineId);
    m_usm->select(QByteArrayView(engineId.data(), qsizetype(engineId.size())), device.engineBoots,
                  device.uptimeTicks(clock) / 100);
    netsnmp_session parseSession = *m_parseTemplate;
    parseSession.version = SNMP_VERSION_3;
    parseSession.isAuthoritative = SNMP_SESS_AUTHORITATIVE; // we are the engine: unknown engine IDs get a report
    // An authenticated GET/GETNEXT/GETBULK (nearly every v3 request) without snmp_parse's allocations;
    // what it refuses, snmp_parse reads below as before (reports, discovery, SET, damage).
    {
        netsnmp_session fastSession = parseSession;
        if (netsnmp_pdu *fast = m_requests->parseV3(data, length, &fastSession))
            return fast;
    }
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_RESPONSE);
    // USM blanks the digest in place while checking it, so parse a copy.
    m_scratch.assign(data, data + length);
    const int status = snmp_parse(nullptr, &parseSession, pdu, m_scratch.data(), length);
    if (status == SNMPERR_SUCCESS) {
        if (pdu->version != SNMP_VERSION_3) {
            snmp_free_pdu(pdu);
            return nullptr;
        }
        return pdu;
    }
    switch (status) {
    case SNMPERR_USM_UNKNOWNENGINEID:
    case SNMPERR_USM_UNKNOWNSECURITYNAME:
    case SNMPERR_USM_UNSUPPORTEDSECURITYLEVEL:
    case SNMPERR_USM_AUTHENTICATIONFAILURE:
    case SNMPERR_USM_NOTINTIMEWINDOW:
    case SNMPERR_USM_DECRYPTIONERROR:
        break;
    default:
        snmp_free_pdu(pdu);
        return nullptr;
    }
    // RFC 3412 7.2 step 3: only a message with the reportable flag gets a report.
    if (!(pdu->flags & SNMP_MSG_FLAG_RPRT_BIT) || snmpv3_make_report(pdu, status) != SNMPERR_SUCCESS) {
        snmp_free_pdu(pdu);
        return nullptr;
    }
    // net-snmp fills in the process's own engine ID; each simulated device is an engine of its own.
    SNMP_FREE(pdu->securityEngineID);
    pdu->securityEngineID = static_cast<u_char *>(netsnmp_memdup(engineId.data(), engineId.size()));
    pdu->securityEngineIDLen = std::size_t(engineId.size());
    SNMP_FREE(pdu->contextEngineID);
    pdu->contextEngineID = static_cast<u_char *>(netsnmp_memdup(engineId.data(), engineId.size()));
    pdu->contextEngineIDLen = std::size_t(engineId.size());
    if (!pdu->securityName) {
        pdu->securityName = strdup("");
        pdu->securityNameLen = 0;
    }
    *reportInstead = true;
    return pdu;
}

} // namespace Printwatch::Sim
