// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// net-snmp's USM user list and engine-time cache are process globals without locks. Everything in
// this process that lets net-snmp touch them (the engine's PDU codec, SyncSession's v3 requests)
// holds this one mutex while it does, so device actions never race the poller. It is held only
// around calls that touch them (encode, decode, a resend, opening and closing a session), never
// while waiting on the network: a device action waiting on a silent printer must not stall the
// poller's SNMPv3 traffic (tst_syncsession). Users, too, are in net-snmp's list only while their
// owner holds the mutex (usmscope.h's UserInjection, SyncSession's UsmGuard).

#include <mutex>

namespace Printwatch::Snmp {

std::mutex &netsnmpUsmMutex();

} // namespace Printwatch::Snmp
