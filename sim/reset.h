// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The simulator's writable objects: prtGeneralReset.1 (RFC 3805), written with the write
// community (or an authenticated v3 user), makes the device reboot: it goes silent for a few
// seconds and comes back with sysUpTime restarted and snmpEngineBoots + 1. A completed firmware
// job (see JobSink) changes the firmware version and reboots the same way.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

struct snmp_pdu;

namespace Printwatch::Sim {

struct Device;
struct SimClock;

inline constexpr int DefaultResetDownMs = 3000;

// Answers a SET. Only prtGeneralReset.1 with INTEGER powerCycleReset(4), resetToNVRAM(5) or
// resetToFactoryDefaults(6) is accepted, and only with write access; everything else is
// notWritable (other objects) or noAccess (the reset with the read community) in v2c, noSuchName in v1. Returns true when the device must reset.
bool answerSet(const snmp_pdu &request, snmp_pdu *reply, bool writeAccess);

// Applies a reset: silent until `nowMs + downMs` (on the fleet's steady clock), then up again
// with an uptime that starts at 0 at that moment.
void applyReset(Device &device, const SimClock &clock, double speed, std::int64_t nowMs, int downMs);

// True while the device is rebooting.
bool rebooting(const Device &device, std::int64_t nowMs);

} // namespace Printwatch::Sim
