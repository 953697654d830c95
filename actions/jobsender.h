// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sends print data to a printer over raw TCP (port 9100, "AppSocket/JetDirect") or LPR (RFC 1179).
// Blocking sockets: these run on the actions thread or in printwatch-cli, never on the GUI thread.
// Nothing here retries: a transfer cut half-way is reported, never sent again on its own, because
// a printer may already have acted on the part it got (a firmware image above all).

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace Printwatch::Actions {

// bytes sent so far, bytes in total
using TransferProgress = std::function<void(qint64, qint64)>;

struct SendOptions
{
    int connectTimeoutMs = 5000;
    int stallTimeoutMs = 30000;    // no progress for this long = failure
    int closeWaitMs = 5000;        // after the last byte, how long the printer may take to close
    const std::atomic<bool> *cancel = nullptr;
    TransferProgress progress;
};

// Streams `size` bytes from `source` to host:port. Returns the bytes sent; a failure names the
// printer, how far the transfer got and why.
Core::Result<qint64> sendRaw(const QString &host, quint16 port, QIODevice &source, qint64 size,
                             const SendOptions &options);
Core::Result<qint64> sendRaw(const QString &host, quint16 port, const QByteArray &data, const SendOptions &options);

struct LprJob
{
    QString queue = QStringLiteral("lp");
    QString user;    // P line
    QString jobName; // J and N lines
    QString host;    // H line: who sends (this machine)
    int jobNumber = 1; // 0..999
};

// RFC 1179 "receive a printer job": the control file, then the data file, each acknowledged.
Core::Result<void> sendLpr(const QString &host, quint16 port, const LprJob &job, const QByteArray &data,
                           const SendOptions &options);

// The control file sendLpr sends (exposed for tests).
QByteArray lprControlFile(const LprJob &job);

} // namespace Printwatch::Actions
