// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/printwatchruns.h"

#include "bench/measure.h"
#include "snmp/discovery.h"
#include "snmp/engine.h"
#include "snmp/poller.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace Printwatch::Bench {

namespace {

int PhaseLimitMs = 20 * 60 * 1000;

QJsonObject round(Snmp::Poller &poller, pid_t simPid, int devices)
{
    int reachable = 0, unreachable = 0, withCounters = 0, withSupplies = 0;
    QStringList errors;
    const auto connection = QObject::connect(&poller, &Snmp::Poller::resultReady, &poller,
                                             [&](const Core::PollResult &r) {
                                                 if (r.reachable)
                                                     ++reachable;
                                                 else
                                                     ++unreachable;
                                                 withCounters += r.counters.isEmpty() ? 0 : 1;
                                                 withSupplies += r.supplies.isEmpty() ? 0 : 1;
                                                 if (!r.error.isEmpty() && errors.size() < 3)
                                                     errors << r.error;
                                             });
    const Snmp::Engine::Stats before = poller.engine()->stats();
    resetPeak();
    const qint64 rssBefore = residentKb();
    QEventLoop loop;
    QObject::connect(&poller, &Snmp::Poller::roundFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(PhaseLimitMs, &loop, &QEventLoop::quit);
    const Span span(simPid);
    if (poller.isRunning())
        poller.pollNow();
    else
        poller.start();
    loop.exec();
    const double wall = span.wallSeconds(), cpu = span.cpuSeconds(), simCpu = span.otherCpuSeconds();
    const double engineCpu = span.threadCpuSeconds(); // the poller's (and so the engine's) thread
    const qint64 peakGrowthKb = peakResidentKb() - rssBefore;
    QObject::disconnect(connection);
    const Snmp::Engine::Stats after = poller.engine()->stats();
    QJsonObject r;
    r.insert(QStringLiteral("wall_s"), wall);
    r.insert(QStringLiteral("finished"), reachable + unreachable == devices);
    r.insert(QStringLiteral("poller_cpu_s"), cpu);
    r.insert(QStringLiteral("sim_cpu_s"), simCpu);
    r.insert(QStringLiteral("engine_thread_cpu_s"), engineCpu);
    r.insert(QStringLiteral("devices"), devices);
    r.insert(QStringLiteral("reachable"), reachable);
    r.insert(QStringLiteral("unreachable"), unreachable);
    r.insert(QStringLiteral("with_counters"), withCounters);
    r.insert(QStringLiteral("with_supplies"), withSupplies);
    r.insert(QStringLiteral("requests_sent"), double(after.sent - before.sent));
    r.insert(QStringLiteral("retries"), double(after.retries - before.retries));
    r.insert(QStringLiteral("responses"), double(after.received - before.received));
    r.insert(QStringLiteral("timeouts"), double(after.timeouts - before.timeouts));
    r.insert(QStringLiteral("peak_rss_growth_kb"), double(peakGrowthKb));
    r.insert(QStringLiteral("peak_bytes_per_device"), devices ? double(peakGrowthKb) * 1024 / devices : 0.0);
    if (!errors.isEmpty())
        r.insert(QStringLiteral("first_errors"), QJsonArray::fromStringList(errors));
    return r;
}

} // namespace

void setPhaseLimitSeconds(int seconds)
{
    PhaseLimitMs = seconds * 1000;
}

struct PollerRun::State
{
    pid_t simPid = 0;
    int devices = 0;
    qint64 rssBeforePoller = 0;
    Snmp::Poller poller;
    QJsonObject result;
    QJsonArray warm;
};

PollerRun::PollerRun(const QStringList &addresses, quint16 port, const Core::SnmpCredential &credential, pid_t simPid,
                     int maxConcurrentDevices)
{
    QList<Core::PollTarget> targets;
    targets.reserve(addresses.size());
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        Core::PollTarget t;
        t.deviceId = i + 1;
        t.address = addresses[i];
        t.port = port;
        t.credential = credential;
        t.credential.port = port;
        targets << t;
    }
    const qint64 rssBeforePoller = residentKb();
    d = std::make_unique<State>();
    d->rssBeforePoller = rssBeforePoller;
    d->simPid = simPid;
    d->devices = int(addresses.size());
    d->poller.setInterval(24 * 3600 * 1000);
    d->poller.setMaxConcurrentDevices(maxConcurrentDevices);
    d->poller.setTargets(targets);
    d->result.insert(QStringLiteral("credential"), credential.describe());
    d->result.insert(QStringLiteral("max_concurrent_devices"), maxConcurrentDevices);
    d->result.insert(QStringLiteral("engine_window"), d->poller.engine()->window());
}

PollerRun::~PollerRun()
{
    d->poller.stop();
}

void PollerRun::cold()
{
    d->result.insert(QStringLiteral("cold"), round(d->poller, d->simPid, d->devices));
}

void PollerRun::warm()
{
    d->warm.append(round(d->poller, d->simPid, d->devices));
    if (d->warm.size() == 1) {
        // What stays with the poller between rounds (engine caches, targets), per device.
        d->result.insert(QStringLiteral("retained_bytes_per_device"),
                         d->devices ? double(residentKb() - d->rssBeforePoller) * 1024 / double(d->devices) : 0.0);
    }
}

double PollerRun::lastWarm(const QString &key) const
{
    return d->warm.isEmpty() ? -1 : d->warm.last().toObject().value(key).toDouble(-1);
}

QJsonObject PollerRun::result() const
{
    QJsonObject result = d->result;
    result.insert(QStringLiteral("warm"), medianByWall(d->warm));
    result.insert(QStringLiteral("warm_rounds"),
                  pick(d->warm, {QStringLiteral("wall_s"), QStringLiteral("poller_cpu_s"), QStringLiteral("sim_cpu_s"),
                                 QStringLiteral("engine_thread_cpu_s"), QStringLiteral("requests_sent"),
                                 QStringLiteral("timeouts")}));
    return result;
}

QJsonObject runSweep(const QString &cidr, quint16 port, int expectedPrinters, int rateLimit, int timeoutMs,
                     pid_t simPid)
{
    QJsonObject result;
    auto targets = Core::parseTargets(cidr);
    if (!targets) {
        result.insert(QStringLiteral("error"), targets.error());
        return result;
    }
    Snmp::Engine engine;
    Snmp::Discovery discovery(&engine);
    discovery.setReadPrinters(false);
    discovery.setRateLimit(rateLimit);
    Core::DiscoveryRequest request;
    request.targetsText = cidr;
    request.targets = *targets;
    request.credential.port = port;
    request.credential.timeoutMs = timeoutMs;
    request.credential.retries = 0;
    int found = 0;
    Core::DiscoverySummary summary;
    QEventLoop loop;
    QObject::connect(&discovery, &Snmp::Discovery::printerFound, &loop, [&] { ++found; });
    QObject::connect(&discovery, &Snmp::Discovery::finished, &loop, [&](const Core::DiscoverySummary &s) {
        summary = s;
        loop.quit();
    });
    QTimer::singleShot(PhaseLimitMs, &loop, &QEventLoop::quit);
    const Snmp::Engine::Stats before = engine.stats();
    const Span span(simPid);
    discovery.start(request);
    loop.exec();
    const double wall = span.wallSeconds();
    result.insert(QStringLiteral("range"), cidr);
    result.insert(QStringLiteral("rate_limit_per_s"), rateLimit);
    result.insert(QStringLiteral("probe_timeout_ms"), timeoutMs);
    result.insert(QStringLiteral("engine_window"), engine.window());
    result.insert(QStringLiteral("probe_window"), discovery.probeWindow()); // the engine is widened to it for the run
    result.insert(QStringLiteral("addresses"), int(targets->size()));
    result.insert(QStringLiteral("probed"), summary.probed);
    result.insert(QStringLiteral("requests_sent"), double(engine.stats().sent - before.sent));
    result.insert(QStringLiteral("answering_printers"), expectedPrinters);
    result.insert(QStringLiteral("printers_found"), found);
    result.insert(QStringLiteral("wall_s"), wall);
    result.insert(QStringLiteral("probes_per_s"), wall > 0 ? summary.probed / wall : 0.0);
    result.insert(QStringLiteral("cpu_s"), span.cpuSeconds());
    result.insert(QStringLiteral("sim_cpu_s"), span.otherCpuSeconds());
    return result;
}

} // namespace Printwatch::Bench
