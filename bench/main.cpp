// SPDX-License-Identifier: GPL-3.0-or-later
// printwatch-bench: polls simulated printers with Printwatch's poller and with peers (net-snmp's
// asynchronous API, its command-line tools, FusionInventory), all in the same run, plus a UDP
// echo floor and a discovery sweep; prints JSON and a one-line summary of ratios. See
// docs/benchmarks.md. A benchmark measures; it asserts nothing.

#include "bench/measure.h"
#include "bench/peers.h"
#include "bench/printwatchruns.h"
#include "bench/refclient.h"
#include "bench/simprocess.h"
#include "snmp/printerreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace Printwatch;
using namespace Printwatch::Bench;

namespace {

void progress(const QString &text)
{
    std::fprintf(stderr, "printwatch-bench: %s\n", text.toUtf8().constData());
}

// What the peers ask of a printer: the standard reads, and what each vendor profile adds for its
// models (the same as Printwatch's reader asks).
QJsonObject readsJson()
{
    const PeerReads standard = profileReads({});
    QJsonObject byProfile;
    for (const Snmp::VendorProfile &profile : Snmp::PrinterReader::defaultProfiles()->profiles()) {
        const PeerReads reads = profileReads(profile.id);
        QStringList gets, roots;
        for (const QString &o : reads.gets)
            if (!standard.gets.contains(o))
                gets << o;
        for (const QString &o : reads.roots)
            if (!standard.roots.contains(o))
                roots << o;
        byProfile.insert(profile.id, QJsonObject{{QStringLiteral("get"), QJsonArray::fromStringList(gets)},
                                                 {QStringLiteral("walk_roots"), QJsonArray::fromStringList(roots)}});
    }
    return QJsonObject{{QStringLiteral("get"), QJsonArray::fromStringList(standard.gets)},
                       {QStringLiteral("walk_roots"), QJsonArray::fromStringList(standard.roots)},
                       {QStringLiteral("profiles_add"), byProfile}};
}

// The reference client runs in a child process (its own net-snmp state, its own CPU account).
QJsonObject refClientChild(const QString &self, const QStringList &addresses, quint16 port, bool v3, int sessions,
                          int rounds, pid_t simPid, double *simCpu)
{
    QProcess child;
    QStringList args{QStringLiteral("--ref-client"), QStringLiteral("--port"), QString::number(port),
                     QStringLiteral("--first"), addresses.first(), QStringLiteral("--devices"),
                     QString::number(addresses.size()), QStringLiteral("--sessions"), QString::number(sessions),
                     QStringLiteral("--ref-rounds"), QString::number(rounds)};
    if (v3)
        args << QStringLiteral("--v3");
    const Span span(simPid);
    child.start(self, args);
    child.waitForFinished(30 * 60 * 1000);
    *simCpu = span.otherCpuSeconds();
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

// The reference client's child, paced (--paced): one round per round() call, so that its warm
// rounds run interleaved with Printwatch's and the floor's (see PollerRun).
class PacedRefClient
{
public:
    bool start(const QString &self, const QStringList &addresses, quint16 port, int sessions, int rounds, pid_t simPid)
    {
        m_simPid = simPid;
        m_child.start(self, {QStringLiteral("--ref-client"), QStringLiteral("--paced"), QStringLiteral("--port"),
                             QString::number(port), QStringLiteral("--first"), addresses.first(),
                             QStringLiteral("--devices"), QString::number(addresses.size()),
                             QStringLiteral("--sessions"), QString::number(sessions), QStringLiteral("--ref-rounds"),
                             QString::number(rounds)});
        return m_child.waitForStarted(30000);
    }

    // One round: the child's JSON of it with the simulator's CPU over it (sim_cpu_s), or an empty
    // object when the child gave none within the phase limit.
    QJsonObject round(int limitMs)
    {
        if (m_child.state() != QProcess::Running)
            return {};
        const Span span(m_simPid);
        m_child.write("round\n");
        QElapsedTimer waited;
        waited.start();
        while (!m_child.canReadLine()) {
            if (waited.elapsed() > limitMs || !m_child.waitForReadyRead(int(qMax<qint64>(1, limitMs - waited.elapsed()))))
                return {};
        }
        const double simCpu = span.otherCpuSeconds();
        QJsonObject r = QJsonDocument::fromJson(m_child.readLine()).object();
        if (!r.isEmpty()) {
            r.insert(QStringLiteral("sim_cpu_s"), simCpu);
            m_simCpu += simCpu;
        }
        return r;
    }

    // After the last round: the child's own summary (rounds, device_profiles).
    QJsonObject finish()
    {
        m_child.closeWriteChannel();
        if (!m_child.waitForFinished(60000))
            m_child.kill();
        return QJsonDocument::fromJson(m_child.readAllStandardOutput()).object();
    }

    double simCpu() const { return m_simCpu; }

private:
    QProcess m_child;
    pid_t m_simPid = 0;
    double m_simCpu = 0;
};

double number(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v.toDouble(-1);
}

// The reference client's rounds after its first (cold) one, and the one with the median wall time.
QJsonObject refPeer(const QJsonArray &rounds, double simCpu)
{
    QJsonArray warm = rounds;
    if (!warm.isEmpty())
        warm.removeFirst();
    return QJsonObject{{QStringLiteral("rounds"), rounds},
                       {QStringLiteral("warm"), medianByWall(warm)},
                       {QStringLiteral("sim_cpu_s"), simCpu}};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : QString();
}

// The machine's CPU as the kernel names it: ratios against the floor and the peers move with the
// hardware (a costlier system call weighs more on the floor than on Printwatch), so a run says
// what it ran on.
QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Read whole: a /proc file has no size, so QFile::atEnd() is true before the first line.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

QString ratio(double a, double b)
{
    return a > 0 && b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("n/a");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Printwatch polling benchmark against peers, in one run."));
    parser.addHelpOption();
    const QCommandLineOption devices(QStringLiteral("devices"), QStringLiteral("Printers to poll."), QStringLiteral("N"),
                                     QStringLiteral("1000"));
    const QCommandLineOption full(QStringLiteral("full"), QStringLiteral("10,000 printers."));
    const QCommandLineOption subset(QStringLiteral("cli-subset"), QStringLiteral("Printers for the CLI tools."),
                                    QStringLiteral("K"), QStringLiteral("100"));
    const QCommandLineOption fusionSubset(QStringLiteral("fusion-subset"),
                                          QStringLiteral("Printers for FusionInventory."), QStringLiteral("K"),
                                          QStringLiteral("20"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("CLI processes at a time."),
                                      QStringLiteral("P"), QStringLiteral("8"));
    const QCommandLineOption concurrent(QStringLiteral("concurrent"),
                                        QStringLiteral("Poller devices in flight (and reference-client sessions)."),
                                        QStringLiteral("C"), QStringLiteral("256"));
    const QCommandLineOption sim(QStringLiteral("sim"), QStringLiteral("printwatch-sim to run."), QStringLiteral("PATH"),
                                 QCoreApplication::applicationDirPath() + QStringLiteral("/printwatch-sim"));
    const QCommandLineOption sweepRate(QStringLiteral("polite-rate"), QStringLiteral("Paced sweep, probes per second."),
                                       QStringLiteral("R"), QStringLiteral("250"));
    const QCommandLineOption skipPeers(QStringLiteral("skip-peers"), QStringLiteral("Printwatch only."));
    const QCommandLineOption skipSweep(QStringLiteral("skip-sweep"), QStringLiteral("No discovery sweep."));
    const QCommandLineOption skipV3(QStringLiteral("skip-v3"), QStringLiteral("No SNMPv3 rounds."));
    const QCommandLineOption warmRoundsOption(
        QStringLiteral("warm-rounds"),
        QStringLiteral("Warm rounds of Printwatch and of the reference client, and UDP floor runs, taking turns; "
                       "the summary takes the one with the median wall time of each (odd; default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption phaseLimit(QStringLiteral("phase-limit"),
                                        QStringLiteral("Seconds after which a Printwatch phase gives up."),
                                        QStringLiteral("S"), QStringLiteral("1200"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the JSON here."), QStringLiteral("FILE"));
    // Child modes.
    const QCommandLineOption refClient(QStringLiteral("ref-client"), QStringLiteral("(internal) reference client."));
    const QCommandLineOption echo(QStringLiteral("echo-server"), QStringLiteral("(internal) UDP echo child."));
    const QCommandLineOption echoBatched(QStringLiteral("echo-batched"), QStringLiteral("(internal) sendmmsg answers."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("(internal)"), QStringLiteral("P"));
    const QCommandLineOption first(QStringLiteral("first"), QStringLiteral("(internal)"), QStringLiteral("A"));
    const QCommandLineOption sessions(QStringLiteral("sessions"), QStringLiteral("(internal)"), QStringLiteral("S"),
                                      QStringLiteral("256"));
    const QCommandLineOption v3(QStringLiteral("v3"), QStringLiteral("(internal)"));
    const QCommandLineOption paced(QStringLiteral("paced"), QStringLiteral("(internal) a round per line on stdin."));
    const QCommandLineOption refRounds(QStringLiteral("ref-rounds"), QStringLiteral("(internal)"), QStringLiteral("R"),
                                       QStringLiteral("2"));
    parser.addOptions({devices, full, subset, fusionSubset, parallel, concurrent, sim, sweepRate, skipPeers, skipSweep,
                       skipV3, warmRoundsOption, phaseLimit, json, refClient, echo, echoBatched, port, first, sessions,
                       v3, paced, refRounds});
    parser.process(app);

    if (parser.isSet(echo))
        return echoServerMain(parser.isSet(echoBatched));
    if (parser.isSet(refClient)) {
        RefClientConfig config;
        config.addresses = fleetAddresses(parser.value(first), parser.value(devices).toInt());
        config.port = quint16(parser.value(port).toUInt());
        config.v3 = parser.isSet(v3);
        config.user = QStringLiteral("printwatch");
        config.authPass = QStringLiteral("printwatch-auth");
        config.privPass = QStringLiteral("printwatch-priv");
        config.sessions = parser.value(sessions).toInt();
        config.rounds = std::max(1, parser.value(refRounds).toInt());
        config.paced = parser.isSet(paced);
        std::puts(QJsonDocument(runRefClient(config)).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    setPhaseLimitSeconds(parser.value(phaseLimit).toInt());
    const int phaseLimitMs = parser.value(phaseLimit).toInt() * 1000;
    const int n = parser.isSet(full) ? 10000 : parser.value(devices).toInt();
    const int maxConcurrent = parser.value(concurrent).toInt();
    // One round can be stretched by other work on the machine (a wake-up late, a core busy): each
    // timed phase that a target compares runs this often and the summary takes its median round,
    // for Printwatch, the reference client and the floor alike. Odd, so the median is one round.
    const int warmRounds = std::max(1, parser.value(warmRoundsOption).toInt()) | 1;
    const QString self = QCoreApplication::applicationFilePath();
    QJsonObject out;
    out.insert(QStringLiteral("command"), QCoreApplication::arguments().join(u' '));
    out.insert(QStringLiteral("cores"), QThread::idealThreadCount());
    out.insert(QStringLiteral("cpu_model"), cpuModel());
    out.insert(QStringLiteral("kernel"), QSysInfo::kernelVersion());
    // Other work on the machine stretches wall times (not CPU times): keep the load with the figures.
    out.insert(QStringLiteral("loadavg_start"), loadAverage());
    out.insert(QStringLiteral("devices"), n);
    out.insert(QStringLiteral("warm_rounds"), warmRounds);
    out.insert(QStringLiteral("reads"), readsJson());

    progress(QStringLiteral("starting %1 simulated printers").arg(n));
    SimProcess fleet;
    if (!fleet.start(parser.value(sim), {QStringLiteral("--count"), QString::number(n), QStringLiteral("--first"),
                                         QStringLiteral("127.50.0.1"), QStringLiteral("--speed"), QStringLiteral("1"),
                                         QStringLiteral("--stdin-control")})) {
        progress(fleet.error());
        return 1;
    }
    const pid_t simPid = pid_t(fleet.pid());
    const QStringList addresses = fleetAddresses(fleet.first(), n);

    Core::SnmpCredential v2c;
    v2c.timeoutMs = 2000;
    Core::SnmpCredential v3Credential;
    v3Credential.version = Core::SnmpVersion::V3;
    v3Credential.timeoutMs = 2000;
    v3Credential.user = QStringLiteral("printwatch");
    v3Credential.securityLevel = Core::SnmpSecurityLevel::AuthPriv;
    v3Credential.authProtocol = Core::SnmpAuthProtocol::Sha1;
    v3Credential.authPassword = QStringLiteral("printwatch-auth");
    v3Credential.privProtocol = Core::SnmpPrivProtocol::Aes128;
    v3Credential.privPassword = QStringLiteral("printwatch-priv");
    QJsonObject printwatch;
    QJsonObject floors;
    QJsonArray refClientRounds; // the v2c reference client's, cold first
    QJsonObject refSummary;     // its device_profiles
    double refSimCpu = 0;
    {
        progress(QStringLiteral("Printwatch poller, v2c: cold round"));
        // The simulator's byte counters around v2c's cold and first warm round give the mean datagram
        // sizes the UDP floor then moves (cold and warm send the same requests).
        const auto trafficBefore = fleet.traffic();
        PollerRun v2cRun(addresses, fleet.port(), v2c, simPid, maxConcurrent);
        v2cRun.cold();
        v2cRun.warm();
        const auto trafficAfter = fleet.traffic();
        int floorRequestBytes = 90, floorReplyBytes = 600; // if the simulator cannot say
        QJsonObject traffic;
        if (trafficBefore && trafficAfter && trafficAfter->answers > trafficBefore->answers
            && trafficAfter->requests > trafficBefore->requests) {
            const double requests = trafficAfter->requests - trafficBefore->requests;
            const double answers = trafficAfter->answers - trafficBefore->answers;
            floorRequestBytes = int(std::lround((trafficAfter->requestBytes - trafficBefore->requestBytes) / requests));
            floorReplyBytes = int(std::lround((trafficAfter->answerBytes - trafficBefore->answerBytes) / answers));
            traffic = QJsonObject{{QStringLiteral("requests"), requests},
                                  {QStringLiteral("answers"), answers},
                                  {QStringLiteral("mean_request_bytes"), floorRequestBytes},
                                  {QStringLiteral("mean_answer_bytes"), floorReplyBytes}};
        }
        std::unique_ptr<PollerRun> v3Run;
        if (!parser.isSet(skipV3)) {
            progress(QStringLiteral("Printwatch poller, v3 authPriv SHA/AES-128: cold round"));
            v3Run = std::make_unique<PollerRun>(addresses, fleet.port(), v3Credential, simPid, maxConcurrent);
            v3Run->cold();
            v3Run->warm();
        }
        std::unique_ptr<PacedRefClient> ref;
        if (!parser.isSet(skipPeers)) {
            progress(QStringLiteral("reference client (net-snmp single-session async API), v2c: cold round"));
            ref = std::make_unique<PacedRefClient>();
            if (ref->start(self, addresses, fleet.port(), maxConcurrent, 1 + warmRounds, simPid))
                refClientRounds.append(ref->round(phaseLimitMs));
        }
        // The floor moves as many pairs as a warm v2c round sends requests. The summary keeps the
        // first kind; the second, for reference, moves the same pairs with batched system calls on
        // both sides, as the engine and the simulator move them.
        const auto packets = qint64(v2cRun.lastWarm(QStringLiteral("requests_sent")));
        QJsonArray floorRuns[2];
        const auto floorRound = [&] {
            for (const bool batched : {false, true}) {
                if (packets > 0)
                    floorRuns[batched].append(
                        runEchoFloor(self, packets, 512, floorRequestBytes, floorReplyBytes, batched));
            }
        };
        progress(QStringLiteral("%1 warm rounds, interleaved: Printwatch v2c%2%3, UDP echo floor of %4 request/response pairs")
                     .arg(warmRounds)
                     .arg(v3Run ? QStringLiteral(", Printwatch v3") : QString())
                     .arg(ref ? QStringLiteral(", reference client v2c") : QString())
                     .arg(packets));
        const auto refRound = [&] {
            if (ref)
                refClientRounds.append(ref->round(phaseLimitMs));
        };
        refRound();
        floorRound();
        for (int i = 1; i < warmRounds; ++i) {
            v2cRun.warm();
            if (v3Run)
                v3Run->warm();
            refRound();
            floorRound();
        }
        if (ref) {
            refSummary = ref->finish();
            refSimCpu = ref->simCpu();
        }
        QJsonObject v2cRuns = v2cRun.result();
        if (!traffic.isEmpty())
            v2cRuns.insert(QStringLiteral("sim_traffic"), traffic);
        printwatch.insert(QStringLiteral("v2c"), v2cRuns);
        if (v3Run)
            printwatch.insert(QStringLiteral("v3_authpriv"), v3Run->result());
        for (const bool batched : {false, true}) {
            if (floorRuns[batched].isEmpty())
                continue;
            QJsonObject floor = medianByWall(floorRuns[batched]);
            floor.insert(QStringLiteral("runs"),
                         pick(floorRuns[batched], {QStringLiteral("wall_s"), QStringLiteral("sender_cpu_s"),
                                                   QStringLiteral("echo_cpu_s")}));
            floors.insert(batched ? QStringLiteral("udp_echo_floor_batched") : QStringLiteral("udp_echo_floor"), floor);
        }
    }
    out.insert(QStringLiteral("printwatch"), printwatch);

    QJsonObject peers;
    if (!parser.isSet(skipPeers)) {
        peers.insert(QStringLiteral("netsnmp_async_v2c"), refPeer(refClientRounds, refSimCpu));
        // The command-line tools ask each printer what Printwatch asks of its model, as the
        // reference client learnt it.
        const QJsonArray deviceProfiles = refSummary.value(QStringLiteral("device_profiles")).toArray();
        if (!parser.isSet(skipV3)) {
            // Not in a target, and about 50 CPU-s a round at 10,000 devices (see docs/benchmarks.md):
            // one cold and one warm round.
            progress(QStringLiteral("reference client, v3 authPriv"));
            double simCpu = 0;
            const QJsonObject ref =
                refClientChild(self, addresses, fleet.port(), true, maxConcurrent, 2, simPid, &simCpu);
            peers.insert(QStringLiteral("netsnmp_async_v3"),
                         refPeer(ref.value(QStringLiteral("rounds")).toArray(), simCpu));
        }
        const int k = std::min(n, parser.value(subset).toInt());
        progress(QStringLiteral("net-snmp command-line tools on %1 printers").arg(k));
        QList<PeerReads> cliReads;
        for (int i = 0; i < k; ++i)
            cliReads.append(profileReads(deviceProfiles.at(i).toString()));
        QJsonObject cli = runCliPeers(addresses.mid(0, k), fleet.port(), cliReads, 
                                      parser.value(parallel).toInt());
        if (cli.contains(QStringLiteral("wall_s")))
            cli.insert(QStringLiteral("extrapolated_wall_s"), cli.value(QStringLiteral("wall_s")).toDouble() * n / k);
        peers.insert(QStringLiteral("netsnmp_cli"), cli);
        const int f = std::min(n, parser.value(fusionSubset).toInt());
        progress(QStringLiteral("FusionInventory netinventory on %1 printers").arg(f));
        QJsonObject fusion = runFusionInventory(addresses.mid(0, f), fleet.port(), parser.value(parallel).toInt());
        if (fusion.contains(QStringLiteral("wall_s")))
            fusion.insert(QStringLiteral("extrapolated_wall_s"), fusion.value(QStringLiteral("wall_s")).toDouble() * n / f);
        peers.insert(QStringLiteral("fusioninventory"), fusion);
    }
    for (auto it = floors.constBegin(); it != floors.constEnd(); ++it)
        peers.insert(it.key(), it.value());
    const double packets = number(printwatch, QStringLiteral("v2c.warm.requests_sent"));
    out.insert(QStringLiteral("peers"), peers);
    fleet.stop();

    QJsonObject sweep;
    if (!parser.isSet(skipSweep)) {
        progress(QStringLiteral("discovery sweep of 127.61.0.0/16, one printer per /24"));
        SimProcess sparse;
        if (sparse.start(parser.value(sim), {QStringLiteral("--count"), QStringLiteral("256"), QStringLiteral("--first"),
                                             QStringLiteral("127.61.0.1"), QStringLiteral("--stride"),
                                             QStringLiteral("256"), QStringLiteral("--no-v3")})) {
            sweep.insert(QStringLiteral("unpaced"),
                         runSweep(QStringLiteral("127.61.0.0/16"), sparse.port(), 256, 0, 500, pid_t(sparse.pid())));
            const int rate = parser.value(sweepRate).toInt();
            sweep.insert(QStringLiteral("polite"),
                         runSweep(QStringLiteral("127.61.0.0/22"), sparse.port(), 4, rate, 500, pid_t(sparse.pid())));
        } else {
            sweep.insert(QStringLiteral("error"), sparse.error());
        }
    }
    out.insert(QStringLiteral("sweep"), sweep);
    out.insert(QStringLiteral("loadavg_end"), loadAverage());

    // The one-line summary: every ratio of the targets, from this run only.
    const double pwV2 = number(printwatch, QStringLiteral("v2c.warm.wall_s"));
    const double pwV3 = number(printwatch, QStringLiteral("v3_authpriv.warm.wall_s"));
    const double refCpu = number(peers, QStringLiteral("netsnmp_async_v2c.warm.cpu_s"));
    const double ref = number(peers, QStringLiteral("netsnmp_async_v2c.warm.wall_s"));
    const double values = number(peers, QStringLiteral("netsnmp_async_v2c.warm.values"));
    const double cli = number(peers, QStringLiteral("netsnmp_cli.extrapolated_wall_s"));
    const double fusion = number(peers, QStringLiteral("fusioninventory.extrapolated_wall_s"));
    const double floor = number(peers, QStringLiteral("udp_echo_floor.wall_s"));
    const double pollerCpu = number(printwatch, QStringLiteral("v2c.warm.poller_cpu_s"));
    const double simCpu = number(printwatch, QStringLiteral("v2c.warm.sim_cpu_s"));
    const double bytes = number(printwatch, QStringLiteral("v2c.cold.peak_bytes_per_device"));
    const double probes = number(sweep, QStringLiteral("unpaced.probes_per_s"));
    QJsonObject summary;
    summary.insert(QStringLiteral("warm_rounds"), warmRounds);
    summary.insert(QStringLiteral("v2c_warm_wall_s"), pwV2);
    summary.insert(QStringLiteral("v3_over_v2c"), pwV3 > 0 && pwV2 > 0 ? pwV3 / pwV2 : -1);
    summary.insert(QStringLiteral("async_ref_over_printwatch"), ref > 0 && pwV2 > 0 ? ref / pwV2 : -1);
    summary.insert(QStringLiteral("async_ref_cpu_over_printwatch_cpu"),
                   refCpu > 0 && number(printwatch, QStringLiteral("v2c.warm.poller_cpu_s")) > 0
                       ? refCpu / number(printwatch, QStringLiteral("v2c.warm.poller_cpu_s"))
                       : -1);
    summary.insert(QStringLiteral("cli_over_printwatch"), cli > 0 && pwV2 > 0 ? cli / pwV2 : -1);
    summary.insert(QStringLiteral("fusion_over_printwatch"), fusion > 0 && pwV2 > 0 ? fusion / pwV2 : -1);
    summary.insert(QStringLiteral("printwatch_over_udp_floor"), floor > 0 && pwV2 > 0 ? pwV2 / floor : -1);
    summary.insert(QStringLiteral("values_per_device"), values > 0 ? values / n : -1);
    summary.insert(QStringLiteral("values_per_poller_cpu_s"), values > 0 && pollerCpu > 0 ? values / pollerCpu : -1);
    summary.insert(QStringLiteral("sim_cpu_over_poller_cpu"), simCpu >= 0 && pollerCpu > 0 ? simCpu / pollerCpu : -1);
    summary.insert(QStringLiteral("peak_bytes_per_device"), bytes);
    summary.insert(QStringLiteral("retained_bytes_per_device"),
                   number(printwatch, QStringLiteral("v2c.retained_bytes_per_device")));
    summary.insert(QStringLiteral("sim_cpu_us_per_request"),
                   packets > 0 && simCpu >= 0 ? simCpu * 1e6 / packets : -1);
    // The SNMPv3 surcharge, in CPU (load-independent): the poller's v3 over v2c, the simulator per v3 request.
    const double v3PollerCpu = number(printwatch, QStringLiteral("v3_authpriv.warm.poller_cpu_s"));
    const double v3SimCpu = number(printwatch, QStringLiteral("v3_authpriv.warm.sim_cpu_s"));
    const double v3Requests = number(printwatch, QStringLiteral("v3_authpriv.warm.requests_sent"));
    summary.insert(QStringLiteral("v3_poller_cpu_over_v2c"), v3PollerCpu > 0 && pollerCpu > 0 ? v3PollerCpu / pollerCpu : -1);
    summary.insert(QStringLiteral("sim_cpu_us_per_request_v3"),
                   v3Requests > 0 && v3SimCpu >= 0 ? v3SimCpu * 1e6 / v3Requests : -1);
    summary.insert(QStringLiteral("sweep_probes_per_s"), probes);
    out.insert(QStringLiteral("summary"), summary);

    const QByteArray document = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fputs(document.constData(), stdout);
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (file.open(QIODevice::WriteOnly))
            file.write(document);
    }
    std::printf("SUMMARY n=%d warm_rounds=%d v2c_warm=%.3fs v3/v2c=%s async_ref/pw=%s (cpu %s) cli/pw=%s fusion/pw=%s pw/udp_floor=%s "
                "sim_cpu/poller_cpu=%s values/dev=%.0f values/cpu_s=%.0f peak_B/dev=%.0f sweep=%.0f probes/s "
                "found=%d/%d\n",
                n, warmRounds, pwV2, qPrintable(ratio(pwV3, pwV2)), qPrintable(ratio(ref, pwV2)),
                qPrintable(ratio(refCpu, pollerCpu)), qPrintable(ratio(cli, pwV2)),
                qPrintable(ratio(fusion, pwV2)), qPrintable(ratio(pwV2, floor)), qPrintable(ratio(simCpu, pollerCpu)),
                values > 0 ? values / n : -1.0, values > 0 && pollerCpu > 0 ? values / pollerCpu : -1.0, bytes, probes,
                int(number(sweep, QStringLiteral("unpaced.printers_found"))),
                int(number(sweep, QStringLiteral("unpaced.answering_printers"))));
    return 0;
}
