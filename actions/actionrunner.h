// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The GUI's door to actions and logins: a worker object moved to its own QThread, with its own
// database connection. Requests arrive as queued slot calls, results leave as signals; only
// values cross threads. A long action (a firmware upload, the wait for a reboot) blocks this
// thread, never the GUI; cancel() is callable from any thread and takes effect at the next chunk.

#include "actions/actionswitches.h"
#include "actions/actiontypes.h"
#include "auth/access.h"
#include "core/result.h"
#include "storage/accessrecords.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace Printwatch::Storage {
class Database;
}
namespace Printwatch::Auth {
class AuthService;
}

namespace Printwatch::Actions {

class ActionExecutor;

class ActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRunner)

public:
    // `demo`: the demo mode's marked account is created when the database opens.
    ActionRunner(QString databasePath, ActionSettings settings, bool demo = false, QObject *parent = nullptr);
    ~ActionRunner() override;

    // Thread-safe: marks the request cancelled; the worker stops at its next check.
    void cancel(quint64 requestId);

    // Network discovery for the worker's session: Ok, or the refusal in words; one audit row
    // either way ("discover", target = the ranges, detail = the entry point). Runs on this
    // object's thread: the GUI calls it with Qt::BlockingQueuedConnection before a scan starts.
    Core::Result<void> authorizeDiscovery(const QString &targets, const QString &entryPoint);

public Q_SLOTS:
    void open(); // opens the database on this thread; emits opened
    void login(const QString &name, const QString &password);
    void createFirstAdministrator(const QString &name, const QString &password);
    void changePassword(const QString &oldPassword, const QString &newPassword);
    void logout();
    void run(const Printwatch::Actions::ActionRequest &request);
    void setSettings(const Printwatch::Actions::ActionSettings &settings);
    // Administration, for the logged-in session; refusals come back as errors and are audited.
    void loadAudit();
    void loadUsers();
    void addUser(const QString &name, const QString &roleKey, const QString &password);
    void unlockUser(const QString &name);
    void removeUser(const QString &name);
    void setActionEnabled(const QString &actionKey, bool enabled); // fleet-wide
    void setGroupActionEnabled(qint64 groupId, const QString &actionKey, bool enabled); // 0 = fleet-wide
    // Any logged-in user: the switches, so the GUI greys out what the core would refuse.
    void loadSwitches();
    // Device groups, for an Administrator (AuthService checks and audits each change).
    void loadGroups();
    void addGroup(const QString &name);
    void renameGroup(qint64 groupId, const QString &name);
    void removeGroup(qint64 groupId);
    void setGroupDevices(qint64 groupId, const QList<qint64> &deviceIds);
    void addGroupDevices(qint64 groupId, const QList<qint64> &deviceIds);
    // The users of the group become exactly `userNames`; a user left in no group sees every
    // printer again (as `printwatch-cli group assign-user USER` with no group).
    void setGroupUsers(qint64 groupId, const QStringList &userNames);

Q_SIGNALS:
    void opened(bool ok, const QString &error, bool hasUsers);
    void loginFinished(bool ok, const QString &error, const Printwatch::Auth::Session &session, int delayMs);
    void passwordChanged(bool ok, const QString &error);
    void progress(quint64 requestId, qint64 deviceId, int percent, const QString &text);
    void printerFinished(const Printwatch::Actions::ActionResult &result);
    void finished(quint64 requestId, const QList<Printwatch::Actions::ActionResult> &results);
    void auditLoaded(const QList<Printwatch::Storage::AuditRecord> &rows, bool intact, const QString &problem,
                     const QString &error);
    void usersLoaded(const QList<Printwatch::Storage::UserRecord> &users, const QString &error);
    void switchesLoaded(const QHash<QString, bool> &fleetWide); // action key -> on
    void switchStateLoaded(const Printwatch::Actions::ActionSwitchState &state);
    void adminDone(bool ok, const QString &message);
    void groupsLoaded(const QList<Printwatch::Storage::DeviceGroupRecord> &groups,
                      const QList<Printwatch::Storage::UserRecord> &users, const QString &error);
    // After a group change: what happened, in words; `ok` false when refused or failed.
    void groupsChanged(bool ok, const QString &message);

private:
    void groupDone(const Core::Result<void> &done, const QString &message);

    QString m_databasePath;
    ActionSettings m_settings;
    bool m_demo = false;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Auth::AuthService> m_auth;
    std::unique_ptr<ActionExecutor> m_executor;
    Auth::Session m_session; // the worker's own copy: the GUI cannot hand it a forged one

    QMutex m_cancelMutex;
    QHash<quint64, std::shared_ptr<std::atomic<bool>>> m_cancels;
};

} // namespace Printwatch::Actions

Q_DECLARE_METATYPE(Printwatch::Actions::ActionSettings)
Q_DECLARE_METATYPE(Printwatch::Storage::AuditRecord)
Q_DECLARE_METATYPE(Printwatch::Storage::UserRecord)
Q_DECLARE_METATYPE(Printwatch::Storage::DeviceGroupRecord)
