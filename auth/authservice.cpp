// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authservice.h"

#include "storage/accessrepository.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace Printwatch::Auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Auth", text);
}

QString wrongCredentials()
{
    return tr("Wrong user name or password.");
}

QString lockedMessage(int attempts)
{
    return tr("Too many failed attempts (%1): this account is locked. An administrator can unlock it.").arg(attempts);
}

constexpr int MaxTrackedUnknownNames = 10000;

} // namespace

AuthService::AuthService(const Storage::Database &db, HashParameters parameters, LoginPolicy policy)
    : m_db(db), m_hasher(parameters), m_policy(policy)
{
}

int AuthService::delayAfter(int failures) const
{
    if (failures <= 0)
        return 0;
    qint64 delay = m_policy.baseDelayMs;
    for (int i = 1; i < failures && delay < m_policy.maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, m_policy.maxDelayMs));
}

Core::Result<void> AuthService::checkUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!pattern.match(name).hasMatch())
        return Core::Error{tr("The user name “%1” is not valid: use 1 to 64 letters, digits, dots, dashes, "
                              "underscores or @.")
                               .arg(name.left(64))};
    return {};
}

Core::Result<void> AuthService::checkNewPassword(const QString &name, const QString &password)
{
    if (password.size() < 8)
        return Core::Error{tr("The password for %1 is too short: use at least 8 characters.").arg(name)};
    if (password.compare(name, Qt::CaseInsensitive) == 0)
        return Core::Error{tr("The password for %1 must not be the user name.").arg(name)};
    return {};
}

void AuthService::audit(const QString &user, const QString &action, const QString &target, const QString &result,
                        const QString &detail) const
{
    // An audit failure must not be silent: it goes to the log, and the action it records stands.
    Storage::AuditRepository log(m_db);
    if (auto written = log.append({user, action, std::nullopt, target, result, detail, {}}); !written)
        qWarning("%s", qPrintable(written.error()));
}

Core::Result<bool> AuthService::hasUsers() const
{
    auto count = Storage::AccessRepository(m_db).userCount();
    if (!count)
        return Core::Error{count.error()};
    return *count > 0;
}

Core::Result<Session> AuthService::createFirstAdministrator(const QString &name, const QString &password)
{
    if (auto valid = checkUserName(name); !valid)
        return Core::Error{valid.error()};
    if (auto strong = checkNewPassword(name, password); !strong)
        return Core::Error{strong.error()};
    auto any = hasUsers();
    if (!any)
        return Core::Error{any.error()};
    if (*any)
        return Core::Error{tr("Cannot create %1 as the first Administrator: users exist already; an Administrator "
                              "adds further users.")
                               .arg(name)};
    auto hashed = m_hasher.hash(password);
    if (!hashed)
        return Core::Error{hashed.error()};
    Storage::UserRecord user;
    user.name = name;
    user.role = roleKey(Role::Administrator);
    user.passwordHash = hashed.value();
    user.allDevices = true;
    if (auto added = Storage::AccessRepository(m_db).addUser(user); !added)
        return Core::Error{added.error()};
    audit(name, QStringLiteral("create-first-admin"), name, QStringLiteral("ok"), tr("first Administrator created"));
    return sessionFor(name);
}

Core::Result<Session> AuthService::ensureDemoAccount()
{
    const QString name = QStringLiteral("demo");
    auto found = Storage::AccessRepository(m_db).user(name);
    if (!found)
        return Core::Error{found.error()};
    if (!found->has_value()) {
        auto hashed = m_hasher.hash(name);
        if (!hashed)
            return Core::Error{hashed.error()};
        Storage::UserRecord user;
        user.name = name;
        user.role = roleKey(Role::Administrator);
        user.passwordHash = hashed.value();
        user.allDevices = true;
        user.demo = true;
        if (auto added = Storage::AccessRepository(m_db).addUser(user); !added)
            return Core::Error{added.error()};
    } else if (!found->value().demo) {
        return Core::Error{tr("A real user called “demo” exists: the demo account is not created.")};
    }
    return sessionFor(name);
}

Core::Result<Session> AuthService::sessionFor(const QString &name) const
{
    auto user = existing(name);
    if (!user)
        return Core::Error{user.error()};
    const auto role = roleFromKey(user->role);
    if (!role)
        return Core::Error{tr("The user %1 has an unknown role “%2” in the database.").arg(name, user->role)};
    Session session;
    session.userId = user->id;
    session.userName = user->name;
    session.role = *role;
    session.allDevices = user->allDevices;
    session.groupIds = user->groupIds;
    session.demo = user->demo;
    return session;
}

LoginOutcome AuthService::login(const QString &name, const QString &password)
{
    LoginOutcome outcome;
    Storage::AccessRepository users(m_db);
    auto found = users.user(name);
    if (!found) {
        outcome.error = found.error();
        return outcome;
    }
    const std::optional<Storage::UserRecord> &user = found.value();
    // Always one full Argon2id verification, against a decoy for unknown names, so the answer
    // takes as long whether or not the user exists.
    const bool matches = m_hasher.verify(user ? user->passwordHash : m_hasher.decoyHash(), password) && user;

    if (!user) {
        if (m_unknownFailures.size() > MaxTrackedUnknownNames)
            m_unknownFailures.clear();
        const int failures = ++m_unknownFailures[name];
        outcome.locked = failures >= m_policy.lockAfter;
        outcome.error = outcome.locked ? lockedMessage(failures) : wrongCredentials();
        outcome.delayMs = delayAfter(failures);
        // One durable commit, as for a known user below: the database work takes as long too.
        audit(QString(), QStringLiteral("login"), name.left(64), QStringLiteral("failed"),
              tr("unknown user name (attempt %1)").arg(failures));
        return outcome;
    }
    if (user->locked) {
        outcome.locked = true;
        outcome.error = lockedMessage(user->failedAttempts);
        outcome.delayMs = delayAfter(user->failedAttempts);
        audit(name, QStringLiteral("login"), name, QStringLiteral("refused"), tr("account locked"));
        return outcome;
    }
    if (!matches) {
        const int failures = user->failedAttempts + 1;
        outcome.locked = failures >= m_policy.lockAfter;
        outcome.error = outcome.locked ? lockedMessage(failures) : wrongCredentials();
        outcome.delayMs = delayAfter(failures);
        // The counter and its audit row commit together, in one durable transaction.
        Storage::AuditRepository log(m_db);
        const QString detail = outcome.locked ? tr("wrong password; account locked after %1 attempts").arg(failures)
                                              : tr("wrong password (attempt %1)").arg(failures);
        Core::Result<void> saved = log.makeDurable();
        if (saved)
            saved = m_db.beginWrite();
        if (saved) {
            saved = users.setLoginState(user->id, failures, outcome.locked, QDateTime::currentDateTimeUtc());
            if (saved) {
                auto written = log.appendInTransaction({name, QStringLiteral("login"), std::nullopt, name,
                                                        QStringLiteral("failed"), detail, {}});
                if (!written)
                    saved = Core::Error{written.error()};
            }
            if (saved)
                saved = m_db.commit();
            else
                m_db.rollback();
        }
        if (!saved)
            outcome.error = saved.error();
        return outcome;
    }
    if (user->failedAttempts != 0) {
        if (auto saved = users.setLoginState(user->id, 0, false, {}); !saved) {
            outcome.error = saved.error();
            return outcome;
        }
    }
    auto session = sessionFor(name);
    if (!session) {
        outcome.error = session.error();
        return outcome;
    }
    outcome.session = session.value();
    audit(name, QStringLiteral("login"), name, QStringLiteral("ok"), QString());
    return outcome;
}

Core::Result<void> AuthService::changePassword(const Session &session, const QString &oldPassword,
                                               const QString &newPassword)
{
    auto user = existing(session.userName);
    if (!user)
        return Core::Error{user.error()};
    if (!m_hasher.verify(user->passwordHash, oldPassword)) {
        audit(session.userName, QStringLiteral("change-password"), session.userName, QStringLiteral("refused"),
              tr("the current password was wrong"));
        return Core::Error{tr("The current password of %1 is not correct.").arg(session.userName)};
    }
    if (auto strong = checkNewPassword(session.userName, newPassword); !strong)
        return strong;
    auto hashed = m_hasher.hash(newPassword);
    if (!hashed)
        return Core::Error{hashed.error()};
    if (auto saved = Storage::AccessRepository(m_db).setPasswordHash(user->id, hashed.value()); !saved)
        return saved;
    audit(session.userName, QStringLiteral("change-password"), session.userName, QStringLiteral("ok"), QString());
    return {};
}

Core::Result<void> AuthService::requireManager(const Session &actor, const QString &what) const
{
    if (actor.valid() && roleAllows(actor.role, Action::ManageUsers))
        return {};
    const QString who = actor.valid() ? actor.userName : tr("nobody logged in");
    audit(actor.userName, QStringLiteral("manage-users"), what, QStringLiteral("refused"),
          tr("%1 may not manage users").arg(who));
    return Core::Error{tr("Refused: %1 (%2) may not manage users; only an Administrator may.")
                           .arg(who, roleText(actor.role))};
}

Core::Result<Storage::UserRecord> AuthService::existing(const QString &name) const
{
    auto found = Storage::AccessRepository(m_db).user(name);
    if (!found)
        return Core::Error{found.error()};
    if (!found->has_value())
        return Core::Error{tr("There is no user called “%1”.").arg(name)};
    return found->value();
}

Core::Result<qint64> AuthService::addUser(const Session &actor, const QString &name, Role role, const QString &password,
                                          bool allDevices, const QList<qint64> &groupIds)
{
    if (auto allowed = requireManager(actor, name); !allowed)
        return Core::Error{allowed.error()};
    if (auto valid = checkUserName(name); !valid)
        return Core::Error{valid.error()};
    if (auto strong = checkNewPassword(name, password); !strong)
        return Core::Error{strong.error()};
    auto hashed = m_hasher.hash(password);
    if (!hashed)
        return Core::Error{hashed.error()};
    Storage::UserRecord user;
    user.name = name;
    user.role = roleKey(role);
    user.passwordHash = hashed.value();
    user.allDevices = allDevices;
    user.groupIds = groupIds;
    auto added = Storage::AccessRepository(m_db).addUser(user);
    audit(actor.userName, QStringLiteral("add-user"), name, added ? QStringLiteral("ok") : QStringLiteral("failed"),
          added ? roleKey(role) : added.error());
    return added;
}

Core::Result<void> AuthService::setRole(const Session &actor, const QString &name, Role role, bool allDevices)
{
    if (auto allowed = requireManager(actor, name); !allowed)
        return allowed;
    auto user = existing(name);
    if (!user)
        return Core::Error{user.error()};
    auto done = Storage::AccessRepository(m_db).setRole(user->id, roleKey(role), allDevices);
    audit(actor.userName, QStringLiteral("set-role"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? roleKey(role) : done.error());
    return done;
}

Core::Result<void> AuthService::setUserGroups(const Session &actor, const QString &name, const QList<qint64> &groupIds)
{
    if (auto allowed = requireManager(actor, name); !allowed)
        return allowed;
    auto user = existing(name);
    if (!user)
        return Core::Error{user.error()};
    auto done = Storage::AccessRepository(m_db).setUserGroups(user->id, groupIds);
    QStringList ids;
    for (qint64 id : groupIds)
        ids << QString::number(id);
    audit(actor.userName, QStringLiteral("set-groups"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? ids.join(QLatin1Char(',')) : done.error());
    return done;
}

Core::Result<void> AuthService::resetPassword(const Session &actor, const QString &name, const QString &newPassword)
{
    if (auto allowed = requireManager(actor, name); !allowed)
        return allowed;
    auto user = existing(name);
    if (!user)
        return Core::Error{user.error()};
    if (auto strong = checkNewPassword(name, newPassword); !strong)
        return strong;
    auto hashed = m_hasher.hash(newPassword);
    if (!hashed)
        return Core::Error{hashed.error()};
    auto done = Storage::AccessRepository(m_db).setPasswordHash(user->id, hashed.value());
    audit(actor.userName, QStringLiteral("reset-password"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? QString() : done.error());
    return done;
}

Core::Result<void> AuthService::unlock(const Session &actor, const QString &name)
{
    if (auto allowed = requireManager(actor, name); !allowed)
        return allowed;
    auto user = existing(name);
    if (!user)
        return Core::Error{user.error()};
    auto done = Storage::AccessRepository(m_db).setLoginState(user->id, 0, false, {});
    audit(actor.userName, QStringLiteral("unlock-user"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? tr("after %1 failed attempts").arg(user->failedAttempts) : done.error());
    return done;
}

Core::Result<void> AuthService::removeUser(const Session &actor, const QString &name)
{
    if (auto allowed = requireManager(actor, name); !allowed)
        return allowed;
    auto user = existing(name);
    if (!user)
        return Core::Error{user.error()};
    if (user->id == actor.userId)
        return Core::Error{tr("%1 cannot remove their own account while logged in.").arg(name)};
    auto done = Storage::AccessRepository(m_db).removeUser(user->id);
    audit(actor.userName, QStringLiteral("remove-user"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? QString() : done.error());
    return done;
}

Core::Result<QList<Storage::UserRecord>> AuthService::users(const Session &actor) const
{
    if (auto allowed = requireManager(actor, tr("the user list")); !allowed)
        return Core::Error{allowed.error()};
    auto list = Storage::AccessRepository(m_db).users();
    if (!list)
        return list;
    for (Storage::UserRecord &user : list.value())
        user.passwordHash.clear(); // the list is for display: the hashes stay in the database
    return list;
}

Core::Result<void> AuthService::setUserScope(const Session &actor, const QString &name, bool allDevices,
                                             const QList<qint64> &groupIds)
{
    if (auto allowed = requireManager(actor, name); !allowed)
        return allowed;
    auto user = existing(name);
    if (!user)
        return Core::Error{user.error()};
    Storage::AccessRepository access(m_db);
    Core::Result<void> done = m_db.beginWrite();
    if (done)
        done = access.setRole(user->id, user->role, allDevices);
    if (done)
        done = access.setUserGroups(user->id, groupIds);
    if (done)
        done = m_db.commit();
    else
        m_db.rollback();
    QStringList ids;
    for (qint64 id : groupIds)
        ids << QString::number(id);
    audit(actor.userName, QStringLiteral("set-groups"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? (allDevices ? tr("all printers") : tr("groups %1").arg(ids.join(QLatin1Char(',')))) : done.error());
    return done;
}

Core::Result<void> AuthService::checkGroupName(const QString &name)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (name.trimmed().isEmpty() || name.size() > 64 || name != name.trimmed() || control.match(name).hasMatch())
        return Core::Error{tr("The device group name “%1” is not valid: use 1 to 64 characters, no line breaks, "
                              "no leading or trailing spaces.")
                               .arg(name.left(64))};
    return {};
}

Core::Result<void> AuthService::requireGroupManager(const Session &actor, const QString &action, const QString &what) const
{
    if (actor.valid() && roleAllows(actor.role, Action::ManageSettings))
        return {};
    const QString who = actor.valid() ? actor.userName : tr("nobody logged in");
    audit(actor.userName, action, what, QStringLiteral("refused"), tr("%1 may not manage device groups").arg(who));
    return Core::Error{tr("Refused: %1 (%2) may not manage device groups; only an Administrator may.")
                           .arg(who, roleText(actor.role))};
}

QString AuthService::groupLabel(qint64 groupId) const
{
    auto list = Storage::AccessRepository(m_db).groups();
    if (list) {
        for (const Storage::DeviceGroupRecord &group : list.value()) {
            if (group.id == groupId)
                return group.name;
        }
    }
    return tr("device group %1").arg(groupId);
}

Core::Result<QList<Storage::DeviceGroupRecord>> AuthService::groups(const Session &actor) const
{
    if (auto allowed = requireGroupManager(actor, QStringLiteral("list-groups"), tr("device groups")); !allowed)
        return Core::Error{allowed.error()};
    return Storage::AccessRepository(m_db).groups();
}

Core::Result<qint64> AuthService::addGroup(const Session &actor, const QString &name)
{
    if (auto allowed = requireGroupManager(actor, QStringLiteral("group-add"), name); !allowed)
        return Core::Error{allowed.error()};
    if (auto valid = checkGroupName(name); !valid)
        return Core::Error{valid.error()};
    auto added = Storage::AccessRepository(m_db).addGroup(name);
    audit(actor.userName, QStringLiteral("group-add"), name, added ? QStringLiteral("ok") : QStringLiteral("failed"),
          added ? tr("id %1").arg(added.value()) : added.error());
    return added;
}

Core::Result<void> AuthService::renameGroup(const Session &actor, qint64 groupId, const QString &name)
{
    const QString old = groupLabel(groupId);
    if (auto allowed = requireGroupManager(actor, QStringLiteral("group-rename"), old); !allowed)
        return allowed;
    if (auto valid = checkGroupName(name); !valid)
        return valid;
    auto done = Storage::AccessRepository(m_db).renameGroup(groupId, name);
    audit(actor.userName, QStringLiteral("group-rename"), old, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? tr("renamed to %1").arg(name) : done.error());
    return done;
}

Core::Result<void> AuthService::removeGroup(const Session &actor, qint64 groupId)
{
    const QString name = groupLabel(groupId);
    if (auto allowed = requireGroupManager(actor, QStringLiteral("group-remove"), name); !allowed)
        return allowed;
    auto done = Storage::AccessRepository(m_db).removeGroup(groupId);
    audit(actor.userName, QStringLiteral("group-remove"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? tr("id %1").arg(groupId) : done.error());
    return done;
}

Core::Result<void> AuthService::setGroupDevices(const Session &actor, qint64 groupId, const QList<qint64> &deviceIds)
{
    const QString name = groupLabel(groupId);
    if (auto allowed = requireGroupManager(actor, QStringLiteral("group-devices"), name); !allowed)
        return allowed;
    Storage::AccessRepository access(m_db);
    Core::Result<void> done = m_db.beginWrite();
    if (done)
        done = access.setGroupDevices(groupId, deviceIds);
    if (done)
        done = m_db.commit();
    else
        m_db.rollback();
    audit(actor.userName, QStringLiteral("group-devices"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? QCoreApplication::translate("Auth", "%n printer(s)", nullptr, int(deviceIds.size())) : done.error());
    return done;
}

Core::Result<void> AuthService::addGroupDevices(const Session &actor, qint64 groupId, const QList<qint64> &deviceIds)
{
    const QString name = groupLabel(groupId);
    if (auto allowed = requireGroupManager(actor, QStringLiteral("group-add-devices"), name); !allowed)
        return allowed;
    Storage::AccessRepository access(m_db);
    Core::Result<void> done = m_db.beginWrite();
    if (done)
        done = access.addGroupDevices(groupId, deviceIds);
    if (done)
        done = m_db.commit();
    else
        m_db.rollback();
    QStringList ids;
    for (qint64 id : deviceIds)
        ids << QStringLiteral("#%1").arg(id);
    audit(actor.userName, QStringLiteral("group-add-devices"), name, done ? QStringLiteral("ok") : QStringLiteral("failed"),
          done ? ids.join(QLatin1Char(',')) : done.error());
    return done;
}

} // namespace Printwatch::Auth
