// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/reachability.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/ip_icmp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace Printwatch::Actions {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Actions", text);
}
} // namespace

std::optional<bool> icmpEcho(const QString &host, int timeoutMs)
{
    const QHostAddress address(host);
    bool ok = false;
    const quint32 ipv4 = address.toIPv4Address(&ok);
    if (!ok)
        return std::nullopt;
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_ICMP);
    if (fd < 0)
        return std::nullopt; // not permitted (EACCES/EPERM) or not supported
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(ipv4);
    icmphdr request{};
    request.type = ICMP_ECHO;
    request.un.echo.sequence = htons(1);
    const char payload[] = "printwatch";
    char packet[sizeof(icmphdr) + sizeof payload];
    std::memcpy(packet, &request, sizeof request);
    std::memcpy(packet + sizeof request, payload, sizeof payload);
    if (::sendto(fd, packet, sizeof packet, 0, reinterpret_cast<sockaddr *>(&to), sizeof to) < 0) {
        ::close(fd);
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    bool answered = false;
    while (!answered && waited.elapsed() < timeoutMs) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(timeoutMs - waited.elapsed())) <= 0)
            break;
        char reply[256];
        const ssize_t n = ::recv(fd, reply, sizeof reply, 0);
        if (n >= ssize_t(sizeof(icmphdr))) {
            icmphdr header;
            std::memcpy(&header, reply, sizeof header);
            answered = header.type == ICMP_ECHOREPLY;
        }
    }
    ::close(fd);
    return answered;
}

Reachability checkReachability(const QString &host, bool tryIcmp, const QList<quint16> &tcpPorts, int timeoutMs)
{
    Reachability result;
    QStringList parts;
    if (tryIcmp) {
        const auto echo = icmpEcho(host, timeoutMs);
        result.icmpTried = echo.has_value();
        result.icmpAnswered = echo.value_or(false);
        if (!echo)
            parts << tr("ICMP not permitted here");
        else
            parts << (*echo ? tr("answers ping") : tr("no answer to ping"));
    }
    for (quint16 port : tcpPorts) {
        QTcpSocket socket;
        socket.connectToHost(host, port);
        if (socket.waitForConnected(timeoutMs)) {
            result.openPorts << port;
            socket.abort();
        }
    }
    QStringList open;
    for (quint16 port : result.openPorts)
        open << QString::number(port);
    parts << (open.isEmpty() ? tr("no TCP port open of %1").arg(tcpPorts.size())
                             : tr("TCP open: %1").arg(open.join(QStringLiteral(", "))));
    result.reachable = result.icmpAnswered || !result.openPorts.isEmpty();
    result.summary = (result.reachable ? tr("reachable") : tr("not reachable")) + QStringLiteral(" (")
                     + parts.join(QStringLiteral("; ")) + QLatin1Char(')');
    return result;
}

} // namespace Printwatch::Actions
