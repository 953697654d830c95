// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bench/refclient.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Printwatch::Bench {

// net-snmp's command-line tools on a subset: per device one snmpget of its `reads`' gets and one
// snmpbulkwalk (-Cr25) per root, `parallel` processes at a time. Wall and children's CPU.
QJsonObject runCliPeers(const QStringList &addresses, quint16 port, const QList<PeerReads> &reads, int parallel);

// FusionInventory's fusioninventory-netinventory, one process per device, `parallel` at a time.
// Skipped (with the reason in the JSON) when it is not installed.
QJsonObject runFusionInventory(const QStringList &addresses, quint16 port, int parallel);

// The floor: `packets` request/response pairs over loopback UDP between this process and an
// echo child (the same executable with --echo-server), `window` in flight, requests of
// `requestBytes` and answers of `replyBytes`.
// `batched`: both sides move datagrams with sendmmsg/recvmmsg (as Printwatch's engine and the
// simulator do) instead of one system call per datagram.
QJsonObject runEchoFloor(const QString &self, qint64 packets, int window, int requestBytes, int replyBytes,
                         bool batched = false);
// The echo child's main loop: prints "echo port=P" and answers every datagram until stdin closes.
int echoServerMain(bool batched = false);

} // namespace Printwatch::Bench
