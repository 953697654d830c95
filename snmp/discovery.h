// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/discoverysummary.h"
#include "core/printer.h"
#include "core/snmpcredential.h"
#include "snmp/engine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

class QHostInfo;
class QTimer;

namespace Printwatch::Snmp {

class PrinterReader;

// Finds printers in a TargetList: resolves names, probes every address through the engine
// (the engine's window bounds the concurrency, an optional rate limit paces it), recognises
// printers and, when asked, reads each printer fully so its first table row is complete.
class Discovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Discovery)

public:
    // With engine == nullptr, Discovery owns an engine of its own.
    explicit Discovery(Engine *engine = nullptr, QObject *parent = nullptr);
    ~Discovery() override;

    void setReadPrinters(bool read) { m_readPrinters = read; } // default true
    void setRateLimit(int probesPerSecond) { m_rateLimit = probesPerSecond; } // 0 = unlimited
    // Probes in flight at once. Most addresses of a sweep never answer, so the sweep rate is this
    // over the probe timeout (16384 / 0.5 s = 32,768 probes/s); the engine's window is widened to
    // it for the run and set back afterwards.
    void setProbeWindow(int probes) { m_probeWindow = qMax(1, probes); }
    int probeWindow() const { return m_probeWindow; }
    bool isRunning() const { return m_running; }

public slots:
    void start(const Printwatch::Core::DiscoveryRequest &request);
    void cancel();

signals:
    void progress(int done, int total);
    void printerFound(const Printwatch::Core::PollResult &printer);
    void nonPrinterFound(const QString &address, const QString &sysDescr);
    void hostNameUnresolved(const QString &hostName, const QString &error);
    // Which credential of the request's set a device answered (emitted before printerFound or
    // nonPrinterFound for that address), so the poller can use it.
    void credentialMatched(const QString &address, quint16 port, const Printwatch::Core::SnmpCredential &credential);
    // Every credential failed on a device that did answer something (a report, or discovery):
    // the last distinct reason, e.g. "does not know the SNMPv3 user 'ops'".
    void credentialsRejected(const QString &address, const QString &error);
    void finished(const Printwatch::Core::DiscoverySummary &summary);

private:
    void onLookup(const QString &name, const QHostInfo &info);
    void issueProbes();
    void probe(quint32 address, int credentialIndex = 0);
    void restoreEngineWindow();
    void onProbe(const Target &target, quint32 address, int credentialIndex, const Response &response, bool fallback);
    void readPrinter(const Core::PollResult &probed, const Core::SnmpCredential &credential);
    void reportProgress(bool force);
    void finishIfDone();
    void cancelOutstanding();

    Engine *m_engine;
    QTimer *m_pacer = nullptr;
    bool m_readPrinters = true;
    int m_rateLimit = 0;
    int m_probeWindow = 16384;
    int m_engineWindowBefore = 0; // restored when the run ends
    bool m_running = false;
    Core::DiscoveryRequest m_request;
    QList<Core::SnmpCredential> m_credentials; // tried in order per address
    QList<quint32> m_addresses;
    QSet<quint32> m_seen;
    qsizetype m_nextAddress = 0;
    QList<int> m_lookups;
    int m_lookupsPending = 0;
    int m_probesInFlight = 0;
    int m_probesDone = 0;
    int m_total = 0;
    qint64 m_sent = 0;
    QSet<PrinterReader *> m_readers;
    Core::DiscoverySummary m_summary;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_progressClock;
    QElapsedTimer m_sendClock;
};

} // namespace Printwatch::Snmp
