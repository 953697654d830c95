// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snmpcredential.h"

#include <QJsonObject>
#include <QJsonArray>
#include <QStringList>

#include <memory>

#include <sys/types.h>

namespace Printwatch::Bench {

// Each phase gives up after this long (default 20 minutes); the JSON says "finished": false then.
void setPhaseLimitSeconds(int seconds);

// Printwatch's own Snmp::Poller on `addresses`, one round at a time, so that the benchmark can
// interleave the rounds of its v2c and v3 pollers and of the UDP floor: each then meets the machine
// (other tenants, clock, caches) in the same minutes, and a ratio of two of them does not carry the
// drift between phases run one after the other. cold() once first (new poller, first contact),
// then warm() as often as wanted (the same poller again).
class PollerRun
{
public:
    PollerRun(const QStringList &addresses, quint16 port, const Core::SnmpCredential &credential, pid_t simPid,
              int maxConcurrentDevices);
    ~PollerRun();
    PollerRun(const PollerRun &) = delete;
    PollerRun &operator=(const PollerRun &) = delete;

    void cold();
    // Each round gives wall, this process's CPU, the simulator's CPU (`simPid`), peak memory growth
    // per device and the engine's packet counts. The first warm round also gives what stays with
    // the poller between rounds (retained_bytes_per_device).
    void warm();
    double lastWarm(const QString &key) const;

    // cold, warm (the warm round with the median wall time), warm_rounds (the main figures of each).
    QJsonObject result() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

// Snmp::Discovery over `cidr`, probes only (setReadPrinters(false)), optionally paced.
QJsonObject runSweep(const QString &cidr, quint16 port, int expectedPrinters, int rateLimit, int timeoutMs,
                     pid_t simPid);

} // namespace Printwatch::Bench
