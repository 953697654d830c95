// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snmpcredential.h"

#include <QJsonObject>
#include <QStringList>

#include <sys/types.h>

namespace Printwatch::Bench {

// Each phase gives up after this long (default 20 minutes); the JSON says "finished": false then.
void setPhaseLimitSeconds(int seconds);

// Printwatch's own Snmp::Poller on `addresses`: a cold round (new poller, first contact), then
// `warmRounds` warm ones (same poller again). Wall, this process's CPU, the simulator's CPU
// (`simPid`), peak memory growth per device, and the engine's packet counts; `warm` is the warm
// round with the median wall time, `warm_rounds` the main figures of each.
QJsonObject runPoller(const QStringList &addresses, quint16 port, const Core::SnmpCredential &credential, pid_t simPid,
                      int maxConcurrentDevices, int warmRounds);

// Snmp::Discovery over `cidr`, probes only (setReadPrinters(false)), optionally paced.
QJsonObject runSweep(const QString &cidr, quint16 port, int expectedPrinters, int rateLimit, int timeoutMs,
                     pid_t simPid);

} // namespace Printwatch::Bench
