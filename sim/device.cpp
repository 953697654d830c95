// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/device.h"
#include "sim/profiles.h"

#include <arpa/inet.h>

#include <array>
#include <cmath>

namespace Printwatch::Sim {

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64: cheap, and every bit of the device hash depends on seed and index
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

namespace {

constexpr double JamWindowSeconds = 1800;
constexpr double JamSeconds = 300;

std::optional<AlertState> alertFor(const Device &d, int slot, const SimClock &clock)
{
    const Profile &p = *d.profile;
    if (slot == p.alertSlots - 1) {
        if (!d.jammed(clock))
            return std::nullopt;
        return AlertState{8, 3, 13, 1, "Paper jam in the paper path"};
    }
    const SupplySpec &s = p.supplies[std::size_t(slot)];
    const int level = d.realSupplyLevel(std::size_t(slot), clock);
    const int percent = int(qint64(level) * 100 / s.maxCapacity);
    if (percent >= 10)
        return std::nullopt;
    const bool out = percent < 2;
    switch (s.type) {
    case SupplyType::Toner:
        return AlertState{out ? 1101 : 1104, out ? 3 : 4, 11, slot + 1, s.description + (out ? " empty" : " low")};
    case SupplyType::WasteToner:
        return AlertState{out ? 1109 : 1107, out ? 3 : 4, 11, slot + 1,
                          s.description + (out ? " full" : " almost full")};
    case SupplyType::Opc:
        return AlertState{out ? 1112 : 1111, out ? 3 : 4, 11, slot + 1,
                          s.description + (out ? " end of life" : " near end of life")};
    default:
        return std::nullopt;
    }
}

} // namespace

const AlertState *AlertMemo::get(const Device &device, int slot, const SimClock &clock)
{
    if (slot < 0)
        return nullptr;
    const auto i = std::size_t(slot);
    if (m_known.size() <= i) {
        m_known.resize(i + 1, 0);
        if (m_states.size() <= i)
            m_states.resize(i + 1);
    }
    if (m_known[i] == 0) {
        auto state = alertFor(device, slot, clock);
        m_known[i] = state ? 2 : 1;
        if (state)
            m_states[i] = std::move(*state);
    }
    return m_known[i] == 2 ? &m_states[i] : nullptr;
}

qint64 Device::pageCount(const SimClock &clock) const
{
    if (kind != DeviceKind::Printer)
        return 0;
    return basePages + qint64(clock.simSeconds * pagesPerSimSecond) + addedPages;
}

qint64 Device::supplyUsedPages(std::size_t supply, const SimClock &clock) const
{
    const SupplySpec &s = profile->supplies[supply];
    const qint64 printed = pageCount(clock) - basePages;
    const qint64 initialUsed = qint64(mix(hash ^ (supply + 1)) % std::uint64_t(s.lifePages));
    // A used-up supply is replaced at once: the count starts again from zero.
    return (initialUsed + printed * s.sharePermille / 1000) % s.lifePages;
}

int Device::realSupplyLevel(std::size_t supply, const SimClock &clock) const
{
    const SupplySpec &s = profile->supplies[supply];
    return int(s.maxCapacity - supplyUsedPages(supply, clock) * s.maxCapacity / s.lifePages);
}

qint64 Device::meter(PageMeter which, const SimClock &clock) const
{
    const qint64 total = pageCount(clock);
    // Per device, fixed: 15-45 % of a colour model's impressions have colour, 10-60 % of all
    // impressions are printed two-sided. Whole pages by rounding down, so each meter only grows.
    const qint64 colourPermille = profile->colour ? 150 + qint64(mix(hash ^ 0xC0C0) % 301) : 0;
    const qint64 duplexPermille = 100 + qint64(mix(hash ^ 0xD0D0) % 501);
    switch (which) {
    case PageMeter::Colour:
        return total * colourPermille / 1000;
    case PageMeter::Mono:
        return total - total * colourPermille / 1000;
    case PageMeter::DuplexSheets:
        return total * duplexPermille / 2000;
    case PageMeter::TotalRecord:
        return total;
    case PageMeter::DrumRecord:
        for (std::size_t i = 0; i < profile->supplies.size(); ++i) {
            if (profile->supplies[i].type == SupplyType::Opc)
                return supplyUsedPages(i, clock);
        }
        return 0;
    }
    return 0;
}

int Device::reportedSupplyLevel(std::size_t supply, const SimClock &clock) const
{
    switch (levelMode) {
    case LevelMode::SomeRemaining:
        return -3;
    case LevelMode::Unknown:
        return -2;
    case LevelMode::Real:
        break;
    }
    return realSupplyLevel(supply, clock);
}

bool Device::jammed(const SimClock &clock) const
{
    if (kind != DeviceKind::Printer)
        return false;
    const auto window = std::uint64_t(clock.simSeconds / JamWindowSeconds);
    return mix(hash ^ (window << 20)) % 12 == 0 && std::fmod(clock.simSeconds, JamWindowSeconds) < JamSeconds;
}

std::uint32_t Device::uptimeTicks(const SimClock &clock) const
{
    return std::uint32_t((std::uint64_t(baseUptimeTicks) + std::uint64_t(clock.simSeconds * 100)) & 0xFFFFFFFFu);
}

bool Device::value(const ProfileEntry &entry, const SimClock &clock, SnmpValue &v, AlertMemo *alerts) const
{
    std::optional<AlertState> own; // without a memo
    const auto alertAt = [&](int slot) -> const AlertState * {
        if (alerts)
            return alerts->get(*this, slot, clock);
        own = alertFor(*this, slot, clock);
        return own ? &*own : nullptr;
    };
    // The template field by field: `v` is usually the agent's pending slot, holding the last
    // computed value, and a whole SnmpValue assignment (a QByteArray and an Oid) per computed value
    // was a visible share of the simulator's profile; equal parts are left as they are.
    const SnmpValue &from = entry.value;
    v.type = from.type;
    v.number = from.number;
    v.counter64 = from.counter64;
    if (!v.bytes.isSharedWith(from.bytes) && !(v.bytes.isNull() && from.bytes.isNull()))
        v.bytes = from.bytes;
    if (!(v.oid.isEmpty() && from.oid.isEmpty()))
        v.oid = from.oid;
    switch (entry.dynamic) {
    case Dynamic::None:
        return true;
    case Dynamic::Firmware:
        if (!firmware.isEmpty())
            v.bytes = firmwareText(FirmwareText(entry.arg), firmware);
        return true;
    case Dynamic::SysUpTime:
        v.number = uptimeTicks(clock);
        return true;
    case Dynamic::SysName:
        v.bytes = sysName;
        return true;
    case Dynamic::SysLocation:
        v.bytes = simLocations()[location % simLocations().size()];
        return true;
    case Dynamic::IfPhysAddress:
        v.bytes = QByteArray(reinterpret_cast<const char *>(mac.data()), qsizetype(mac.size()));
        return true;
    case Dynamic::DefaultGateway: {
        const std::uint32_t gateway = (address & 0xFFFFFF00u) | 0xFEu;
        const char octets[4] = {char(gateway >> 24), char(gateway >> 16), char(gateway >> 8), char(gateway)};
        v.bytes = QByteArray(octets, 4);
        return true;
    }
    case Dynamic::OwnAddress: {
        const char octets[4] = {char(address >> 24), char(address >> 16), char(address >> 8), char(address)};
        v.bytes = QByteArray(octets, 4);
        return true;
    }
    case Dynamic::IfInOctets:
        v.number = std::int64_t((hash % 1000000 + std::uint64_t(clock.simSeconds * 900)) & 0xFFFFFFFFu);
        return true;
    case Dynamic::IfOutOctets:
        v.number = std::int64_t((hash % 700000 + std::uint64_t(clock.simSeconds * 300)
                                 + std::uint64_t(pageCount(clock)) * 20000) & 0xFFFFFFFFu);
        return true;
    case Dynamic::Serial:
        v.bytes = serial;
        return true;
    case Dynamic::LifeCount:
        v.number = pageCount(clock) & 0xFFFFFFFF;
        return true;
    case Dynamic::PageMeter: {
        const auto which = PageMeter(entry.arg);
        const qint64 count = meter(which, clock) & 0x7FFFFFFF;
        if (which != PageMeter::TotalRecord && which != PageMeter::DrumRecord) {
            v.number = count;
            return true;
        }
        // One 7-byte record: code, 0x01, length 4, the count big-endian.
        const char record[] = {char(which == PageMeter::TotalRecord ? 0x00 : 0x11), 0x01, 0x04,
                               char((count >> 24) & 0xFF), char((count >> 16) & 0xFF), char((count >> 8) & 0xFF),
                               char(count & 0xFF)};
        v.bytes = QByteArray(record, qsizetype(sizeof record));
        return true;
    }
    case Dynamic::SupplyLevel: {
        const std::size_t supply = entry.arg & 0x7FFF;
        if (entry.arg & 0x8000) // max capacity
            v.number = levelMode == LevelMode::Unknown ? -2 : profile->supplies[supply].maxCapacity;
        else
            v.number = reportedSupplyLevel(supply, clock);
        return true;
    }
    case Dynamic::HrDeviceStatus: {
        if (jammed(clock)) {
            v.number = 5; // down
            return true;
        }
        v.number = 2; // running
        for (int slot = 0; slot + 1 < profile->alertSlots; ++slot) {
            if (alertAt(slot))
                v.number = 3; // warning
        }
        return true;
    }
    case Dynamic::HrPrinterStatus:
        if (jammed(clock))
            v.number = 1; // other: stopped with an error
        else
            v.number = (std::uint64_t(clock.simSeconds / 60) + hash) % 4 == 0 ? 4 : 3; // printing / idle
        return true;
    case Dynamic::HrErrorState: {
        // RFC 2790 bit 0 is the high bit of the first octet
        std::uint8_t first = 0;
        for (std::size_t i = 0; i < profile->supplies.size(); ++i) {
            if (profile->supplies[i].type != SupplyType::Toner)
                continue;
            if (const AlertState *alert = alertAt(int(i)))
                first |= alert->code == 1101 ? 0x10 : 0x20; // noToner / lowToner
        }
        if (jammed(clock))
            first |= 0x04;
        // Two octets from a constant table: no allocation per answer (the value is read while the reply is built).
        static const auto patterns = [] {
            std::array<std::array<char, 2>, 256> table{};
            for (std::size_t i = 0; i < table.size(); ++i)
                table[i] = {char(i), '\0'};
            return table;
        }();
        v.bytes = QByteArray::fromRawData(patterns[first].data(), 2);
        return true;
    }
    case Dynamic::AlertColumn: {
        const int slot = entry.arg / 16;
        const AlertState *alert = alertAt(slot);
        if (!alert)
            return false;
        switch (entry.arg % 16) {
        case 2: v.number = alert->severity; break;
        case 3: v.number = 3; break; // prtAlertTrainingLevel untrained
        case 4: v.number = alert->group; break;
        case 5: v.number = alert->groupIndex; break;
        case 6: v.number = -2; break; // prtAlertLocation unknown
        case 7: v.number = alert->code; break;
        case 8: v.bytes = alert->description; break;
        case 9: {
            // raised at the start of the current jam window, or a little before now for supplies
            const double sinceRaise = alert->code == 8 ? std::fmod(clock.simSeconds, JamWindowSeconds)
                                                        : std::min(clock.simSeconds, 600.0);
            v.number = std::int64_t(uptimeTicks(clock) - std::uint32_t(sinceRaise * 100));
            break;
        }
        default: break;
        }
        return true;
    }
    }
    return true;
}

std::optional<SnmpValue> Device::value(const ProfileEntry &entry, const SimClock &clock) const
{
    SnmpValue v;
    if (!value(entry, clock, v))
        return std::nullopt;
    return v;
}

QByteArray Device::engineId() const
{
    std::array<char, EngineIdLength> raw{};
    engineId(raw);
    return QByteArray(raw.data(), qsizetype(raw.size()));
}

void Device::engineId(std::array<char, EngineIdLength> &out) const
{
    static constexpr char prefix[] = {char(0x80), 0x00, 0x1f, char(0x88), 0x05};
    std::copy(std::begin(prefix), std::end(prefix), out.begin());
    const std::uint32_t id = std::uint32_t(engineIdIndex >= 0 ? engineIdIndex : index);
    for (int i = 0; i < 4; ++i) {
        out[std::size_t(5 + i)] = char((seedTag >> (24 - 8 * i)) & 0xFF);
        out[std::size_t(9 + i)] = char((id >> (24 - 8 * i)) & 0xFF);
    }
}

DeviceSnapshot Device::snapshot(const SimClock &clock) const
{
    DeviceSnapshot s;
    s.address = addressToString(address);
    s.kind = kind;
    s.index = index;
    s.vendor = profile->vendor;
    s.model = profile->model;
    s.sysName = QString::fromLatin1(sysName);
    s.serial = QString::fromLatin1(serial);
    if (kind != DeviceKind::Recording)
        s.mac = macToString(mac);
    s.sysObjectId = profile->sysObjectId;
    if (recording) {
        s.recordingPath = recording->path;
        static const std::uint32_t sysNameOid[] = {1, 3, 6, 1, 2, 1, 1, 5, 0};
        if (const ProfileEntry *e = profile->find(sysNameOid, 9); e && e->value.type == ValueType::OctetString)
            s.sysName = QString::fromUtf8(e->value.bytes);
    }
    s.engineId = engineId();
    s.silent = silent;
    s.behaviour = behaviour;
    s.colour = profile->colour;
    s.pageCount = pageCount(clock);
    if (kind == DeviceKind::Printer) {
        for (std::size_t i = 0; i < profile->supplies.size(); ++i)
            s.supplyLevels << reportedSupplyLevel(i, clock);
    }
    return s;
}

QString addressToString(std::uint32_t address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xFF)
        .arg((address >> 8) & 0xFF)
        .arg(address & 0xFF);
}

std::optional<std::uint32_t> parseLoopbackAddress(QStringView text)
{
    in_addr addr{};
    if (inet_pton(AF_INET, text.toLatin1().constData(), &addr) != 1)
        return std::nullopt;
    const std::uint32_t host = ntohl(addr.s_addr);
    if ((host >> 24) != 127)
        return std::nullopt;
    return host;
}

QString macToString(const std::array<std::uint8_t, 6> &mac)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac.data()), 6).toHex(':'));
}

} // namespace Printwatch::Sim
