// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionswitches.h"

#include "auth/access.h"
#include "storage/accessrepository.h"

namespace Printwatch::Actions {

Core::Result<ActionSwitchState> loadActionSwitches(const Storage::Database &db)
{
    const Storage::AccessRepository access(db);
    auto groups = access.groups();
    if (!groups)
        return Core::Error{groups.error()};
    ActionSwitchState state;
    QHash<qint64, QList<qint64>> devicesOf;
    for (const Storage::DeviceGroupRecord &group : groups.value()) {
        state.groups << qMakePair(group.id, group.name);
        devicesOf.insert(group.id, group.deviceIds);
    }
    for (Auth::Action action : Auth::PrinterActions) {
        const QString key = Auth::actionKey(action);
        auto switches = access.actionSwitches(key);
        if (!switches)
            return Core::Error{switches.error()};
        for (auto it = switches->cbegin(); it != switches->cend(); ++it) {
            state.switches[it.key()].insert(key, it.value());
            if (it.key() != 0 && !it.value()) {
                for (qint64 device : devicesOf.value(it.key()))
                    state.offDevices[key].insert(device);
            }
        }
    }
    return state;
}

} // namespace Printwatch::Actions
