// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMPv3 half of Engine: engine ID discovery, the per-device engine clock, USM reports turned
// into errors a person can act on, and the resynchronisation that a stale clock needs.
#include "snmp/engine.h"
#include "snmp/enginerequest.h"

#include <QCoreApplication>

namespace Printwatch::Snmp {

namespace {
// usmStats (RFC 3414) and snmpMPDStats/snmpTargetObjects counters that reports carry.
const Oid usmStatsUnsupportedSecLevels{1, 3, 6, 1, 6, 3, 15, 1, 1, 1, 0};
const Oid usmStatsNotInTimeWindows{1, 3, 6, 1, 6, 3, 15, 1, 1, 2, 0};
const Oid usmStatsUnknownUserNames{1, 3, 6, 1, 6, 3, 15, 1, 1, 3, 0};
const Oid usmStatsUnknownEngineIds{1, 3, 6, 1, 6, 3, 15, 1, 1, 4, 0};
const Oid usmStatsWrongDigests{1, 3, 6, 1, 6, 3, 15, 1, 1, 5, 0};
const Oid usmStatsDecryptionErrors{1, 3, 6, 1, 6, 3, 15, 1, 1, 6, 0};
const Oid snmpUnavailableContexts{1, 3, 6, 1, 6, 3, 12, 1, 4, 0};
const Oid snmpUnknownContexts{1, 3, 6, 1, 6, 3, 12, 1, 5, 0};

bool sameUsmCredential(const Core::SnmpCredential &a, const Core::SnmpCredential &b)
{
    return a.user == b.user && a.securityLevel == b.securityLevel && a.authProtocol == b.authProtocol
           && a.privProtocol == b.privProtocol && a.authPassword == b.authPassword && a.privPassword == b.privPassword;
}
} // namespace

bool Engine::prepareV3(std::unique_ptr<Request> &request)
{
    if (request->discoveryProbe)
        return true;
    DeviceState &device = m_devices[request->device];
    if (device.engine >= 0)
        return true;
    const quint64 key = request->device;
    const Request &like = *request;
    const bool start = !(device.flags & Discovering);
    if (start)
        device.flags |= Discovering;
    m_awaitingDiscovery[key].push_back(std::move(request));
    if (start)
        startEngineDiscovery(*m_awaitingDiscovery[key].back(), key);
    Q_UNUSED(like)
    return false;
}

void Engine::startEngineDiscovery(const Request &like, quint64 key)
{
    auto probe = std::make_unique<Request>();
    probe->target = like.target;
    probe->spec = RequestSpec{PduType::Get, {}, 0, 0};
    probe->discoveryProbe = true;
    probe->v3 = true;
    probe->device = key;
    // Only failures reach the callback (a timeout, a send error); an answer is taken in handleV3Datagram.
    probe->callback = [this, key](const Response &failure) { discoveryDone(key, nullptr, failure); };
    ++m_stats.engineDiscoveries;
    // First in line: everything for this device waits on it.
    m_queue.push_front(std::move(probe));
}

void Engine::discoveryDone(quint64 key, const Pdu *answer, const Response &failure)
{
    DeviceState &device = m_devices[key];
    device.flags &= quint8(~Discovering);
    std::vector<std::unique_ptr<Request>> parked;
    if (auto it = m_awaitingDiscovery.find(key); it != m_awaitingDiscovery.end()) {
        parked = std::move(it->second);
        m_awaitingDiscovery.erase(it);
    }
    if (answer && !answer->engineId.isEmpty()) {
        qint32 index = m_engineIndex.value(answer->engineId, -1);
        if (index < 0) {
            index = qint32(m_engineIds.size());
            m_engineIds.append(answer->engineId);
            m_engineIndex.insert(answer->engineId, index);
        }
        if (device.engine != index) {
            device.engine = index;
            noteUserDropped(device);
            device.user = nullptr;
            device.userCredential = nullptr;
            device.flags &= quint8(~Verified);
        }
        noteEngineOwner(index, key);
        // Back to the front of the queue, in their order.
        for (auto it = parked.rbegin(); it != parked.rend(); ++it)
            m_queue.push_front(std::move(*it));
        return;
    }
    for (auto &request : parked) {
        if (request->contextGone() || !request->hasCallback())
            continue;
        Response response = failure;
        if (response.error.isEmpty())
            response.error = tr("%1 answered SNMPv3 engine discovery without an engine ID").arg(request->target.label());
        deliver(*request, response);
    }
}

void Engine::noteEngineOwner(qint32 engine, quint64 key)
{
    // The first owner is one hash entry per engine ID; a second address makes the list explicit.
    const auto first = m_engineFirstOwner.constFind(engine);
    if (first == m_engineFirstOwner.constEnd()) {
        m_engineFirstOwner.insert(engine, key);
        return;
    }
    if (*first == key)
        return;
    auto owners = m_engineOwners.find(engine);
    if (owners == m_engineOwners.end())
        owners = m_engineOwners.insert(engine, {*first});
    if (owners->contains(key))
        return;
    owners->append(key);
    emit engineIdShared(m_engineIds.at(engine), sharedEngineIds().value(m_engineIds.at(engine)));
}

QHash<QByteArray, QStringList> Engine::sharedEngineIds() const
{
    QHash<QByteArray, QStringList> result;
    for (auto it = m_engineOwners.cbegin(); it != m_engineOwners.cend(); ++it) {
        QStringList addresses;
        for (quint64 key : it.value())
            addresses.append(QHostAddress(quint32(key >> 16)).toString() + u':' + QString::number(quint16(key)));
        result.insert(m_engineIds.at(it.key()), addresses);
    }
    return result;
}

QByteArray Engine::engineId(const Target &target) const
{
    if (target.address.protocol() != QAbstractSocket::IPv4Protocol)
        return {};
    const auto it = m_devices.find(deviceKey(target.address.toIPv4Address(), target.port));
    return it == m_devices.end() || it->second.engine < 0 ? QByteArray() : m_engineIds.at(it->second.engine);
}

std::optional<Engine::EngineClock> Engine::engineClock(const Target &target) const
{
    if (target.address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    const auto it = m_devices.find(deviceKey(target.address.toIPv4Address(), target.port));
    if (it == m_devices.end() || it->second.engine < 0)
        return std::nullopt;
    const DeviceState &device = it->second;
    const qint32 now = qint32(m_clock.elapsed() / 1000);
    return EngineClock{m_engineIds.at(device.engine), device.boots,
                       device.time + quint32(qMax(0, now - device.timeAtSecond))};
}

void Engine::restoreEngineClock(const Target &target, const EngineClock &clock)
{
    if (target.address.protocol() != QAbstractSocket::IPv4Protocol || clock.engineId.isEmpty())
        return;
    const quint64 key = deviceKey(target.address.toIPv4Address(), target.port);
    DeviceState &device = m_devices[key];
    qint32 index = m_engineIndex.value(clock.engineId, -1);
    if (index < 0) {
        index = qint32(m_engineIds.size());
        m_engineIds.append(clock.engineId);
        m_engineIndex.insert(clock.engineId, index);
    }
    device.engine = index;
    noteUserDropped(device);
    device.user = nullptr;
    device.userCredential = nullptr;
    device.boots = clock.boots;
    device.time = clock.time;
    device.timeAtSecond = qint32(m_clock.elapsed() / 1000);
}

Core::Result<QByteArray> Engine::encodeV3(Request &request)
{
    UsmContext context;
    if (!request.discoveryProbe) {
        DeviceState &device = m_devices[request.device];
        if (device.engine < 0)
            return Core::Error{tr("no engine ID known for %1").arg(request.target.label())};
        context.engineId = m_engineIds.at(device.engine);
        if (!device.user || !device.userCredential
            || !sameUsmCredential(*device.userCredential, request.target.credential)) {
            auto user = m_usm.user(request.target.credential, context.engineId);
            if (!user.ok())
                return Core::Error{user.error()};
            noteUserDropped(device);
            device.user = *user;
            const auto known = std::find_if(m_credentials.begin(), m_credentials.end(), [&](const auto &c) {
                return sameUsmCredential(*c, request.target.credential);
            });
            if (known != m_credentials.end()) {
                device.userCredential = known->get();
            } else {
                m_credentials.push_back(std::make_unique<const Core::SnmpCredential>(request.target.credential));
                device.userCredential = m_credentials.back().get();
            }
        }
        context.user = device.user;
        context.boots = device.boots;
        // The agent's clock ran on since it was learnt; boots 0 and time 0 ask for a resync.
        const qint32 now = qint32(m_clock.elapsed() / 1000);
        context.time = device.boots == 0 && device.time == 0 ? 0 : device.time + quint32(qMax(0, now - device.timeAtSecond));
    }
    return encodeRequest(request.target.credential, request.spec, request.requestId, &context);
}

bool Engine::handleV3Datagram(const QByteArray &datagram, quint32 fromAddress, quint16 fromPort)
{
    const quint64 key = deviceKey(fromAddress, fromPort);
    UsmContext context;
    DeviceState *device = nullptr;
    if (auto it = m_devices.find(key); it != m_devices.end()) {
        device = &it->second;
        if (device->engine >= 0) {
            context.engineId = m_engineIds.at(device->engine);
            context.user = device->user;
            context.boots = device->boots;
            const qint32 now = qint32(m_clock.elapsed() / 1000);
            context.time = device->time + quint32(qMax(0, now - device->timeAtSecond));
        }
    }
    // `datagram` wraps the scratch receive buffer: parse it in place.
    auto decoded = decodeMessage(reinterpret_cast<unsigned char *>(const_cast<char *>(datagram.constData())),
                                 datagram.size(), &context);
    if (!decoded.ok()) {
        // A clock that went backwards (a reset printer, or a clone answering for another): forget
        // it, so the retry asks for the agent's time afresh.
        if (device && isNotInTimeWindowError(context.usmError)) {
            device->boots = 0;
            device->time = 0;
        }
        ++m_stats.dropped;
        return false;
    }
    if (decoded->type != PduType::Response && decoded->type != PduType::Report) {
        ++m_stats.dropped;
        return false;
    }
    const auto it = m_inFlight.find(decoded->requestId);
    if (it == m_inFlight.end() || it->second->ipv4 != fromAddress || it->second->target.port != fromPort
        || !it->second->v3) {
        ++m_stats.dropped;
        return false;
    }
    Request &request = *it->second;
    if (device && context.timeUpdated && device->engine >= 0 && decoded->engineId == m_engineIds.at(device->engine)) {
        device->boots = context.boots;
        device->time = context.time;
        device->timeAtSecond = qint32(m_clock.elapsed() / 1000);
    }
    if (request.discoveryProbe) {
        const qint32 id = request.requestId;
        const quint64 deviceKeyValue = request.device;
        Response failure;
        failure.status = ResponseStatus::SecurityError;
        failure.kind = ErrorKind::OtherReport;
        if (auto found = m_inFlight.find(id); found != m_inFlight.end()) {
            if (found->second->hasDeadline)
                m_deadlines.erase(found->second->deadline);
            m_inFlight.erase(found); // without its callback, which is for failures
        }
        discoveryDone(deviceKeyValue, &*decoded, failure);
        DeviceState &state = m_devices[deviceKeyValue];
        if (!context.timeUpdated || decoded->engineId != m_engineIds.value(state.engine)) {
            state.boots = 0;
            state.time = 0;
        } else {
            state.boots = context.boots;
            state.time = context.time;
        }
        state.timeAtSecond = qint32(m_clock.elapsed() / 1000);
        return true;
    }
    if (decoded->type == PduType::Report) {
        handleV3Report(request, *decoded);
        return true;
    }
    if (device)
        device->flags |= Verified;
    Response response;
    response.status = ResponseStatus::Ok;
    response.errorStatus = decoded->errorStatus;
    response.errorIndex = decoded->errorIndex;
    response.varBinds = std::move(decoded->varBinds);
    response.tries = request.triesDone;
    response.resynchronised = request.resyncs > 0;
    if (response.errorStatus != 0) {
        response.error = tr("%1 answered %2 (index %3)")
                             .arg(request.target.label(), errorStatusText(response.errorStatus))
                             .arg(response.errorIndex);
    }
    finish(decoded->requestId, response);
    recycleVarBinds(std::move(response.varBinds)); // delivered: the next answer reuses the buffer, as v1/v2c's do
    return true;
}

void Engine::handleV3Report(Request &request, const Pdu &pdu)
{
    const Oid what = pdu.varBinds.isEmpty() ? Oid() : pdu.varBinds.first().oid;
    const QString device = request.target.label();
    const QString user = request.target.credential.user;
    DeviceState &state = m_devices[request.device];

    if (what == usmStatsNotInTimeWindows && request.resyncs == 0) {
        // The report carried the agent's clock (net-snmp took it when the report was authentic,
        // otherwise the reset below asks again): resend once, at once. Not an outage.
        ++request.resyncs;
        ++m_stats.resyncs;
        if (!pdu.authenticated) {
            state.boots = 0;
            state.time = 0;
        }
        auto packet = encodeV3(request);
        if (packet.ok()) {
            request.packet = std::move(packet).value();
            const int tries = request.triesDone;
            if (transmit(request)) {
                request.triesDone = tries; // a resync is not a retry
                return;
            }
        }
    }
    if (what == usmStatsUnknownEngineIds && request.rediscoveries == 0 && !pdu.engineId.isEmpty()) {
        // The device changed its engine ID (replaced, or reset to factory settings): learn the new
        // one and resend once.
        ++request.rediscoveries;
        const qint32 index = m_engineIndex.value(pdu.engineId, -1);
        if (index < 0) {
            m_engineIds.append(pdu.engineId);
            m_engineIndex.insert(pdu.engineId, qint32(m_engineIds.size() - 1));
        }
        state.engine = m_engineIndex.value(pdu.engineId);
        noteUserDropped(state);
        state.user = nullptr;
        state.userCredential = nullptr;
        state.boots = 0;
        state.time = 0;
        noteEngineOwner(state.engine, request.device);
        auto packet = encodeV3(request);
        if (packet.ok()) {
            request.packet = std::move(packet).value();
            const int tries = request.triesDone;
            if (transmit(request)) {
                request.triesDone = tries;
                return;
            }
        }
    }

    Response response;
    response.status = ResponseStatus::SecurityError;
    response.tries = request.triesDone;
    response.varBinds = pdu.varBinds;
    ++m_stats.reports;
    if (what == usmStatsUnknownUserNames) {
        response.kind = ErrorKind::UnknownUser;
        response.error = tr("%1 does not know the SNMPv3 user '%2': check the user name").arg(device, user);
    } else if (what == usmStatsWrongDigests) {
        response.kind = ErrorKind::WrongDigest;
        response.error = tr("%1 rejected the digest of user '%2': check the authentication password and protocol (%3)")
                             .arg(device, user, Core::snmpAuthProtocolKey(request.target.credential.authProtocol));
    } else if (what == usmStatsNotInTimeWindows) {
        response.kind = ErrorKind::NotInTimeWindow;
        response.error = tr("%1 is still out of the SNMPv3 time window after a resynchronisation: its clock is "
                            "unstable or another device answers with the same engine ID (not an outage)")
                             .arg(device);
    } else if (what == usmStatsUnsupportedSecLevels) {
        response.kind = ErrorKind::WrongSecurityLevel;
        response.error = tr("%1 does not support security level %2 for user '%3': choose the level the printer "
                            "has for this user")
                             .arg(device, Core::snmpSecurityLevelKey(request.target.credential.securityLevel), user);
    } else if (what == usmStatsDecryptionErrors) {
        response.kind = ErrorKind::DecryptionError;
        response.error = tr("%1 could not decrypt the request: check the privacy password, protocol or AES variant (%2)")
                             .arg(device, Core::snmpPrivProtocolKey(request.target.credential.privProtocol));
    } else if (what == snmpUnknownContexts || what == snmpUnavailableContexts) {
        response.kind = ErrorKind::UnknownContext;
        response.error = tr("%1 does not know the SNMPv3 context '%2'").arg(device, request.target.credential.contextName);
    } else if (what == usmStatsUnknownEngineIds) {
        response.kind = ErrorKind::UnknownEngineId;
        response.error = tr("%1 keeps refusing its own engine ID").arg(device);
    } else {
        response.kind = ErrorKind::OtherReport;
        response.error = tr("%1 answered with a report (%2)").arg(device, what.toString());
    }
    finish(request.requestId, response);
}

Response Engine::v3Timeout(const Request &request)
{
    Response response;
    response.tries = request.triesDone;
    const auto it = m_devices.find(request.device);
    const bool verified = it != m_devices.end() && (it->second.flags & Verified);
    if (verified) {
        response.status = ResponseStatus::Timeout;
        response.kind = ErrorKind::NoAnswer;
        response.error = tr("no answer from %1 after %n tries", nullptr, request.triesDone).arg(request.target.label());
        return response;
    }
    // Discovery answered, the request never did: agents drop what they cannot decrypt, silently.
    response.status = ResponseStatus::SecurityError;
    response.kind = ErrorKind::DiscoveredThenSilent;
    if (request.target.credential.securityLevel == Core::SnmpSecurityLevel::AuthPriv) {
        response.error = tr("%1 answered engine discovery, then silence: check the privacy password, protocol or AES "
                            "variant (%2; AES-192/256 come in a Blumenthal and a Cisco/Reeder \"-C\" variant)")
                             .arg(request.target.label(),
                                  Core::snmpPrivProtocolKey(request.target.credential.privProtocol));
    } else {
        response.error = tr("%1 answered engine discovery, then silence: check the security level and the printer's "
                            "access rules for user '%2'")
                             .arg(request.target.label(), request.target.credential.user);
    }
    return response;
}

} // namespace Printwatch::Snmp
