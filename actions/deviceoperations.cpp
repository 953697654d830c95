// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/deviceoperations.h"

#include "actions/ippclient.h"
#include "actions/jobsender.h"
#include "actions/reachability.h"
#include "actions/testpage.h"
#include "snmp/printermib.h"
#include "snmp/syncsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QThread>
#include <QUrl>

namespace Printwatch::Actions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Actions", text);
}

const Snmp::Oid kSysDescr{1, 3, 6, 1, 2, 1, 1, 1, 0};
const Snmp::Oid kSysUpTime{1, 3, 6, 1, 2, 1, 1, 3, 0};
const Snmp::Oid kHrDeviceStatus{1, 3, 6, 1, 2, 1, 25, 3, 2, 1, 5, 1};
const Snmp::Oid kHrPrinterStatus{1, 3, 6, 1, 2, 1, 25, 3, 5, 1, 1, 1};
const Snmp::Oid kHrPrinterErrorState{1, 3, 6, 1, 2, 1, 25, 3, 5, 1, 2, 1};
const Snmp::Oid kPrtGeneralReset{1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 3, 1};
const Snmp::Oid kPrtInterpreterVersion{1, 3, 6, 1, 2, 1, 43, 15, 1, 1, 8};
const Snmp::Oid kPrtAlertSeverity{1, 3, 6, 1, 2, 1, 43, 18, 1, 1, 2};
const Snmp::Oid kPrtAlertDescription{1, 3, 6, 1, 2, 1, 43, 18, 1, 1, 8};
constexpr qint64 PowerCycleReset = 4; // PrtGeneralResetTC powerCycleReset(4)

bool cancelled(const OperationContext &context)
{
    return context.cancel && context.cancel->load();
}

void report(const OperationContext &context, int percent, const QString &text)
{
    if (context.progress)
        context.progress(percent, text);
}

Snmp::SyncSession readSession(const OperationContext &context)
{
    Core::SnmpCredential credential = context.settings.readCredential;
    credential.port = context.snmpPort;
    return Snmp::SyncSession(context.host, credential);
}

OperationResult failed(const QString &message, const QString &report = {})
{
    return {Outcome::Failed, message, report};
}

QString hrDeviceStatusText(qint64 value)
{
    switch (value) {
    case 1: return tr("unknown");
    case 2: return tr("running");
    case 3: return tr("warning");
    case 4: return tr("testing");
    case 5: return tr("down");
    default: return tr("(%1)").arg(value);
    }
}

QString hrPrinterStatusText(qint64 value)
{
    switch (value) {
    case 1: return tr("other");
    case 2: return tr("unknown");
    case 3: return tr("idle");
    case 4: return tr("printing");
    case 5: return tr("warming up");
    default: return tr("(%1)").arg(value);
    }
}

// Waits until the printer answers with an uptime that cannot have run on since `uptimeBefore` was
// read: without a restart it would be about before + elapsed; a restarted one counts from 0.
// (A plain "below before" misses a printer that had only just booted.) Returns the seconds it took.
Core::Result<int> waitForRestart(const OperationContext &context, qint64 uptimeBefore, int waitSeconds, bool *sawSilence)
{
    constexpr qint64 SlackTicks = 100; // 1 s of clock and network jitter
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < qint64(waitSeconds) * 1000) {
        if (cancelled(context))
            return Core::Error{tr("cancelled while waiting for %1 to come back").arg(context.printerLabel)};
        Core::SnmpCredential quick = context.settings.readCredential;
        quick.port = context.snmpPort;
        quick.timeoutMs = qMin(quick.timeoutMs, 1000);
        quick.retries = 0;
        auto reply = Snmp::SyncSession(context.host, quick).get({kSysUpTime});
        if (!reply) {
            *sawSilence = true;
        } else if (!reply->varBinds.isEmpty() && reply->varBinds.first().toInt()) {
            const qint64 uptime = *reply->varBinds.first().toInt();
            if (uptime + SlackTicks < uptimeBefore + waited.elapsed() / 10)
                return int(waited.elapsed() / 1000);
        }
        report(context, int(qMin<qint64>(95, 50 + waited.elapsed() * 45 / (qint64(waitSeconds) * 1000))),
               *sawSilence ? tr("Waiting for %1 to come back…").arg(context.printerLabel)
                           : tr("Waiting for %1 to restart…").arg(context.printerLabel));
        QThread::msleep(quint32(context.settings.pollIntervalMs));
    }
    return Core::Error{tr("%1 did not come back with a restarted uptime within %2 s")
                           .arg(context.printerLabel)
                           .arg(waitSeconds)};
}

Core::Result<qint64> currentUptime(const OperationContext &context)
{
    auto reply = readSession(context).get({kSysUpTime});
    if (!reply)
        return Core::Error{reply.error()};
    if (reply->varBinds.isEmpty() || !reply->varBinds.first().toInt())
        return Core::Error{tr("%1 did not report its uptime (sysUpTime)").arg(context.printerLabel)};
    return *reply->varBinds.first().toInt();
}

} // namespace

OperationResult refreshStatus(const OperationContext &context)
{
    report(context, 10, tr("Reading the status of %1…").arg(context.printerLabel));
    auto reply = readSession(context).get({kSysUpTime, kHrDeviceStatus, kHrPrinterStatus, kHrPrinterErrorState});
    if (!reply)
        return failed(tr("%1 did not answer: %2").arg(context.printerLabel, reply.error()));
    QStringList lines;
    for (const Snmp::VarBind &bind : reply->varBinds) {
        if (bind.isException())
            continue;
        if (bind.oid == kSysUpTime)
            lines << tr("Up for %1 s").arg(bind.integer / 100);
        else if (bind.oid == kHrDeviceStatus)
            lines << tr("Device status: %1").arg(hrDeviceStatusText(bind.integer));
        else if (bind.oid == kHrPrinterStatus)
            lines << tr("Printer status: %1").arg(hrPrinterStatusText(bind.integer));
        else if (bind.oid == kHrPrinterErrorState) {
            const QStringList errors = Core::errorStateTexts(Snmp::PrinterMib::decodeErrorState(bind.bytes));
            lines << tr("Errors: %1").arg(errors.isEmpty() ? tr("none") : errors.join(QStringLiteral(", ")));
        }
    }
    return {Outcome::Ok, tr("Status of %1 read").arg(context.printerLabel), lines.join(QLatin1Char('\n'))};
}

OperationResult printTestPage(const OperationContext &context, TestPageProtocol protocol, const QString &printerName)
{
    const ActionSettings &s = context.settings;
    TestPageInfo info{printerName, context.host, context.user, {}, QDateTime::currentDateTime()};
    SendOptions options;
    options.connectTimeoutMs = s.connectTimeoutMs;
    options.cancel = context.cancel;
    options.progress = [&context](qint64 done, qint64 total) {
        report(context, int(total > 0 ? done * 100 / total : 100), tr("Sending the test page…"));
    };
    switch (protocol) {
    case TestPageProtocol::Raw9100: {
        info.path = tr("raw TCP port %1").arg(s.rawPort);
        auto sent = sendRaw(context.host, s.rawPort, testPageText(info), options);
        if (!sent)
            return {cancelled(context) ? Outcome::Cancelled : Outcome::Failed, sent.error(), {}};
        return {Outcome::Ok, tr("Test page sent to %1 over raw port %2 (%3 bytes)")
                                 .arg(context.printerLabel)
                                 .arg(s.rawPort)
                                 .arg(*sent),
                {}};
    }
    case TestPageProtocol::Lpr: {
        info.path = tr("LPR queue %1 on port %2").arg(s.lprQueue).arg(s.lprPort);
        LprJob job;
        job.queue = s.lprQueue;
        job.user = context.user.isEmpty() ? QStringLiteral("printwatch") : context.user;
        job.jobName = tr("Printwatch test page");
        job.host = QHostInfo::localHostName().isEmpty() ? QStringLiteral("printwatch") : QHostInfo::localHostName();
        job.jobNumber = int(QDateTime::currentMSecsSinceEpoch() % 1000);
        auto sent = sendLpr(context.host, s.lprPort, job, testPageText(info), options);
        if (!sent)
            return {cancelled(context) ? Outcome::Cancelled : Outcome::Failed, sent.error(), {}};
        return {Outcome::Ok, tr("Test page queued on %1 (LPR queue %2)").arg(context.printerLabel, s.lprQueue), {}};
    }
    case TestPageProtocol::Ipp: {
        info.path = tr("IPP");
        IppJob job{context.host, s.ippPort, s.ippResource, context.user, tr("Printwatch test page"), s.connectTimeoutMs};
        report(context, 10, tr("Asking %1 which formats it prints…").arg(context.printerLabel));
        auto formats = ippSupportedFormats(job);
        if (!formats)
            return failed(formats.error());
        QString format;
        QByteArray data;
        if (formats->contains(QStringLiteral("application/pdf"))) {
            format = QStringLiteral("application/pdf");
            data = testPagePdf(info);
        } else if (formats->contains(QStringLiteral("text/plain"))) {
            format = QStringLiteral("text/plain");
            data = testPageText(info);
        } else {
            return failed(tr("The IPP printer %1 takes neither PDF nor text (it takes: %2)")
                              .arg(context.printerLabel, formats->join(QStringLiteral(", "))));
        }
        report(context, 40, tr("Sending the test page…"));
        auto jobId = ippPrintJob(job, data, format);
        if (!jobId)
            return failed(jobId.error());
        return {Outcome::Ok, tr("Test page accepted by %1 as IPP job %2 (%3)").arg(context.printerLabel).arg(*jobId).arg(format),
                {}};
    }
    }
    return failed(tr("unknown test page protocol"));
}

OperationResult reboot(const OperationContext &context)
{
    report(context, 5, tr("Reading the uptime of %1…").arg(context.printerLabel));
    auto before = currentUptime(context);
    if (!before)
        return failed(before.error());
    if (cancelled(context))
        return {Outcome::Cancelled, tr("Cancelled before the reset was sent"), {}};
    Core::SnmpCredential write = context.settings.writeCredential;
    write.port = context.snmpPort;
    report(context, 30, tr("Sending the reset to %1…").arg(context.printerLabel));
    auto reply = Snmp::SyncSession(context.host, write).setInteger(kPrtGeneralReset, PowerCycleReset);
    if (!reply && write.version == Core::SnmpVersion::V3)
        return failed(tr("The reset SET to %1 with SNMPv3 user “%2” failed: %3 (check the user, its passwords and "
                         "protocols)")
                          .arg(context.printerLabel, write.user, reply.error()));
    if (!reply)
        return failed(tr("The reset SET to %1 got no answer: %2 (a wrong write community is silently ignored by many "
                         "printers)")
                          .arg(context.printerLabel, reply.error()));
    if (reply->errorStatus != 0)
        return failed(tr("%1 refused the reset (SNMP error-status %2): the write community or SNMP write access is "
                         "not allowed")
                          .arg(context.printerLabel)
                          .arg(reply->errorStatus));
    bool silence = false;
    auto back = waitForRestart(context, *before, context.settings.rebootWaitSeconds, &silence);
    if (!back)
        return {cancelled(context) ? Outcome::Cancelled : Outcome::Failed,
                tr("The reset was accepted, but %1").arg(back.error()), {}};
    return {Outcome::Ok, tr("%1 restarted (back after %2 s)").arg(context.printerLabel).arg(*back), {}};
}

Core::Result<qint64> checkFirmwareFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Core::Error{tr("The firmware file %1 does not exist.").arg(path)};
    if (info.size() < 64)
        return Core::Error{tr("The firmware file %1 is too small (%2 bytes) to be a firmware image.").arg(path).arg(info.size())};
    if (info.size() > maxBytes)
        return Core::Error{tr("The firmware file %1 is %2 MiB, more than the %3 MiB allowed.")
                               .arg(path)
                               .arg(info.size() / (1024 * 1024))
                               .arg(maxBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("Cannot read the firmware file %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.read(64);
    if (!head.startsWith("\x1b%-12345X") && !head.startsWith("@PJL"))
        return Core::Error{tr("The file %1 is not a recognised firmware format: a PJL-wrapped image (starting with "
                              "the PJL UEL or @PJL) is expected; it starts with %2.")
                               .arg(path, QString::fromLatin1(head.left(8).toHex(' ')))};
    return info.size();
}

Core::Result<QString> firmwareFingerprint(const OperationContext &context)
{
    const Snmp::SyncSession session = readSession(context);
    auto versions = session.walk(kPrtInterpreterVersion, 32);
    if (!versions)
        return Core::Error{versions.error()};
    auto descr = session.get({kSysDescr});
    if (!descr)
        return Core::Error{descr.error()};
    QStringList parts;
    for (const Snmp::VarBind &bind : versions.value())
        parts << bind.toText();
    if (!descr->varBinds.isEmpty() && !descr->varBinds.first().isException())
        parts << descr->varBinds.first().toText();
    return parts.join(QStringLiteral(" | "));
}

OperationResult upgradeFirmware(const OperationContext &context, const QString &firmwarePath)
{
    auto size = checkFirmwareFile(firmwarePath, context.settings.maxFirmwareBytes);
    if (!size)
        return failed(size.error());
    report(context, 2, tr("Reading the firmware version of %1…").arg(context.printerLabel));
    auto before = firmwareFingerprint(context);
    if (!before)
        return failed(tr("Cannot read the firmware version of %1 before the upgrade: %2").arg(context.printerLabel,
                                                                                             before.error()));
    auto uptime = currentUptime(context);
    if (!uptime)
        return failed(uptime.error());
    QFile file(firmwarePath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("Cannot read the firmware file %1: %2").arg(firmwarePath, file.errorString()));
    SendOptions options;
    options.connectTimeoutMs = context.settings.connectTimeoutMs;
    options.cancel = context.cancel;
    options.progress = [&context](qint64 done, qint64 total) {
        report(context, int(5 + (total > 0 ? done * 45 / total : 45)),
               tr("Sending the firmware: %1 of %2 KiB").arg(done / 1024).arg(total / 1024));
    };
    auto sent = sendRaw(context.host, context.settings.rawPort, file, *size, options);
    if (!sent)
        return {cancelled(context) ? Outcome::Cancelled : Outcome::Failed, sent.error(), {}};
    bool silence = false;
    auto back = waitForRestart(context, *uptime, context.settings.firmwareWaitSeconds, &silence);
    if (!back)
        return {cancelled(context) ? Outcome::Cancelled : Outcome::Failed,
                tr("The firmware was sent (%1 bytes), but %2").arg(*sent).arg(back.error()), {}};
    auto after = firmwareFingerprint(context);
    if (!after)
        return failed(tr("Cannot read the firmware version of %1 after the upgrade: %2").arg(context.printerLabel,
                                                                                            after.error()));
    if (*after == *before)
        return failed(tr("The firmware of %1 did not change (still “%2”): the printer did not take the image")
                          .arg(context.printerLabel, *after));
    return {Outcome::Ok, tr("Firmware of %1 upgraded").arg(context.printerLabel),
            tr("Before: %1\nAfter: %2").arg(*before, *after)};
}

OperationResult troubleshoot(const OperationContext &context)
{
    QStringList lines;
    lines << tr("Troubleshooting %1").arg(context.printerLabel);
    report(context, 10, tr("Checking reachability…"));
    const Reachability reach = checkReachability(context.host, context.settings.icmp,
                                                 {context.settings.rawPort, context.settings.webPort, 443},
                                                 qMin(context.settings.connectTimeoutMs, 3000));
    lines << tr("Reachability: %1").arg(reach.summary);
    if (cancelled(context))
        return {Outcome::Cancelled, tr("Cancelled"), lines.join(QLatin1Char('\n'))};
    report(context, 40, tr("Asking SNMP…"));
    const auto status = refreshStatus(context);
    bool problems = !reach.reachable;
    if (status.outcome != Outcome::Ok) {
        lines << tr("SNMP: no answer (%1)").arg(status.message);
        problems = true;
    } else {
        lines << tr("SNMP: answers");
        for (const QString &line : status.report.split(QLatin1Char('\n')))
            lines << QStringLiteral("  ") + line;
        report(context, 70, tr("Reading alerts…"));
        auto descriptions = readSession(context).walk(kPrtAlertDescription, 64);
        auto severities = readSession(context).walk(kPrtAlertSeverity, 64);
        if (descriptions && !descriptions->isEmpty()) {
            lines << tr("Alerts (%1):").arg(descriptions->size());
            for (int i = 0; i < descriptions->size(); ++i) {
                const qint64 severity = severities && i < severities->size() ? severities->at(i).integer : 0;
                const QString level = severity == 3 ? tr("critical") : severity == 4 ? tr("warning") : tr("other");
                lines << QStringLiteral("  [%1] %2").arg(level, descriptions->at(i).toText());
            }
        } else {
            lines << tr("Alerts: none");
        }
        if (status.report.contains(tr("Errors: %1").arg(tr("none"))) == false)
            problems = true;
    }
    lines << (problems ? tr("Result: problems found (see above)") : tr("Result: no problem found"));
    return {Outcome::Ok, problems ? tr("%1: problems found").arg(context.printerLabel)
                                  : tr("%1: no problem found").arg(context.printerLabel),
            lines.join(QLatin1Char('\n'))};
}

OperationResult webPage(const OperationContext &context)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(context.host);
    if (context.settings.webPort != 80)
        url.setPort(context.settings.webPort);
    url.setPath(QStringLiteral("/"));
    return {Outcome::Ok, tr("Web page of %1").arg(context.printerLabel), url.toString()};
}

} // namespace Printwatch::Actions
