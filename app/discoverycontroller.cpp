// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/discoverycontroller.h"

#include "app/actionscontroller.h"
#include "app/consolecontroller.h"
#include "core/printer.h"
#include "core/targetlist.h"
#include "models/eventlog.h"
#include "sim/fleet.h"
#include "snmp/credentialprobe.h"
#include "snmp/discovery.h"
#include "snmp/poller.h"
#include "storage/storagewriter.h"
#include "views/discoverydialog.h"
#include "views/discoverypage.h"
#include "views/mainwindow.h"
#include "views/settingspage.h"

#include <QDateTime>
#include <QLocale>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <utility>

namespace Printwatch::App {

namespace {

QString summaryText(const Core::DiscoverySummary &summary)
{
    const QString seconds = QLocale().toString(double(summary.elapsedMs) / 1000.0, 'f', 1);
    QString text = DiscoveryController::tr("%n printer(s) found", nullptr, summary.printers);
    text += QStringLiteral(", ") + DiscoveryController::tr("%n other device(s) answered", nullptr, summary.nonPrinters);
    text += QStringLiteral(", ") +
            DiscoveryController::tr("%n address(es) probed in %1 s", nullptr, summary.probed).arg(seconds);
    if (summary.unresolved > 0)
        text += QStringLiteral(", ") + DiscoveryController::tr("%n name(s) not resolved", nullptr, summary.unresolved);
    if (summary.cancelled)
        text = DiscoveryController::tr("Cancelled: %1").arg(text);
    return text;
}

} // namespace

DiscoveryController::DiscoveryController(const DiscoveryParts &parts, QObject *parent)
    : QObject(parent), m_parts(parts), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_lastRequest && !m_parts.console->discoveryPage()->isRunning())
            startDiscovery(*m_lastRequest, QStringLiteral("schedule"));
    });
    wire();
}

DiscoveryController::~DiscoveryController() = default;

void DiscoveryController::setDemo(const Core::DiscoveryRequest &request, const Sim::Fleet *fleet)
{
    m_demo = true;
    m_demoRequest = request;
    m_fleet = fleet;
}

Views::DiscoveryDialog *DiscoveryController::dialog() const
{
    return m_dialog;
}

void DiscoveryController::wire()
{
    Snmp::Discovery *discovery = m_parts.discovery;
    Views::DiscoveryPage *discoveryPage = m_parts.console->discoveryPage();
    connect(discovery, &Snmp::Discovery::printerFound, discoveryPage, &Views::DiscoveryPage::addPrinter);
    connect(discovery, &Snmp::Discovery::nonPrinterFound, discoveryPage, &Views::DiscoveryPage::addOtherDevice);
    connect(discovery, &Snmp::Discovery::progress, discoveryPage, &Views::DiscoveryPage::setProgress);
    connect(discoveryPage, &Views::DiscoveryPage::newScanRequested, this, &DiscoveryController::openDiscovery);
    connect(discoveryPage, &Views::DiscoveryPage::repeatRequested, this, [this] {
        if (m_lastRequest)
            startDiscovery(*m_lastRequest, QStringLiteral("discovery page"));
        else
            openDiscovery();
    });
    connect(discoveryPage, &Views::DiscoveryPage::cancelRequested, discovery, &Snmp::Discovery::cancel);
    connect(m_parts.console->settingsPage(), &Views::SettingsPage::testRequested, this,
            [this](const QString &address, quint16 port, const Core::SnmpCredential &credential) {
                m_testFromSettings = true;
                testCredential(address, port, credential);
            });
    connect(m_parts.window, &Views::MainWindow::discoverRequested, this, &DiscoveryController::openDiscovery);

    // Both on the storage thread, in the order discovery emits them: the credential that answered
    // (a stored set's v3 user, say) decides the version stored for the printer.
    connect(discovery, &Snmp::Discovery::credentialMatched, m_parts.writer,
            [this](const QString &address, quint16, const Core::SnmpCredential &credential) {
                m_matchedVersions.insert(address, credential.version);
            });
    connect(discovery, &Snmp::Discovery::printerFound, m_parts.writer,
            [writer = m_parts.writer, this](const Core::PollResult &printer) {
                // The credential is only written on the GUI thread before discovery starts.
                Core::SnmpCredential credential = *m_parts.credential;
                credential.version = m_matchedVersions.value(printer.address, m_parts.credential->version);
                m_matchedVersions.remove(printer.address);
                writer->addDiscovered({printer}, credential);
            });
    connect(discovery, &Snmp::Discovery::printerFound, this, [this](const Core::PollResult &printer) {
        if (m_dialog)
            m_dialog->addPrinter(printer);
    });
    connect(discovery, &Snmp::Discovery::nonPrinterFound, this, [this](const QString &address, const QString &descr) {
        if (m_dialog)
            m_dialog->addOtherDevice(address, descr);
    });
    connect(discovery, &Snmp::Discovery::progress, this, [this](int done, int total) {
        if (m_dialog)
            m_dialog->setProgress(done, total);
    });
    connect(discovery, &Snmp::Discovery::finished, this, &DiscoveryController::discoveryFinished);

    connect(m_parts.actions, &ActionsController::sessionChanged, this, &DiscoveryController::updateDiscoveryControls);
    connect(m_parts.actions, &ActionsController::lockChanged, this, &DiscoveryController::updateDiscoveryControls);
}

void DiscoveryController::restoreLastRequest()
{
    QSettings settings;
    const QString targets = settings.value(QStringLiteral("discovery/targets")).toString();
    if (m_demo || targets.isEmpty())
        return;
    auto previous = Core::parseTargets(targets);
    if (!previous)
        return;
    Core::DiscoveryRequest request;
    request.targetsText = targets;
    request.targets = previous.value();
    request.credential = *m_parts.credential;
    m_lastRequest = request;
}

void DiscoveryController::setIntervalHours(int hours)
{
    m_intervalHours = hours;
    scheduleDiscovery();
}

void DiscoveryController::updateDiscoveryControls()
{
    const ActionsController *actions = m_parts.actions;
    const bool may = actions->mayDiscover();
    const QString why = actions->isLocked() ? tr("The session is locked.")
                        : actions->session().valid()
                            ? tr("Your role (%1) may not run discovery.").arg(Auth::roleText(actions->session().role))
                            : tr("Log in first.");
    m_parts.console->discoveryPage()->setScanAllowed(may, why);
    if (!may && m_dialog)
        m_dialog->close();
}

void DiscoveryController::openDiscovery()
{
    if (!m_dialog) {
        m_dialog = new Views::DiscoveryDialog(m_parts.window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        QSettings settings;
        m_dialog->setTargetsText(m_demo ? m_demoRequest.targetsText
                                        : settings.value(QStringLiteral("discovery/targets")).toString());
        m_dialog->setCredential(*m_parts.credential);
        connect(m_dialog, &Views::DiscoveryDialog::startRequested, this, [this](const Core::DiscoveryRequest &request) {
            startDiscovery(request, QStringLiteral("discovery dialog"));
        });
        connect(m_dialog, &Views::DiscoveryDialog::cancelRequested, m_parts.discovery, &Snmp::Discovery::cancel);
        connect(m_dialog, &Views::DiscoveryDialog::testRequested, this, &DiscoveryController::testCredential);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void DiscoveryController::startDiscovery(const Core::DiscoveryRequest &request, const QString &entryPoint)
{
    ConsoleController *console = m_parts.console;
    // Below the views: a forced click, the scheduler and the demo all pass here.
    if (auto allowed = m_parts.actions->authorizeDiscovery(request.targetsText, entryPoint); !allowed) {
        console->eventLog()->log(Models::EventSeverity::Warning, tr("Discovery"), allowed.error());
        m_parts.window->showTransientMessage(allowed.error(), 15000);
        if (entryPoint == QLatin1String("schedule"))
            scheduleDiscovery(); // the next run may find a user who may scan
        return;
    }
    *m_parts.credential = request.credential;
    if (!m_demo) {
        QSettings settings;
        settings.setValue(QStringLiteral("discovery/targets"), request.targetsText);
        settings.setValue(QStringLiteral("snmp/port"), request.credential.port);
        settings.setValue(QStringLiteral("snmp/timeoutMs"), request.credential.timeoutMs);
        settings.setValue(QStringLiteral("snmp/retries"), request.credential.retries);
    }
    m_lastRequest = request;
    console->discoveryPage()->started(request.targetsText);
    console->eventLog()->log(Models::EventSeverity::Info, tr("Discovery"),
                             tr("Discovery of %1 started").arg(request.targetsText));
    QMetaObject::invokeMethod(
        m_parts.discovery,
        [discovery = m_parts.discovery, request = withStoredCredentials(request)] { discovery->start(request); });
}

void DiscoveryController::discoveryFinished(const Core::DiscoverySummary &summary)
{
    ConsoleController *console = m_parts.console;
    const QString text = summaryText(summary);
    if (m_dialog)
        m_dialog->setFinished(text);
    console->discoveryPage()->finished(text);
    console->eventLog()->log(Models::EventSeverity::Info, tr("Discovery"), text);
    scheduleDiscovery();
    m_parts.window->showTransientMessage(text, 15000);
    // The demo knows its fleet: a sweep that missed printers (answers lost to a machine too busy
    // for the demo's short timeout) runs again, so a newcomer never looks at a half-empty demo.
    if (m_demo && !summary.cancelled && m_fleet && summary.printers < m_fleet->printerCount() &&
        m_demoRediscoveries < 3 && m_lastRequest) {
        ++m_demoRediscoveries;
        console->eventLog()->log(
            Models::EventSeverity::Warning, tr("Discovery"),
            tr("The demo fleet has %n printer(s); discovering it again.", nullptr, m_fleet->printerCount()));
        QTimer::singleShot(2000, this, [this] {
            if (m_lastRequest && !m_parts.console->discoveryPage()->isRunning())
                startDiscovery(*m_lastRequest, QStringLiteral("demo start"));
        });
    }
    // Queued after the discovered devices on the storage thread, so the targets include them.
    QMetaObject::invokeMethod(m_parts.writer, &Storage::StorageWriter::flush);
    Q_EMIT reloadTargetsRequested();
}

void DiscoveryController::scheduleDiscovery()
{
    m_timer->stop();
    Views::DiscoveryPage *discoveryPage = m_parts.console->discoveryPage();
    if (m_intervalHours <= 0 || !m_lastRequest) {
        discoveryPage->setNextScheduled({});
        return;
    }
    const std::chrono::milliseconds interval = std::chrono::hours(m_intervalHours);
    m_timer->start(interval);
    discoveryPage->setNextScheduled(QDateTime::currentDateTimeUtc().addMSecs(interval.count()));
}

void DiscoveryController::testCredential(const QString &address, quint16 port, const Core::SnmpCredential &credential)
{
    // On the poller thread with the shared engine: one socket, and v3 engine IDs learnt here are reused.
    auto *probe = new Snmp::CredentialProbe(m_parts.poller->engine());
    probe->moveToThread(m_parts.pollerThread);
    connect(m_parts.pollerThread, &QThread::finished, probe, &QObject::deleteLater);
    const bool fromSettings = std::exchange(m_testFromSettings, false);
    connect(probe, &Snmp::CredentialProbe::finished, this,
            [this, probe, address, fromSettings](const Snmp::ProbeResult &result) {
                probe->deleteLater();
                QString text = result.ok ? result.sysDescr : result.message;
                if (result.ok && result.resynchronised && !result.message.isEmpty())
                    text = tr("%1 (%2)").arg(text, result.message);
                m_parts.console->eventLog()->log(result.ok ? Models::EventSeverity::Info
                                                           : Models::EventSeverity::Warning,
                                                 tr("Discovery"), tr("Credential test: %1").arg(text), address);
                if (fromSettings)
                    m_parts.console->settingsPage()->setTestResult(result.ok, text);
                else if (m_dialog)
                    m_dialog->setTestResult(result.ok, text);
            });
    QMetaObject::invokeMethod(probe, [probe, address, port, credential] { probe->start(address, port, credential); });
}

Core::DiscoveryRequest DiscoveryController::withStoredCredentials(Core::DiscoveryRequest request) const
{
    const QList<Core::CredentialSet> &sets = *m_parts.credentialSets;
    if (sets.isEmpty())
        return request;
    // What was asked for first, then the stored sets that may cover the scanned addresses (sets for a
    // range only when one of the targets is in it, so a range's community is not sent everywhere).
    QList<Core::SnmpCredential> credentials = request.credentialsToTry();
    const auto add = [&credentials, &request](const Core::CredentialSet &set) {
        for (Core::SnmpCredential credential : set.credentials) {
            credential.port = request.credential.port;
            credential.timeoutMs = request.credential.timeoutMs;
            credential.retries = request.credential.retries;
            if (!credentials.contains(credential))
                credentials.append(credential);
        }
    };
    for (const Core::CredentialSet &set : sets) {
        if (set.isGlobal())
            continue;
        const Core::CredentialResolver scope({set});
        const bool touches =
            std::any_of(request.targets.ipv4.cbegin(), request.targets.ipv4.cend(),
                        [&scope](quint32 ip) { return !scope.setsFor(Core::ipv4ToString(ip)).isEmpty(); }) ||
            std::any_of(request.targets.hostNames.cbegin(), request.targets.hostNames.cend(),
                        [&scope](const QString &host) { return !scope.setsFor(host).isEmpty(); });
        if (touches)
            add(set);
    }
    for (const Core::CredentialSet &set : sets) {
        if (set.isGlobal())
            add(set);
    }
    request.credentialSet.name =
        request.credentialSet.name.isEmpty() ? tr("stored credential sets") : request.credentialSet.name;
    request.credentialSet.credentials = credentials;
    return request;
}

} // namespace Printwatch::App
