// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small simulated fleet with its print-port sinks, on a random 127.x.y.0/24 so parallel tests
// never share addresses, plus a database with one user of each role and the fleet's printers.

#include "../auth/authtestutil.h"

#include "actions/actiontypes.h"
#include "sim/fleet.h"
#include "sim/jobsink.h"

#include <QRandomGenerator>

namespace Printwatch::TestUtil {

struct SimFixture : AuthFixture
{
    std::unique_ptr<Sim::Fleet> fleet;
    std::unique_ptr<Sim::JobSink> sink;
    QStringList addresses;
    QList<qint64> deviceIds;

    QString start(int printers = 3)
    {
        if (const QString failed = setUp(); !failed.isEmpty())
            return failed;
        Sim::FleetConfig config;
        config.printerCount = printers;
        const quint32 r = QRandomGenerator::global()->bounded(1u << 16);
        config.firstAddress = QStringLiteral("127.%1.%2.1").arg(100 + (r >> 8) % 100).arg(r & 0xff);
        config.seed = r;
        auto started = Sim::Fleet::start(config);
        if (!started)
            return started.error();
        fleet = std::move(started.value());
        addresses = fleet->addresses();
        Sim::Fleet *f = fleet.get();
        auto sinks = Sim::JobSink::start({addresses, 0, 0, 512},
                                         [f](const QString &address, const QByteArray &version) {
                                             static_cast<void>(f->installFirmware(address, version));
                                         });
        if (!sinks)
            return sinks.error();
        sink = std::move(sinks.value());
        for (const QString &address : addresses)
            deviceIds << addDevice(address, fleet->port(), fleet->device(address)->sysName);
        return {};
    }

    Actions::ActionSettings settings() const
    {
        Actions::ActionSettings s;
        s.rawPort = sink->rawPort();
        s.lprPort = sink->lprPort();
        s.webPort = sink->rawPort(); // something that listens, for the reachability check
        s.readCredential.port = fleet->port();
        s.readCredential.timeoutMs = 400;
        s.readCredential.retries = 1;
        s.writeCredential.port = fleet->port();
        s.writeCredential.timeoutMs = 400;
        s.writeCredential.retries = 1;
        s.connectTimeoutMs = 2000;
        s.rebootWaitSeconds = 30;
        s.firmwareWaitSeconds = 30;
        s.pollIntervalMs = 200;
        s.icmp = false;
        return s;
    }

    ~SimFixture()
    {
        sink.reset();
        if (fleet)
            fleet->stop();
    }
};

} // namespace Printwatch::TestUtil
