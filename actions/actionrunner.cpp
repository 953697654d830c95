// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionrunner.h"

#include "actions/actionexecutor.h"
#include "auth/authservice.h"
#include "auth/authorizer.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Printwatch::Actions {

ActionRunner::ActionRunner(QString databasePath, ActionSettings settings, bool demo, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_settings(std::move(settings)), m_demo(demo)
{
}

ActionRunner::~ActionRunner()
{
    m_executor.reset();
    m_auth.reset();
    m_db.reset();
}

void ActionRunner::open()
{
    auto db = Storage::Database::open(m_databasePath);
    if (!db) {
        Q_EMIT opened(false, db.error(), false);
        return;
    }
    m_db = std::make_unique<Storage::Database>(std::move(db.value()));
    m_auth = std::make_unique<Auth::AuthService>(*m_db);
    m_executor = std::make_unique<ActionExecutor>(*m_db, m_settings);
    if (m_demo) {
        if (auto demo = m_auth->ensureDemoAccount(); !demo) {
            Q_EMIT opened(false, demo.error(), false);
            return;
        }
    }
    auto users = m_auth->hasUsers();
    Q_EMIT opened(users.ok(), users.ok() ? QString() : users.error(), users.ok() && *users);
}

void ActionRunner::login(const QString &name, const QString &password)
{
    if (!m_auth) {
        Q_EMIT loginFinished(false, tr("The database is not open."), {}, 0);
        return;
    }
    const Auth::LoginOutcome outcome = m_auth->login(name, password);
    if (outcome.session)
        m_session = *outcome.session;
    Q_EMIT loginFinished(outcome.session.has_value(), outcome.error, outcome.session.value_or(Auth::Session{}),
                         outcome.delayMs);
}

void ActionRunner::createFirstAdministrator(const QString &name, const QString &password)
{
    if (!m_auth) {
        Q_EMIT loginFinished(false, tr("The database is not open."), {}, 0);
        return;
    }
    auto session = m_auth->createFirstAdministrator(name, password);
    if (session)
        m_session = session.value();
    Q_EMIT loginFinished(session.ok(), session.ok() ? QString() : session.error(),
                         session.ok() ? session.value() : Auth::Session{}, 0);
}

void ActionRunner::changePassword(const QString &oldPassword, const QString &newPassword)
{
    if (!m_auth || !m_session.valid()) {
        Q_EMIT passwordChanged(false, tr("Nobody is logged in."));
        return;
    }
    auto done = m_auth->changePassword(m_session, oldPassword, newPassword);
    Q_EMIT passwordChanged(done.ok(), done.ok() ? QString() : done.error());
}

void ActionRunner::logout()
{
    m_session = {};
}

void ActionRunner::setSettings(const ActionSettings &settings)
{
    m_settings = settings;
    if (m_executor)
        m_executor->setSettings(settings);
}

void ActionRunner::cancel(quint64 requestId)
{
    QMutexLocker lock(&m_cancelMutex);
    if (auto flag = m_cancels.value(requestId))
        flag->store(true);
}

void ActionRunner::run(const ActionRequest &request)
{
    auto flag = std::make_shared<std::atomic<bool>>(false);
    {
        QMutexLocker lock(&m_cancelMutex);
        m_cancels.insert(request.id, flag);
    }
    QList<ActionResult> results;
    if (!m_executor) {
        for (const PrinterRef &printer : request.printers) {
            ActionResult result;
            result.requestId = request.id;
            result.action = request.action;
            result.printer = printer;
            result.message = tr("The database is not open.");
            results << result;
        }
    } else {
        for (const PrinterRef &printer : request.printers) {
            ActionResult result;
            if (flag->load()) {
                result.requestId = request.id;
                result.action = request.action;
                result.printer = printer;
                result.outcome = Outcome::Cancelled;
                result.message = tr("Cancelled before this printer");
            } else {
                result = m_executor->run(m_session, request, printer, flag.get(),
                                         [this, &request](const PrinterRef &p, int percent, const QString &text) {
                                             Q_EMIT progress(request.id, p.deviceId, percent, text);
                                         });
            }
            Q_EMIT printerFinished(result);
            results << result;
        }
    }
    {
        QMutexLocker lock(&m_cancelMutex);
        m_cancels.remove(request.id);
    }
    Q_EMIT finished(request.id, results);
}

Core::Result<void> ActionRunner::authorizeDiscovery(const QString &targets, const QString &entryPoint)
{
    if (!m_db)
        return Core::Error{tr("Discovery of %1 refused: the database is not open.").arg(targets)};
    auto allowed = Auth::Authorizer(*m_db).check(m_session, Auth::Action::Discover, std::nullopt, targets);
    Storage::AuditRepository log(*m_db);
    auto written = log.append({m_session.userName, Auth::actionKey(Auth::Action::Discover), std::nullopt, targets,
                               allowed ? QStringLiteral("ok") : QStringLiteral("refused"),
                               allowed ? tr("Started from %1").arg(entryPoint)
                                       : tr("%1 (from %2)").arg(allowed.error(), entryPoint),
                               {}});
    // A scan that cannot be audited does not start either.
    if (!written)
        return Core::Error{tr("Discovery of %1 refused: the audit log cannot be written: %2").arg(targets, written.error())};
    return allowed;
}

void ActionRunner::loadAudit()
{
    if (!m_db) {
        Q_EMIT auditLoaded({}, false, {}, tr("The database is not open."));
        return;
    }
    Storage::AuditRepository log(*m_db);
    if (!m_session.valid() || !Auth::roleAllows(m_session.role, Auth::Action::ViewAudit)) {
        const QString refusal = tr("Refused: %1 may not read the audit log; only an Administrator may.")
                                    .arg(m_session.valid() ? m_session.userName : tr("nobody logged in"));
        static_cast<void>(log.append({m_session.userName, Auth::actionKey(Auth::Action::ViewAudit), std::nullopt,
                                      QStringLiteral("audit log"), QStringLiteral("refused"), refusal, {}}));
        Q_EMIT auditLoaded({}, false, {}, refusal);
        return;
    }
    auto rows = log.entries();
    auto verdict = log.verify();
    if (!rows || !verdict) {
        Q_EMIT auditLoaded({}, false, {}, rows ? verdict.error() : rows.error());
        return;
    }
    Q_EMIT auditLoaded(rows.value(), verdict->intact, verdict->problem, QString());
}

void ActionRunner::loadUsers()
{
    if (!m_auth) {
        Q_EMIT usersLoaded({}, tr("The database is not open."));
        return;
    }
    auto users = m_auth->users(m_session);
    Q_EMIT usersLoaded(users ? users.value() : QList<Storage::UserRecord>(), users ? QString() : users.error());
    if (!users)
        return;
    QHash<QString, bool> switches;
    const Auth::Authorizer authorizer(*m_db);
    for (Auth::Action action : Auth::PrinterActions) {
        auto enabled = authorizer.enabledFor(action, std::nullopt);
        switches.insert(Auth::actionKey(action), enabled.ok() && *enabled);
    }
    Q_EMIT switchesLoaded(switches);
    loadSwitches();
}

void ActionRunner::addUser(const QString &name, const QString &roleKey, const QString &password)
{
    const auto role = Auth::roleFromKey(roleKey);
    if (!m_auth || !role) {
        Q_EMIT adminDone(false, tr("Cannot add %1: unknown role “%2”.").arg(name, roleKey));
        return;
    }
    auto added = m_auth->addUser(m_session, name, *role, password);
    Q_EMIT adminDone(added.ok(), added ? tr("Added %1 (%2).").arg(name, Auth::roleText(*role)) : added.error());
}

void ActionRunner::unlockUser(const QString &name)
{
    auto done = m_auth ? m_auth->unlock(m_session, name) : Core::Result<void>(Core::Error{tr("The database is not open.")});
    Q_EMIT adminDone(done.ok(), done ? tr("%1 is unlocked.").arg(name) : done.error());
}

void ActionRunner::removeUser(const QString &name)
{
    auto done = m_auth ? m_auth->removeUser(m_session, name) : Core::Result<void>(Core::Error{tr("The database is not open.")});
    Q_EMIT adminDone(done.ok(), done ? tr("%1 is removed.").arg(name) : done.error());
}

void ActionRunner::setActionEnabled(const QString &actionKey, bool enabled)
{
    setGroupActionEnabled(0, actionKey, enabled);
}

void ActionRunner::setGroupActionEnabled(qint64 groupId, const QString &actionKey, bool enabled)
{
    const auto action = Auth::actionFromKey(actionKey);
    if (!m_db || !action) {
        Q_EMIT adminDone(false, tr("Unknown action “%1”.").arg(actionKey));
        return;
    }
    auto done = Auth::Authorizer(*m_db).setActionEnabled(m_session, *action, groupId, enabled);
    const QString what = Auth::actionText(*action);
    QString message;
    if (!done)
        message = done.error();
    else if (groupId == 0)
        message = (enabled ? tr("%1 is switched on.") : tr("%1 is switched off.")).arg(what);
    else
        message = (enabled ? tr("%1 is switched on for device group %2.") : tr("%1 is switched off for device group %2."))
                      .arg(what)
                      .arg(groupId);
    Q_EMIT adminDone(done.ok(), message);
    loadSwitches();
}

void ActionRunner::loadSwitches()
{
    if (!m_db || !m_session.valid())
        return;
    auto state = loadActionSwitches(*m_db);
    if (state)
        Q_EMIT switchStateLoaded(state.value());
}

void ActionRunner::loadGroups()
{
    if (!m_auth) {
        Q_EMIT groupsLoaded({}, {}, tr("The database is not open."));
        return;
    }
    auto groups = m_auth->groups(m_session);
    if (!groups) {
        Q_EMIT groupsLoaded({}, {}, groups.error());
        return;
    }
    auto users = m_auth->users(m_session);
    Q_EMIT groupsLoaded(groups.value(), users ? users.value() : QList<Storage::UserRecord>(),
                        users ? QString() : users.error());
}

void ActionRunner::groupDone(const Core::Result<void> &done, const QString &message)
{
    Q_EMIT groupsChanged(done.ok(), done ? message : done.error());
    loadGroups();
    loadSwitches(); // the switch state carries the groups' names and members
}

void ActionRunner::addGroup(const QString &name)
{
    if (!m_auth)
        return groupDone(Core::Error{tr("The database is not open.")}, {});
    auto added = m_auth->addGroup(m_session, name);
    groupDone(added ? Core::Result<void>() : Core::Result<void>(Core::Error{added.error()}),
              tr("Device group %1 added.").arg(name));
}

void ActionRunner::renameGroup(qint64 groupId, const QString &name)
{
    if (!m_auth)
        return groupDone(Core::Error{tr("The database is not open.")}, {});
    groupDone(m_auth->renameGroup(m_session, groupId, name), tr("Device group renamed to %1.").arg(name));
}

void ActionRunner::removeGroup(qint64 groupId)
{
    if (!m_auth)
        return groupDone(Core::Error{tr("The database is not open.")}, {});
    groupDone(m_auth->removeGroup(m_session, groupId), tr("Device group removed."));
}

void ActionRunner::setGroupDevices(qint64 groupId, const QList<qint64> &deviceIds)
{
    if (!m_auth)
        return groupDone(Core::Error{tr("The database is not open.")}, {});
    groupDone(m_auth->setGroupDevices(m_session, groupId, deviceIds),
              tr("The group now holds %n printer(s).", nullptr, int(deviceIds.size())));
}

void ActionRunner::addGroupDevices(qint64 groupId, const QList<qint64> &deviceIds)
{
    if (!m_auth)
        return groupDone(Core::Error{tr("The database is not open.")}, {});
    groupDone(m_auth->addGroupDevices(m_session, groupId, deviceIds),
              tr("%n printer(s) added to the group.", nullptr, int(deviceIds.size())));
}

void ActionRunner::setGroupUsers(qint64 groupId, const QStringList &userNames)
{
    if (!m_auth)
        return groupDone(Core::Error{tr("The database is not open.")}, {});
    auto users = m_auth->users(m_session);
    if (!users)
        return groupDone(Core::Error{users.error()}, {});
    Core::Result<void> done;
    int changed = 0;
    for (const Storage::UserRecord &user : users.value()) {
        const bool want = userNames.contains(user.name);
        if (want == user.groupIds.contains(groupId))
            continue;
        QList<qint64> groups = user.groupIds;
        if (want)
            groups.append(groupId);
        else
            groups.removeAll(groupId);
        done = m_auth->setUserScope(m_session, user.name, groups.isEmpty(), groups);
        if (!done)
            break;
        ++changed;
    }
    groupDone(done, tr("%n user(s) changed.", nullptr, changed));
}

} // namespace Printwatch::Actions
