// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/discovery.h"

#include "snmp/engine.h"
#include "snmp/metatypes.h"
#include "snmp/printermib.h"
#include "snmp/printerreader.h"

#include <QHostInfo>
#include <QTimer>

namespace Printwatch::Snmp {

namespace {
constexpr int ProgressIntervalMs = 100;

// One GETNEXT carries the whole probe: the next OID after each column base is its first
// instance (sysDescr.0, sysObjectID.0, sysName.0, the first hrDeviceType, the first
// prtGeneralTable object), so every address costs a single datagram.
const QList<Oid> &probeOids()
{
    static const QList<Oid> oids{
        Oid{1, 3, 6, 1, 2, 1, 1, 1}, Oid{1, 3, 6, 1, 2, 1, 1, 2}, Oid{1, 3, 6, 1, 2, 1, 1, 5},
        PrinterMib::Oids::hrDeviceType, PrinterMib::Oids::prtGeneralTable,
    };
    return oids;
}
} // namespace

Discovery::Discovery(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine ? engine : new Engine(this))
{
    registerMetaTypes();
    m_pacer = new QTimer(this);
    m_pacer->setSingleShot(true);
    connect(m_pacer, &QTimer::timeout, this, &Discovery::issueProbes);
}

Discovery::~Discovery()
{
    cancelOutstanding();
}

void Discovery::start(const Core::DiscoveryRequest &request)
{
    if (m_running)
        cancel();
    m_running = true;
    m_request = request;
    m_credentials = request.credentialsToTry();
    m_summary = {};
    m_elapsed.start();
    m_progressClock.start();
    m_addresses.clear();
    m_seen.clear();
    m_nextAddress = 0;
    m_probesInFlight = 0;
    m_probesDone = 0;
    m_lookupsPending = 0;
    m_total = int(request.targets.size());
    m_engineWindowBefore = m_engine->window();
    if (m_engineWindowBefore < m_probeWindow)
        m_engine->setWindow(m_probeWindow);

    for (quint32 address : request.targets.ipv4) {
        if (!m_seen.contains(address)) {
            m_seen.insert(address);
            m_addresses.append(address);
        }
    }
    for (const QString &name : request.targets.hostNames) {
        ++m_lookupsPending;
        const int id = QHostInfo::lookupHost(name, this, [this, name](const QHostInfo &info) { onLookup(name, info); });
        m_lookups.append(id);
    }
    m_sent = 0;
    m_sendClock.start();
    emit progress(0, m_total);
    issueProbes();
    finishIfDone();
}

void Discovery::onLookup(const QString &name, const QHostInfo &info)
{
    if (!m_running)
        return;
    --m_lookupsPending;
    std::optional<quint32> found;
    for (const QHostAddress &address : info.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            found = address.toIPv4Address();
            break;
        }
    }
    if (!found) {
        ++m_summary.unresolved;
        ++m_probesDone; // counts towards progress: this target is finished
        const QString why = info.error() != QHostInfo::NoError
                                ? info.errorString()
                                : tr("the name has no IPv4 address");
        emit hostNameUnresolved(name, why);
    } else if (m_seen.contains(*found)) {
        ++m_probesDone; // same device as an address already in the list
    } else {
        m_seen.insert(*found);
        m_addresses.append(*found);
    }
    reportProgress(true);
    issueProbes();
    finishIfDone();
}

void Discovery::issueProbes()
{
    while (m_running && m_probesInFlight < m_probeWindow && m_nextAddress < m_addresses.size()) {
        if (m_rateLimit > 0) {
            // Paced from the start of the run: probe n may leave at n / rate seconds.
            const qint64 dueMs = m_sent * 1000 / m_rateLimit;
            const qint64 now = m_sendClock.elapsed();
            if (dueMs > now) {
                m_pacer->start(int(dueMs - now));
                return;
            }
        }
        ++m_sent;
        probe(m_addresses.at(m_nextAddress++));
    }
}

void Discovery::probe(quint32 address, int credentialIndex)
{
    if (credentialIndex == 0) {
        ++m_probesInFlight;
        ++m_summary.probed;
    }
    Target target;
    target.address = QHostAddress(address);
    target.credential = m_credentials.value(credentialIndex);
    target.port = target.credential.port;
    m_engine->getNext(target, probeOids(), this, [this, target, address, credentialIndex](const Response &response) {
        onProbe(target, address, credentialIndex, response, false);
    });
}

void Discovery::onProbe(const Target &target, quint32 address, int credentialIndex, const Response &response,
                        bool fallback)
{
    if (!m_running)
        return;
    if (response.status == ResponseStatus::Ok && response.errorStatus == 2 && !fallback) {
        // SNMPv1 fails the whole GETNEXT when one column is past the end of the MIB; ask for
        // the system group alone.
        m_engine->getNext(target, probeOids().mid(0, 3), this,
                          [this, target, address, credentialIndex](const Response &again) {
                              onProbe(target, address, credentialIndex, again, true);
                          });
        return;
    }
    if (response.status != ResponseStatus::Ok) {
        // Fall through to the next credential: at once after a report (unknown user, wrong
        // digest...), after the timeout otherwise. A device silent to v3 engine discovery is
        // silent to every v3 credential, so those are skipped.
        int next = credentialIndex + 1;
        const bool v3Silent = target.credential.version == Core::SnmpVersion::V3 && response.kind == ErrorKind::NoAnswer;
        while (v3Silent && next < m_credentials.size() && m_credentials.at(next).version == Core::SnmpVersion::V3)
            ++next;
        if (next < m_credentials.size()) {
            probe(address, next);
            return;
        }
        if (response.status == ResponseStatus::SecurityError)
            emit credentialsRejected(target.address.toString(), response.error);
    }
    --m_probesInFlight;
    ++m_probesDone;
    if (response.status == ResponseStatus::Ok && response.errorStatus == 0) {
        ++m_summary.answered;
        const QString addressText = target.address.toString();
        emit credentialMatched(addressText, target.port, target.credential);
        if (PrinterMib::looksLikePrinter(response.varBinds)) {
            ++m_summary.printers;
            Core::PollResult found;
            found.address = addressText;
            found.port = target.port;
            found.polledAt = QDateTime::currentDateTimeUtc();
            found.reachable = true;
            found.identity = PrinterMib::decodeIdentity(response.varBinds);
            found.identity.deviceType = QStringLiteral("printer");
            if (m_readPrinters) {
                readPrinter(found, target.credential);
            } else {
                emit printerFound(found);
            }
        } else {
            ++m_summary.nonPrinters;
            emit nonPrinterFound(addressText, PrinterMib::decodeIdentity(response.varBinds).sysDescr);
        }
    }
    Q_UNUSED(address)
    reportProgress(false);
    issueProbes();
    finishIfDone();
}

void Discovery::readPrinter(const Core::PollResult &probed, const Core::SnmpCredential &credential)
{
    Core::PollTarget target;
    target.address = probed.address;
    target.port = probed.port;
    target.credential = credential;
    auto *reader = new PrinterReader(m_engine, target, this);
    m_readers.insert(reader);
    connect(reader, &PrinterReader::finished, this, [this, reader, probed](const Core::PollResult &read) {
        m_readers.remove(reader);
        reader->deleteLater();
        // The device answered the probe: a failed full read still reports what the probe learnt.
        Core::PollResult result = read.reachable ? read : probed;
        if (!read.reachable)
            result.error = read.error;
        result.identity.deviceType = QStringLiteral("printer");
        emit printerFound(result);
        finishIfDone();
    });
    reader->start();
}

void Discovery::reportProgress(bool force)
{
    const int done = qMin(m_probesDone, m_total);
    if (force || done == m_total || m_progressClock.elapsed() >= ProgressIntervalMs) {
        m_progressClock.restart();
        emit progress(done, m_total);
    }
}

void Discovery::finishIfDone()
{
    if (!m_running || m_lookupsPending > 0 || m_probesInFlight > 0 || m_nextAddress < m_addresses.size()
        || !m_readers.isEmpty())
        return;
    m_running = false;
    restoreEngineWindow();
    // An engine of its own has no poller to prune it: sweep after sweep, the hard cap bounds it.
    // A shared engine is the poller's, which forgets devices when its targets change.
    if (m_engine->parent() == this)
        m_engine->enforceDeviceCap();
    m_summary.elapsedMs = m_elapsed.elapsed();
    emit progress(m_total, m_total);
    emit finished(m_summary);
}

void Discovery::cancelOutstanding()
{
    for (int id : std::as_const(m_lookups))
        QHostInfo::abortHostLookup(id);
    m_lookups.clear();
    m_pacer->stop();
    m_engine->cancel(this);
    const auto readers = m_readers;
    m_readers.clear();
    for (PrinterReader *reader : readers) {
        reader->cancel();
        reader->deleteLater();
    }
}

void Discovery::restoreEngineWindow()
{
    if (m_engineWindowBefore > 0 && m_engine->window() == qMax(m_engineWindowBefore, m_probeWindow))
        m_engine->setWindow(m_engineWindowBefore);
    m_engineWindowBefore = 0;
}

void Discovery::cancel()
{
    if (!m_running)
        return;
    cancelOutstanding();
    m_running = false;
    restoreEngineWindow();
    m_summary.cancelled = true;
    m_summary.elapsedMs = m_elapsed.elapsed();
    emit progress(qMin(m_probesDone, m_total), m_total);
    emit finished(m_summary);
}

} // namespace Printwatch::Snmp
