// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/engine.h"
#include "snmp/enginerequest.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Printwatch::Snmp {

namespace {
constexpr qsizetype MaxDatagram = 65535;
constexpr int RecvBatch = 16;
constexpr int MinAdaptiveWindow = 32;
} // namespace

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::NoAnswer: return QStringLiteral("no-answer");
    case ErrorKind::UnknownUser: return QStringLiteral("unknown-user");
    case ErrorKind::WrongDigest: return QStringLiteral("wrong-digest");
    case ErrorKind::DiscoveredThenSilent: return QStringLiteral("discovered-then-silent");
    case ErrorKind::NotInTimeWindow: return QStringLiteral("not-in-time-window");
    case ErrorKind::WrongSecurityLevel: return QStringLiteral("wrong-security-level");
    case ErrorKind::DecryptionError: return QStringLiteral("decryption-error");
    case ErrorKind::UnknownContext: return QStringLiteral("unknown-context");
    case ErrorKind::UnknownEngineId: return QStringLiteral("unknown-engine-id");
    case ErrorKind::OtherReport: return QStringLiteral("report");
    case ErrorKind::Local: return QStringLiteral("local");
    }
    return QStringLiteral("none");
}

QString Target::label() const
{
    return (address.isNull() ? host : address.toString()) + u':' + QString::number(port);
}

Target Target::fromPollTarget(const Core::PollTarget &target)
{
    Target result;
    // Parsed each read: a memo keyed by the address text (one per fleet address) cost more at
    // 10,000 printers than the parse it saved (a string hash and a cache miss per read).
    result.address = QHostAddress(target.address);
    result.host = target.address;
    result.port = target.port;
    result.credential = target.credential;
    result.credential.port = target.port;
    return result;
}

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    initNetSnmp();
    m_clock.start();
    m_lastRequestId = qint32(QRandomGenerator::global()->bounded(1, 0x3FFFFFFF));
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Engine::onTimer);

    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        m_openError = tr("cannot open a UDP socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    // Replies to a whole window arrive in bursts; a larger buffer keeps them from being dropped.
    // Sends leave in sendmmsg bursts of a whole window. The FORCE variants pass the system's
    // rmem_max/wmem_max caps where the process may (CAP_NET_ADMIN); the plain ones are capped.
    int bufferSize = 8 * 1024 * 1024;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &bufferSize, sizeof bufferSize) != 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &bufferSize, sizeof bufferSize);
    if (::setsockopt(m_fd, SOL_SOCKET, SO_SNDBUFFORCE, &bufferSize, sizeof bufferSize) != 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDBUF, &bufferSize, sizeof bufferSize);
    // Don't-fragment requests take IP ID 0 instead of the kernel's hashed ID per datagram (under
    // the default IP_PMTUDISC_WANT, about 2 % of the engine thread at 10,000 printers). SNMP requests
    // are far below any path MTU; one that is not fails alone with EMSGSIZE ("cannot send to ...").
    const int pmtu = IP_PMTUDISC_DO;
    ::setsockopt(m_fd, IPPROTO_IP, IP_MTU_DISCOVER, &pmtu, sizeof pmtu);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(INADDR_ANY);
    local.sin_port = 0;
    socklen_t localLength = sizeof local;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0) {
        m_openError = tr("cannot bind a UDP socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_localPort = ntohs(local.sin_port);
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Engine::readPending);
}

Engine::~Engine()
{
    // Callbacks must not run during destruction.
    m_queue.clear();
    m_inFlight.clear();
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_fd >= 0)
        ::close(m_fd);
}

void Engine::setWindow(int requestsInFlight)
{
    m_window = qMax(1, requestsInFlight);
    m_effectiveWindow = m_window;
    pump();
}

void Engine::setRateLimit(int packetsPerSecond)
{
    m_rateLimit = qMax(0, packetsPerSecond);
    m_tokens = 1;
    m_tokensAt = m_clock.elapsed();
}

void Engine::get(const Target &target, const QList<Oid> &oids, QObject *context, ResponseCallback callback)
{
    send(target, RequestSpec{PduType::Get, oids, 0, 0}, context, std::move(callback));
}

void Engine::getNext(const Target &target, const QList<Oid> &oids, QObject *context, ResponseCallback callback)
{
    send(target, RequestSpec{PduType::GetNext, oids, 0, 0}, context, std::move(callback));
}

void Engine::getBulk(const Target &target, const QList<Oid> &oids, int nonRepeaters, int maxRepetitions,
                     QObject *context, ResponseCallback callback)
{
    send(target, RequestSpec{PduType::GetBulk, oids, nonRepeaters, maxRepetitions}, context, std::move(callback));
}

void Engine::send(const Target &target, const RequestSpec &spec, QObject *context, ResponseCallback callback)
{
    auto request = std::make_unique<Request>();
    request->target = target;
    request->spec = spec;
    request->context = context;
    request->hasContext = context != nullptr;
    request->callback = std::move(callback);
    enqueue(std::move(request));
}

void Engine::sendTaking(const Target &target, const RequestSpec &spec, QObject *context, TakingCallback callback)
{
    auto request = std::make_unique<Request>();
    request->target = target;
    request->spec = spec;
    request->context = context;
    request->hasContext = context != nullptr;
    request->takingCallback = std::move(callback);
    enqueue(std::move(request));
}

void Engine::deliver(Request &request, Response &response)
{
    if (request.contextGone())
        return;
    if (request.takingCallback)
        request.takingCallback(response);
    else if (request.callback)
        request.callback(response);
}

void Engine::enqueue(std::unique_ptr<Request> request)
{
    m_queue.push_back(std::move(request));
    // Sending from the event loop keeps callbacks from re-entering the caller's code; one posted
    // call serves every request enqueued before it runs.
    if (!m_pumpPosted) {
        m_pumpPosted = true;
        QMetaObject::invokeMethod(this, [this] {
            m_pumpPosted = false;
            pump();
        }, Qt::QueuedConnection);
    }
}

void Engine::pump()
{
    while (!m_queue.empty() && int(m_inFlight.size()) < m_effectiveWindow) {
        if (m_rateLimit > 0) {
            const qint64 now = m_clock.elapsed();
            const double burst = qMax(1.0, m_rateLimit / 20.0);
            m_tokens = qMin(burst, m_tokens + double(now - m_tokensAt) * m_rateLimit / 1000.0);
            m_tokensAt = now;
            if (m_tokens < 1.0) {
                const int waitMs = qMax(1, int((1.0 - m_tokens) * 1000.0 / m_rateLimit));
                QTimer::singleShot(waitMs, this, &Engine::pump);
                flushSends();
                armTimer();
                return;
            }
            m_tokens -= 1.0;
        }

        std::unique_ptr<Request> request = std::move(m_queue.front());
        m_queue.pop_front();
        if (request->contextGone())
            continue;

        Response failure;
        failure.status = ResponseStatus::EncodeFailed;
        failure.kind = ErrorKind::Local;
        if (m_fd >= 0 && request->target.address.protocol() == QAbstractSocket::IPv4Protocol) {
            request->ipv4 = request->target.address.toIPv4Address();
            request->device = deviceKey(request->ipv4, request->target.port);
            request->v3 = request->target.credential.version == Core::SnmpVersion::V3;
            if (request->v3 && !prepareV3(request))
                continue; // parked until the device's engine ID is known
        }
        if (m_fd < 0) {
            failure.status = ResponseStatus::SendFailed;
            failure.error = tr("cannot reach %1: %2").arg(request->target.label(), m_openError);
        } else if (request->target.address.protocol() != QAbstractSocket::IPv4Protocol) {
            failure.error = tr("cannot reach %1: not an IPv4 address").arg(request->target.label());
        } else {
            request->requestId = nextRequestId();
            auto packet = request->v3 ? encodeV3(*request)
                                      : encodeRequest(request->target.credential, request->spec, request->requestId);
            if (packet.ok()) {
                request->packet = std::move(packet).value();
                if (transmit(*request, true)) {
                    const qint32 id = request->requestId;
                    m_inFlight.emplace(id, std::move(request));
                    continue;
                }
                failure.status = ResponseStatus::SendFailed;
                failure.error = tr("cannot send to %1: %2")
                                    .arg(request->target.label(), QString::fromLocal8Bit(std::strerror(errno)));
            } else {
                failure.error = tr("cannot query %1: %2").arg(request->target.label(), packet.error());
            }
        }
        deliver(*request, failure);
    }
    flushSends();
    armTimer();
}

bool Engine::transmit(Request &request, bool batched)
{
    if (request.v3 && request.triesDone > 0) {
        // A v3 retry carries the engine's time as it is now (and a clock learnt since).
        auto packet = encodeV3(request);
        if (packet.ok())
            request.packet = std::move(packet).value();
    }
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(request.ipv4);
    to.sin_port = htons(request.target.port);
    if (batched) {
        // Sent by flushSends() at the end of pump(): one sendmmsg for many requests.
        m_sendBatch.push_back(PendingSend{request.packet, to, request.requestId});
    } else {
        const ssize_t sent = ::sendto(m_fd, request.packet.constData(), size_t(request.packet.size()), 0,
                                      reinterpret_cast<sockaddr *>(&to), sizeof to);
        // A full send buffer is a lost datagram as far as SNMP is concerned: the retry covers it.
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOBUFS)
            return false;
    }
    if (request.triesDone > 0)
        ++m_stats.retries;
    ++m_stats.sent;
    ++request.triesDone;
    if (request.hasDeadline)
        m_deadlines.erase(request.deadline);
    const int timeoutMs = qMax(10, request.target.credential.timeoutMs);
    request.deadline = m_deadlines.emplace(m_clock.elapsed() + timeoutMs, request.requestId);
    request.hasDeadline = true;
    return true;
}

void Engine::flushSends()
{
    constexpr std::size_t Chunk = 64;
    std::size_t at = 0;
    while (at < m_sendBatch.size()) {
        const std::size_t count = qMin(Chunk, m_sendBatch.size() - at);
        mmsghdr messages[Chunk];
        iovec vectors[Chunk];
        for (std::size_t i = 0; i < count; ++i) {
            PendingSend &send = m_sendBatch[at + i];
            vectors[i].iov_base = const_cast<char *>(send.packet.constData());
            vectors[i].iov_len = size_t(send.packet.size());
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &vectors[i];
            messages[i].msg_hdr.msg_iovlen = 1;
            messages[i].msg_hdr.msg_name = &send.to;
            messages[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
        }
        const int sent = ::sendmmsg(m_fd, messages, unsigned(count), 0);
        if (sent == int(count)) {
            at += count;
            continue;
        }
        // The first unsent one, alone, to learn why: a full buffer is a lost datagram (the retry
        // covers it), anything else fails that request now.
        const std::size_t failedAt = at + std::size_t(qMax(0, sent));
        const PendingSend &failed = m_sendBatch[failedAt];
        const ssize_t alone = ::sendto(m_fd, failed.packet.constData(), size_t(failed.packet.size()), 0,
                                       reinterpret_cast<const sockaddr *>(&failed.to), sizeof failed.to);
        if (alone < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)) {
            // The local send buffer is full: fewer requests in flight until answers drain it.
            m_effectiveWindow = qMax(qMin(m_window, MinAdaptiveWindow), m_effectiveWindow / 2);
        } else if (alone < 0) {
            const auto it = m_inFlight.find(failed.requestId);
            if (it != m_inFlight.end()) {
                Response response;
                response.status = ResponseStatus::SendFailed;
                response.kind = ErrorKind::Local;
                response.error = tr("cannot send to %1: %2")
                                     .arg(it->second->target.label(), QString::fromLocal8Bit(std::strerror(errno)));
                finish(failed.requestId, response);
            }
        }
        at = failedAt + 1;
    }
    m_sendBatch.clear();
}

qint32 Engine::nextRequestId()
{
    do {
        m_lastRequestId = m_lastRequestId >= 0x7FFFFFFE ? 1 : m_lastRequestId + 1;
    } while (m_inFlight.count(m_lastRequestId) != 0);
    return m_lastRequestId;
}

void Engine::readPending()
{
    // recvmmsg: one system call for up to RecvBatch datagrams, into buffers allocated once.
    if (m_recvBuffer.isEmpty())
        m_recvBuffer.resize(RecvBatch * MaxDatagram);
    mmsghdr messages[RecvBatch];
    iovec vectors[RecvBatch];
    sockaddr_in senders[RecvBatch];
    for (int round = 0; round < 4096 / RecvBatch; ++round) { // bounded, so a flood cannot starve the event loop
        for (int i = 0; i < RecvBatch; ++i) {
            vectors[i].iov_base = m_recvBuffer.data() + qsizetype(i) * MaxDatagram;
            vectors[i].iov_len = size_t(MaxDatagram);
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &vectors[i];
            messages[i].msg_hdr.msg_iovlen = 1;
            messages[i].msg_hdr.msg_name = &senders[i];
            messages[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
        }
        const int count = ::recvmmsg(m_fd, messages, RecvBatch, MSG_DONTWAIT, nullptr);
        if (count <= 0)
            break;
        // Answers drain the queues: the window grows back towards what was configured.
        m_effectiveWindow = qMin(m_window, m_effectiveWindow + count);
        for (int i = 0; i < count; ++i) {
            ++m_stats.received;
            if (messages[i].msg_hdr.msg_flags & MSG_TRUNC) {
                ++m_stats.dropped;
                continue;
            }
            handleDatagram(static_cast<char *>(vectors[i].iov_base), qsizetype(messages[i].msg_len),
                           ntohl(senders[i].sin_addr.s_addr), ntohs(senders[i].sin_port));
        }
        if (count < RecvBatch)
            break;
    }
    pump();
}

void Engine::handleDatagram(char *data, qsizetype size, quint32 fromAddress, quint16 fromPort)
{
    // The receive buffer is scratch: net-snmp parses it in place, no copy.
    const QByteArray datagram = QByteArray::fromRawData(data, size);
    if (isV3Message(datagram)) {
        handleV3Datagram(datagram, fromAddress, fromPort);
        return;
    }
    auto decoded = decodeMessage(reinterpret_cast<unsigned char *>(data), size, nullptr);
    if (!decoded.ok() || (decoded->type != PduType::Response && decoded->type != PduType::Report)) {
        ++m_stats.dropped;
        return;
    }
    const auto it = m_inFlight.find(decoded->requestId);
    if (it == m_inFlight.end()) { // late (after its timeout), cancelled, or never ours
        ++m_stats.dropped;
        return;
    }
    const Request &request = *it->second;
    if (request.ipv4 != fromAddress || request.target.port != fromPort) {
        ++m_stats.dropped;
        return;
    }
    Response response;
    response.status = ResponseStatus::Ok;
    response.errorStatus = decoded->errorStatus;
    response.errorIndex = decoded->errorIndex;
    response.varBinds = std::move(decoded->varBinds);
    response.tries = request.triesDone;
    if (response.errorStatus != 0) {
        response.error = tr("%1 answered %2 (index %3)")
                             .arg(request.target.label(), errorStatusText(response.errorStatus))
                             .arg(response.errorIndex);
    }
    finish(decoded->requestId, response);
    recycleVarBinds(std::move(response.varBinds)); // its varbinds are delivered: reuse the buffer
}

void Engine::finish(qint32 requestId, Response &response)
{
    const auto it = m_inFlight.find(requestId);
    if (it == m_inFlight.end())
        return;
    std::unique_ptr<Request> request = std::move(it->second);
    m_inFlight.erase(it);
    if (request->hasDeadline)
        m_deadlines.erase(request->deadline);
    deliver(*request, response);
}

void Engine::onTimer()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const qint32 id = m_deadlines.begin()->second;
        const auto it = m_inFlight.find(id);
        if (it == m_inFlight.end()) {
            m_deadlines.erase(m_deadlines.begin());
            continue;
        }
        Request &request = *it->second;
        const int maxTries = 1 + qMax(0, request.target.credential.retries);
        if (!request.contextGone() && request.triesDone < maxTries && transmit(request))
            continue;
        if (!request.contextGone())
            ++m_stats.timeouts;
        Response response;
        if (request.v3 && !request.discoveryProbe) {
            response = v3Timeout(request);
        } else {
            response.status = ResponseStatus::Timeout;
            response.kind = ErrorKind::NoAnswer;
            response.tries = request.triesDone;
            response.error = request.discoveryProbe
                                 ? tr("no answer from %1 to SNMPv3 engine discovery after %n tries", nullptr,
                                      request.triesDone)
                                       .arg(request.target.label())
                                 : tr("no answer from %1 after %n tries", nullptr, request.triesDone)
                                       .arg(request.target.label());
        }
        finish(id, response);
    }
    pump();
}

void Engine::armTimer()
{
    if (m_deadlines.empty()) {
        m_timer->stop();
        return;
    }
    // Re-arming a QTimer costs a dispatcher round trip: keep an armed timer that fires no later
    // than the earliest deadline (an early shot just re-arms).
    const qint64 earliest = m_deadlines.begin()->first;
    if (m_timer->isActive() && m_armedFor <= earliest)
        return;
    const qint64 wait = qBound(qint64(0), earliest - m_clock.elapsed(), qint64(60000));
    m_armedFor = m_clock.elapsed() + wait;
    m_timer->start(int(wait));
}

void Engine::cancel(QObject *context)
{
    if (!context)
        return;
    std::erase_if(m_queue, [context](const std::unique_ptr<Request> &r) { return r->context == context; });
    for (auto &[key, parked] : m_awaitingDiscovery)
        std::erase_if(parked, [context](const std::unique_ptr<Request> &r) { return r->context == context; });
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it->second->context == context) {
            if (it->second->hasDeadline)
                m_deadlines.erase(it->second->deadline);
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    pump();
}

int Engine::learntMaxRepetitions(const Target &target) const
{
    if (target.address.protocol() != QAbstractSocket::IPv4Protocol)
        return 0;
    const auto it = m_devices.find(deviceKey(target.address.toIPv4Address(), target.port));
    return it == m_devices.end() ? 0 : it->second.maxRepetitions;
}

} // namespace Printwatch::Snmp
