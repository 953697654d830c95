// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/metatypes.h"

#include "core/discoverysummary.h"
#include "core/printer.h"
#include "core/snmpcredential.h"

#include <QList>
#include <QMetaType>

namespace Printwatch::Snmp {

void registerMetaTypes()
{
    qRegisterMetaType<Core::PollResult>();
    qRegisterMetaType<QList<Core::PollResult>>();
    qRegisterMetaType<Core::PollTarget>();
    qRegisterMetaType<QList<Core::PollTarget>>();
    qRegisterMetaType<Core::PollerActivity>();
    qRegisterMetaType<Core::DiscoveryRequest>();
    qRegisterMetaType<Core::DiscoverySummary>();
    qRegisterMetaType<Core::SnmpCredential>();
}

} // namespace Printwatch::Snmp
