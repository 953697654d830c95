// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulkactionflow.h"

#include "actions/actionrunner.h"
#include "app/actionscontroller.h"
#include "views/dialogbuttons.h"

#include <QDesktopServices>
#include <QUrl>

namespace Printwatch::App {

// Strings keep ActionsController's translation context: they were its own before the split, and
// the catalogues in translations/ hold them there.

BulkActionFlow::BulkActionFlow(QWidget *window, Actions::ActionRunner *runner, QObject *parent)
    : QObject(parent), m_window(window), m_runner(runner)
{
    connect(m_runner, &Actions::ActionRunner::progress, this,
            [this](quint64 id, qint64 deviceId, int percent, const QString &text) {
                if (auto dialog = m_dialogs.value(id))
                    dialog->setProgress(deviceId, percent, text);
            });
    connect(m_runner, &Actions::ActionRunner::printerFinished, this, [this](const Actions::ActionResult &result) {
        if (auto dialog = m_dialogs.value(result.requestId)) {
            dialog->setResult(result.printer.deviceId, Actions::outcomeText(result.outcome),
                              result.outcome == Actions::Outcome::Ok, result.message,
                              result.action == Auth::Action::OpenWebPage ? QString() : result.report);
        }
        if (result.action == Auth::Action::OpenWebPage && result.outcome == Actions::Outcome::Ok
            && !qEnvironmentVariableIsSet("PRINTWATCH_NO_BROWSER")) {
            QDesktopServices::openUrl(QUrl(result.report));
        }
    });
    connect(m_runner, &Actions::ActionRunner::finished, this,
            [this](quint64 id, const QList<Actions::ActionResult> &results) {
                int ok = 0;
                for (const Actions::ActionResult &result : results)
                    ok += result.outcome == Actions::Outcome::Ok;
                if (auto dialog = m_dialogs.take(id))
                    dialog->finish(ActionsController::tr("%1 of %n printer(s) done.", nullptr, int(results.size())).arg(ok));
                if (!results.isEmpty() && results.first().action == Auth::Action::RefreshStatus && ok > 0)
                    Q_EMIT pollNowRequested();
                Q_EMIT finished(id, results);
            });
}

BulkActionFlow::~BulkActionFlow() = default;

void BulkActionFlow::cancelAll()
{
    for (auto it = m_dialogs.cbegin(); it != m_dialogs.cend(); ++it)
        m_runner->cancel(it.key());
}

bool BulkActionFlow::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return Views::DialogButtons::askYesNo(m_window, ActionsController::tr("Printwatch"), question);
}

std::optional<Actions::TestPageProtocol> BulkActionFlow::chooseProtocol()
{
    if (m_chooseProtocol)
        return m_chooseProtocol();
    const QStringList items{ActionsController::tr("Raw TCP port 9100"), ActionsController::tr("LPR (port 515)"), ActionsController::tr("IPP (port 631)")};
    bool ok = false;
    const QString item =
        Views::DialogButtons::getItem(m_window, ActionsController::tr("Print test page"), ActionsController::tr("Send the test page by:"), items, &ok);
    if (!ok)
        return std::nullopt;
    return Actions::TestPageProtocol(items.indexOf(item));
}

QString BulkActionFlow::question(const Actions::ActionRequest &request, const QString &what)
{
    switch (request.action) {
    case Auth::Action::Reboot:
        return ActionsController::tr("Reboot %1? Jobs being printed are lost.").arg(what);
    case Auth::Action::UpgradeFirmware:
        return ActionsController::tr("Send the firmware file %1 to %2? Do not switch the printer off while it installs; a cut "
                  "transfer is not sent again.")
            .arg(request.firmwarePath, what);
    case Auth::Action::PrintTestPage:
        return ActionsController::tr("Print a test page on %1?").arg(what);
    default:
        return ActionsController::tr("%1 on %2?").arg(Auth::actionText(request.action), what);
    }
}

void BulkActionFlow::run(Auth::Action action, const QString &entryPoint, const QList<Actions::PrinterRef> &printers)
{
    Actions::ActionRequest request;
    request.id = m_nextRequest++;
    request.action = action;
    request.entryPoint = entryPoint;
    request.printers = printers;
    const QString what =
        printers.size() == 1 ? printers.first().name : ActionsController::tr("%n printer(s)", nullptr, int(printers.size()));

    if (action == Auth::Action::PrintTestPage) {
        const std::optional<Actions::TestPageProtocol> protocol = chooseProtocol();
        if (!protocol)
            return;
        request.protocol = *protocol;
    }
    if (action == Auth::Action::UpgradeFirmware) {
        request.firmwarePath = m_chooseFirmware ? m_chooseFirmware()
                                                : Views::DialogButtons::getOpenFileName(m_window, ActionsController::tr("Choose the firmware file"));
        if (request.firmwarePath.isEmpty())
            return;
    }
    if (!confirm(question(request, what)))
        return;

    QList<Views::ActionProgressDialog::Row> rows;
    for (const Actions::PrinterRef &printer : std::as_const(request.printers))
        rows << Views::ActionProgressDialog::Row{printer.deviceId, printer.name};
    auto *dialog = new Views::ActionProgressDialog(Auth::actionText(action), rows, m_window);
    const quint64 id = request.id;
    connect(dialog, &Views::ActionProgressDialog::cancelRequested, this, [this, id] { m_runner->cancel(id); });
    m_dialogs.insert(id, dialog);
    m_lastDialog = dialog;
    dialog->show();
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, request] { runner->run(request); }, Qt::QueuedConnection);
}

} // namespace Printwatch::App
