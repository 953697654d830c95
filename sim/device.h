// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/behaviour.h"
#include "sim/fleet.h"
#include "sim/profile.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Printwatch::Sim {

// How a device reports its supply levels: real numbers, or one of the RFC 3805 sentinels that
// some printers use forever (-3 "some remaining", -2 unknown).
enum class LevelMode : std::uint8_t { Real, SomeRemaining, Unknown };

// Simulated time, shared by the whole fleet.
struct SimClock
{
    double simSeconds = 0; // since the fleet started, multiplied by the speed factor
};

struct Device;

// An active prtAlertTable row of a device: a low/empty supply or a paper jam.
struct AlertState
{
    int code = 0;     // IANA PrtAlertCodeTC
    int severity = 0; // PrtAlertSeverityLevelTC: critical(3), warning(4)
    int group = 0;    // PrtAlertGroupTC: markerSupplies(11), mediaPath(13)
    int groupIndex = 0;
    QByteArray description;
};

// One device's alert states at one instant, each slot worked out once: a walk of the alert table
// asks for every column of every slot, and the device status rows for all of them again. The
// agent keeps one and resets it per request (the fleet's read lock holds the device still).
class AlertMemo
{
public:
    void reset() { m_known.clear(); }
    // nullptr when the slot has no active alert.
    const AlertState *get(const Device &device, int slot, const SimClock &clock);

private:
    std::vector<std::uint8_t> m_known; // per slot: 0 not yet, 1 none, 2 active
    std::vector<AlertState> m_states;
};

// One simulated device: a few dozen bytes plus a pointer to its shared profile.
struct Device
{
    int index = 0;
    DeviceKind kind = DeviceKind::Printer;
    std::shared_ptr<const Profile> profile;
    std::shared_ptr<const Recording> recording; // only to report the path
    std::uint32_t address = 0;                  // IPv4, host byte order
    bool silent = false;
    DeviceBehaviour behaviour;
    int engineIdIndex = -1;                     // >= 0: shares the engine ID of that device (duplicate mode)
    std::uint64_t hash = 0;                     // seed + index, mixed; drives every per-device choice
    std::uint32_t seedTag = 0;                  // from the fleet seed: engine IDs differ between fleets
    std::array<std::uint8_t, 6> mac{};
    QByteArray serial;
    QByteArray sysName;
    std::uint8_t location = 0;
    LevelMode levelMode = LevelMode::Real;
    double pagesPerSimSecond = 0;
    qint64 basePages = 0;
    qint64 addedPages = 0;
    std::uint32_t baseUptimeTicks = 0;
    std::uint32_t engineBoots = 1;
    std::int64_t offlineUntilMs = 0; // rebooting until then (FleetState::steadyMs), see reset.h
    QByteArray firmware;             // installed by a firmware job; empty = the profile's version

    // net-snmp's enterprise (8072), format 5 (octets), then 4 bytes of the fleet seed and the index.
    QByteArray engineId() const;
    static constexpr std::size_t EngineIdLength = 13;
    // The same bytes without an allocation (every SNMPv3 request needs them).
    void engineId(std::array<char, EngineIdLength> &out) const;

    qint64 pageCount(const SimClock &clock) const;
    // Real remaining level (before any sentinel), and the alert state it implies.
    int realSupplyLevel(std::size_t supply, const SimClock &clock) const;
    // What the supply fitted now has been used for, in its model's lifePages (0 when new).
    qint64 supplyUsedPages(std::size_t supply, const SimClock &clock) const;
    // A vendor meter (see PageMeter); the record meters are numbers here, their string in value().
    qint64 meter(PageMeter which, const SimClock &clock) const;
    int reportedSupplyLevel(std::size_t supply, const SimClock &clock) const;
    bool jammed(const SimClock &clock) const;
    std::uint32_t uptimeTicks(const SimClock &clock) const;

    // The value of `entry` for this device now; nullopt when the row does not exist right now.
    std::optional<SnmpValue> value(const ProfileEntry &entry, const SimClock &clock) const;
    // The same into `out` (assigned, so its buffers are reused); false when the row does not exist.
    // `alerts` (reset for this device and clock) saves working out an alert slot more than once.
    bool value(const ProfileEntry &entry, const SimClock &clock, SnmpValue &out, AlertMemo *alerts = nullptr) const;

    DeviceSnapshot snapshot(const SimClock &clock) const;
};

// splitmix64; every per-device choice derives from mix(seed, index).
std::uint64_t mix(std::uint64_t x);

QString addressToString(std::uint32_t address);
std::optional<std::uint32_t> parseLoopbackAddress(QStringView text); // nullopt unless a 127.0.0.0/8 address
QString macToString(const std::array<std::uint8_t, 6> &mac);

} // namespace Printwatch::Sim
