// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <cstddef>
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

    int cachedEngineIds() const { return int(m_byEngine.size()); }

private:
    struct Master;
    UsmTable();
    std::vector<usmUser *> localise(const QByteArray &engineId) const; // one per master, nullptr if it failed
    void point(std::size_t master, const usmUser *localised);

    std::vector<Master> m_masters;
    std::vector<usmUser *> m_placeholders; // one per master; net-snmp frees none of what they point at
    bool m_listed = false;                  // the placeholders are in net-snmp's user list
    QHash<QByteArray, std::vector<usmUser *>> m_byEngine;
    QByteArray m_selected;
    const std::vector<usmUser *> *m_installed = nullptr;
};

} // namespace Printwatch::Sim
