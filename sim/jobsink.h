// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The simulated printers' print ports: raw TCP (9100-style) and LPR (RFC 1179 receive-job) sinks
// on each simulated address, one port number per protocol shared by every address. Every job is
// recorded byte for byte with the address it was sent to, so tests compare what arrived. A raw job
// in the simulator's firmware format (below), received completely, installs that firmware version
// on the device and reboots it. A cut can be requested per address to test interrupted transfers.
//
// Firmware format: "\x1b%-12345X@PJL COMMENT PRINTWATCH-FIRMWARE VERSION=\"V\" LENGTH=N\r\n", then N
// bytes of image, then "\x1b%-12345X". Anything else is an ordinary print job.

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace Printwatch::Sim {

struct ReceivedJob
{
    QString address;  // the simulated printer's address (where the client connected to)
    QString protocol; // "raw" or "lpr"
    QString queue;    // LPR only
    QByteArray control; // LPR control file
    QByteArray data;    // the print data as received
    bool complete = false; // raw: the client closed normally; LPR: control and data files both acknowledged
};

struct JobSinkConfig
{
    QStringList addresses;
    quint16 rawPort = 0; // 0 = pick a free port
    quint16 lprPort = 0;
    int maxAddresses = 512; // listeners cost file descriptors: two per address
};

class JobSink final
{
public:
    using FirmwareHook = std::function<void(const QString &address, const QByteArray &version)>;

    static Core::Result<std::unique_ptr<JobSink>> start(const JobSinkConfig &config, FirmwareHook hook = {});
    ~JobSink();
    JobSink(const JobSink &) = delete;
    JobSink &operator=(const JobSink &) = delete;

    quint16 rawPort() const;
    quint16 lprPort() const;

    // Thread-safe. Jobs in arrival order (completed or cut); `address` empty = every address.
    QList<ReceivedJob> jobs(const QString &address = {}) const;
    int connectionCount(const QString &address) const; // raw + LPR connections accepted
    // Raw connections to `address` are reset after `bytes` bytes (-1 switches it off).
    void setCutAfter(const QString &address, qint64 bytes);

    // Parses the firmware format; empty when `data` is not a complete firmware image.
    static QByteArray firmwareVersion(const QByteArray &data);
    // Builds an image in that format (tests, the demo).
    static QByteArray makeFirmware(const QByteArray &version, const QByteArray &image);

private:
    JobSink();
    class Worker;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
};

} // namespace Printwatch::Sim
