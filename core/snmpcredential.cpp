// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/snmpcredential.h"

namespace Printwatch::Core {

QString snmpVersionKey(SnmpVersion version)
{
    switch (version) {
    case SnmpVersion::V1: return QStringLiteral("1");
    case SnmpVersion::V2c: return QStringLiteral("2c");
    case SnmpVersion::V3: return QStringLiteral("3");
    }
    return QStringLiteral("2c");
}

std::optional<SnmpVersion> snmpVersionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("1") || k == QLatin1String("v1"))
        return SnmpVersion::V1;
    if (k == QLatin1String("2c") || k == QLatin1String("v2c") || k == QLatin1String("2"))
        return SnmpVersion::V2c;
    if (k == QLatin1String("3") || k == QLatin1String("v3"))
        return SnmpVersion::V3;
    return std::nullopt;
}

} // namespace Printwatch::Core
