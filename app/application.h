// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The composition root: builds the threads (storage, poller), the models and the window, and
// wires them with queued signals. Only value types cross threads. The console's pages
// (ConsoleController), login and device actions (ActionsController) and discovery
// (DiscoveryController) each have their controller; Application owns what they point at.

#include "core/discoverysummary.h"
#include "core/result.h"
#include "core/snmpcredential.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

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
class MainWindow;
class WelcomeDialog;
struct ConsoleSettings;
}

namespace Printwatch::App {

class ActionsController;
class ConsoleController;
class DiscoveryController;
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
    void reloadTargets();
    void openWebPage(const QString &address);
    void scheduleScreenshot(const Options &options);
    void showStartPage(const QString &page);
    void showWelcome();
    void applySettings(const Views::ConsoleSettings &settings);
    void changeScope(const QStringList &addresses, bool managed);
    Core::SnmpCredential pollCredential() const;
    // SNMP credentials across restarts (auth/credentialvault.h): the secret store is opened once,
    // asking for the encrypted file's master password when no OS keychain answers.
    void loadCredentials(bool interactive);
    void saveCredentials(const QString &defaultCommunity);

    QString m_databasePath;
    // Polling's and the last discovery's (DiscoveryController sets it when a scan starts); the
    // community stays in memory.
    Core::SnmpCredential m_credential;
    Core::DiscoveryRequest m_demoRequest;
    bool m_demo = false;

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
    std::unique_ptr<DiscoveryController> m_discoveryController; // points at the objects here: reset first
    QPointer<Views::WelcomeDialog> m_welcome;
    std::unique_ptr<Sim::Fleet> m_fleet;
    std::unique_ptr<Auth::SecretStore> m_secrets; // null: no keychain and no master password
    QString m_secretsProblem;                      // why m_secrets is null, in words
    QList<Core::CredentialSet> m_credentialSets;   // the Settings page's, secrets included (memory only)
};

} // namespace Printwatch::App
