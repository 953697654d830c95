// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sim/behaviour.h"
#include "sim/usm.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Printwatch::Sim {

class FleetState;
class UdpServer;

struct FleetConfig
{
    int printerCount = 10;
    QString firstAddress = QStringLiteral("127.1.0.1"); // must be in 127.0.0.0/8
    quint16 port = 0;                                    // 0 = pick a free port
    QString community = QStringLiteral("public");
    quint64 seed = 1;
    int nonPrinterCount = 0;  // network switches after the printers
    QStringList recordings;   // .snmprec files or directories; one device each, after the non-printers
    double speed = 1.0;       // simulated seconds per real second
    double pagesPerMinute = 2.0; // average per printer, in simulated time
    int addressStride = 1;    // > 1 spreads the fleet out: 256 puts one printer in each /24 (discovery sweeps)
    QStringList behaviours;   // "RANGE:SPEC" (see setBehaviour), applied in order at start
    // SNMPv3 users (empty = v3 requests are dropped). net-snmp's USM lists are process-global and not
    // thread-safe: serve v3 only where no SNMPv3 manager runs in the same process (printwatch-sim does).
    QList<V3User> v3Users;
};

enum class DeviceKind : quint8 { Printer, NonPrinter, Recording };

// What a test or the demo mode can know about one simulated device, as of now.
struct DeviceSnapshot
{
    QString address;
    DeviceKind kind = DeviceKind::Printer;
    int index = 0;        // position in the fleet, stable across moves
    QString vendor;       // empty for recordings
    QString model;
    QString sysName;
    QString serial;       // prtGeneralSerialNumber; empty for non-printers and recordings
    QString mac;          // "aa:bb:cc:dd:ee:ff"; empty for recordings
    QString sysObjectId;
    QString recordingPath;
    QByteArray engineId;  // RFC 3411 snmpEngineID this device will use for SNMPv3 (unique in the fleet)
    bool silent = false;
    DeviceBehaviour behaviour;
    bool colour = false;
    qint64 pageCount = 0; // prtMarkerLifeCount right now
    QList<int> supplyLevels; // prtMarkerSuppliesLevel by supply index 1..n, right now
};

// A fleet of simulated SNMP agents on loopback, served from one UDP socket on its own thread.
// Every method is thread-safe.
class Fleet final
{
public:
    static Core::Result<std::unique_ptr<Fleet>> start(const FleetConfig &config);
    ~Fleet();
    Fleet(const Fleet &) = delete;
    Fleet &operator=(const Fleet &) = delete;

    void stop(); // idempotent; the destructor calls it

    quint16 port() const;
    QStringList addresses() const; // every served address, in fleet order (printers first)
    int printerCount() const;
    QString firstAddress() const;

    // The device at `from` answers only at `to` from now on (same serial and MAC).
    Core::Result<void> moveDevice(const QString &from, const QString &to);
    // A silent device drops every request, like a printer switched off.
    Core::Result<void> setSilent(const QString &address, bool silent);
    // Changes how the devices in `range` ("A", "A-B", "A-N", "A/P") misbehave; `spec` as in
    // parseBehaviourChange ("latency=200,loss=30", "walk-loop", "same-engine-id", "normal", ...).
    // Returns how many devices were changed; none in the range is an error.
    Core::Result<int> setBehaviour(const QString &range, const QString &spec);
    // Prints `pages` pages now (counters grow, supplies drain).
    Core::Result<void> addPages(const QString &address, qint64 pages);

    std::optional<DeviceSnapshot> device(const QString &address) const;
    QList<DeviceSnapshot> devices() const;

    quint64 requestsAnswered() const;
    // Datagrams and bytes through the socket since the start (loopback requests, sent answers).
    struct Traffic
    {
        quint64 requests = 0;
        quint64 requestBytes = 0;
        quint64 answers = 0;
        quint64 answerBytes = 0;
    };
    Traffic traffic() const;

    // One stdin control line ("move A B", "silence A", "wake A", "pages A N", "behave RANGE SPEC");
    // "quit" is the caller's.
    Core::Result<void> executeCommand(const QString &line);

    // A firmware job finished (JobSink's hook): the device reports `version` after a short reboot.
    Core::Result<void> installFirmware(const QString &address, const QByteArray &version);

private:
    Fleet();
    std::shared_ptr<FleetState> m_state;
    std::unique_ptr<UdpServer> m_server;
};

} // namespace Printwatch::Sim
