// SPDX-License-Identifier: GPL-3.0-or-later
// What the engine forgets: the per-device state of devices no longer polled (retainDevices) and,
// for engines used without a poller, a hard cap (enforceDeviceCap). Everything forgotten here is
// learnt again by the device's next read at the cost of one extra request (the cold path), so a
// dropped device that comes back reads exactly what it read before.
#include "snmp/engine.h"
#include "snmp/enginerequest.h"

#include <unordered_set>

namespace Printwatch::Snmp {

namespace {
// Devices with a request queued, in flight or parked behind engine discovery keep their state:
// a walk in progress holds a pointer into m_rowHints, and a v3 answer needs its engine clock.
template<typename Queue, typename InFlight, typename Awaiting>
std::unordered_set<quint64> busyDevices(const Queue &queue, const InFlight &inFlight, const Awaiting &awaiting)
{
    std::unordered_set<quint64> busy;
    for (const auto &request : queue)
        busy.insert(request->device);
    for (const auto &[id, request] : inFlight)
        busy.insert(request->device);
    for (const auto &[key, parked] : awaiting)
        busy.insert(key);
    return busy;
}

// Erases from a per-device map (m_devices, m_rowHints) every device `keep` refuses, noting it in
// `dropped`, until the map holds `downTo` devices or fewer.
template<typename Map, typename Keep>
void dropDevices(Map &map, std::unordered_set<quint64> &dropped, std::size_t downTo, Keep keep)
{
    for (auto it = map.begin(); it != map.end() && map.size() > downTo;) {
        if (keep(it->first)) {
            ++it;
            continue;
        }
        dropped.insert(it->first);
        it = map.erase(it);
    }
}
} // namespace

int Engine::retainDevices(const std::vector<std::pair<quint32, quint16>> &keep)
{
    std::unordered_set<quint64> keys = busyDevices(m_queue, m_inFlight, m_awaitingDiscovery);
    keys.reserve(keys.size() + keep.size());
    for (const auto &[ipv4, port] : keep)
        keys.insert(deviceKey(ipv4, port));
    std::unordered_set<quint64> dropped;
    const auto kept = [&keys](quint64 key) { return keys.count(key) > 0; };
    dropDevices(m_devices, dropped, 0, kept);
    dropDevices(m_rowHints, dropped, 0, kept);
    forgetEngineOwners(dropped);
    return int(dropped.size());
}

int Engine::enforceDeviceCap(std::size_t cap)
{
    if (m_devices.size() <= cap && m_rowHints.size() <= cap)
        return 0;
    // Down to half the cap, so a sweep that keeps finding devices prunes once per cap/2 devices
    // (amortised O(1) a device) instead of on every new one. No recency is kept per device (it would
    // cost a write a request on the engine thread), so which devices go is the maps' order.
    const std::unordered_set<quint64> busy = busyDevices(m_queue, m_inFlight, m_awaitingDiscovery);
    const std::size_t target = cap / 2;
    std::unordered_set<quint64> dropped;
    const auto isBusy = [&busy](quint64 key) { return busy.count(key) > 0; };
    dropDevices(m_devices, dropped, target, isBusy);
    dropDevices(m_rowHints, dropped, target, isBusy);
    forgetEngineOwners(dropped);
    return int(dropped.size());
}

void Engine::forgetEngineOwners(const std::unordered_set<quint64> &dropped)
{
    if (dropped.empty())
        return;
    // Clone detection (noteEngineOwner): a dropped address leaves the owner lists; an engine ID
    // still answered by another address keeps it as its first owner, so a device that shares its
    // engine ID with a dropped one keeps its index, clock and user untouched.
    for (auto it = m_engineOwners.begin(); it != m_engineOwners.end();) {
        it->removeIf([&dropped](quint64 key) { return dropped.count(key) > 0; });
        if (!it->isEmpty())
            m_engineFirstOwner.insert(it.key(), it->constFirst());
        if (it->size() < 2)
            it = m_engineOwners.erase(it);
        else
            ++it;
    }
    for (auto it = m_engineFirstOwner.begin(); it != m_engineFirstOwner.end();) {
        if (dropped.count(it.value()))
            it = m_engineFirstOwner.erase(it);
        else
            ++it;
    }
    compactEngineIds();
    forgetUnusedUsers();
}

void Engine::forgetUnusedUsers()
{
    // A localised user (about half a KiB) and the copy of its credential (passwords included) are
    // kept while a device, clones included, still points at them. Requests hold neither: an answer
    // is decoded with its device's user, and net-snmp holds a user only inside one encode or decode
    // on this thread (usmscope.h), so none is lent out here and no kept pointer dangles.
    m_usersReplaced = false;
    if (m_usm.stats().heldUsers == 0 && m_credentials.empty())
        return;
    std::unordered_set<const usmUser *> users;
    std::unordered_set<const Core::SnmpCredential *> credentials;
    for (const auto &[key, device] : m_devices) {
        if (device.user)
            users.insert(device.user);
        if (device.userCredential)
            credentials.insert(device.userCredential);
    }
    std::erase_if(m_credentials, [&credentials](const auto &c) { return credentials.count(c.get()) == 0; });
    m_usm.retainUsers(users);
}

void Engine::forgetReplacedUsers()
{
    if (m_usersReplaced)
        forgetUnusedUsers();
}

void Engine::compactEngineIds()
{
    // Only while nothing is queued or in flight: engine indices are then held by m_devices alone,
    // so renumbering them cannot surprise a request. Otherwise the next prune compacts.
    if (!m_queue.empty() || !m_inFlight.empty() || !m_awaitingDiscovery.empty())
        return;
    std::vector<qint32> remap(std::size_t(m_engineIds.size()), -1);
    for (const auto &[key, device] : m_devices) {
        if (device.engine >= 0)
            remap[std::size_t(device.engine)] = 0;
    }
    QList<QByteArray> ids;
    for (std::size_t i = 0; i < remap.size(); ++i) {
        if (remap[i] < 0)
            continue;
        remap[i] = qint32(ids.size());
        ids.append(m_engineIds.at(qsizetype(i)));
    }
    if (ids.size() == m_engineIds.size())
        return;
    for (auto &[key, device] : m_devices) {
        if (device.engine >= 0)
            device.engine = remap[std::size_t(device.engine)];
    }
    QHash<qint32, quint64> firstOwners;
    for (auto it = m_engineFirstOwner.cbegin(); it != m_engineFirstOwner.cend(); ++it) {
        if (const qint32 to = remap[std::size_t(it.key())]; to >= 0)
            firstOwners.insert(to, it.value());
    }
    QHash<qint32, QList<quint64>> owners;
    for (auto it = m_engineOwners.cbegin(); it != m_engineOwners.cend(); ++it) {
        if (const qint32 to = remap[std::size_t(it.key())]; to >= 0)
            owners.insert(to, it.value());
    }
    m_engineIds = std::move(ids);
    m_engineIndex.clear();
    for (qsizetype i = 0; i < m_engineIds.size(); ++i)
        m_engineIndex.insert(m_engineIds.at(i), qint32(i));
    m_engineFirstOwner = std::move(firstOwners);
    m_engineOwners = std::move(owners);
}

} // namespace Printwatch::Snmp
