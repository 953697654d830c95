// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

struct usmUser;

namespace Printwatch::Sim {

// One SNMPv3 user the simulated agents accept. Protocol names as net-snmp's tools spell them:
// auth none|MD5|SHA|SHA-224|SHA-256|SHA-384|SHA-512, priv none|DES|AES|AES-128|AES-192|AES-256
// (Blumenthal key extension, net-snmp's -x AES-192/AES-256) or AES-192-C|AES-256-C (Reeder/"Cisco").
struct V3User
{
    QByteArray name;
    QString authProtocol = QStringLiteral("none");
    QByteArray authPassword;
    QString privProtocol = QStringLiteral("none");
    QByteArray privPassword;

    bool operator==(const V3User &) const = default;
};

// "name:auth:authpass:priv:privpass"; "name" alone is a noAuthNoPriv user, "name:auth:authpass" authNoPriv.
Core::Result<V3User> parseV3User(const QString &spec);
QString v3UserToString(const V3User &user); // the spec again, for --help and logs
// What printwatch-sim serves when no --v3-user is given (see sim/README.md).
QList<V3User> defaultV3Users();

// The agent side of net-snmp's USM for thousands of engine IDs at once. net-snmp keeps one global
// user list and one engine-time list; this class keeps them down to the users of ONE device at a
// time: before a v3 message is parsed, select() installs the users localised to that device's
// engine ID (created once per engine ID and cached; the master keys are derived once per user) and
// the device's boots and time; release() takes them out again. The users in net-snmp's list are one
// placeholder per user, put in once: select() points them at the device's engine ID and localised
// keys, so a switch from device to device costs no list insertions, removals or comparisons (it was
// about a fifth of a v3 request's CPU at 10,000 devices). Lives on the socket thread; net-snmp's
// USM lists are not thread-safe, so no v3 manager may run in the same process (run printwatch-sim).
class UsmTable final
{
public:
    static Core::Result<std::unique_ptr<UsmTable>> create(const QList<V3User> &users);
    ~UsmTable();
    UsmTable(const UsmTable &) = delete;
    UsmTable &operator=(const UsmTable &) = delete;

    // `engineId` is only read during the call.
    void select(QByteArrayView engineId, std::uint32_t boots, std::uint32_t engineTime);
    void release();

    int cachedEngineIds() const { return int(m_engines); }

private:
    struct Master;
    // What a placeholder points at for one (engine ID, master): copied out of the localised user
    // so that a switch reads one contiguous run per device instead of each usmUser.
    struct Keys
    {
        unsigned char *engineId = nullptr;
        std::size_t engineIdLength = 0;
        unsigned char *authKey = nullptr;
        std::size_t authKeyLength = 0;
        unsigned char *privKey = nullptr;
        std::size_t privKeyLength = 0;
    };
    // An engine ID's slot in the open-addressing index: the ID's bytes inline (no pointer to chase
    // while probing), and where its keys start in m_keys.
    static constexpr std::size_t MaxEngineId = 32; // SNMP_MAX_ENG_SIZE
    struct Slot
    {
        std::uint32_t hash = 0;
        std::uint32_t keys = 0; // index into m_keys (times the master count)
        std::uint8_t length = 0; // 0: free
        std::array<unsigned char, MaxEngineId> id{};
    };

    UsmTable();
    std::vector<usmUser *> localise(const QByteArray &engineId) const; // one per master, nullptr if it failed
    void point(std::size_t master, const Keys &keys);
    std::uint32_t keysFor(QByteArrayView engineId); // finds or localises; the index of its first Keys
    void forgetEngineTime();

    std::vector<Master> m_masters;
    std::vector<usmUser *> m_placeholders; // one per master; net-snmp frees none of what they point at
    bool m_listed = false;                  // the placeholders are in net-snmp's user list
    std::vector<Keys> m_keys;               // every engine's localised users, m_masters.size() per engine
    // The bytes m_keys point at: each engine's ID and keys copied next to each other into blocks
    // (net-snmp's localised users, freed after the copy, kept each key in a 512-byte allocation of
    // its own, scattered over the heap at 10,000 devices: a cache miss per key read).
    std::vector<std::unique_ptr<unsigned char[]>> m_blocks;
    std::size_t m_blockUsed = 0;
    unsigned char *keep(const unsigned char *bytes, std::size_t length);
    std::vector<Slot> m_index;              // a power of two, at most half full
    std::size_t m_engines = 0;
    // The engine ID installed now (its clock record is in net-snmp's list), or none.
    bool m_installed = false;
    std::uint8_t m_selectedLength = 0;
    std::array<unsigned char, MaxEngineId> m_selected{};
};

} // namespace Printwatch::Sim
