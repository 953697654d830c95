// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// The bucket index for `engineId` (what hash_engineID returns), or -1 for an empty ID.
int engineTimeBucket(const unsigned char *engineId, unsigned int length);

} // namespace Printwatch::NetSnmp
