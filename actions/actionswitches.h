// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The administrator's action switches as one value for the GUI: fleet-wide and per device group,
// plus which devices each action is switched off for, so menus can grey an action out for a
// selection before the core would refuse it. The Authorizer stays the rule; this is a view of it.

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSet>
#include <QString>

namespace Printwatch::Storage {
class Database;
}

namespace Printwatch::Actions {

struct ActionSwitchState
{
    QList<QPair<qint64, QString>> groups;            // device groups: id, name
    QHash<qint64, QHash<QString, bool>> switches;    // group id (0 = fleet) -> action key -> on
    QHash<QString, QSet<qint64>> offDevices;         // action key -> devices of a group that switched it off

    bool enabled(const QString &actionKey, qint64 groupId) const { return switches.value(groupId).value(actionKey, true); }
    // Whether `actionKey` may run on the device at all (fleet switch, then its groups).
    bool enabledFor(const QString &actionKey, qint64 deviceId) const
    {
        return enabled(actionKey, 0) && !offDevices.value(actionKey).contains(deviceId);
    }
};

// Reads groups and switches for every printer action (AccessRepository).
Core::Result<ActionSwitchState> loadActionSwitches(const Storage::Database &db);

} // namespace Printwatch::Actions

Q_DECLARE_METATYPE(Printwatch::Actions::ActionSwitchState)
