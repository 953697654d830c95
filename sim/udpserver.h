// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sim/usm.h"

#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

struct sockaddr_in;

namespace Printwatch::Sim {

class FleetState;

// One UDP socket bound to 0.0.0.0:port serving every simulated address. IP_PKTINFO tells which
// address a request was sent to; the answer leaves from that address. Anything not from and to
// 127.0.0.0/8 is dropped, so the simulator never talks off-host.
class UdpServer final
{
public:
    // With v3 users, SNMPv3 is answered too (see UsmTable for the one-process caveat).
    static Core::Result<std::unique_ptr<UdpServer>> start(std::shared_ptr<FleetState> state, std::uint16_t port,
                                                          const QList<V3User> &v3Users = {});
    ~UdpServer();
    UdpServer(const UdpServer &) = delete;
    UdpServer &operator=(const UdpServer &) = delete;

    std::uint16_t port() const { return m_port; }
    void stop();

private:
    UdpServer() = default;
    void run();

    struct Delayed;
    struct OutSlot;
    void flush(std::vector<OutSlot> &outs, int count); // sendmmsg of the answers to one received batch
    void send(std::uint32_t from, const sockaddr_in &to, const unsigned char *data, std::size_t length);

    std::shared_ptr<FleetState> m_state;
    std::unique_ptr<UsmTable> m_usm; // used on the socket thread only
    int m_socket = -1;
    int m_wakeFd = -1; // eventfd: stop() writes, the thread leaves poll()
    std::uint16_t m_port = 0;
    std::thread m_thread;
};

} // namespace Printwatch::Sim
