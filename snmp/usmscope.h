// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the PDU codec's encoder (requestencoder.cpp) and decoder (pducodec.cpp) share around one
// net-snmp call: the PDU's owner and the scopes that lend net-snmp's USM a user and a device's
// engine time for exactly one encode or decode. Internal to snmp/: include it after net-snmp's headers.

#include "snmp/usmlock.h"

#include <QByteArray>

#include <memory>
#include <mutex>

namespace Printwatch::Snmp::UsmScope {

struct PduDeleter
{
    void operator()(netsnmp_pdu *pdu) const { snmp_free_pdu(pdu); }
};
using PduPtr = std::unique_ptr<netsnmp_pdu, PduDeleter>;

// net-snmp's USM user list and engine-time cache are process globals without locks.
inline std::mutex &usmMutex()
{
    return netsnmpUsmMutex(); // shared with SyncSession (device actions), see usmlock.h
}

// Removes an engine's entry from net-snmp's engine-time cache when an encode or decode is done:
// the device's clock lives in UsmContext, so clones sharing an engine ID never see each other's
// clock, and a discovery report's boots and time are never masked by an older entry.
class EngineTimeScope
{
public:
    explicit EngineTimeScope(const QByteArray &engineId) : m_engineId(engineId) {}
    ~EngineTimeScope()
    {
        if (!m_engineId.isEmpty())
            free_enginetime(reinterpret_cast<unsigned char *>(const_cast<char *>(m_engineId.constData())),
                            size_t(m_engineId.size())); // a key to look up, read only: not detached
    }
    void reset(const QByteArray &engineId) { m_engineId = engineId; }
    EngineTimeScope(const EngineTimeScope &) = delete;
    EngineTimeScope &operator=(const EngineTimeScope &) = delete;

private:
    QByteArray m_engineId;
};

// Puts one user into net-snmp's global list for the duration of one encode or decode: the list
// stays one entry long (net-snmp searches it linearly) and no stale key outlives its use.
class UserInjection
{
public:
    explicit UserInjection(usmUser *user) : m_user(user)
    {
        if (m_user)
            usm_add_user(m_user);
    }
    ~UserInjection()
    {
        if (m_user)
            usm_remove_user(m_user);
    }
    UserInjection(const UserInjection &) = delete;
    UserInjection &operator=(const UserInjection &) = delete;

private:
    usmUser *m_user;
};

} // namespace Printwatch::Snmp::UsmScope
