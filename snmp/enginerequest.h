// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Engine's request record, shared by engine.cpp (v1/v2c, the window) and enginev3.cpp (USM).

#include "snmp/engine.h"

namespace Printwatch::Snmp {

struct Engine::Request
{
    Target target;
    quint32 ipv4 = 0; // host order
    RequestSpec spec;
    QPointer<QObject> context;
    bool hasContext = false;
    ResponseCallback callback;
    TakingCallback takingCallback; // instead of `callback`, for the engine's own walks

    bool hasCallback() const { return callback || takingCallback; }

    QByteArray packet;
    qint32 requestId = 0;
    int triesDone = 0;
    quint64 device = 0;          // deviceKey(ipv4, port)
    bool v3 = false;
    bool discoveryProbe = false; // internal SNMPv3 engine ID probe
    quint8 resyncs = 0;          // notInTimeWindow reports answered by a resend
    quint8 rediscoveries = 0;    // unknownEngineID reports answered by a fresh discovery
    std::multimap<qint64, qint32>::iterator deadline;
    bool hasDeadline = false;

    bool contextGone() const { return hasContext && context.isNull(); }
};

} // namespace Printwatch::Snmp
