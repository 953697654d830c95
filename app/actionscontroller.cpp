// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actionscontroller.h"

#include "actions/actionrunner.h"
#include "models/printertablemodel.h"
#include "sim/fleet.h"
#include "sim/jobsink.h"
#include "views/actionprogressdialog.h"
#include "views/auditpage.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"
#include "views/printerspage.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Printwatch::App {

namespace {

QKeySequence shortcutFor(Auth::Action action)
{
    switch (action) {
    case Auth::Action::RefreshStatus:
        return QKeySequence(Qt::SHIFT | Qt::Key_F5);
    case Auth::Action::PrintTestPage:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    case Auth::Action::Reboot:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case Auth::Action::UpgradeFirmware:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    case Auth::Action::Troubleshoot:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    case Auth::Action::OpenWebPage:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    default:
        return {};
    }
}

QString menuText(Auth::Action action)
{
    switch (action) {
    case Auth::Action::RefreshStatus:
        return ActionsController::tr("&Refresh status");
    case Auth::Action::PrintTestPage:
        return ActionsController::tr("Print &test page…");
    case Auth::Action::Reboot:
        return ActionsController::tr("Re&boot…");
    case Auth::Action::UpgradeFirmware:
        return ActionsController::tr("Upgrade &firmware…");
    case Auth::Action::Troubleshoot:
        return ActionsController::tr("Trouble&shoot");
    case Auth::Action::OpenWebPage:
        return ActionsController::tr("Open &web page");
    default:
        return Auth::actionText(action);
    }
}

} // namespace

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
                    dialog->finish(tr("%1 of %n printer(s) done.", nullptr, int(results.size())).arg(ok));
                if (!results.isEmpty() && results.first().action == Auth::Action::RefreshStatus && ok > 0)
                    Q_EMIT pollNowRequested();
                Q_EMIT actionFinished(id, results);
            });
    connect(m_runner, &Actions::ActionRunner::auditLoaded, this,
            [this](const QList<Storage::AuditRecord> &records, bool intact, const QString &problem, const QString &error) {
                if (!m_auditPage)
                    return;
                if (!error.isEmpty()) {
                    m_auditPage->showError(error);
                    return;
                }
                QList<QStringList> rows;
                for (const Storage::AuditRecord &r : records) {
                    rows << QStringList{QString::number(r.id),
                                        r.at.toLocalTime().toString(Qt::ISODate),
                                        r.user,
                                        r.action,
                                        r.target,
                                        r.result,
                                        r.detail,
                                        QString::fromLatin1(r.hash.left(16))};
                }
                m_auditPage->setRows(rows, intact, problem);
            });
    connect(m_runner, &Actions::ActionRunner::usersLoaded, this,
            [this](const QList<Storage::UserRecord> &users, const QString &error) {
                if (!m_usersDialog)
                    return;
                if (!error.isEmpty()) {
                    m_usersDialog->showMessage(error, false);
                    return;
                }
                QList<QStringList> rows;
                for (const Storage::UserRecord &u : users) {
                    const auto role = Auth::roleFromKey(u.role);
                    QStringList state;
                    if (u.locked)
                        state << tr("locked after %n failed login(s)", nullptr, u.failedAttempts);
                    if (u.demo)
                        state << tr("demo account");
                    rows << QStringList{u.name, role ? Auth::roleText(*role) : u.role,
                                        u.allDevices ? tr("all") : tr("%n group(s)", nullptr, int(u.groupIds.size())),
                                        state.join(QStringLiteral(", "))};
                }
                m_usersDialog->setUsers(rows);
            });
    connect(m_runner, &Actions::ActionRunner::switchesLoaded, this, [this](const QHash<QString, bool> &switches) {
        if (m_usersDialog)
            m_usersDialog->setActionSwitches(switches);
    });
    connect(m_runner, &Actions::ActionRunner::switchStateLoaded, this, [this](const Actions::ActionSwitchState &state) {
        m_switchState = state;
        if (m_usersDialog)
            m_usersDialog->setSwitchState(state.groups, state.switches);
        updateActions();
    });
    connect(m_runner, &Actions::ActionRunner::adminDone, this, [this](bool ok, const QString &message) {
        if (m_usersDialog) {
            m_usersDialog->showMessage(message, ok);
            QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadUsers, Qt::QueuedConnection);
        }
    });
    connect(m_runner, &Actions::ActionRunner::passwordChanged, this, [this](bool ok, const QString &error) {
        if (ok)
            m_window->showTransientMessage(tr("Your password is changed."));
        else
            QMessageBox::warning(m_window, tr("Change password"), error);
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
    for (auto it = m_dialogs.cbegin(); it != m_dialogs.cend(); ++it)
        m_runner->cancel(it.key());
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
    m_menu->addSeparator();
    m_auditAction = m_menu->addAction(tr("Audit &log"));
    m_auditAction->setObjectName(QStringLiteral("auditLogAction"));
    connect(m_auditAction, &QAction::triggered, this, &ActionsController::openAudit);
    m_usersAction = m_menu->addAction(tr("&Users and permissions…"));
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    connect(m_usersAction, &QAction::triggered, this, &ActionsController::openUsers);
    m_passwordAction = m_menu->addAction(tr("&Change password…"));
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_passwordAction, &QAction::triggered, this, &ActionsController::changePassword);
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
    m_locked = locked;
    // The pages and menus go inert; the unlock dialog (a child of the window) stays usable.
    if (QWidget *central = m_window->centralWidget())
        central->setEnabled(!locked);
    m_window->menuBar()->setEnabled(!locked);
    if (locked)
        QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::logout, Qt::QueuedConnection);
    updateActions();
}

bool ActionsController::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(m_window, tr("Printwatch"), question) == QMessageBox::Yes;
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
    Actions::ActionRequest request;
    request.id = m_nextRequest++;
    request.action = action;
    request.entryPoint = entryPoint;
    for (qint64 id : ids)
        request.printers << Actions::PrinterRef{id, {}, printerLabel(id), 0};
    const QString what = ids.size() == 1 ? printerLabel(ids.first()) : tr("%n printer(s)", nullptr, int(ids.size()));

    if (action == Auth::Action::PrintTestPage) {
        std::optional<Actions::TestPageProtocol> protocol;
        if (m_chooseProtocol) {
            protocol = m_chooseProtocol();
        } else {
            const QStringList items{tr("Raw TCP port 9100"), tr("LPR (port 515)"), tr("IPP (port 631)")};
            bool ok = false;
            const QString item = QInputDialog::getItem(m_window, tr("Print test page"), tr("Send the test page by:"),
                                                       items, 0, false, &ok);
            if (ok)
                protocol = Actions::TestPageProtocol(items.indexOf(item));
        }
        if (!protocol)
            return;
        request.protocol = *protocol;
    }
    if (action == Auth::Action::UpgradeFirmware) {
        request.firmwarePath = m_chooseFirmware ? m_chooseFirmware()
                                                : QFileDialog::getOpenFileName(m_window, tr("Choose the firmware file"));
        if (request.firmwarePath.isEmpty())
            return;
    }
    QString question;
    switch (action) {
    case Auth::Action::Reboot:
        question = tr("Reboot %1? Jobs being printed are lost.").arg(what);
        break;
    case Auth::Action::UpgradeFirmware:
        question = tr("Send the firmware file %1 to %2? Do not switch the printer off while it installs; a cut "
                      "transfer is not sent again.")
                       .arg(request.firmwarePath, what);
        break;
    case Auth::Action::PrintTestPage:
        question = tr("Print a test page on %1?").arg(what);
        break;
    default:
        question = tr("%1 on %2?").arg(Auth::actionText(action), what);
        break;
    }
    if (!confirm(question))
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

void ActionsController::openAudit()
{
    if (!m_auditPage) {
        m_auditPage = new Views::AuditPage;
        connect(m_auditPage, &Views::AuditPage::refreshRequested, m_runner, &Actions::ActionRunner::loadAudit);
        m_window->addPage(m_auditPage, tr("Audit log"));
    }
    m_window->showPage(m_auditPage);
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadAudit, Qt::QueuedConnection);
}

void ActionsController::openUsers()
{
    if (!m_usersDialog) {
        QList<Views::UsersDialog::KeyText> roles;
        for (Auth::Role role : {Auth::Role::Viewer, Auth::Role::PowerUser, Auth::Role::Administrator})
            roles << Views::UsersDialog::KeyText{Auth::roleKey(role), Auth::roleText(role)};
        QList<Views::UsersDialog::KeyText> actions;
        for (Auth::Action action : Auth::PrinterActions)
            actions << Views::UsersDialog::KeyText{Auth::actionKey(action), Auth::actionText(action)};
        m_usersDialog = new Views::UsersDialog(roles, actions, m_window);
        auto *runner = m_runner;
        connect(m_usersDialog, &Views::UsersDialog::addRequested, runner,
                [runner](const QString &name, const QString &role, const QString &password) {
                    runner->addUser(name, role, password);
                });
        connect(m_usersDialog, &Views::UsersDialog::unlockRequested, runner, &Actions::ActionRunner::unlockUser);
        connect(m_usersDialog, &Views::UsersDialog::removeRequested, runner, &Actions::ActionRunner::removeUser);
        connect(m_usersDialog, &Views::UsersDialog::actionSwitchChanged, runner, &Actions::ActionRunner::setActionEnabled);
        connect(m_usersDialog, &Views::UsersDialog::groupActionSwitchChanged, runner,
                [runner](qint64 group, const QString &key, bool on) { runner->setGroupActionEnabled(group, key, on); });
    }
    m_usersDialog->show();
    m_usersDialog->raise();
    QMetaObject::invokeMethod(m_runner, &Actions::ActionRunner::loadUsers, Qt::QueuedConnection);
}

void ActionsController::changePassword()
{
    bool ok = false;
    const QString current = QInputDialog::getText(m_window, tr("Change password"), tr("Current password:"),
                                                  QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString next = QInputDialog::getText(m_window, tr("Change password"), tr("New password (8 characters or more):"),
                                               QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString repeat = QInputDialog::getText(m_window, tr("Change password"), tr("New password again:"),
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (repeat != next) {
        QMessageBox::warning(m_window, tr("Change password"), tr("The two new passwords differ."));
        return;
    }
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, current, next] { runner->changePassword(current, next); },
                              Qt::QueuedConnection);
}

void ActionsController::setCredentialSets(const QList<Core::CredentialSet> &sets)
{
    m_options.settings.credentialSets = sets;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, settings = m_options.settings] { runner->setSettings(settings); });
}

} // namespace Printwatch::App
