// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Discovery in the console: the discovery dialog, the Discovery page's buttons, manual, scheduled
// and demo scans (each authorised by ActionsController first), the credential test of the dialog
// and the Settings page, and the printers found stored with the version that answered. Application
// owns the threads and every object named here and destroys this controller before them.

#include "core/discoverysummary.h"
#include "core/snmpcredential.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QThread;
class QTimer;

namespace Printwatch::Sim {
class Fleet;
}
namespace Printwatch::Snmp {
class Discovery;
class Poller;
} // namespace Printwatch::Snmp
namespace Printwatch::Storage {
class StorageWriter;
}
namespace Printwatch::Views {
class DiscoveryDialog;
class MainWindow;
} // namespace Printwatch::Views

namespace Printwatch::App {

class ActionsController;
class ConsoleController;

// What the controller works with: pointers to Application's objects, never copies.
struct DiscoveryParts
{
    Views::MainWindow *window = nullptr;
    ConsoleController *console = nullptr;
    ActionsController *actions = nullptr;
    Snmp::Poller *poller = nullptr;       // its engine (one socket) also runs the credential tests
    Snmp::Discovery *discovery = nullptr; // on the poller thread
    QThread *pollerThread = nullptr;
    Storage::StorageWriter *writer = nullptr; // on the storage thread
    // The console's current credential: a scan's becomes it (written on the GUI thread only, before
    // the scan starts; the storage thread reads it for the printers found).
    Core::SnmpCredential *credential = nullptr;
    const QList<Core::CredentialSet> *credentialSets = nullptr; // the Settings page's, tried after the scan's own
};

class DiscoveryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryController)

public:
    explicit DiscoveryController(const DiscoveryParts &parts, QObject *parent = nullptr);
    ~DiscoveryController() override;

    // The demo scans its own fleet: the dialog offers its range, and a sweep that missed printers of
    // `fleet` runs again.
    void setDemo(const Core::DiscoveryRequest &request, const Sim::Fleet *fleet);
    // The last session's scan (the settings' discovery/targets, outside the demo) for "Run again"
    // and the schedule.
    void restoreLastRequest();
    // Hours between scheduled scans of the last request (0 = none); the next one is scheduled anew.
    void setIntervalHours(int hours);

    void openDiscovery();
    // Every scan, manual or scheduled, asks the core first (ActionsController::authorizeDiscovery);
    // `entryPoint` names the button or timer in the audit row.
    void startDiscovery(const Core::DiscoveryRequest &request, const QString &entryPoint);
    // Enables or disables scanning for the session (login, role, lock).
    void updateDiscoveryControls();

    Views::DiscoveryDialog *dialog() const; // null while no dialog is open

Q_SIGNALS:
    // A scan finished: the printers it found are stored (a flush is queued before this), so the poll
    // targets should be loaded again.
    void reloadTargetsRequested();

private:
    void wire();
    void discoveryFinished(const Core::DiscoverySummary &summary);
    void scheduleDiscovery();
    void testCredential(const QString &address, quint16 port, const Core::SnmpCredential &credential);
    Core::DiscoveryRequest withStoredCredentials(Core::DiscoveryRequest request) const;

    DiscoveryParts m_parts;
    bool m_demo = false;
    Core::DiscoveryRequest m_demoRequest;
    const Sim::Fleet *m_fleet = nullptr;
    int m_demoRediscoveries = 0; // demo discoveries run again because printers of the fleet were missed

    QPointer<Views::DiscoveryDialog> m_dialog;
    std::optional<Core::DiscoveryRequest> m_lastRequest; // for "Run again" and scheduled discovery
    QTimer *m_timer = nullptr;
    int m_intervalHours = 0;
    bool m_testFromSettings = false;                     // who asked for the running credential test
    QHash<QString, Core::SnmpVersion> m_matchedVersions; // discovery's answering version per address (storage thread)
};

} // namespace Printwatch::App
