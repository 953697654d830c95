// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/authorizer.h"

#include "storage/accessrepository.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Printwatch::Auth {

Authorizer::Authorizer(const Storage::Database &db) : m_db(db) {}

Core::Result<Authorizer::Scope> Authorizer::currentScope(const Session &session) const
{
    if (!session.valid())
        return Scope{};
    auto stored = Storage::AccessRepository(m_db).user(session.userName);
    if (!stored)
        return Core::Error{stored.error()};
    // Removed (or removed and added again under the same name): the session sees nothing.
    if (!stored->has_value() || stored->value().id != session.userId)
        return Scope{};
    const Storage::UserRecord &user = stored->value();
    const auto role = roleFromKey(user.role);
    return Scope{(role && *role == Role::Administrator) || user.allDevices, user.groupIds};
}

Core::Result<bool> Authorizer::canSee(const Session &session, qint64 deviceId) const
{
    auto scope = currentScope(session);
    if (!scope)
        return Core::Error{scope.error()};
    if (scope->all)
        return true;
    if (scope->groupIds.isEmpty())
        return false;
    auto groups = Storage::AccessRepository(m_db).groupsOfDevice(deviceId);
    if (!groups)
        return Core::Error{groups.error()};
    for (qint64 group : groups.value()) {
        if (scope->groupIds.contains(group))
            return true;
    }
    return false;
}

Core::Result<std::optional<QSet<qint64>>> Authorizer::visibleDevices(const Session &session) const
{
    auto scope = currentScope(session);
    if (!scope)
        return Core::Error{scope.error()};
    if (scope->all)
        return std::optional<QSet<qint64>>();
    auto devices = Storage::AccessRepository(m_db).devicesInGroups(scope->groupIds);
    if (!devices)
        return Core::Error{devices.error()};
    return std::optional<QSet<qint64>>(devices.value());
}

Core::Result<bool> Authorizer::enabledFor(Action action, std::optional<qint64> deviceId) const
{
    Storage::AccessRepository access(m_db);
    auto switches = access.actionSwitches(actionKey(action));
    if (!switches)
        return Core::Error{switches.error()};
    if (!switches->value(0, true))
        return false;
    const bool groupSwitches = switches->size() > (switches->contains(0) ? 1 : 0);
    if (!deviceId || !groupSwitches)
        return true;
    auto groups = access.groupsOfDevice(*deviceId);
    if (!groups)
        return Core::Error{groups.error()};
    for (qint64 group : groups.value()) {
        if (!switches->value(group, true))
            return false;
    }
    return true;
}

Core::Result<void> Authorizer::check(const Session &session, Action action, std::optional<qint64> deviceId,
                                     const QString &target) const
{
    const QString what = actionText(action);
    if (!session.valid())
        return Core::Error{tr("Refused: %1 on %2 needs a logged-in user.").arg(what, target)};
    if (!roleAllows(session.role, action))
        return Core::Error{tr("Refused: %1 (%2) may not %3 (%4).")
                               .arg(session.userName, roleText(session.role), what.toLower(), target)};
    if (deviceId) {
        auto visible = canSee(session, *deviceId);
        if (!visible)
            return Core::Error{visible.error()};
        if (!*visible)
            return Core::Error{tr("Refused: %1 on %2: the printer is not in a device group of %3.")
                                   .arg(what, target, session.userName)};
    }
    if (isPrinterAction(action)) {
        auto enabled = enabledFor(action, deviceId);
        if (!enabled)
            return Core::Error{enabled.error()};
        if (!*enabled)
            return Core::Error{tr("Refused: %1 is switched off for %2 by an administrator (Settings).")
                                   .arg(what, target)};
    }
    return {};
}

Core::Result<void> Authorizer::setActionEnabled(const Session &actor, Action action, qint64 groupId, bool enabled)
{
    const QString target = groupId == 0 ? tr("the whole fleet") : tr("device group %1").arg(groupId);
    Storage::AuditRepository audit(m_db);
    if (auto allowed = check(actor, Action::ManageSettings, std::nullopt, target); !allowed) {
        if (auto written = audit.append({actor.userName, QStringLiteral("switch-action"), std::nullopt, target,
                                         QStringLiteral("refused"), allowed.error(), {}});
            !written)
            return Core::Error{written.error()};
        return allowed;
    }
    auto done = Storage::AccessRepository(m_db).setActionEnabled(actionKey(action), groupId, enabled);
    if (auto written = audit.append({actor.userName, QStringLiteral("switch-action"), std::nullopt, target,
                                     done ? QStringLiteral("ok") : QStringLiteral("failed"),
                                     done ? actionKey(action) + (enabled ? QStringLiteral(" on") : QStringLiteral(" off"))
                                          : done.error(),
                                     {}});
        !written)
        return Core::Error{written.error()};
    return done;
}

} // namespace Printwatch::Auth
