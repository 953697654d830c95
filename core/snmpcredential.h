// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How to talk SNMP to a device or a range. v3 fields arrive with the SNMPv3 work; the
// community is a secret and is never written to the database (see DESIGN.md section 6).

#include "core/targetlist.h"

#include <QMetaType>
#include <QString>

namespace Printwatch::Core {

enum class SnmpVersion : quint8 { V1 = 0, V2c = 1, V3 = 3 };

QString snmpVersionKey(SnmpVersion version); // "1", "2c", "3"
std::optional<SnmpVersion> snmpVersionFromKey(const QString &key);

struct SnmpCredential
{
    SnmpVersion version = SnmpVersion::V2c;
    QString community = QStringLiteral("public");
    quint16 port = 161;
    int timeoutMs = 1000; // per try
    int retries = 1;      // extra tries after the first

    bool operator==(const SnmpCredential &) const = default;
};

// One device the poller polls: where it is and how to reach it.
struct PollTarget
{
    qint64 deviceId = 0; // 0 when not yet stored (e.g. during discovery)
    QString address;
    quint16 port = 161;
    SnmpCredential credential;

    bool operator==(const PollTarget &) const = default;
};

struct DiscoveryRequest
{
    QString targetsText; // as typed, for history and the log
    TargetList targets;
    SnmpCredential credential;
};

// What the poller is doing, for the status bar.
struct PollerActivity
{
    bool polling = false;
    int devicesTotal = 0;
    int devicesDone = 0;
    int devicesFailed = 0;
    int requestsInFlight = 0;
    qint64 lastRoundMs = -1;
};

} // namespace Printwatch::Core

Q_DECLARE_METATYPE(Printwatch::Core::SnmpCredential)
Q_DECLARE_METATYPE(Printwatch::Core::PollTarget)
Q_DECLARE_METATYPE(Printwatch::Core::DiscoveryRequest)
Q_DECLARE_METATYPE(Printwatch::Core::PollerActivity)
