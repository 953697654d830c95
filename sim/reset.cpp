// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/reset.h"

#include "sim/device.h"
#include "sim/fleet.h"
#include "sim/fleetstate.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <QCoreApplication>

#include <mutex>

namespace Printwatch::Sim {

namespace {

const oid kPrtGeneralReset[] = {1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 3, 1};

bool isReset(const netsnmp_variable_list *vb)
{
    return vb->name_length == std::size(kPrtGeneralReset)
           && std::equal(kPrtGeneralReset, kPrtGeneralReset + std::size(kPrtGeneralReset), vb->name);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Sim", text);
}

} // namespace

bool answerSet(const snmp_pdu &request, snmp_pdu *reply, bool writeAccess)
{
    const bool v1 = request.version == SNMP_VERSION_1;
    long index = 0;
    long failure = 0;
    bool reset = false;
    for (const netsnmp_variable_list *vb = request.variables; vb && failure == 0; vb = vb->next_variable) {
        ++index;
        if (!isReset(vb)) {
            failure = v1 ? SNMP_ERR_NOSUCHNAME : SNMP_ERR_NOTWRITABLE;
        } else if (!writeAccess) {
            failure = v1 ? SNMP_ERR_NOSUCHNAME : SNMP_ERR_NOACCESS;
        } else if (vb->type != ASN_INTEGER) {
            failure = v1 ? SNMP_ERR_BADVALUE : SNMP_ERR_WRONGTYPE;
        } else if (const long value = *vb->val.integer; value < 4 || value > 6) {
            failure = v1 ? SNMP_ERR_BADVALUE : SNMP_ERR_WRONGVALUE;
        } else {
            reset = true;
        }
    }
    // A SET answers with the request's varbinds, error or not (RFC 3416 4.2.5).
    snmp_free_varbind(reply->variables);
    reply->variables = snmp_clone_varbind(request.variables);
    if (failure != 0) {
        reply->errstat = failure;
        reply->errindex = index;
        return false;
    }
    return reset;
}

void applyReset(Device &device, const SimClock &clock, double speed, std::int64_t nowMs, int downMs)
{
    // Uptime = base + simSeconds * 100: choose base so that it is 0 when the device comes back.
    const double backAt = clock.simSeconds + double(downMs) / 1000.0 * speed;
    device.baseUptimeTicks = std::uint32_t(-std::int64_t(backAt * 100));
    device.offlineUntilMs = nowMs + downMs;
    ++device.engineBoots;
}

bool rebooting(const Device &device, std::int64_t nowMs)
{
    return device.offlineUntilMs > nowMs;
}

std::int64_t FleetState::steadyMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_started).count();
}

Core::Result<void> FleetState::resetDevice(std::uint32_t address, int downMs)
{
    std::unique_lock lock(m_mutex);
    const auto it = m_byAddress.constFind(address);
    if (it == m_byAddress.cend())
        return Core::Error{tr("no device at %1").arg(addressToString(address))};
    applyReset(m_devices[std::size_t(*it)], now(), m_speed, steadyMs(), downMs);
    return {};
}

Core::Result<void> FleetState::installFirmware(const QString &address, const QByteArray &version, int downMs)
{
    const auto parsed = parseLoopbackAddress(address);
    if (!parsed)
        return Core::Error{tr("%1 is not a loopback address").arg(address)};
    {
        std::unique_lock lock(m_mutex);
        const auto it = m_byAddress.constFind(*parsed);
        if (it == m_byAddress.cend())
            return Core::Error{tr("no device at %1").arg(address)};
        m_devices[std::size_t(*it)].firmware = version;
    }
    return resetDevice(*parsed, downMs);
}

Core::Result<void> Fleet::installFirmware(const QString &address, const QByteArray &version)
{
    return m_state->installFirmware(address, version);
}

} // namespace Printwatch::Sim
