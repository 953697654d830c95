// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/printerreader.h"

#include "snmp/printermib.h"

#include <QCoreApplication>

namespace Printwatch::Snmp {

namespace {
struct WalkSpec
{
    const char *what; // for partial-failure messages
    const Oid *root;
};

// Everything after the system group is walked, so index layouts other than .1 are read as they are.
const WalkSpec kWalks[] = {
    {"hrDeviceTable", &PrinterMib::Oids::hrDeviceEntry},
    {"hrPrinterTable", &PrinterMib::Oids::hrPrinterEntry},
    {"ifPhysAddress", &PrinterMib::Oids::ifPhysAddress},
    {"prtGeneralSerialNumber", &PrinterMib::Oids::prtGeneralSerialNumber},
    {"prtMarkerTable", &PrinterMib::Oids::prtMarkerEntry},
    {"prtMarkerSuppliesTable", &PrinterMib::Oids::prtMarkerSuppliesEntry},
    {"prtMarkerColorantValue", &PrinterMib::Oids::prtMarkerColorantValue},
    {"prtAlertTable", &PrinterMib::Oids::prtAlertEntry},
};
} // namespace

PrinterReader::PrinterReader(Engine *engine, const Core::PollTarget &target, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_target(target)
    , m_snmpTarget(Target::fromPollTarget(target))
{
    m_result.address = target.address;
    m_result.port = target.port;
}

PrinterReader::~PrinterReader()
{
    if (m_engine)
        m_engine->cancel(this);
}

void PrinterReader::start()
{
    m_result.polledAt = QDateTime::currentDateTimeUtc();
    if (!m_engine)
        return;
    using namespace PrinterMib;
    // The system group first: if it does not answer, the device is unreachable and the walks
    // are not worth sending.
    ++m_pending;
    m_engine->get(m_snmpTarget,
                  {Oids::sysDescr, Oids::sysObjectId, Oids::sysUpTime, Oids::sysContact, Oids::sysName,
                   Oids::sysLocation},
                  this, [this](const Response &response) { onSystem(response); });
}

void PrinterReader::cancel()
{
    m_done = true;
    if (m_engine)
        m_engine->cancel(this);
}

void PrinterReader::onSystem(const Response &response)
{
    --m_pending;
    if (m_done)
        return;
    if (response.status != ResponseStatus::Ok) {
        m_result.reachable = false;
        m_result.status = Core::DeviceStatus::Unreachable;
        m_result.error = response.error;
        complete();
        return;
    }
    m_result.reachable = true;
    if (response.errorStatus != 0)
        m_partialErrors.append(response.error);
    else
        m_rows.append(response.varBinds);

    if (!m_engine)
        return;
    for (const WalkSpec &spec : kWalks) {
        ++m_pending;
        const QString what = QLatin1String(spec.what);
        m_engine->walk(m_snmpTarget, *spec.root, this,
                       [this, what](const WalkResult &walk) { onWalk(what, walk); });
    }
}

void PrinterReader::onWalk(const QString &what, const WalkResult &walk)
{
    --m_pending;
    if (m_done)
        return;
    m_rows.append(walk.rows);
    if (!walk.error.isEmpty())
        m_partialErrors.append(walk.error);
    Q_UNUSED(what)
    if (m_pending == 0)
        complete();
}

void PrinterReader::complete()
{
    if (m_done)
        return;
    m_done = true;
    if (m_result.reachable) {
        using namespace PrinterMib;
        m_result.identity = decodeIdentity(m_rows);
        m_result.status = decodeStatus(m_rows);
        m_result.detectedErrorState = decodeErrorState(m_rows);
        m_result.uptimeCentiseconds = decodeUptime(m_rows);
        m_result.counters = decodeCounters(m_rows);
        m_result.supplies = decodeSupplies(m_rows);
        m_result.alerts = decodeAlerts(m_rows);
        if (!m_partialErrors.isEmpty())
            m_result.error = tr("partly read: %1").arg(m_partialErrors.join(QStringLiteral("; ")));
    }
    m_rows.clear();
    emit finished(m_result);
}

} // namespace Printwatch::Snmp
