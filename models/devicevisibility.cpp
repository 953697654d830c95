// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/devicevisibility.h"

namespace Printwatch::Models {

std::optional<QList<qint64>> DeviceVisibility::narrow(const QList<qint64> &deviceIds) const
{
    if (!m_ids || deviceIds.isEmpty())
        return deviceIds;
    QList<qint64> kept;
    for (qint64 id : deviceIds) {
        if (m_ids->contains(id))
            kept.append(id);
    }
    if (kept.isEmpty())
        return std::nullopt;
    return kept;
}

} // namespace Printwatch::Models
