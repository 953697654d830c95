// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SNMPv3 keys: the master key (Ku) of a password is derived once per credential (a million-byte
// hash, milliseconds), the localised key (Kul) once per credential and engine ID (microseconds).
// The result is a net-snmp usmUser record that this store owns; pducodec presents it to
// net-snmp's USM for exactly one encode or decode, so net-snmp's global user list stays tiny.

#include "core/result.h"
#include "core/snmpcredential.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <vector>

struct usmUser;

namespace Printwatch::Snmp {

class UsmUsers final
{
public:
    UsmUsers();
    ~UsmUsers();
    UsmUsers(const UsmUsers &) = delete;
    UsmUsers &operator=(const UsmUsers &) = delete;

    // The user of `credential` localised to `engineId` (created on first use).
    Core::Result<usmUser *> user(const Core::SnmpCredential &credential, const QByteArray &engineId);

    struct Stats
    {
        int masterKeys = 0;     // passwords hashed into a Ku
        int localisedUsers = 0; // (credential, engine ID) pairs
    };
    Stats stats() const { return m_stats; }
    qsizetype approximateBytes() const; // for the per-device memory budget

private:
    struct Entry;
    Core::Result<QByteArray> masterKey(Core::SnmpAuthProtocol protocol, const QString &password);

    QHash<QByteArray, QByteArray> m_masterKeys; // protocol byte + SHA-256 of the password -> Ku
    QHash<QByteArray, usmUser *> m_users;       // credential fingerprint + engine ID -> user
    Stats m_stats;
};

} // namespace Printwatch::Snmp
