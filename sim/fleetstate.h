// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/device.h"
#include "sim/reset.h"

#include <QHash>

#include <atomic>
#include <chrono>
#include <shared_mutex>
#include <vector>

namespace Printwatch::Sim {

// The devices and their addresses, shared by the socket thread (readers) and the control API
// (rare writers) under one reader/writer lock.
class FleetState
{
public:
    static Core::Result<std::shared_ptr<FleetState>> create(const FleetConfig &config);

    const QString &community() const { return m_community; }
    SimClock now() const;

    // For a batch of requests: one read lock and one clock reading for all of them (taking the
    // lock per request was a few per cent of the simulator's CPU). Calls
    // `fn(find, clock)`; find(address) is the served device, or nullptr when there is none or it
    // is silent or rebooting. Writers (control commands, resets) wait for the batch to end.
    template<class Fn>
    void withReadLock(Fn &&fn) const
    {
        std::shared_lock lock(m_mutex);
        const std::int64_t steady = steadyMs();
        const SimClock clock = now();
        const auto find = [&](std::uint32_t address) -> const Device * {
            const auto it = m_byAddress.constFind(address);
            if (it == m_byAddress.cend())
                return nullptr;
            const Device &device = m_devices[*it];
            return device.silent || rebooting(device, steady) ? nullptr : &device;
        };
        fn(find, clock);
    }

    Core::Result<void> moveDevice(const QString &from, const QString &to);
    Core::Result<void> setSilent(const QString &address, bool silent);
    Core::Result<void> addPages(const QString &address, qint64 pages);
    Core::Result<int> setBehaviour(const QString &range, const QString &spec);

    QStringList addresses() const;
    std::optional<DeviceSnapshot> snapshot(const QString &address) const;
    QList<DeviceSnapshot> snapshots() const;
    int printerCount() const { return m_printerCount; }
    QString firstAddress() const { return m_firstAddress; }

    // Device actions (definitions in reset.cpp): reboot on prtGeneralReset, firmware jobs.
    Core::Result<void> resetDevice(std::uint32_t address, int downMs = DefaultResetDownMs);
    Core::Result<void> installFirmware(const QString &address, const QByteArray &version,
                                       int downMs = DefaultResetDownMs);
    const QByteArray &writeCommunity() const { return m_writeCommunity; }
    std::int64_t steadyMs() const; // since the fleet started

    std::atomic<quint64> answered{0};
    // Traffic on the socket, for printwatch-bench's UDP floor (same datagram sizes as SNMP).
    std::atomic<quint64> requests{0};      // loopback datagrams received
    std::atomic<quint64> requestBytes{0};
    std::atomic<quint64> answerBytes{0};   // of the answers counted in `answered`

private:
    FleetState() = default;
    Core::Result<int> indexOf(const QString &address) const; // caller holds the lock

    mutable std::shared_mutex m_mutex;
    std::vector<Device> m_devices;
    QHash<std::uint32_t, int> m_byAddress;
    QString m_community;
    QByteArray m_writeCommunity = QByteArrayLiteral("private"); // SET access (the Printer-MIB default)
    QString m_firstAddress;
    int m_printerCount = 0;
    double m_speed = 1.0;
    std::chrono::steady_clock::time_point m_started;
};

// Fleet addresses from `first` upwards, skipping x.x.x.0 and x.x.x.255; nullopt past 127.255.255.254.
std::optional<std::uint32_t> nextFleetAddress(std::uint32_t address);

} // namespace Printwatch::Sim
