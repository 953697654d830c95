// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actionscontroller.h"

#include "actions/actionrunner.h"
#include "app/actionentrypoints.h"
#include "app/administrationcontroller.h"
#include "app/bulkactionflow.h"
#include "models/printertablemodel.h"
#include "sim/fleet.h"
#include "sim/jobsink.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"
#include "views/printerspage.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace Printwatch::App {

ActionsController::ActionsController(Views::MainWindow *window, Models::PrinterTableModel *printers, Options options,
                                     QObject *parent)
    : QObject(parent), m_window(window), m_printers(printers), m_options(std::move(options))
{
    qRegisterMetaType<Actions::ActionRequest>();
    qRegisterMetaType<Actions::ActionResult>();
    qRegisterMetaType<QList<Actions::ActionResult>>();
    qRegisterMetaType<Actions::ActionSettings>();
    qRegisterMetaType<Auth::Session>();
    qRegisterMetaType<Storage::AuditRecord>();
    qRegisterMetaType<QList<Storage::AuditRecord>>();
    qRegisterMetaType<Storage::UserRecord>();
    qRegisterMetaType<QList<Storage::UserRecord>>();

    m_runner = new Actions::ActionRunner(m_options.databasePath, m_options.settings, m_options.demo);
    m_runner->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("printwatch-actions"));
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &Actions::ActionRunner::opened, this, &ActionsController::onOpened);
    connect(m_runner, &Actions::ActionRunner::loginFinished, this, &ActionsController::onLoginFinished);
    m_bulk = new BulkActionFlow(m_window, m_runner, this);
    connect(m_bulk, &BulkActionFlow::finished, this, &ActionsController::actionFinished);
    connect(m_bulk, &BulkActionFlow::pollNowRequested, this, &ActionsController::pollNowRequested);
    m_admin = new AdministrationController(m_window, m_printers, m_runner, this);
    connect(m_admin, &AdministrationController::accessChanged, this, &ActionsController::accessChanged);
    connect(m_runner, &Actions::ActionRunner::switchStateLoaded, this, [this](const Actions::ActionSwitchState &state) {
        m_switchState = state;
        m_admin->setSwitchState(state);
        updateActions();
    });
    createActions();
    connect(m_window->printersPage(), &Views::PrintersPage::selectionChanged, this, [this] { updateActions(); });
    m_thread.start();
}

std::unique_ptr<ActionsController> ActionsController::forApplication(Views::MainWindow *window,
                                                                   Models::PrinterTableModel *printers,
                                                                   const QString &databasePath, Sim::Fleet *demoFleet,
                                                                   bool interactive)
{
    QSettings settings;
    Options options;
    options.databasePath = databasePath;
    options.demo = demoFleet != nullptr;
    options.showLogin = interactive;
    options.lockMinutes = settings.value(QStringLiteral("security/lockMinutes"), 15).toInt();
    Actions::ActionSettings &s = options.settings;
    s.readCredential.port = quint16(settings.value(QStringLiteral("snmp/port"), 161).toUInt());
    s.readCredential.timeoutMs = settings.value(QStringLiteral("snmp/timeoutMs"), 1000).toInt();
    s.readCredential.retries = settings.value(QStringLiteral("snmp/retries"), 1).toInt();
    s.writeCredential.port = s.readCredential.port;
    s.rawPort = quint16(settings.value(QStringLiteral("actions/rawPort"), 9100).toUInt());
    s.lprPort = quint16(settings.value(QStringLiteral("actions/lprPort"), 515).toUInt());
    s.ippPort = quint16(settings.value(QStringLiteral("actions/ippPort"), 631).toUInt());
    std::unique_ptr<Sim::JobSink> sink;
    if (demoFleet) {
        auto started = Sim::JobSink::start({demoFleet->addresses(), 0, 0, 512},
                                           [demoFleet](const QString &address, const QByteArray &version) {
                                               static_cast<void>(demoFleet->installFirmware(address, version));
                                           });
        if (started) {
            sink = std::move(started.value());
            s.rawPort = sink->rawPort();
            s.lprPort = sink->lprPort();
        }
        s.readCredential.port = demoFleet->port();
        s.writeCredential.port = demoFleet->port();
        s.rebootWaitSeconds = 30;
        s.firmwareWaitSeconds = 30;
    }
    auto controller = std::make_unique<ActionsController>(window, printers, options);
    controller->m_demoSink = std::move(sink);
    return controller;
}

ActionsController::~ActionsController()
{
    m_bulk->cancelAll();
    m_thread.quit();
    m_thread.wait();
    m_demoSink.reset();
}

void ActionsController::start()
{
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::open, Qt::QueuedConnection);
}

void ActionsController::createActions()
{
    m_menu = new QMenu(tr("&Actions"), m_window);
    m_menu->setObjectName(QStringLiteral("actionsMenu"));
    m_window->menuBar()->insertMenu(m_window->helpMenu()->menuAction(), m_menu);
    for (Auth::Action action : Auth::PrinterActions) {
        const QString key = Auth::actionKey(action);
        // Three entry points, three objects, so the audit can say which one was used. The menu
        // shows the shortcut; the window-wide QShortcut is what fires it.
        auto *menuAction = m_menu->addAction(menuText(action));
        menuAction->setObjectName(QStringLiteral("action-menu-") + key);
        menuAction->setShortcut(shortcutFor(action));
        menuAction->setShortcutContext(Qt::WidgetShortcut);
        connect(menuAction, &QAction::triggered, this, [this, action] { trigger(action, QStringLiteral("menu")); });
        m_menuActions.insert(int(action), menuAction);

        auto *contextAction = new QAction(menuText(action), this);
        contextAction->setObjectName(QStringLiteral("action-context-") + key);
        connect(contextAction, &QAction::triggered, this, [this, action] { trigger(action, QStringLiteral("context-menu")); });
        m_window->printersPage()->addContextAction(contextAction);
        m_contextActions.insert(int(action), contextAction);

        auto *shortcut = new QShortcut(shortcutFor(action), m_window);
        shortcut->setObjectName(QStringLiteral("action-shortcut-") + key);
        connect(shortcut, &QShortcut::activated, this, [this, action] { trigger(action, QStringLiteral("shortcut")); });
        m_shortcuts.insert(int(action), shortcut);
    }
    // Administrators put the selected printers into a device group from the context menu.
    m_addToGroupAction = new QAction(tr("Add to &group…"), this);
    m_addToGroupAction->setObjectName(QStringLiteral("action-context-add-to-group"));
    connect(m_addToGroupAction, &QAction::triggered, this,
            [this] { m_admin->addToGroup(m_window->printersPage()->selectedDeviceIds()); });
    m_window->printersPage()->addContextAction(m_addToGroupAction);
    m_menu->addSeparator();
    m_auditAction = m_menu->addAction(tr("Audit &log"));
    m_auditAction->setObjectName(QStringLiteral("auditLogAction"));
    connect(m_auditAction, &QAction::triggered, m_admin, &AdministrationController::openAudit);
    m_usersAction = m_menu->addAction(tr("&Users and permissions…"));
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    connect(m_usersAction, &QAction::triggered, m_admin, &AdministrationController::openUsers);
    m_groupsAction = m_menu->addAction(tr("Device &groups…"));
    m_groupsAction->setObjectName(QStringLiteral("groupsAction"));
    connect(m_groupsAction, &QAction::triggered, m_admin, &AdministrationController::openGroups);
    m_passwordAction = m_menu->addAction(tr("&Change password…"));
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_passwordAction, &QAction::triggered, m_admin, &AdministrationController::changePassword);
    m_lockAction = m_menu->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &ActionsController::lock);
    m_logoutAction = m_menu->addAction(tr("Log &out"));
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    connect(m_logoutAction, &QAction::triggered, this, [this] {
        logout();
        showLoginDialog(int(Views::LoginDialog::Mode::Login));
    });

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &ActionsController::lock);
    qApp->installEventFilter(this);
    updateActions();
}

void ActionsController::updateActions()
{
    const bool in = m_session.valid() && !m_locked;
    const QList<qint64> selected = m_window->printersPage()->selectedDeviceIds();
    for (Auth::Action action : Auth::PrinterActions) {
        const bool roleAllows = in && Auth::roleAllows(m_session.role, action);
        // Switched off fleet-wide, or for every selected printer by one of its device groups.
        const QString key = Auth::actionKey(action);
        bool off = !m_switchState.enabled(key, 0);
        if (!off && !selected.isEmpty())
            off = std::all_of(selected.cbegin(), selected.cend(),
                              [&](qint64 id) { return !m_switchState.enabledFor(key, id); });
        const bool allowed = roleAllows && !off;
        const QString why = !in ? tr("Log in first.")
                            : !roleAllows ? tr("Your role (%1) may not do this.").arg(Auth::roleText(m_session.role))
                            : off ? tr("An administrator switched this off for the selected printers.")
                                  : QString();
        for (QAction *a : {m_menuActions.value(int(action)), m_contextActions.value(int(action))}) {
            a->setEnabled(allowed);
            a->setToolTip(why);
            a->setStatusTip(why);
        }
        m_shortcuts.value(int(action))->setEnabled(allowed);
    }
    m_auditAction->setEnabled(in && Auth::roleAllows(m_session.role, Auth::Action::ViewAudit));
    m_usersAction->setEnabled(in && Auth::roleAllows(m_session.role, Auth::Action::ManageUsers));
    const bool groups = in && Auth::roleAllows(m_session.role, Auth::Action::ManageSettings);
    m_groupsAction->setEnabled(groups);
    m_addToGroupAction->setEnabled(groups && !selected.isEmpty());
    // Printers > Discover: hidden from a role that may not scan (the core refuses it anyway).
    if (auto *discover = m_window->findChild<QAction *>(QStringLiteral("discoverAction"))) {
        const bool may = mayDiscover();
        discover->setEnabled(may);
        discover->setToolTip(may  ? QString()
                             : in ? tr("Your role (%1) may not run discovery.").arg(Auth::roleText(m_session.role))
                                  : tr("Log in first."));
    }
    m_passwordAction->setEnabled(in);
    m_lockAction->setEnabled(in);
    m_logoutAction->setEnabled(m_session.valid());
    m_idle->stop();
    if (in && m_options.lockMinutes > 0)
        m_idle->start(m_options.lockMinutes * 60 * 1000);
}

bool ActionsController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle->isActive())
            m_idle->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ActionsController::onOpened(bool ok, const QString &error, bool hasUsers)
{
    Q_EMIT opened(ok, error);
    if (!ok) {
        m_window->showBanner(tr("Device actions are unavailable: %1").arg(error));
        return;
    }
    if (!m_options.showLogin)
        return;
    showLoginDialog(int(hasUsers ? Views::LoginDialog::Mode::Login : Views::LoginDialog::Mode::CreateAdministrator));
}

void ActionsController::showLoginDialog(int mode)
{
    if (m_login)
        m_login->deleteLater();
    const auto dialogMode = Views::LoginDialog::Mode(mode);
    m_login = new Views::LoginDialog(dialogMode, m_window);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    if (m_options.demo)
        m_login->setDemoAccount(QStringLiteral("demo"), QStringLiteral("demo"));
    if (dialogMode == Views::LoginDialog::Mode::Unlock)
        m_login->setUserName(m_session.userName);
    connect(m_login, &Views::LoginDialog::submitted, this, [this, dialogMode](const QString &name, const QString &password) {
        if (dialogMode == Views::LoginDialog::Mode::CreateAdministrator)
            QMetaObject::invokeMethod(m_runner, [runner = m_runner, name, password] {
                runner->createFirstAdministrator(name, password);
            }, Qt::QueuedConnection);
        else
            login(name, password);
    });
    connect(m_login, &QDialog::rejected, this, [this, dialogMode] {
        // Without a login there is nothing to act with; an abandoned unlock closes the window.
        if (dialogMode == Views::LoginDialog::Mode::Unlock)
            m_window->close();
    });
    m_login->open();
}

void ActionsController::login(const QString &name, const QString &password)
{
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, name, password] { runner->login(name, password); },
                              Qt::QueuedConnection);
}

void ActionsController::onLoginFinished(bool ok, const QString &error, const Auth::Session &session, int delayMs)
{
    if (!ok) {
        if (m_login)
            m_login->showFailure(error, delayMs);
        Q_EMIT loginFailed(error);
        return;
    }
    if (m_locked && m_session.valid() && session.userName != m_session.userName) {
        // Only the locked session's user unlocks it.
        if (m_login)
            m_login->showFailure(tr("Only %1 can unlock this session.").arg(m_session.userName), 0);
        return;
    }
    m_session = session;
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadSwitches, Qt::QueuedConnection);
    if (m_login)
        m_login->accept();
    setLocked(false);
    m_window->showTransientMessage(session.demo ? tr("Logged in as %1 (DEMO ACCOUNT, %2)").arg(session.userName, Auth::roleText(session.role))
                                                : tr("Logged in as %1 (%2)").arg(session.userName, Auth::roleText(session.role)));
    Q_EMIT sessionChanged(m_session);
}

Core::Result<void> ActionsController::authorizeDiscovery(const QString &targets, const QString &entryPoint)
{
    if (m_options.demo && !m_session.valid())
        return {};
    Core::Result<void> allowed = Core::Error{tr("Discovery of %1 refused: the actions thread did not answer.").arg(targets)};
    QMetaObject::invokeMethod(
        m_runner, [&, runner = m_runner] { allowed = runner->authorizeDiscovery(targets, entryPoint); },
        Qt::BlockingQueuedConnection);
    return allowed;
}

bool ActionsController::mayDiscover() const
{
    if (m_options.demo && !m_session.valid())
        return true;
    return m_session.valid() && !m_locked && Auth::roleAllows(m_session.role, Auth::Action::Discover);
}

void ActionsController::logout()
{
    m_session = {};
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::logout, Qt::QueuedConnection);
    updateActions();
    Q_EMIT sessionChanged(m_session);
}

void ActionsController::lock()
{
    if (!m_session.valid() || m_locked)
        return;
    setLocked(true);
    showLoginDialog(int(Views::LoginDialog::Mode::Unlock));
}

void ActionsController::setLocked(bool locked)
{
    const bool changed = m_locked != locked;
    m_locked = locked;
    // The pages and menus go inert and out of sight (figures, tables, the detail page, the status
    // line's last scan and poll round); the unlock dialog (a child of the window) stays usable.
    if (QWidget *central = m_window->centralWidget()) {
        central->setEnabled(!locked);
        central->setVisible(!locked);
    }
    m_window->statusBar()->setVisible(!locked);
    m_window->menuBar()->setEnabled(!locked);
    if (locked) {
        m_admin->closeDialogs();
        QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::logout, Qt::QueuedConnection);
    }
    updateActions();
    if (changed)
        Q_EMIT lockChanged(locked);
}

QString ActionsController::printerLabel(qint64 deviceId) const
{
    const int row = m_printers ? m_printers->rowForDevice(deviceId) : -1;
    if (row < 0)
        return tr("printer %1").arg(deviceId);
    const Core::PrinterSummary &summary = m_printers->summaryAt(row);
    return summary.name.isEmpty() ? summary.address : tr("%1 (%2)").arg(summary.name, summary.address);
}

void ActionsController::trigger(Auth::Action action, const QString &entryPoint)
{
    const QList<qint64> ids = m_window->printersPage()->selectedDeviceIds();
    if (ids.isEmpty()) {
        m_window->showTransientMessage(tr("Select one or more printers first."));
        return;
    }
    QList<Actions::PrinterRef> printers;
    for (qint64 id : ids)
        printers << Actions::PrinterRef{id, {}, printerLabel(id), 0};
    m_bulk->run(action, entryPoint, printers);
}

void ActionsController::setCredentials(const Core::SnmpCredential &defaults, const QList<Core::CredentialSet> &sets)
{
    Actions::ActionSettings &s = m_options.settings;
    for (Core::SnmpCredential *credential : {&s.readCredential, &s.writeCredential}) {
        credential->port = defaults.port;
        // The demo polls with short timeouts; its actions keep the more patient ones they start with.
        if (!m_options.demo) {
            credential->timeoutMs = defaults.timeoutMs;
            credential->retries = defaults.retries;
        }
    }
    // The defaults are a community: an SNMPv3 user comes only from a set.
    if (defaults.version != Core::SnmpVersion::V3) {
        s.readCredential.version = defaults.version;
        s.writeCredential.version = defaults.version;
        if (!defaults.community.isEmpty())
            s.readCredential.community = defaults.community;
    }
    s.credentialSets = sets;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, settings = m_options.settings] { runner->setSettings(settings); });
}

} // namespace Printwatch::App
