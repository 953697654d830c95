// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that decides whether a session may do an action on a printer: the role column
// of the matrix (roleAllows), the user's device groups, and the administrator's per-action
// switches (fleet-wide and per group). Every entry point goes through ActionRunner, which asks
// here before it does anything; the GUI asks too, only to hide what would be refused.

#include "auth/access.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSet>

namespace Printwatch::Storage {
class Database;
}

namespace Printwatch::Auth {

class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Auth::Authorizer)
public:
    explicit Authorizer(const Storage::Database &db);

    // Ok, or a refusal that says who, what, which printer and why.
    Core::Result<void> check(const Session &session, Action action, std::optional<qint64> deviceId,
                             const QString &target) const;
    // The device-group part alone: may this session see the device at all? Administrators see
    // every printer; other users every printer when they have no group limit, else the printers
    // of their groups. The user's role and groups are read again from the database, so a change
    // an Administrator makes applies to a session already logged in.
    Core::Result<bool> canSee(const Session &session, qint64 deviceId) const;
    // The same for the whole fleet at once: std::nullopt = every printer, else the ids this session
    // may see (empty for nobody logged in, or a user that no longer exists). Fed to the storage
    // reader and printwatch-cli list, so every table, total and export shows only these.
    Core::Result<std::optional<QSet<qint64>>> visibleDevices(const Session &session) const;
    // Whether `action` is switched on for the device (fleet switch, then every group it is in).
    Core::Result<bool> enabledFor(Action action, std::optional<qint64> deviceId) const;

    // Administrators switch actions: groupId 0 = the whole fleet.
    Core::Result<void> setActionEnabled(const Session &actor, Action action, qint64 groupId, bool enabled);

private:
    struct Scope
    {
        bool all = false;
        QList<qint64> groupIds;
    };
    Core::Result<Scope> currentScope(const Session &session) const;

    const Storage::Database &m_db;
};

} // namespace Printwatch::Auth
