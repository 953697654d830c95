// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionexecutor.h"

#include "actions/deviceoperations.h"
#include "auth/authorizer.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/printerrepository.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Printwatch::Actions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Actions", text);
}

struct Resolved
{
    PrinterRef printer;
    bool known = false; // a stored device
};

// The stored device behind a reference: by id, else by current address.
Core::Result<Resolved> resolve(const Storage::Database &db, const PrinterRef &ref, quint16 defaultSnmpPort)
{
    auto summaries = Storage::PrinterRepository(db).summaries();
    if (!summaries)
        return Core::Error{summaries.error()};
    for (const Core::PrinterSummary &summary : summaries.value()) {
        const bool byId = ref.deviceId > 0 && summary.deviceId == ref.deviceId;
        const bool byAddress = ref.deviceId <= 0 && !ref.address.isEmpty() && summary.address == ref.address;
        if (byId || byAddress) {
            Resolved resolved;
            resolved.known = true;
            resolved.printer.deviceId = summary.deviceId;
            resolved.printer.address = summary.address;
            resolved.printer.name = summary.name;
            resolved.printer.snmpPort = ref.snmpPort ? ref.snmpPort : summary.port;
            return resolved;
        }
    }
    if (ref.deviceId > 0)
        return Core::Error{tr("There is no printer with id %1 in the database.").arg(ref.deviceId)};
    if (QHostAddress(ref.address).isNull())
        return Core::Error{tr("“%1” is not a printer in the database nor an IP address.").arg(ref.address)};
    Resolved resolved;
    resolved.printer = ref;
    if (!resolved.printer.snmpPort)
        resolved.printer.snmpPort = defaultSnmpPort;
    return resolved;
}

QString labelOf(const PrinterRef &printer)
{
    if (printer.name.isEmpty() || printer.name == printer.address)
        return printer.address;
    return QStringLiteral("%1 (%2)").arg(printer.name, printer.address);
}

} // namespace

ActionExecutor::ActionExecutor(const Storage::Database &db, ActionSettings settings)
    : m_db(db), m_settings(std::move(settings))
{
}

ActionResult ActionExecutor::run(const Auth::Session &session, const ActionRequest &request, const PrinterRef &ref,
                                 const std::atomic<bool> *cancel, const Progress &progress)
{
    ActionResult result;
    result.requestId = request.id;
    result.action = request.action;
    result.printer = ref;

    const auto resolved = resolve(m_db, ref, m_settings.readCredential.port);
    const QString target = resolved ? labelOf(resolved->printer) : (ref.address.isEmpty() ? QString::number(ref.deviceId) : ref.address);
    if (resolved)
        result.printer = resolved->printer;

    // The permission check comes first: a refused action touches no printer.
    const Auth::Authorizer authorizer(m_db);
    if (!resolved) {
        result.outcome = Outcome::Refused;
        result.message = resolved.error();
    } else if (auto allowed = authorizer.check(session, request.action,
                                               resolved->known ? std::optional<qint64>(resolved->printer.deviceId)
                                                               : std::nullopt,
                                               target);
               !allowed) {
        result.outcome = Outcome::Refused;
        result.message = allowed.error();
    } else if (!resolved->known && !session.allDevices) {
        result.outcome = Outcome::Refused;
        result.message = tr("Refused: %1 is not a stored printer, and %2 may act only on printers of their device "
                            "groups.")
                             .arg(target, session.userName);
    } else {
        OperationContext context;
        context.host = result.printer.address;
        context.printerLabel = target;
        context.settings = m_settings;
        if (!m_settings.credentialSets.isEmpty()) {
            const Core::CredentialResolver credentials(m_settings.credentialSets);
            if (auto read = credentials.read(context.host, std::nullopt, m_settings.readCredential))
                context.settings.readCredential = *read;
            if (auto write = credentials.write(context.host, m_settings.writeCredential))
                context.settings.writeCredential = *write;
        }
        context.snmpPort = result.printer.snmpPort;
        context.user = session.userName;
        context.cancel = cancel;
        const PrinterRef printer = result.printer;
        context.progress = [&progress, printer](int percent, const QString &text) {
            if (progress)
                progress(printer, percent, text);
        };
        OperationResult done;
        switch (request.action) {
        case Auth::Action::RefreshStatus:
            done = refreshStatus(context);
            break;
        case Auth::Action::PrintTestPage:
            done = printTestPage(context, request.protocol, result.printer.name);
            break;
        case Auth::Action::Reboot:
            done = reboot(context);
            break;
        case Auth::Action::UpgradeFirmware:
            done = upgradeFirmware(context, request.firmwarePath);
            break;
        case Auth::Action::Troubleshoot:
            done = troubleshoot(context);
            break;
        case Auth::Action::OpenWebPage:
            done = webPage(context);
            break;
        default:
            done = {Outcome::Refused, tr("%1 is not a printer action.").arg(Auth::actionText(request.action)), {}};
            break;
        }
        result.outcome = done.outcome;
        result.message = done.message;
        result.report = done.report;
    }

    QString detail = result.message;
    if (request.action == Auth::Action::PrintTestPage)
        detail = testPageProtocolKey(request.protocol) + QStringLiteral(": ") + detail;
    if (request.action == Auth::Action::UpgradeFirmware && !request.firmwarePath.isEmpty())
        detail = request.firmwarePath + QStringLiteral(": ") + detail;
    if (!request.entryPoint.isEmpty())
        detail = tr("via %1: %2").arg(request.entryPoint, detail);
    auto written = Storage::AuditRepository(m_db).append(
        {session.userName, Auth::actionKey(request.action),
         result.printer.deviceId > 0 ? std::optional<qint64>(result.printer.deviceId) : std::nullopt, target,
         outcomeKey(result.outcome), detail, {}});
    if (written) {
        result.auditId = written->id;
    } else {
        // An action that cannot be audited is reported as failed, with both causes.
        result.message += QLatin1Char(' ') + tr("(The audit log could not be written: %1)").arg(written.error());
        if (result.outcome == Outcome::Ok)
            result.outcome = Outcome::Failed;
    }
    return result;
}

QList<ActionResult> ActionExecutor::runAll(const Auth::Session &session, const ActionRequest &request,
                                           const std::atomic<bool> *cancel, const Progress &progress)
{
    QList<ActionResult> results;
    for (const PrinterRef &printer : request.printers) {
        if (cancel && cancel->load()) {
            ActionResult skipped;
            skipped.requestId = request.id;
            skipped.action = request.action;
            skipped.printer = printer;
            skipped.outcome = Outcome::Cancelled;
            skipped.message = tr("Cancelled before this printer");
            results << skipped;
            continue;
        }
        results << run(session, request, printer, cancel, progress);
    }
    return results;
}

} // namespace Printwatch::Actions
