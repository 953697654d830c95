// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/fleetstate.h"

#include "sim/profiles.h"

#include <QCoreApplication>

#include <mutex>

namespace Printwatch::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Sim::Fleet", text);
}

struct VendorTraits
{
    const char *serialPrefix;
    const char *sysNamePrefix;
    std::uint8_t oui[3];
};

VendorTraits traitsFor(const QString &vendor)
{
    if (vendor == u"HP")
        return {"CNB", "NPI", {0x3C, 0xD9, 0x2B}};
    if (vendor == u"Brother")
        return {"E7", "BRN", {0x00, 0x80, 0x77}};
    if (vendor == u"Kyocera")
        return {"VCF", "KM", {0x00, 0x17, 0xC8}};
    if (vendor == u"Xerox")
        return {"3TB", "XRX", {0x9C, 0x93, 0x4E}};
    if (vendor == u"Ricoh")
        return {"W53", "RNP", {0x00, 0x26, 0x73}};
    return {"SW", "sw-access-", {0x00, 0x00, 0x0C}};
}

QByteArray base36(std::uint64_t value, int width)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray text(width, '0');
    for (int i = width - 1; i >= 0; --i) {
        text[i] = digits[value % 36];
        value /= 36;
    }
    return text;
}

} // namespace

std::optional<std::uint32_t> nextFleetAddress(std::uint32_t address)
{
    do {
        if (address >= 0x7FFFFFFEu)
            return std::nullopt;
        ++address;
    } while ((address & 0xFF) == 0 || (address & 0xFF) == 0xFF);
    return address;
}

Core::Result<std::shared_ptr<FleetState>> FleetState::create(const FleetConfig &config)
{
    const auto first = parseLoopbackAddress(config.firstAddress);
    if (!first)
        return Core::Error{tr("first address %1 is not an IPv4 address in 127.0.0.0/8").arg(config.firstAddress)};
    if (config.addressStride < 1 || config.addressStride > 65536)
        return Core::Error{tr("address stride %1 is out of range (1 to 65536)").arg(config.addressStride)};
    if (config.printerCount < 0 || config.nonPrinterCount < 0)
        return Core::Error{tr("device counts cannot be negative")};
    if (!(config.speed > 0) || !(config.pagesPerMinute >= 0))
        return Core::Error{tr("speed must be positive and pages per minute not negative")};

    QList<std::shared_ptr<const Recording>> recordings;
    const auto files = findSnmprecFiles(config.recordings);
    if (!files)
        return Core::Error{files.error()};
    for (const QString &file : *files) {
        auto recording = loadSnmprec(file);
        if (!recording)
            return Core::Error{recording.error()};
        recordings << recording.value();
    }

    std::shared_ptr<FleetState> state(new FleetState);
    state->m_community = config.community;
    state->m_printerCount = config.printerCount;
    state->m_speed = config.speed;
    state->m_firstAddress = config.firstAddress;
    const qsizetype total = qsizetype(config.printerCount) + config.nonPrinterCount + recordings.size();
    state->m_devices.reserve(std::size_t(total));
    state->m_byAddress.reserve(total);

    std::uint32_t address = *first;
    if ((address & 0xFF) == 0 || (address & 0xFF) == 0xFF) {
        const auto next = nextFleetAddress(address);
        if (!next)
            return Core::Error{tr("no room for the fleet after %1").arg(config.firstAddress)};
        address = *next;
        state->m_firstAddress = addressToString(address);
    }
    const auto &printers = printerProfiles();
    for (qsizetype i = 0; i < total; ++i) {
        if (i > 0) {
            std::optional<std::uint32_t> next;
            if (config.addressStride > 1 && std::uint64_t(address) + std::uint64_t(config.addressStride) < 0x7FFFFFFFu) {
                next = address + std::uint32_t(config.addressStride);
                if ((*next & 0xFF) == 0 || (*next & 0xFF) == 0xFF)
                    next = nextFleetAddress(*next);
            } else if (config.addressStride <= 1) {
                next = nextFleetAddress(address);
            }
            if (!next)
                return Core::Error{tr("%1 devices do not fit in 127.0.0.0/8 from %2").arg(total).arg(config.firstAddress)};
            address = *next;
        }
        Device d;
        d.index = int(i);
        d.address = address;
        d.hash = mix(config.seed * 0x100000001B3ULL ^ mix(std::uint64_t(i)));
        d.seedTag = std::uint32_t(mix(config.seed) >> 32);
        if (i < config.printerCount) {
            d.kind = DeviceKind::Printer;
            d.profile = printers[d.hash % printers.size()];
        } else if (i < config.printerCount + config.nonPrinterCount) {
            d.kind = DeviceKind::NonPrinter;
            d.profile = switchProfile();
        } else {
            d.kind = DeviceKind::Recording;
            d.recording = recordings[i - config.printerCount - config.nonPrinterCount];
            d.profile = profileFromRecording(*d.recording);
        }
        if (d.kind != DeviceKind::Recording) {
            const VendorTraits traits = traitsFor(d.profile->vendor);
            // The index makes MAC and serial unique in the fleet; the seed varies them between fleets.
            const std::uint32_t low = std::uint32_t((mix(config.seed) + std::uint64_t(i)) & 0xFFFFFF);
            d.mac = {traits.oui[0], traits.oui[1], traits.oui[2], std::uint8_t(low >> 16), std::uint8_t(low >> 8),
                     std::uint8_t(low)};
            const QByteArray macTail = QByteArray(reinterpret_cast<const char *>(d.mac.data()) + 3, 3).toHex().toUpper();
            if (d.kind == DeviceKind::Printer) {
                d.serial = QByteArray(traits.serialPrefix) + base36(d.hash % (36 * 36 * 36), 3)
                           + base36(std::uint64_t(i), 5);
                d.sysName = QByteArray(traits.sysNamePrefix) + macTail;
            } else {
                d.sysName = QByteArray(traits.sysNamePrefix) + QByteArray::number(i - config.printerCount + 1);
            }
            d.location = std::uint8_t((d.hash >> 8) & 0xFF);
            const int mode = int((d.hash >> 16) % 10);
            d.levelMode = mode == 0 ? LevelMode::SomeRemaining : mode == 1 ? LevelMode::Unknown : LevelMode::Real;
            d.pagesPerSimSecond = config.pagesPerMinute / 60.0 * (0.5 + double((d.hash >> 24) % 1000) / 1000.0);
            d.basePages = 1000 + qint64((d.hash >> 32) % 200000);
            d.baseUptimeTicks = std::uint32_t((d.hash >> 40) % (30u * 24 * 3600 * 100));
        }
        state->m_byAddress.insert(address, int(i));
        state->m_devices.push_back(std::move(d));
    }
    for (const QString &behaviour : config.behaviours) {
        const qsizetype colon = behaviour.indexOf(u':');
        const auto applied = colon > 0 ? state->setBehaviour(behaviour.left(colon), behaviour.mid(colon + 1))
                                       : Core::Result<int>(Core::Error{tr("\"%1\" is not RANGE:BEHAVIOUR").arg(behaviour.left(60))});
        if (!applied)
            return Core::Error{applied.error()};
    }
    state->m_started = std::chrono::steady_clock::now();
    return state;
}

SimClock FleetState::now() const
{
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - m_started;
    return SimClock{elapsed.count() * m_speed};
}

Core::Result<int> FleetState::indexOf(const QString &address) const
{
    const auto host = parseLoopbackAddress(address);
    if (!host)
        return Core::Error{tr("%1 is not an IPv4 address in 127.0.0.0/8").arg(address)};
    const auto it = m_byAddress.constFind(*host);
    if (it == m_byAddress.cend())
        return Core::Error{tr("no simulated device at %1").arg(address)};
    return *it;
}

Core::Result<void> FleetState::moveDevice(const QString &from, const QString &to)
{
    std::unique_lock lock(m_mutex);
    const auto index = indexOf(from);
    if (!index)
        return Core::Error{index.error()};
    const auto target = parseLoopbackAddress(to);
    if (!target)
        return Core::Error{tr("cannot move %1: %2 is not an IPv4 address in 127.0.0.0/8").arg(from, to)};
    if (m_byAddress.contains(*target))
        return Core::Error{tr("cannot move %1: %2 is already served by another device").arg(from, to)};
    Device &device = m_devices[std::size_t(*index)];
    m_byAddress.remove(device.address);
    device.address = *target;
    m_byAddress.insert(*target, *index);
    return {};
}

Core::Result<void> FleetState::setSilent(const QString &address, bool silent)
{
    std::unique_lock lock(m_mutex);
    const auto index = indexOf(address);
    if (!index)
        return Core::Error{index.error()};
    m_devices[std::size_t(*index)].silent = silent;
    return {};
}

Core::Result<int> FleetState::setBehaviour(const QString &rangeText, const QString &spec)
{
    const auto range = parseAddressRange(rangeText);
    if (!range)
        return Core::Error{range.error()};
    const auto change = parseBehaviourChange(spec);
    if (!change)
        return Core::Error{change.error()};
    std::unique_lock lock(m_mutex);
    int changed = 0;
    int shared = -1;
    for (Device &d : m_devices) {
        if (!range->contains(d.address))
            continue;
        d.behaviour = change->applyTo(d.behaviour);
        if (change->silent)
            d.silent = *change->silent;
        if (change->resetAll)
            d.engineIdIndex = -1;
        if (change->sameEngineId) {
            if (shared < 0)
                shared = d.index;
            d.engineIdIndex = shared == d.index ? -1 : shared;
        }
        ++changed;
    }
    if (changed == 0)
        return Core::Error{tr("no simulated device in %1").arg(rangeText.left(60))};
    return changed;
}

Core::Result<void> FleetState::addPages(const QString &address, qint64 pages)
{
    std::unique_lock lock(m_mutex);
    const auto index = indexOf(address);
    if (!index)
        return Core::Error{index.error()};
    Device &device = m_devices[std::size_t(*index)];
    if (device.kind != DeviceKind::Printer)
        return Core::Error{tr("the device at %1 is not a generated printer").arg(address)};
    if (pages < 0 || pages > 1000000000)
        return Core::Error{tr("page count %1 is out of range").arg(pages)};
    device.addedPages += pages;
    return {};
}

QStringList FleetState::addresses() const
{
    std::shared_lock lock(m_mutex);
    QStringList list;
    list.reserve(qsizetype(m_devices.size()));
    for (const Device &d : m_devices)
        list << addressToString(d.address);
    return list;
}

std::optional<DeviceSnapshot> FleetState::snapshot(const QString &address) const
{
    std::shared_lock lock(m_mutex);
    const auto index = indexOf(address);
    if (!index)
        return std::nullopt;
    return m_devices[std::size_t(*index)].snapshot(now());
}

QList<DeviceSnapshot> FleetState::snapshots() const
{
    std::shared_lock lock(m_mutex);
    const SimClock clock = now();
    QList<DeviceSnapshot> list;
    list.reserve(qsizetype(m_devices.size()));
    for (const Device &d : m_devices)
        list << d.snapshot(clock);
    return list;
}

} // namespace Printwatch::Sim
