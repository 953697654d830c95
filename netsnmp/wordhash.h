// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>

namespace Printwatch::NetSnmp {

// The whole eight-byte words of `bytes` multiplied into `hash` and folded, a few instructions a
// word instead of two a byte; `at` ends at the first byte of the tail (0 to 7 bytes), which each
// caller finishes its own way. Shared by the engine-time bucket and the keyed-context cache.
inline std::uint64_t mixWords(std::uint64_t hash, const unsigned char *bytes, unsigned int length, unsigned int &at)
{
    for (at = 0; at + 8 <= length; at += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes + at, sizeof word);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    return hash;
}

} // namespace Printwatch::NetSnmp
