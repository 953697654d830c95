// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Is the printer there? ICMP echo where the system permits it (an unprivileged ICMP datagram
// socket, Linux net.ipv4.ping_group_range, or root), else TCP connects to its print and web ports.

#include <QList>
#include <QString>

namespace Printwatch::Actions {

struct Reachability
{
    bool reachable = false;
    bool icmpTried = false;
    bool icmpAnswered = false;
    QList<quint16> openPorts;
    QString summary; // one readable line
};

Reachability checkReachability(const QString &host, bool tryIcmp, const QList<quint16> &tcpPorts, int timeoutMs);

// One ICMP echo; nullopt when the system does not permit ICMP sockets to this process.
std::optional<bool> icmpEcho(const QString &host, int timeoutMs);

} // namespace Printwatch::Actions
