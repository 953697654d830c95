// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/udpserver.h"

#include "sim/agent.h"
#include "sim/fleetstate.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <queue>
#include <random>

namespace Printwatch::Sim {

namespace {

constexpr int Batch = 64;
// Requests are small; a bigger one arrives truncated and is dropped.
constexpr std::size_t MaxDatagram = 16384;

bool isLoopback(std::uint32_t hostOrder)
{
    return (hostOrder >> 24) == 127;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Sim::UdpServer", text);
}

// A control-message buffer: CMSG_FIRSTHDR hands out its start as a cmsghdr, so it is aligned
// as one (a plain char array need not be: UBSan reports the misaligned access).
struct alignas(cmsghdr) Control : std::array<char, CMSG_SPACE(sizeof(in_pktinfo))>
{
};

// Answer from the address the request was sent to, whatever the routing table says.
void setSourceAddress(msghdr &header, Control &control, std::uint32_t from)
{
    control.fill(0);
    header.msg_control = control.data();
    header.msg_controllen = control.size();
    cmsghdr *c = CMSG_FIRSTHDR(&header);
    c->cmsg_level = IPPROTO_IP;
    c->cmsg_type = IP_PKTINFO;
    c->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
    in_pktinfo pktinfo{};
    pktinfo.ipi_spec_dst.s_addr = htonl(from);
    std::memcpy(CMSG_DATA(c), &pktinfo, sizeof pktinfo);
}

} // namespace

struct UdpServer::Delayed
{
    std::chrono::steady_clock::time_point due;
    std::uint32_t from = 0;
    sockaddr_in to{};
    QByteArray bytes;
    bool operator>(const Delayed &other) const { return due > other.due; }
};

struct UdpServer::OutSlot
{
    std::vector<unsigned char> bytes;
    std::uint32_t from = 0;
    sockaddr_in to{};
    Control control{};
    iovec iov{};
};

void UdpServer::flush(std::vector<OutSlot> &outs, int count)
{
    std::array<mmsghdr, Batch> messages{};
    for (int i = 0; i < count; ++i) {
        OutSlot &o = outs[std::size_t(i)];
        o.iov = {o.bytes.data(), o.bytes.size()};
        msghdr &h = messages[std::size_t(i)].msg_hdr;
        h.msg_name = &o.to;
        h.msg_namelen = sizeof(sockaddr_in);
        h.msg_iov = &o.iov;
        h.msg_iovlen = 1;
        setSourceAddress(h, o.control, o.from);
    }
    int done = 0;
    while (done < count) {
        const int sent = ::sendmmsg(m_socket, messages.data() + done, unsigned(count - done), MSG_DONTWAIT);
        if (sent > 0) {
            m_state->answered.fetch_add(std::uint64_t(sent), std::memory_order_relaxed);
            std::uint64_t bytes = 0;
            for (int i = done; i < done + sent; ++i)
                bytes += messages[std::size_t(i)].msg_len;
            m_state->answerBytes.fetch_add(bytes, std::memory_order_relaxed);
            done += sent;
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        // A full socket buffer drops the answer at the head (a lost datagram, as sendmsg did) and goes on.
        ++done;
    }
}

Core::Result<std::unique_ptr<UdpServer>> UdpServer::start(std::shared_ptr<FleetState> state, std::uint16_t port,
                                                          const QList<V3User> &v3Users)
{
    std::unique_ptr<UdpServer> server(new UdpServer);
    server->m_state = std::move(state);
    if (!v3Users.isEmpty()) {
        auto usm = UsmTable::create(v3Users);
        if (!usm)
            return Core::Error{usm.error()};
        server->m_usm = std::move(usm).value();
    }
    server->m_socket = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (server->m_socket < 0)
        return Core::Error{tr("cannot create the UDP socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    const int on = 1;
    if (::setsockopt(server->m_socket, IPPROTO_IP, IP_PKTINFO, &on, sizeof on) != 0)
        return Core::Error{tr("cannot enable IP_PKTINFO: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    // Bigger buffers absorb the bursts of a poller walking thousands of devices at once.
    const int bufferSize = 4 * 1024 * 1024;
    ::setsockopt(server->m_socket, SOL_SOCKET, SO_RCVBUF, &bufferSize, sizeof bufferSize);
    ::setsockopt(server->m_socket, SOL_SOCKET, SO_SNDBUF, &bufferSize, sizeof bufferSize);
    // Don't-fragment answers skip the kernel's IP ID generator (a few per cent of the simulator's CPU
    // in perf); loopback's MTU (65,536) is above MaxMessage, so nothing needs fragmenting.
    const int pmtu = IP_PMTUDISC_DO;
    ::setsockopt(server->m_socket, IPPROTO_IP, IP_MTU_DISCOVER, &pmtu, sizeof pmtu);

    // 0.0.0.0 because the served addresses are many; requests from or to anything but loopback
    // are dropped in run(), so the socket never answers off-host.
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    address.sin_port = htons(port);
    if (::bind(server->m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return Core::Error{tr("cannot bind UDP port %1: %2").arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)))};
    socklen_t length = sizeof address;
    if (::getsockname(server->m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return Core::Error{tr("cannot read the bound port: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    server->m_port = ntohs(address.sin_port);

    server->m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (server->m_wakeFd < 0)
        return Core::Error{tr("cannot create an eventfd: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    server->m_thread = std::thread([s = server.get()] { s->run(); });
    return server;
}

UdpServer::~UdpServer()
{
    stop();
    if (m_socket >= 0)
        ::close(m_socket);
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void UdpServer::stop()
{
    if (!m_thread.joinable())
        return;
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wakeFd, &one, sizeof one);
    m_thread.join();
}

void UdpServer::send(std::uint32_t from, const sockaddr_in &to, const unsigned char *data, std::size_t length)
{
    Control control{};
    iovec iov{const_cast<unsigned char *>(data), length};
    msghdr out{};
    out.msg_name = const_cast<sockaddr_in *>(&to);
    out.msg_namelen = sizeof(sockaddr_in);
    out.msg_iov = &iov;
    out.msg_iovlen = 1;
    setSourceAddress(out, control, from);
    if (const ssize_t sent = ::sendmsg(m_socket, &out, MSG_DONTWAIT); sent >= 0) {
        m_state->answered.fetch_add(1, std::memory_order_relaxed);
        m_state->answerBytes.fetch_add(std::uint64_t(sent), std::memory_order_relaxed);
    }
}

void UdpServer::run()
{
    Agent agent(m_state->community().toUtf8(), m_usm.get());
    agent.setWriteCommunity(m_state->writeCommunity());
    // Answers of slow devices wait here, earliest first; poll() sleeps until the next is due.
    std::priority_queue<Delayed, std::vector<Delayed>, std::greater<>> delayed;
    std::minstd_rand random(std::random_device{}());

    // recvmmsg fills up to Batch datagrams per system call.
    std::vector<std::array<unsigned char, MaxDatagram>> buffers(Batch);
    std::array<sockaddr_in, Batch> sources{};
    std::array<Control, Batch> controls{};
    std::array<iovec, Batch> iovs{};
    std::array<mmsghdr, Batch> messages{};
    std::vector<OutSlot> outs(Batch);

    pollfd fds[2] = {{m_socket, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
    for (;;) {
        int timeoutMs = -1;
        if (!delayed.empty()) {
            const auto wait = delayed.top().due - std::chrono::steady_clock::now();
            timeoutMs = int(std::max<std::int64_t>(0, std::chrono::ceil<std::chrono::milliseconds>(wait).count()));
        }
        if (::poll(fds, 2, timeoutMs) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[1].revents)
            return;
        const auto now = std::chrono::steady_clock::now();
        while (!delayed.empty() && delayed.top().due <= now) {
            const Delayed &d = delayed.top();
            send(d.from, d.to, reinterpret_cast<const unsigned char *>(d.bytes.constData()), std::size_t(d.bytes.size()));
            delayed.pop();
        }
        if (!(fds[0].revents & POLLIN))
            continue;
        for (;;) {
            for (int i = 0; i < Batch; ++i) {
                iovs[i] = {buffers[std::size_t(i)].data(), MaxDatagram};
                messages[i] = {};
                messages[i].msg_hdr.msg_name = &sources[i];
                messages[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
                messages[i].msg_hdr.msg_iov = &iovs[i];
                messages[i].msg_hdr.msg_iovlen = 1;
                messages[i].msg_hdr.msg_control = controls[i].data();
                messages[i].msg_hdr.msg_controllen = controls[i].size();
            }
            const int received = ::recvmmsg(m_socket, messages.data(), Batch, MSG_DONTWAIT, nullptr);
            if (received <= 0)
                break; // EAGAIN: drained
            int pending = 0;
            m_state->withReadLock([&](const auto &find, const SimClock &clock) {
                for (int i = 0; i < received; ++i) {
                    msghdr &header = messages[i].msg_hdr;
                    if (header.msg_flags & (MSG_TRUNC | MSG_CTRUNC))
                        continue;
                    const in_pktinfo *info = nullptr;
                    for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(&header, c)) {
                        if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO)
                            info = reinterpret_cast<const in_pktinfo *>(CMSG_DATA(c));
                    }
                    if (!info)
                        continue;
                    const std::uint32_t destination = ntohl(info->ipi_addr.s_addr);
                    const std::uint32_t source = ntohl(sources[i].sin_addr.s_addr);
                    if (!isLoopback(destination) || !isLoopback(source))
                        continue;
                    m_state->requests.fetch_add(1, std::memory_order_relaxed);
                    m_state->requestBytes.fetch_add(messages[i].msg_len, std::memory_order_relaxed);
                    const Device *device = find(destination);
                    if (!device)
                        continue;
                    const DeviceBehaviour &behaviour = device->behaviour;
                    if (behaviour.lossPercent > 0 && int(random() % 100) < behaviour.lossPercent)
                        continue; // lost on the way in
                    const unsigned char *reply = nullptr;
                    std::size_t replyLength = 0;
                    if (!agent.respond(*device, clock, buffers[std::size_t(i)].data(), messages[i].msg_len, &reply,
                                       &replyLength))
                        continue;
                    if (behaviour.malformed) {
                        // Cut to two thirds: the outer SEQUENCE announces more bytes than arrive.
                        replyLength = std::max<std::size_t>(1, replyLength * 2 / 3);
                    }
                    const int latency = behaviour.effectiveLatencyMs();
                    if (latency > 0) {
                        delayed.push(Delayed{std::chrono::steady_clock::now() + std::chrono::milliseconds(latency),
                                             destination, sources[i],
                                             QByteArray(reinterpret_cast<const char *>(reply), qsizetype(replyLength))});
                        continue;
                    }
                    // Answered with the whole batch below: one system call instead of one per answer.
                    OutSlot &out = outs[std::size_t(pending)];
                    out.bytes.assign(reply, reply + replyLength);
                    out.from = destination;
                    out.to = sources[i];
                    ++pending;
                }
            });
            // Outside the read lock: a reset takes the write lock. Fails only if the device moved
            // away meanwhile; the SET's answer still goes out.
            for (std::uint32_t reset : agent.takeResets())
                static_cast<void>(m_state->resetDevice(reset));
            flush(outs, pending);
            if (received < Batch)
                break;
        }
    }
}

} // namespace Printwatch::Sim
