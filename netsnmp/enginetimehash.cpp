// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsnmp/enginetimehash.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/lcd_time.h>

#include <dlfcn.h>

#include <cstdint>
#include <cstring>

namespace Printwatch::NetSnmp {

int engineTimeBucket(const unsigned char *engineId, unsigned int length)
{
    if (!engineId || length == 0)
        return SNMPERR_GENERR; // as net-snmp's own: callers treat a negative index as "no entry"
    // Eight bytes at a time (an engine ID is 5 to 32 bytes), each word multiplied in and folded:
    // a few instructions a word instead of two a byte, several times per SNMPv3 message.
    std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ length;
    unsigned int at = 0;
    for (; at + 8 <= length; at += 8) {
        std::uint64_t word;
        std::memcpy(&word, engineId + at, sizeof word);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    if (at < length) {
        std::uint64_t word = 0;
        std::memcpy(&word, engineId + at, length - at);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    hash ^= hash >> 29;
    return int(hash % ETIMELIST_SIZE);
}

bool fastEngineTimeHashActive()
{
    // What net-snmp's PLT entry resolves to: the first definition in the process's lookup order.
    return dlsym(RTLD_DEFAULT, "hash_engineID") == reinterpret_cast<void *>(&::hash_engineID);
}

} // namespace Printwatch::NetSnmp

// Same name and signature as lcd_time.h declares; see the header for why it is replaced.
extern "C" int hash_engineID(const u_char *engineID, u_int engineID_len)
{
    return Printwatch::NetSnmp::engineTimeBucket(engineID, engineID_len);
}
