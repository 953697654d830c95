// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Local users: the first Administrator, login with a growing delay and a lockout, password
// changes and user administration. Works on one thread's Database (the actions thread in the
// app, the main thread in printwatch-cli). Every administrative change and every login is audited.

#include "auth/access.h"
#include "auth/passwordhasher.h"
#include "core/result.h"
#include "storage/accessrecords.h"

#include <QCoreApplication>
#include <QHash>

namespace Printwatch::Storage {
class Database;
}

namespace Printwatch::Auth {

struct LoginPolicy
{
    int lockAfter = 5;      // failed attempts in a row that lock the account
    int baseDelayMs = 1000; // after the first failure; doubles with each further one
    int maxDelayMs = 30000;
};

struct LoginOutcome
{
    std::optional<Session> session;
    QString error;   // the same words for an unknown user and a wrong password
    bool locked = false;
    int delayMs = 0; // the caller waits this long before it shows the outcome or accepts another try
};

class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Auth::AuthService)
public:
    explicit AuthService(const Storage::Database &db, HashParameters parameters = HashParameters::fromEnvironment(),
                         LoginPolicy policy = {});

    Core::Result<bool> hasUsers() const;
    // Only while no user exists: the first start's Administrator.
    Core::Result<Session> createFirstAdministrator(const QString &name, const QString &password);
    // The demo mode's account, marked as such (name "demo", password "demo", Administrator).
    Core::Result<Session> ensureDemoAccount();

    LoginOutcome login(const QString &name, const QString &password);
    Core::Result<void> changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);

    // Administration: each needs Action::ManageUsers.
    Core::Result<qint64> addUser(const Session &actor, const QString &name, Role role, const QString &password,
                                 bool allDevices = true, const QList<qint64> &groupIds = {});
    Core::Result<void> setRole(const Session &actor, const QString &name, Role role, bool allDevices);
    Core::Result<void> setUserGroups(const Session &actor, const QString &name, const QList<qint64> &groupIds);
    Core::Result<void> resetPassword(const Session &actor, const QString &name, const QString &newPassword);
    Core::Result<void> unlock(const Session &actor, const QString &name);
    Core::Result<void> removeUser(const Session &actor, const QString &name);
    Core::Result<QList<Storage::UserRecord>> users(const Session &actor) const;
    // Which printers a user sees: every one (allDevices), or those of `groupIds`. An empty group
    // list with allDevices false is a user who sees no printer at all.
    Core::Result<void> setUserScope(const Session &actor, const QString &name, bool allDevices,
                                    const QList<qint64> &groupIds);

    // Device groups: each needs Action::ManageSettings, and each change is audited (done or refused).
    Core::Result<QList<Storage::DeviceGroupRecord>> groups(const Session &actor) const;
    Core::Result<qint64> addGroup(const Session &actor, const QString &name);
    Core::Result<void> renameGroup(const Session &actor, qint64 groupId, const QString &name);
    Core::Result<void> removeGroup(const Session &actor, qint64 groupId);
    Core::Result<void> setGroupDevices(const Session &actor, qint64 groupId, const QList<qint64> &deviceIds);
    Core::Result<void> addGroupDevices(const Session &actor, qint64 groupId, const QList<qint64> &deviceIds);
    static Core::Result<void> checkGroupName(const QString &name);

    // A fresh session for a stored user (after a login, or re-read after an administrator's change).
    Core::Result<Session> sessionFor(const QString &name) const;

    static Core::Result<void> checkNewPassword(const QString &name, const QString &password);
    static Core::Result<void> checkUserName(const QString &name);

    const LoginPolicy &policy() const { return m_policy; }
    int delayAfter(int failures) const;

private:
    Core::Result<void> requireManager(const Session &actor, const QString &what) const;
    Core::Result<void> requireGroupManager(const Session &actor, const QString &action, const QString &what) const;
    QString groupLabel(qint64 groupId) const;
    Core::Result<Storage::UserRecord> existing(const QString &name) const;
    void audit(const QString &user, const QString &action, const QString &target, const QString &result,
               const QString &detail) const;

    const Storage::Database &m_db;
    PasswordHasher m_hasher;
    LoginPolicy m_policy;
    QHash<QString, int> m_unknownFailures; // names that are not users get the same delays and lock
};

} // namespace Printwatch::Auth
