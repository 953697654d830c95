// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/discoverysummary.h"
#include "core/printer.h"
#include "core/snmpcredential.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

namespace Printwatch::Snmp {

class Engine;
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
    bool isRunning() const { return m_running; }

public slots:
    void start(const Printwatch::Core::DiscoveryRequest &request);
    void cancel();

signals:
    void progress(int done, int total);
    void printerFound(const Printwatch::Core::PollResult &printer);
    void nonPrinterFound(const QString &address, const QString &sysDescr);
    void hostNameUnresolved(const QString &hostName, const QString &error);
    void finished(const Printwatch::Core::DiscoverySummary &summary);

private:
    void resolveNext();
    void beginProbing();
    void probe(quint32 address);
    void probeDone(quint32 address);
    void finishIfDone();

    Engine *m_engine;
    bool m_readPrinters = true;
    int m_rateLimit = 0;
    bool m_running = false;
    Core::DiscoveryRequest m_request;
    QList<quint32> m_addresses;
    QStringList m_pendingNames;
    int m_lookupId = -1;
    int m_probesDone = 0;
    int m_readsPending = 0;
    QSet<PrinterReader *> m_readers;
    Core::DiscoverySummary m_summary;
    QElapsedTimer m_elapsed;
};

} // namespace Printwatch::Snmp
