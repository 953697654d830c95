// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that decides whether a session may do an action on a printer: the role column
// of the matrix (roleAllows), the user's device groups, and the administrator's per-action
// switches (fleet-wide and per group). Every entry point goes through ActionRunner, which asks
// here before it does anything; the GUI asks too, only to hide what would be refused.

#include "auth/access.h"
#include "core/result.h"

namespace Printwatch::Storage {
class Database;
}

namespace Printwatch::Auth {

class Authorizer
{
public:
    explicit Authorizer(const Storage::Database &db);

    // Ok, or a refusal that says who, what, which printer and why.
    Core::Result<void> check(const Session &session, Action action, std::optional<qint64> deviceId,
                             const QString &target) const;
    // The device-group part alone: may this session see the device at all?
    Core::Result<bool> canSee(const Session &session, qint64 deviceId) const;
    // Whether `action` is switched on for the device (fleet switch, then every group it is in).
    Core::Result<bool> enabledFor(Action action, std::optional<qint64> deviceId) const;

    // Administrators switch actions: groupId 0 = the whole fleet.
    Core::Result<void> setActionEnabled(const Session &actor, Action action, qint64 groupId, bool enabled);

private:
    const Storage::Database &m_db;
};

} // namespace Printwatch::Auth
