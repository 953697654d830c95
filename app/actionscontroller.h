// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Device actions and login in the GUI: owns the actions thread (ActionRunner), the login, first
// Administrator and unlock dialogs, the idle lock, and the entry points of every printer action:
// the Actions menu, the printers' context menu and keyboard shortcuts. A request then goes through
// BulkActionFlow (questions, confirmation, progress); the Administrator's windows live in
// AdministrationController. Actions the role may not do
// are disabled here, but nothing is decided here: every request goes to ActionRunner, which asks
// auth/ and audits, so a forced click is refused below the GUI all the same.

#include "actions/actionswitches.h"
#include "actions/actiontypes.h"
#include "app/administrationcontroller.h"
#include "app/bulkactionflow.h"
#include "auth/access.h"
#include "storage/accessrecords.h"
#include "views/actionprogressdialog.h"
#include "views/auditpage.h"
#include "views/logindialog.h"
#include "views/groupsdialog.h"
#include "views/usersdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QShortcut;
class QTimer;

namespace Printwatch::Models {
class PrinterTableModel;
}
namespace Printwatch::Views {
class MainWindow;
}
namespace Printwatch::Actions {
class ActionRunner;
}
namespace Printwatch::Sim {
class Fleet;
class JobSink;
}

namespace Printwatch::App {

class ActionsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsController)

public:
    struct Options
    {
        QString databasePath;
        Actions::ActionSettings settings;
        bool demo = false;
        int lockMinutes = 15; // 0 = never lock
        bool showLogin = true; // false in tests that log in through login()
    };

    ActionsController(Views::MainWindow *window, Models::PrinterTableModel *printers, Options options,
                      QObject *parent = nullptr);
    ~ActionsController() override;

    // The app's controller: settings from QSettings; in the demo, job sinks on the simulated fleet
    // (so test pages and firmware have somewhere to go) and the demo account. `interactive` false
    // (screenshots) shows no login dialog.
    static std::unique_ptr<ActionsController> forApplication(Views::MainWindow *window,
                                                             Models::PrinterTableModel *printers,
                                                             const QString &databasePath, Sim::Fleet *demoFleet,
                                                             bool interactive);

    void start();
    // The Settings page's SNMP defaults (version, community, port, timeout, retries) and credential
    // sets (read and write credentials per range) for the actions thread, called on start and on
    // Apply: a printer no set covers is read with the default community, as the poller reads it.
    void setCredentials(const Core::SnmpCredential &defaults, const QList<Core::CredentialSet> &sets);

    const Auth::Session &session() const { return m_session; }
    // The idle lock is on: the session is valid but nothing of the fleet may show until unlocked.
    bool isLocked() const { return m_locked; }
    // Asks the core (ActionRunner, on its thread, with its own copy of the session) whether a
    // network discovery of `targets` may start; audited there, done or refused. The demo mode
    // before anyone logs in scans its simulated loopback fleet as it always has, unaudited.
    Core::Result<void> authorizeDiscovery(const QString &targets, const QString &entryPoint);
    // For the GUI only (hiding what the core would refuse): the role may run discovery.
    bool mayDiscover() const;
    QAction *menuAction(Auth::Action action) const { return m_menuActions.value(int(action)); }
    QAction *contextAction(Auth::Action action) const { return m_contextActions.value(int(action)); }
    QShortcut *shortcut(Auth::Action action) const { return m_shortcuts.value(int(action)); }
    QAction *groupsAction() const { return m_groupsAction; }
    QAction *addToGroupAction() const { return m_addToGroupAction; }
    Views::ActionProgressDialog *lastProgressDialog() const { return m_bulk->lastProgressDialog(); }
    Views::LoginDialog *loginDialog() const { return m_login; }
    Views::AuditPage *auditPage() const { return m_admin->auditPage(); }
    Views::UsersDialog *usersDialog() const { return m_admin->usersDialog(); }
    Views::GroupsDialog *groupsDialog() const { return m_admin->groupsDialog(); }
    AdministrationController *administration() const { return m_admin; }

    // What a person would answer; tests replace them.
    void setConfirmer(std::function<bool(const QString &question)> confirmer) { m_bulk->setConfirmer(std::move(confirmer)); }
    void setFirmwareChooser(std::function<QString()> chooser) { m_bulk->setFirmwareChooser(std::move(chooser)); }
    void setProtocolChooser(std::function<std::optional<Actions::TestPageProtocol>()> chooser)
    {
        m_bulk->setProtocolChooser(std::move(chooser));
    }

public Q_SLOTS:
    void login(const QString &name, const QString &password);
    void logout();
    void lock();
    // Runs `action` on the selected printers; `entryPoint` is recorded in the audit row.
    void trigger(Printwatch::Auth::Action action, const QString &entryPoint);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void sessionChanged(const Printwatch::Auth::Session &session);
    void lockChanged(bool locked);
    void loginFailed(const QString &error);
    void actionFinished(quint64 requestId, const QList<Printwatch::Actions::ActionResult> &results);
    void pollNowRequested();
    // Device groups or a user's groups changed: what the session sees is to be read again.
    void accessChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void onOpened(bool ok, const QString &error, bool hasUsers);
    void onLoginFinished(bool ok, const QString &error, const Auth::Session &session, int delayMs);
    void showLoginDialog(int mode);
    void setLocked(bool locked);
    QString printerLabel(qint64 deviceId) const;

    Views::MainWindow *m_window = nullptr;
    Models::PrinterTableModel *m_printers = nullptr;
    Options m_options;
    QThread m_thread;
    Actions::ActionRunner *m_runner = nullptr;
    Auth::Session m_session;
    bool m_locked = false;
    BulkActionFlow *m_bulk = nullptr;              // confirmation, progress, results of each request
    AdministrationController *m_admin = nullptr;   // audit page, users and groups dialogs, password

    QMenu *m_menu = nullptr;
    QHash<int, QAction *> m_menuActions;
    QHash<int, QAction *> m_contextActions;
    QHash<int, QShortcut *> m_shortcuts;
    QAction *m_logoutAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_groupsAction = nullptr;
    QAction *m_addToGroupAction = nullptr;
    Actions::ActionSwitchState m_switchState; // greys out what the core would refuse as switched off
    QPointer<Views::LoginDialog> m_login;
    QTimer *m_idle = nullptr;
    std::unique_ptr<Sim::JobSink> m_demoSink;
};

} // namespace Printwatch::App
