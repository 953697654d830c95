// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SNMPv3 keys: the master key (Ku) of a password is derived once per credential (a million-byte
// hash, milliseconds), the localised key (Kul) once per credential and engine ID (microseconds).
// The result is a net-snmp usmUser record that this store owns; pducodec presents it to
// net-snmp's USM for exactly one encode or decode, so net-snmp's global user list stays tiny.

#include "core/result.h"
#include "core/snmpcredential.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QHash>

#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct usmUser;

namespace Printwatch::Snmp {

class UsmUsers final
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Snmp::UsmUsers)
public:
    UsmUsers();
    ~UsmUsers();
    UsmUsers(const UsmUsers &) = delete;
    UsmUsers &operator=(const UsmUsers &) = delete;

    // The user of `credential` localised to `engineId` (created on first use).
    Core::Result<usmUser *> user(const Core::SnmpCredential &credential, const QByteArray &engineId);

    // Frees every user not in `keep`, then every master key no remaining user was derived from;
    // returns how many users were freed. Only between encodes and decodes (the engine thread's
    // prune): net-snmp holds a user only for one call (usmscope.h), and the caller must hold no
    // pointer to a user it does not keep.
    int retainUsers(const std::unordered_set<const usmUser *> &keep);

    struct Stats
    {
        int masterKeys = 0;     // passwords hashed into a Ku (ever: a reused key does not count)
        int localisedUsers = 0; // (credential, engine ID) pairs localised (ever)
        int heldMasterKeys = 0; // held now
        int heldUsers = 0;      // held now
        int freedUsers = 0;     // by retainUsers
    };
    Stats stats() const;
    qsizetype approximateBytes() const; // for the per-device memory budget

private:
    struct MasterKey
    {
        QByteArray ku;
        int users = 0; // users derived from it (an auth and a priv key from one password count twice)
    };
    struct Entry
    {
        usmUser *user = nullptr;
        MasterKey *authKu = nullptr;
        MasterKey *privKu = nullptr;
    };
    Core::Result<MasterKey *> masterKey(Core::SnmpAuthProtocol protocol, const QString &password);

    // protocol byte + SHA-256 of the password -> Ku; a node map, so Entry's pointers stay valid.
    std::unordered_map<QByteArray, MasterKey> m_masterKeys;
    QHash<QByteArray, Entry> m_users; // credential fingerprint + engine ID -> user
    Stats m_stats;
};

} // namespace Printwatch::Snmp
