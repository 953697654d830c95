// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct timeval; // <sys/time.h>

namespace Printwatch::NetSnmp {

// net-snmp keeps the engine boots/time of every SNMPv3 peer in a 23-bucket list (lcd_time.c) and
// picks the bucket with hash_engineID(), which runs an MD5 through OpenSSL 3's EVP layer (a
// provider fetch with its locks) on every lookup: four to eight times per SNMPv3 message on either
// side, a third of the simulator's CPU for authPriv. This library defines hash_engineID itself
// (the engine ID hashed eight bytes at a time by multiply and fold, modulo the same 23 buckets);
// libnetsnmp calls it through its PLT, so the executable's definition takes the place of the
// library's for every caller in the process. The hash only chooses a bucket: lookups still compare
// the whole engine ID, and no security depends on it. Nothing else in net-snmp's USM changes.
//
// Returns true when net-snmp in this process uses that definition. Calling it also makes sure the
// linker keeps the definition in the executable (a static library member is linked only when
// something refers to it).
bool fastEngineTimeHashActive();

// net-snmp reads its monotonic clock (netsnmp_get_monotonic_clock, tools.c) for every engine-time
// set, get and timeliness check of USM, about ten times per SNMPv3 message on either side, and
// CLOCK_MONOTONIC through the vDSO reads the TSC and scales it (about 25 ns here). USM's clocks and
// time windows count whole seconds, so this library defines the function once per executable with
// CLOCK_MONOTONIC_COARSE (the time of the last timer tick, a few ns, at most one tick = 1-10 ms
// behind), the same clock base, so every net-snmp caller in the process sees one consistent clock.
// net-snmp's session timeouts (device actions' SyncSession) are a second or more: a tick is nothing.
// Returns true when net-snmp in this process uses that definition.
bool coarseMonotonicClockActive();

// The coarse monotonic clock as net-snmp's timeval; false (and `now` unchanged) if it cannot be read.
bool coarseMonotonicClock(::timeval *now);

// The bucket index for `engineId` (what hash_engineID returns), or -1 for an empty ID.
int engineTimeBucket(const unsigned char *engineId, unsigned int length);

} // namespace Printwatch::NetSnmp
