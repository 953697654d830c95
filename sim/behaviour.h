// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <cstdint>

namespace Printwatch::Sim {

// How a device misbehaves, for reliability tests of the poller. All off by default.
struct DeviceBehaviour
{
    int latencyMs = 0;        // every answer leaves this late
    int lossPercent = 0;      // share of requests dropped without an answer
    int maxResponseBytes = 0; // 0 = no limit; a bigger answer becomes tooBig (GETBULK included, no truncation)
    bool walkLoop = false;    // past the middle of the MIB, GETNEXT/GETBULK jump back to an earlier OID
    bool malformed = false;   // answers are cut short, so they are undecodable BER
    bool asleep = false;      // only the system group answers, and slowly (at least AsleepLatencyMs)

    static constexpr int AsleepLatencyMs = 1500;

    int effectiveLatencyMs() const { return asleep ? std::max(latencyMs, AsleepLatencyMs) : latencyMs; }
    bool operator==(const DeviceBehaviour &) const = default;
};

// One change requested for a range of devices: "latency=200,loss=30,toobig=484,walk-loop,malformed,
// asleep,silent,same-engine-id,normal". Only the named fields change; "normal" resets them all.
struct BehaviourChange
{
    DeviceBehaviour behaviour;
    bool resetAll = false;
    bool setLatency = false, setLoss = false, setTooBig = false, setWalkLoop = false, setMalformed = false,
         setAsleep = false;
    std::optional<bool> silent;
    bool sameEngineId = false; // every device of the range takes the engine ID of the range's first device

    DeviceBehaviour applyTo(DeviceBehaviour current) const;
};

Core::Result<BehaviourChange> parseBehaviourChange(const QString &spec);

// Inclusive range of host-order IPv4 addresses in 127.0.0.0/8: "A", "A-B", "A-N" (last octet) or "A/P".
struct AddressRange
{
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    bool contains(std::uint32_t address) const { return address >= first && address <= last; }
};

Core::Result<AddressRange> parseAddressRange(const QString &text);

} // namespace Printwatch::Sim
