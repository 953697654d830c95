// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsnmp/enginetimehash.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/lcd_time.h>

#include <dlfcn.h>

#include <cstdint>

namespace Printwatch::NetSnmp {

int engineTimeBucket(const unsigned char *engineId, unsigned int length)
{
    if (!engineId || length == 0)
        return SNMPERR_GENERR; // as net-snmp's own: callers treat a negative index as "no entry"
    std::uint32_t hash = 2166136261u;
    for (unsigned int i = 0; i < length; ++i) {
        hash ^= engineId[i];
        hash *= 16777619u;
    }
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
