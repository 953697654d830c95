// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/peers.h"

#include "bench/measure.h"

#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace Printwatch::Bench {

namespace {

struct Job
{
    QString program;
    QStringList arguments;
};

// Runs the jobs, `parallel` at a time; returns how many exited with status 0 and collects output sizes.
int runJobs(const std::deque<Job> &jobs, int parallel, const QProcessEnvironment &environment, qint64 *outputLines)
{
    std::deque<Job> queue = jobs;
    int running = 0, ok = 0;
    QEventLoop loop;
    std::function<void()> startMore = [&] {
        while (running < parallel && !queue.empty()) {
            auto *process = new QProcess;
            process->setProcessEnvironment(environment);
            const Job job = queue.front();
            queue.pop_front();
            ++running;
            QObject::connect(process, &QProcess::finished, process, [&, process](int code, QProcess::ExitStatus status) {
                if (status == QProcess::NormalExit && code == 0)
                    ++ok;
                *outputLines += process->readAllStandardOutput().count('\n');
                process->deleteLater();
                --running;
                startMore();
                if (running == 0 && queue.empty())
                    loop.quit();
            });
            QObject::connect(process, &QProcess::errorOccurred, process, [&, process](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                process->deleteLater();
                --running;
                startMore();
                if (running == 0 && queue.empty())
                    loop.quit();
            });
            process->start(job.program, job.arguments);
        }
    };
    startMore();
    if (running > 0)
        loop.exec();
    return ok;
}

QProcessEnvironment isolated(const QString &dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SNMP_PERSISTENT_DIR"), dir);
    environment.insert(QStringLiteral("SNMPCONFPATH"), dir);
    environment.insert(QStringLiteral("MIBS"), QString());
    return environment;
}

} // namespace

QJsonObject runCliPeers(const QStringList &addresses, quint16 port, const QList<PeerReads> &reads, int parallel)
{
    QJsonObject result;
    if (QStandardPaths::findExecutable(QStringLiteral("snmpbulkwalk")).isEmpty()) {
        result.insert(QStringLiteral("skipped"), QStringLiteral("net-snmp's snmpget/snmpbulkwalk are not installed"));
        return result;
    }
    QTemporaryDir state;
    std::deque<Job> jobs;
    const QStringList common{QStringLiteral("-v2c"), QStringLiteral("-c"), QStringLiteral("public"), QStringLiteral("-On"),
                             QStringLiteral("-Oq"), QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-r"),
                             QStringLiteral("1")};
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString peer = addresses.at(i) + u':' + QString::number(port);
        jobs.push_back({QStringLiteral("snmpget"), common + QStringList{peer} + reads.at(i).gets});
        for (const QString &root : reads.at(i).roots)
            jobs.push_back({QStringLiteral("snmpbulkwalk"), common + QStringList{QStringLiteral("-Cr25"), peer, root}});
    }
    qint64 lines = 0;
    const Span span;
    const int ok = runJobs(jobs, parallel, isolated(state.path()), &lines);
    result.insert(QStringLiteral("devices"), int(addresses.size()));
    result.insert(QStringLiteral("processes"), int(jobs.size()));
    result.insert(QStringLiteral("processes_ok"), ok);
    result.insert(QStringLiteral("parallel"), parallel);
    result.insert(QStringLiteral("values"), double(lines));
    result.insert(QStringLiteral("wall_s"), span.wallSeconds());
    result.insert(QStringLiteral("cpu_s"), span.childrenCpuSeconds());
    return result;
}

QJsonObject runFusionInventory(const QStringList &addresses, quint16 port, int parallel)
{
    QJsonObject result;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("fusioninventory-netinventory"));
    if (program.isEmpty()) {
        result.insert(QStringLiteral("skipped"),
                      QStringLiteral("fusioninventory-netinventory is not installed (Debian package "
                                     "fusioninventory-agent-task-network)"));
        return result;
    }
    QTemporaryDir state;
    std::deque<Job> jobs;
    for (const QString &address : addresses)
        jobs.push_back({program, {QStringLiteral("--host"), address, QStringLiteral("--port"), QString::number(port),
                                  QStringLiteral("--credentials"), QStringLiteral("version:2c,community:public"),
                                  QStringLiteral("--type"), QStringLiteral("PRINTER"), QStringLiteral("--timeout"), QStringLiteral("5")}});
    qint64 lines = 0;
    const Span span;
    const int ok = runJobs(jobs, parallel, isolated(state.path()), &lines);
    result.insert(QStringLiteral("devices"), int(addresses.size()));
    result.insert(QStringLiteral("devices_ok"), ok);
    result.insert(QStringLiteral("parallel"), parallel);
    result.insert(QStringLiteral("output_lines"), double(lines));
    result.insert(QStringLiteral("wall_s"), span.wallSeconds());
    result.insert(QStringLiteral("cpu_s"), span.childrenCpuSeconds());
    return result;
}

int echoServerMain(bool batched)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int size = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return 1;
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("echo port=%d\n", ntohs(address.sin_port));
    std::fflush(stdout);
    // The answer's size comes first in each request, so the pair moves the same bytes as SNMP.
    constexpr int Batch = 64;
    std::vector<std::array<unsigned char, 65536>> buffers(Batch); // as big as any SNMP answer
    std::array<sockaddr_in, Batch> peers{};
    std::array<iovec, Batch> iovs{};
    std::array<mmsghdr, Batch> messages{};
    pollfd fds[2] = {{fd, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
    for (;;) {
        if (::poll(fds, 2, -1) < 0)
            continue;
        if (fds[1].revents)
            return 0;
        for (;;) {
            for (int i = 0; i < Batch; ++i) {
                iovs[i] = {buffers[std::size_t(i)].data(), buffers[std::size_t(i)].size()};
                messages[i] = {};
                messages[i].msg_hdr.msg_name = &peers[i];
                messages[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
                messages[i].msg_hdr.msg_iov = &iovs[i];
                messages[i].msg_hdr.msg_iovlen = 1;
            }
            const int n = ::recvmmsg(fd, messages.data(), Batch, MSG_DONTWAIT, nullptr);
            if (n <= 0)
                break;
            for (int i = 0; i < n; ++i) {
                const unsigned char *b = buffers[std::size_t(i)].data();
                iovs[i].iov_len = std::min<std::size_t>(std::size_t(b[0]) << 8 | b[1], buffers[0].size());
                if (!batched)
                    ::sendto(fd, b, iovs[i].iov_len, MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&peers[i]),
                             sizeof(sockaddr_in));
            }
            if (batched) // the same headers, now pointing at the answers' lengths
                ::sendmmsg(fd, messages.data(), unsigned(n), MSG_DONTWAIT);
        }
    }
}

QJsonObject runEchoFloor(const QString &self, qint64 packets, int window, int requestBytes, int replyBytes,
                         bool batched)
{
    QJsonObject result;
    QProcess child;
    QStringList arguments{QStringLiteral("--echo-server")};
    if (batched)
        arguments << QStringLiteral("--echo-batched");
    child.start(self, arguments);
    if (!child.waitForStarted(5000) || !child.waitForReadyRead(5000)) {
        result.insert(QStringLiteral("skipped"), QStringLiteral("the echo child did not start"));
        return result;
    }
    const quint16 port = quint16(QString::fromLatin1(child.readLine()).trimmed().section(u'=', 1).toUInt());
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const int size = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    to.sin_port = htons(port);
    std::vector<unsigned char> request(std::size_t(std::max(requestBytes, 2)), 0x30);
    request[0] = std::uint8_t(replyBytes >> 8);
    request[1] = std::uint8_t(replyBytes);
    std::vector<unsigned char> reply(65536);
    qint64 sent = 0, received = 0, resent = 0;
    const Span span(pid_t(child.processId()));
    QElapsedTimer sinceAnswer;
    sinceAnswer.start();
    constexpr int Batch = 64;
    std::array<iovec, Batch> sendIovs{};
    std::array<mmsghdr, Batch> sendMessages{};
    for (int i = 0; i < Batch; ++i) {
        sendIovs[std::size_t(i)] = {request.data(), request.size()};
        sendMessages[std::size_t(i)].msg_hdr.msg_name = &to;
        sendMessages[std::size_t(i)].msg_hdr.msg_namelen = sizeof to;
        sendMessages[std::size_t(i)].msg_hdr.msg_iov = &sendIovs[std::size_t(i)];
        sendMessages[std::size_t(i)].msg_hdr.msg_iovlen = 1;
    }
    std::vector<std::vector<unsigned char>> replies(batched ? Batch : 0, std::vector<unsigned char>(65536));
    std::array<iovec, Batch> recvIovs{};
    std::array<mmsghdr, Batch> recvMessages{};
    for (std::size_t i = 0; i < replies.size(); ++i) {
        recvIovs[i] = {replies[i].data(), replies[i].size()};
        recvMessages[i].msg_hdr.msg_iov = &recvIovs[i];
        recvMessages[i].msg_hdr.msg_iovlen = 1;
    }
    while (received < packets) {
        while (sent < packets && sent - received < window) {
            if (batched) {
                const int n = int(std::min<qint64>({Batch, packets - sent, window - (sent - received)}));
                const int done = ::sendmmsg(fd, sendMessages.data(), unsigned(n), 0);
                if (done <= 0)
                    break;
                sent += done;
                continue;
            }
            if (::sendto(fd, request.data(), request.size(), 0, reinterpret_cast<sockaddr *>(&to), sizeof to) < 0)
                break;
            ++sent;
        }
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 200) == 0 && sinceAnswer.elapsed() > 200) {
            // Datagrams lost in a full buffer: count them as done and go on; the JSON says how many.
            const qint64 missing = sent - received;
            received += missing;
            resent += missing;
            sent = received;
            continue;
        }
        if (batched) {
            int n = 0;
            while ((n = ::recvmmsg(fd, recvMessages.data(), Batch, MSG_DONTWAIT, nullptr)) > 0) {
                received += n;
                sinceAnswer.restart();
            }
            continue;
        }
        while (::recv(fd, reply.data(), reply.size(), MSG_DONTWAIT) > 0) {
            ++received;
            sinceAnswer.restart();
        }
    }
    result.insert(QStringLiteral("packets"), double(packets));
    result.insert(QStringLiteral("batched"), batched);
    result.insert(QStringLiteral("window"), window);
    result.insert(QStringLiteral("request_bytes"), requestBytes);
    result.insert(QStringLiteral("reply_bytes"), replyBytes);
    result.insert(QStringLiteral("lost"), double(resent));
    result.insert(QStringLiteral("wall_s"), span.wallSeconds());
    result.insert(QStringLiteral("sender_cpu_s"), span.cpuSeconds());
    result.insert(QStringLiteral("echo_cpu_s"), span.otherCpuSeconds());
    ::close(fd);
    child.closeWriteChannel();
    if (!child.waitForFinished(3000))
        child.kill();
    return result;
}

} // namespace Printwatch::Bench
