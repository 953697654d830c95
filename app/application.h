// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The composition root: builds the threads (storage, poller), the models and the window, and
// wires them with queued signals. Only value types cross threads.

#include "core/discoverysummary.h"
#include "core/result.h"
#include "core/snmpcredential.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>

namespace Printwatch::Models {
class PrinterTableModel;
}
namespace Printwatch::Snmp {
class Discovery;
class Poller;
}
namespace Printwatch::Storage {
class StorageWriter;
}
namespace Printwatch::Sim {
class Fleet;
}
namespace Printwatch::Auth {
class SecretStore;
}
namespace Printwatch::Views {
class DiscoveryDialog;
class MainWindow;
class WelcomeDialog;
struct ConsoleSettings;
}

class QTimer;

namespace Printwatch::App {

class ActionsController;
class ConsoleController;
class StorageReader;

struct Options
{
    bool demo = false;
    int demoPrinters = 36;
    QString databasePath; // empty = default (or the demo's own)
    int pollIntervalSeconds = 0; // 0 = setting (60 s; 10 s in the demo)
    QString screenshotPath;      // save a picture of the window and quit (for docs and checks)
    int screenshotDelayMs = 6000;
    bool screenshotDiscovery = false; // picture the discovery dialog instead of the main window
    QString page;                     // open on this page ("printers", "supplies", ..., "welcome")
};

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    Core::Result<void> start(const Options &options);

    // Page names for --page (ConsoleController's, plus "welcome").
    static QStringList pageNames();

private:
    Core::Result<void> startDemoFleet(const Options &options);
    void startThreads();
    void wire();
    void openDiscovery();
    // Every scan, manual or scheduled, asks the core first (ActionsController::authorizeDiscovery);
    // `entryPoint` names the button or timer in the audit row.
    void startDiscovery(const Core::DiscoveryRequest &request, const QString &entryPoint);
    void updateDiscoveryControls();
    void discoveryFinished(const Core::DiscoverySummary &summary);
    void reloadTargets();
    void openWebPage(const QString &address);
    void scheduleScreenshot(const Options &options);
    void showStartPage(const QString &page);
    void showWelcome();
    void applySettings(const Views::ConsoleSettings &settings);
    void changeScope(const QStringList &addresses, bool managed);
    void testCredential(const QString &address, quint16 port, const Core::SnmpCredential &credential);
    void scheduleDiscovery();
    Core::SnmpCredential pollCredential() const;
    // SNMP credentials across restarts (auth/credentialvault.h): the secret store is opened once,
    // asking for the encrypted file's master password when no OS keychain answers.
    void loadCredentials(bool interactive);
    void saveCredentials(const QString &defaultCommunity);
    Core::DiscoveryRequest withStoredCredentials(Core::DiscoveryRequest request) const;

    QString m_databasePath;
    Core::SnmpCredential m_credential; // last used for discovery; the community stays in memory
    Core::DiscoveryRequest m_demoRequest;
    std::optional<Core::DiscoveryRequest> m_lastRequest; // for "Run again" and scheduled discovery
    int m_discoveryIntervalHours = 0;
    QTimer *m_discoveryTimer = nullptr;
    bool m_demo = false;
    int m_demoRediscoveries = 0; // demo discoveries run again because printers of the fleet were missed

    QThread m_storageThread;
    QThread m_pollerThread;
    Storage::StorageWriter *m_writer = nullptr;
    StorageReader *m_reader = nullptr;
    Snmp::Poller *m_poller = nullptr;
    Snmp::Discovery *m_discovery = nullptr;

    std::unique_ptr<Models::PrinterTableModel> m_printers;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_console;
    std::unique_ptr<ActionsController> m_actions; // login, device actions, audit
    QPointer<Views::DiscoveryDialog> m_discoveryDialog;
    QPointer<Views::WelcomeDialog> m_welcome;
    std::unique_ptr<Sim::Fleet> m_fleet;
    std::unique_ptr<Auth::SecretStore> m_secrets; // null: no keychain and no master password
    QString m_secretsProblem;                      // why m_secrets is null, in words
    QList<Core::CredentialSet> m_credentialSets;   // the Settings page's, secrets included (memory only)
    bool m_testFromSettings = false;               // who asked for the running credential test
    QHash<QString, Core::SnmpVersion> m_matchedVersions; // discovery's answering version per address (storage thread)
};

} // namespace Printwatch::App
