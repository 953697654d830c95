// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsnmp/enginetimehash.h"
#include "netsnmp/wordhash.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/lcd_time.h>

#include <dlfcn.h>
#include <sys/time.h>

#include <cstdint>
#include <cstring>
#include <ctime>

namespace Printwatch::NetSnmp {

int engineTimeBucket(const unsigned char *engineId, unsigned int length)
{
    if (!engineId || length == 0)
        return SNMPERR_GENERR; // as net-snmp's own: callers treat a negative index as "no entry"
    // Eight bytes at a time (an engine ID is 5 to 32 bytes), each word multiplied in and folded:
    // a few instructions a word instead of two a byte, several times per SNMPv3 message.
    unsigned int at = 0;
    std::uint64_t hash = mixWords(0x9E3779B97F4A7C15ull ^ length, engineId, length, at);
    if (at < length) {
        // The last one to seven bytes shifted into place (the word a little-endian memcpy gives):
        // a variable-length memcpy into a stack word is a libc call, and reading the word back
        // right after its byte stores stalls on store forwarding (two thirds of this function's
        // samples at 10,000 printers).
        std::uint64_t word = 0;
        for (unsigned int shift = 0; at < length; ++at, shift += 8)
            word |= std::uint64_t(engineId[at]) << shift;
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    hash ^= hash >> 29;
    return int(hash % ETIMELIST_SIZE);
}

bool coarseMonotonicClock(timeval *now)
{
    timespec ts;
    if (!now || clock_gettime(CLOCK_MONOTONIC_COARSE, &ts) != 0)
        return false;
    now->tv_sec = ts.tv_sec;
    now->tv_usec = suseconds_t(ts.tv_nsec / 1000);
    return true;
}

bool fastEngineTimeHashActive()
{
    // What net-snmp's PLT entry resolves to: the first definition in the process's lookup order.
    return dlsym(RTLD_DEFAULT, "hash_engineID") == reinterpret_cast<void *>(&::hash_engineID);
}

bool coarseMonotonicClockActive()
{
    return dlsym(RTLD_DEFAULT, "netsnmp_get_monotonic_clock")
           == reinterpret_cast<void *>(&::netsnmp_get_monotonic_clock);
}

} // namespace Printwatch::NetSnmp

// Same name and signature as lcd_time.h declares; see the header for why it is replaced.
extern "C" int hash_engineID(const u_char *engineID, u_int engineID_len)
{
    return Printwatch::NetSnmp::engineTimeBucket(engineID, engineID_len);
}

// Same name and signature as tools.h declares; see the header for why it is replaced. net-snmp's
// own (CLOCK_MONOTONIC, gettimeofday if that fails) answers if the coarse clock fails.
extern "C" void netsnmp_get_monotonic_clock(struct timeval *tv)
{
    if (Printwatch::NetSnmp::coarseMonotonicClock(tv))
        return;
    using Function = void (*)(struct timeval *);
    static const auto original = reinterpret_cast<Function>(dlsym(RTLD_NEXT, "netsnmp_get_monotonic_clock"));
    if (original)
        original(tv);
    else
        gettimeofday(tv, nullptr);
}
