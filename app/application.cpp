// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/actionscontroller.h"
#include "app/consolecontroller.h"
#include "app/demogroups.h"
#include "app/discoverycontroller.h"
#include "app/storagereader.h"
#include "auth/credentialvault.h"
#include "core/paths.h"
#include "core/printer.h"
#include "core/targetlist.h"
#include "models/printertablemodel.h"
#include "sim/fleet.h"
#include "snmp/credentialprobe.h"
#include "snmp/discovery.h"
#include "snmp/poller.h"
#include "storage/storagewriter.h"
#include "models/eventlog.h"
#include "views/consolesettings.h"
#include "views/dashboardstrip.h"
#include "views/discoverydialog.h"
#include "views/discoverypage.h"
#include "views/mainwindow.h"
#include "views/masterpassworddialog.h"
#include "views/printerdetailpage.h"
#include "views/printerspage.h"
#include "views/settingspage.h"
#include "views/welcomedialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTableView>
#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace Printwatch::App {

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<Core::PollResult>();
    qRegisterMetaType<QList<Core::PollResult>>();
    qRegisterMetaType<Core::PrinterSummary>();
    qRegisterMetaType<QList<Core::PrinterSummary>>();
    qRegisterMetaType<Core::SnmpCredential>();
    qRegisterMetaType<Core::PollTarget>();
    qRegisterMetaType<QList<Core::PollTarget>>();
    qRegisterMetaType<Core::DiscoveryRequest>();
    qRegisterMetaType<Core::DiscoverySummary>();
    qRegisterMetaType<Core::PollerActivity>();
    qRegisterMetaType<Snmp::ProbeResult>();
}

} // namespace

Application::Application(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

Application::~Application()
{
    if (m_window) {
        QSettings settings;
        m_window->saveSettings(settings);
    }
    if (m_poller)
        QMetaObject::invokeMethod(m_poller, &Snmp::Poller::stop, Qt::BlockingQueuedConnection);
    if (m_discovery)
        QMetaObject::invokeMethod(m_discovery, &Snmp::Discovery::cancel, Qt::BlockingQueuedConnection);
    m_pollerThread.quit();
    m_pollerThread.wait();
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, &Storage::StorageWriter::close, Qt::BlockingQueuedConnection);
    m_storageThread.quit();
    m_storageThread.wait();
    m_discoveryController.reset();
    m_actions.reset();
    m_console.reset();
    m_window.reset();
    if (m_fleet)
        m_fleet->stop();
}

Core::Result<void> Application::start(const Options &options)
{
    m_demo = options.demo;
    if (m_demo) {
        if (auto started = startDemoFleet(options); !started)
            return started;
    }

    m_databasePath = options.databasePath;
    if (m_databasePath.isEmpty())
        m_databasePath = m_demo ? Core::demoDatabasePath() : Core::defaultDatabasePath();
    if (m_demo && options.databasePath.isEmpty()) {
        // A fresh demo every start: the simulated fleet is new too.
        for (const auto &suffix : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_databasePath + suffix);
    }
    const QString dir = QFileInfo(m_databasePath).absolutePath();
    if (!QDir().mkpath(dir))
        return Core::Error{tr("Cannot create the folder %1 for the database").arg(dir)};

    QSettings settings;
    m_credential.port = quint16(settings.value(QStringLiteral("snmp/port"), 161).toUInt());
    m_credential.timeoutMs = settings.value(QStringLiteral("snmp/timeoutMs"), 1000).toInt();
    m_credential.retries = settings.value(QStringLiteral("snmp/retries"), 1).toInt();
    if (m_demo)
        m_credential = m_demoRequest.credential;

    m_printers = std::make_unique<Models::PrinterTableModel>();
    m_window = std::make_unique<Views::MainWindow>(m_printers.get());
    if (m_demo) {
        m_window->setWindowTitle(tr("Printwatch — demo fleet (%n simulated printer(s))", nullptr, m_fleet->printerCount()));
    }

    if (!m_demo)
        loadCredentials(options.screenshotPath.isEmpty());
    startThreads();
    m_console = std::make_unique<ConsoleController>(m_window.get(), m_printers.get(), m_reader, m_writer);
    wire();
    m_actions = ActionsController::forApplication(m_window.get(), m_printers.get(), m_databasePath,
                                                  m_demo ? m_fleet.get() : nullptr, options.screenshotPath.isEmpty());
    connect(m_actions.get(), &ActionsController::pollNowRequested, m_window.get(), &Views::MainWindow::pollNowRequested);
    // Device groups: the tables show what the logged-in user may see; nothing before a login
    // except in the demo and for screenshots.
    connect(m_actions.get(), &ActionsController::sessionChanged, m_reader, &StorageReader::setSession);
    connect(m_actions.get(), &ActionsController::accessChanged, m_reader, &StorageReader::refreshVisibility);
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, required = !m_demo && options.screenshotPath.isEmpty()] {
        reader->setSessionRequired(required);
    });
    m_discoveryController = std::make_unique<DiscoveryController>(DiscoveryParts{.window = m_window.get(),
                                                                                 .console = m_console.get(),
                                                                                 .actions = m_actions.get(),
                                                                                 .poller = m_poller,
                                                                                 .discovery = m_discovery,
                                                                                 .pollerThread = &m_pollerThread,
                                                                                 .writer = m_writer,
                                                                                 .credential = &m_credential,
                                                                                 .credentialSets = &m_credentialSets});
    connect(m_discoveryController.get(), &DiscoveryController::reloadTargetsRequested, this, &Application::reloadTargets);
    if (m_demo)
        m_discoveryController->setDemo(m_demoRequest, m_fleet.get());
    m_discoveryController->updateDiscoveryControls();
    m_actions->start();

    int interval = options.pollIntervalSeconds;
    if (interval <= 0)
        interval = m_demo ? 10 : settings.value(QStringLiteral("poll/intervalSeconds"), 60).toInt();
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, interval] { poller->setInterval(interval * 1000); });
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, path = m_databasePath] { writer->open(path); });
    QMetaObject::invokeMethod(m_reader, &StorageReader::loadSummaries);
    m_console->loadAll();
    reloadTargets();

    Views::ConsoleSettings consoleSettings = Views::ConsoleSettings::load(settings);
    consoleSettings.credential.community = m_credential.community;
    consoleSettings.credentialSets = m_credentialSets;
    consoleSettings.credential.port = m_credential.port;
    consoleSettings.credential.timeoutMs = m_credential.timeoutMs;
    consoleSettings.credential.retries = m_credential.retries;
    consoleSettings.pollIntervalSeconds = interval;
    m_console->settingsPage()->setSettings(consoleSettings);
    if (m_demo)
        m_console->settingsPage()->setSecretStoreText(tr("The demo keeps its credentials in memory only."), false);
    else if (m_secrets)
        m_console->settingsPage()->setSecretStoreText(tr("Secrets are kept in the %1.").arg(m_secrets->backendName()), false);
    else
        m_console->settingsPage()->setSecretStoreText(m_secretsProblem, true);
    m_actions->setCredentials(m_credential, m_credentialSets);
    m_discoveryController->restoreLastRequest();
    m_discoveryController->setIntervalHours(consoleSettings.discoveryIntervalHours);

    m_window->restoreSettings(settings);
    m_window->show();
    if (!options.page.isEmpty())
        showStartPage(options.page);
    else if (!m_demo && !settings.value(QStringLiteral("ui/welcomeShown")).toBool())
        showWelcome();

    if (m_demo) {
        m_window->showTransientMessage(
            tr("Discovering the demo fleet on %1…").arg(m_demoRequest.targetsText), 10000);
        m_discoveryController->startDiscovery(m_demoRequest, QStringLiteral("demo start"));
    }
    if (!options.screenshotPath.isEmpty())
        scheduleScreenshot(options);
    return {};
}

Core::Result<void> Application::startDemoFleet(const Options &options)
{
    Sim::FleetConfig config;
    config.printerCount = options.demoPrinters;
    config.firstAddress = QStringLiteral("127.77.0.1");
    config.nonPrinterCount = 3;
    config.seed = 2026;
    config.speed = 60.0; // an hour of office printing every minute, so the demo moves
    auto fleet = Sim::Fleet::start(config);
    if (!fleet)
        return Core::Error{tr("Cannot start the demo fleet: %1").arg(fleet.error())};
    m_fleet = std::move(fleet).value();

    m_demoRequest.targetsText = QStringLiteral("127.77.0.0/24");
    auto targets = Core::parseTargets(m_demoRequest.targetsText);
    m_demoRequest.targets = targets.value();
    m_demoRequest.credential.port = m_fleet->port();
    m_demoRequest.credential.community = config.community;
    m_demoRequest.credential.timeoutMs = 500;
    m_demoRequest.credential.retries = 1;
    return {};
}

void Application::startThreads()
{
    m_storageThread.setObjectName(QStringLiteral("storage"));
    m_pollerThread.setObjectName(QStringLiteral("poller"));

    m_writer = new Storage::StorageWriter;
    m_reader = new StorageReader(m_databasePath);
    m_poller = new Snmp::Poller;
    // Discovery shares the poller's engine (one socket), so both live on the poller thread.
    m_discovery = new Snmp::Discovery(m_poller->engine());

    m_writer->moveToThread(&m_storageThread);
    m_reader->moveToThread(&m_storageThread);
    m_poller->moveToThread(&m_pollerThread);
    m_discovery->moveToThread(&m_pollerThread);

    // Deleted on their own threads once the loops end; Discovery before the poller owning the engine.
    connect(&m_storageThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(&m_storageThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(&m_pollerThread, &QThread::finished, m_discovery, &QObject::deleteLater);
    connect(&m_pollerThread, &QThread::finished, m_poller, &QObject::deleteLater);

    m_storageThread.start();
    m_pollerThread.start();
}

void Application::wire()
{
    auto *window = m_window.get();
    auto *printers = m_printers.get();

    // Through the reader's device-group filter (ConsoleController relays the writer's changes to it).
    connect(m_reader, &StorageReader::summariesMerged, printers, &Models::PrinterTableModel::mergeSummaries);
    connect(m_writer, &Storage::StorageWriter::error, window, &Views::MainWindow::showBanner);
    connect(m_reader, &StorageReader::summariesLoaded, printers, &Models::PrinterTableModel::setSummaries);
    connect(m_reader, &StorageReader::error, window, &Views::MainWindow::showBanner);
    // Through the GUI thread: the stored credential sets (edited here) pick each printer's credential.
    connect(m_reader, &StorageReader::targetsLoaded, this, [this](const QList<Core::PollTarget> &loaded) {
        QMetaObject::invokeMethod(m_poller, [poller = m_poller, targets = Core::withCredentialSets(loaded, m_credentialSets)] {
            poller->setTargets(targets);
            if (!poller->isRunning() && !targets.isEmpty())
                poller->start();
        });
    });

    connect(m_poller, &Snmp::Poller::resultReady, m_writer, &Storage::StorageWriter::writePollResult);
    connect(m_poller, &Snmp::Poller::activity, window, &Views::MainWindow::setActivity);
    connect(m_poller, &Snmp::Poller::roundFinished, m_console.get(), &ConsoleController::logPollRound);

    connect(m_console->discoveryPage(), &Views::DiscoveryPage::scopeChangeRequested, this, &Application::changeScope);
    connect(m_writer, &Storage::StorageWriter::scopeChanged, this, [this](const QList<qint64> &, bool) {
        reloadTargets();
    });
    connect(m_console->settingsPage(), &Views::SettingsPage::applied, this, &Application::applySettings);
    connect(window, &Views::MainWindow::pollNowRequested, m_poller, &Snmp::Poller::pollNow);
    connect(window, &Views::MainWindow::openWebPageRequested, this, &Application::openWebPage);
}

void Application::reloadTargets()
{
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, credential = pollCredential()] {
        reader->loadTargets(credential);
    });
}

Core::SnmpCredential Application::pollCredential() const
{
    return m_credential;
}

void Application::openWebPage(const QString &address)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address);
    if (!url.isValid() || !QDesktopServices::openUrl(url))
        m_window->showBanner(tr("Cannot open the web page of %1: no web browser is set up").arg(address));
}

void Application::scheduleScreenshot(const Options &options)
{
    QTimer::singleShot(options.screenshotDelayMs, this, [this, options] {
        QWidget *subject = m_window.get();
        if (options.page == QLatin1String("welcome") && m_welcome)
            subject = m_welcome;
        if (options.page == QLatin1String("groups") && m_actions->groupsDialog())
            subject = m_actions->groupsDialog();
        if (options.screenshotDiscovery) {
            m_discoveryController->openDiscovery();
            subject = m_discoveryController->dialog();
        }
        QTimer::singleShot(500, this, [subject, path = options.screenshotPath] {
            const bool saved = subject && subject->grab().save(path);
            if (!saved)
                qWarning("Could not save the screenshot to %s", qPrintable(path));
            QApplication::exit(saved ? 0 : 1);
        });
    });
}

QStringList Application::pageNames()
{
    return ConsoleController::pageNames() << QStringLiteral("welcome") << QStringLiteral("groups");
}

void Application::showStartPage(const QString &page)
{
    if (page == QLatin1String("welcome")) {
        showWelcome();
        return;
    }
    if (page == QLatin1String("groups")) {
        DemoGroups::start(m_actions.get(), m_demo);
        return;
    }
    QWidget *widget = m_console->page(page);
    if (!widget)
        return;
    m_window->showPage(widget);
    if (page != QLatin1String("details"))
        return;
    // The detail page needs a printer: the first of the Printers table that reports its supply levels.
    auto *waiting = new QTimer(this);
    waiting->setInterval(500);
    connect(waiting, &QTimer::timeout, this, [this, waiting] {
        const QAbstractItemModel *shown = m_window->printersPage()->tableView()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex lowest = shown->index(row, Models::PrinterTableModel::LowestSupplyColumn);
            if (!lowest.data(Models::PrinterTableModel::SortRole).isValid())
                continue;
            waiting->deleteLater();
            waiting->stop();
            m_console->showDevice(lowest.data(Models::PrinterTableModel::DeviceIdRole).toLongLong());
            return;
        }
    });
    waiting->start();
}

void Application::showWelcome()
{
    if (m_welcome)
        return;
    m_welcome = new Views::WelcomeDialog(m_window.get());
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &QDialog::finished, this, [this] {
        QSettings().setValue(QStringLiteral("ui/welcomeShown"), true);
        if (!m_welcome)
            return;
        switch (m_welcome->choice()) {
        case Views::WelcomeDialog::Choice::Demo:
            // The demo keeps its own database and fleet: a fresh process, so nothing mixes with this one.
            if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            else
                m_window->showBanner(tr("Could not start the demo: %1 did not run")
                                         .arg(QCoreApplication::applicationFilePath()));
            break;
        case Views::WelcomeDialog::Choice::ScanNetwork:
            m_discoveryController->openDiscovery();
            break;
        case Views::WelcomeDialog::Choice::Later:
            break;
        }
    });
    m_welcome->open();
}

void Application::applySettings(const Views::ConsoleSettings &settings)
{
    if (!m_demo) {
        QSettings stored;
        settings.save(stored);
    }
    m_credential.version = settings.credential.version;
    m_credential.community = settings.credential.community;
    m_credential.port = settings.credential.port;
    m_credential.timeoutMs = settings.credential.timeoutMs;
    m_credential.retries = settings.credential.retries;
    m_credentialSets = settings.credentialSets;
    saveCredentials(settings.credential.community);
    m_actions->setCredentials(m_credential, m_credentialSets);
    const int interval = settings.pollIntervalSeconds * 1000;
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, interval] { poller->setInterval(interval); });
    reloadTargets();
    m_discoveryController->setIntervalHours(settings.discoveryIntervalHours);
    m_console->eventLog()->log(Models::EventSeverity::Info, tr("Settings"), tr("Settings applied"));
    m_window->showTransientMessage(tr("Settings applied"));
}

void Application::changeScope(const QStringList &addresses, bool managed)
{
    QList<qint64> ids;
    for (int row = 0; row < m_printers->rowCount(); ++row) {
        const Core::PrinterSummary &summary = m_printers->summaryAt(row);
        if (addresses.contains(summary.address))
            ids.append(summary.deviceId);
    }
    if (ids.isEmpty()) {
        m_window->showBanner(tr("These printers are not in the database yet; try again once they are listed."));
        return;
    }
    connect(
        m_writer, &Storage::StorageWriter::scopeChanged, this,
        [this, addresses](const QList<qint64> &, bool done) { m_console->discoveryPage()->setScope(addresses, done); },
        Qt::SingleShotConnection);
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, ids, managed, version = m_credential.version] {
        writer->setScope(ids, managed, version);
    });
}

void Application::loadCredentials(bool interactive)
{
    Auth::SecretStoreChoice choice;
    choice.tryKeychain = qEnvironmentVariable("PRINTWATCH_NO_KEYCHAIN") != QLatin1String("1");
    choice.filePath = QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/secrets.json");
    // For scripts and tests: the master password's file (first line), as printwatch-cli's --master-password-file.
    if (const QString file = qEnvironmentVariable("PRINTWATCH_MASTER_PASSWORD_FILE"); !file.isEmpty()) {
        QFile password(file);
        if (password.open(QIODevice::ReadOnly))
            choice.masterPassword = QString::fromUtf8(password.readLine()).trimmed();
    }
    auto store = Auth::openSecretStore(choice);
    QString reason = store ? QString() : store.error();
    // No keychain (a headless machine, a desktop without a secret service): ask, never fall back to plain text.
    for (int attempt = 0; !store && interactive && attempt < 3; ++attempt) {
        // A file that does not exist yet is created with the password typed: that one is asked twice.
        const auto mode = QFileInfo::exists(choice.filePath) ? Views::MasterPasswordDialog::Mode::Unlock
                                                             : Views::MasterPasswordDialog::Mode::Create;
        Views::MasterPasswordDialog dialog(mode, reason, choice.filePath, m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            break;
        choice.tryKeychain = false; // it did not answer a moment ago
        choice.masterPassword = dialog.password();
        store = Auth::openSecretStore(choice);
        if (!store)
            reason = store.error();
    }
    if (!store) {
        m_secretsProblem = tr("SNMP credentials are not saved or loaded in this session: %1").arg(reason);
        m_window->showBanner(m_secretsProblem);
        return;
    }
    m_secrets = std::move(store.value());
    QSettings settings;
    auto loaded = Auth::CredentialVault(settings, *m_secrets).load();
    if (!loaded) {
        m_window->showBanner(tr("The saved SNMP credentials could not be loaded: %1").arg(loaded.error()));
        return;
    }
    m_credentialSets = loaded->sets;
    if (!loaded->defaultCommunity.isEmpty())
        m_credential.community = loaded->defaultCommunity;
}

void Application::saveCredentials(const QString &defaultCommunity)
{
    if (m_demo)
        return;
    if (!m_secrets) {
        m_window->showBanner(tr("The SNMP credentials are used in this session but not saved: %1").arg(m_secretsProblem));
        return;
    }
    QSettings settings;
    if (auto saved = Auth::CredentialVault(settings, *m_secrets).save({defaultCommunity, m_credentialSets}); !saved)
        m_window->showBanner(saved.error());
}

} // namespace Printwatch::App
