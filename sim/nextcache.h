// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/profile.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace Printwatch::Sim {

// Where a GETNEXT from a given OID lands in a profile (Profile::lowerBound, exclusive), remembered
// per socket thread. The poller asks every device of a model from the same OIDs (each walk's start
// and its continuations), and the binary search over the profile's entries, several per request,
// was about 6 % of the simulator's v2c CPU. Direct-mapped: a collision just searches again. A slot
// keeps its profile alive, so that the profile's address cannot come back as another profile's.
class NextCache final
{
public:
    NextCache() : m_slots(Slots) {}

    std::size_t next(const std::shared_ptr<const Profile> &profile, const std::uint32_t *key, std::size_t length)
    {
        if (length > MaxKey)
            return profile->lowerBound(key, length, false);
        Slot &slot = m_slots[hash(profile.get(), key, length) & (Slots - 1)];
        if (slot.profile.get() == profile.get() && slot.length == length
            && std::equal(key, key + length, slot.key.begin()))
            return slot.index;
        slot.index = profile->lowerBound(key, length, false);
        if (slot.profile != profile)
            slot.profile = profile;
        slot.length = length;
        std::copy_n(key, length, slot.key.begin());
        return slot.index;
    }

private:
    static constexpr std::size_t Slots = 512; // a power of two; 80 KB per socket thread
    static constexpr std::size_t MaxKey = 32;

    struct Slot
    {
        std::shared_ptr<const Profile> profile;
        std::size_t length = 0;
        std::size_t index = 0;
        std::array<std::uint32_t, MaxKey> key{};
    };

    static std::size_t hash(const Profile *profile, const std::uint32_t *key, std::size_t length)
    {
        std::uint64_t h = 1469598103934665603ULL ^ reinterpret_cast<std::uintptr_t>(profile);
        for (std::size_t i = 0; i < length; ++i)
            h = (h ^ key[i]) * 1099511628211ULL; // FNV-1a over sub-identifiers: a slot index, nothing more
        return std::size_t(h ^ (h >> 29));
    }

    std::vector<Slot> m_slots;
};

} // namespace Printwatch::Sim
