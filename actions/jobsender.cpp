// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/jobsender.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace Printwatch::Actions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Actions", text);
}

constexpr qint64 ChunkSize = 64 * 1024;

bool cancelled(const SendOptions &options)
{
    return options.cancel && options.cancel->load();
}

QString label(const QString &host, quint16 port)
{
    return host + QLatin1Char(':') + QString::number(port);
}

Core::Result<void> connectTo(QTcpSocket &socket, const QString &host, quint16 port, const SendOptions &options)
{
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(options.connectTimeoutMs)) {
        return Core::Error{tr("Cannot connect to %1: %2").arg(label(host, port), socket.errorString())};
    }
    return {};
}

// Writes everything in `data`; fails on an error, a stall or a cancel.
Core::Result<void> writeAll(QTcpSocket &socket, const QByteArray &data, const SendOptions &options)
{
    if (socket.write(data) != data.size())
        return Core::Error{socket.errorString()};
    QElapsedTimer stall;
    stall.start();
    while (socket.bytesToWrite() > 0) {
        if (cancelled(options))
            return Core::Error{tr("cancelled")};
        if (socket.state() != QAbstractSocket::ConnectedState)
            return Core::Error{tr("the printer closed the connection (%1)").arg(socket.errorString())};
        const qint64 before = socket.bytesToWrite();
        if (!socket.waitForBytesWritten(200) && socket.error() != QAbstractSocket::SocketTimeoutError)
            return Core::Error{tr("the printer closed the connection (%1)").arg(socket.errorString())};
        if (socket.bytesToWrite() < before)
            stall.restart();
        else if (stall.elapsed() > options.stallTimeoutMs)
            return Core::Error{tr("no progress for %1 s").arg(options.stallTimeoutMs / 1000)};
    }
    return {};
}

Core::Result<void> readAck(QTcpSocket &socket, const QString &step, const SendOptions &options)
{
    QElapsedTimer waited;
    waited.start();
    while (socket.bytesAvailable() < 1) {
        if (cancelled(options))
            return Core::Error{tr("cancelled")};
        if (waited.elapsed() > options.stallTimeoutMs)
            return Core::Error{tr("no acknowledgement for %1").arg(step)};
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            return Core::Error{tr("the print server closed the connection at %1").arg(step)};
    }
    char ack = 1;
    socket.getChar(&ack);
    if (ack != 0)
        return Core::Error{tr("the print server refused %1 (answer %2)").arg(step).arg(int(quint8(ack)))};
    return {};
}

// After the last byte: shutdown(SHUT_WR), then read until EOF (ok), a reset (error) or the close
// wait (ok: some printers keep the connection until the job has printed). Data the printer sends
// back (PJL status) is read and dropped. Works on the descriptor: QTcpSocket cannot tell a reset
// from a clean close.
Core::Result<void> awaitPeerClose(QTcpSocket &socket, const SendOptions &options)
{
    const int fd = int(socket.socketDescriptor());
    if (fd < 0)
        return Core::Error{tr("the connection is gone")};
    if (::shutdown(fd, SHUT_WR) != 0)
        return Core::Error{QString::fromLocal8Bit(std::strerror(errno))};
    QElapsedTimer waited;
    waited.start();
    char buffer[4096];
    Core::Result<void> result;
    while (waited.elapsed() < options.closeWaitMs) {
        if (cancelled(options))
            break;
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 200);
        if (ready < 0 && errno != EINTR) {
            result = Core::Error{QString::fromLocal8Bit(std::strerror(errno))};
            break;
        }
        if (ready <= 0)
            continue;
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n == 0)
            break; // EOF: the printer read everything and closed
        if (n < 0 && errno != EINTR && errno != EAGAIN) {
            result = Core::Error{QString::fromLocal8Bit(std::strerror(errno))};
            break;
        }
    }
    socket.abort();
    return result;
}

} // namespace

Core::Result<qint64> sendRaw(const QString &host, quint16 port, QIODevice &source, qint64 size,
                             const SendOptions &options)
{
    QTcpSocket socket;
    if (auto connected = connectTo(socket, host, port, options); !connected)
        return Core::Error{connected.error()};
    qint64 sent = 0;
    while (sent < size) {
        const QByteArray chunk = source.read(qMin(ChunkSize, size - sent));
        if (chunk.isEmpty())
            return Core::Error{tr("Sending to %1 stopped after %2 of %3 bytes: the file could not be read further "
                                  "(%4). Nothing is sent again on its own.")
                                   .arg(label(host, port))
                                   .arg(sent)
                                   .arg(size)
                                   .arg(source.errorString())};
        if (auto written = writeAll(socket, chunk, options); !written) {
            socket.abort();
            if (cancelled(options))
                return Core::Error{tr("Cancelled after %1 of %2 bytes to %3; the printer may have received part of it.")
                                       .arg(sent)
                                       .arg(size)
                                       .arg(label(host, port))};
            return Core::Error{tr("The transfer to %1 was cut after %2 of %3 bytes: %4. It is not sent again on its "
                                  "own; check the printer before you try again.")
                                   .arg(label(host, port))
                                   .arg(sent)
                                   .arg(size)
                                   .arg(written.error())};
        }
        sent += chunk.size();
        if (options.progress)
            options.progress(sent, size);
    }
    // Everything is in the kernel's buffers, not yet at the printer. Half-close and wait for the
    // printer's answer: a clean close (EOF) means it read it all; a reset means it stopped part-way
    // and the bytes still in flight were thrown away.
    if (auto end = awaitPeerClose(socket, options); !end) {
        return Core::Error{tr("The transfer to %1 was cut: the printer reset the connection before it had read all "
                              "%2 bytes (%3). It is not sent again on its own; check the printer before you try again.")
                               .arg(label(host, port))
                               .arg(size)
                               .arg(end.error())};
    }
    return sent;
}

Core::Result<qint64> sendRaw(const QString &host, quint16 port, const QByteArray &data, const SendOptions &options)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return sendRaw(host, port, buffer, copy.size(), options);
}

QByteArray lprControlFile(const LprJob &job)
{
    const QByteArray host = job.host.toLatin1().left(31);
    const QByteArray number = QByteArray::number(job.jobNumber % 1000).rightJustified(3, '0');
    const QByteArray dataName = "dfA" + number + host;
    QByteArray control;
    control += 'H' + host + '\n';
    control += 'P' + job.user.toLatin1().left(31) + '\n';
    control += 'J' + job.jobName.toLatin1().left(99) + '\n';
    control += 'l' + dataName + '\n';
    control += 'U' + dataName + '\n';
    control += 'N' + job.jobName.toLatin1().left(131) + '\n';
    return control;
}

Core::Result<void> sendLpr(const QString &host, quint16 port, const LprJob &job, const QByteArray &data,
                           const SendOptions &options)
{
    const QString where = label(host, port);
    QTcpSocket socket;
    if (auto connected = connectTo(socket, host, port, options); !connected)
        return connected;
    const QByteArray hostName = job.host.toLatin1().left(31);
    const QByteArray number = QByteArray::number(job.jobNumber % 1000).rightJustified(3, '0');
    const QByteArray control = lprControlFile(job);
    const auto fail = [&](const QString &step, const QString &why) {
        socket.abort();
        return Core::Error{tr("LPR job to queue “%1” on %2 failed at %3: %4. It is not sent again on its own.")
                               .arg(job.queue, where, step, why)};
    };

    const auto step = [&](const QByteArray &bytes, const QString &name) -> Core::Result<void> {
        if (auto written = writeAll(socket, bytes, options); !written)
            return fail(name, written.error());
        if (auto ack = readAck(socket, name, options); !ack)
            return fail(name, ack.error());
        return {};
    };
    if (auto done = step("\x02" + job.queue.toLatin1() + '\n', tr("the queue request")); !done)
        return done;
    if (auto done = step("\x02" + QByteArray::number(control.size()) + " cfA" + number + hostName + '\n',
                         tr("the control file header"));
        !done)
        return done;
    if (auto done = step(control + '\0', tr("the control file")); !done)
        return done;
    if (auto done = step("\x03" + QByteArray::number(data.size()) + " dfA" + number + hostName + '\n',
                         tr("the data file header"));
        !done)
        return done;
    // The data file goes in chunks for progress; its acknowledgement follows the closing NUL.
    qint64 sent = 0;
    while (sent < data.size()) {
        const QByteArray chunk = data.mid(sent, ChunkSize);
        if (auto written = writeAll(socket, chunk, options); !written)
            return fail(tr("the data file (%1 of %2 bytes sent)").arg(sent).arg(data.size()), written.error());
        sent += chunk.size();
        if (options.progress)
            options.progress(sent, data.size());
    }
    if (auto done = step(QByteArray(1, '\0'), tr("the end of the data file")); !done)
        return done;
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(options.closeWaitMs);
    return {};
}

} // namespace Printwatch::Actions
