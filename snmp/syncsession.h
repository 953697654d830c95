// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A blocking SNMP GET/GETNEXT/SET for one device, for device actions (reboot, the firmware check,
// troubleshooting) on a worker thread or in printwatch-cli. It uses net-snmp's thread-safe
// single-session API (snmp_sess_open, snmp_sess_async_send, its own select() loop), so it needs no
// engine thread; SNMPv3 goes through net-snmp too (engine ID discovery, keys), holding
// netsnmpUsmMutex() only while net-snmp encodes, decodes or resends, never while it waits for the
// printer; the poller keeps the shared-socket Engine for polling the fleet. Never call it on the GUI thread.

#include "core/result.h"
#include "core/snmpcredential.h"
#include "snmp/varbind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Printwatch::Snmp {

struct SyncReply
{
    int errorStatus = 0;
    int errorIndex = 0;
    QList<VarBind> varBinds;
};

class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Snmp::SyncSession)
public:
    // `host` is an address or name; the port and timeouts come from `credential`.
    SyncSession(QString host, Core::SnmpCredential credential);

    // Timeout and transport failures are errors; an SNMP error-status is in the reply.
    Core::Result<SyncReply> get(const QList<Oid> &oids) const;
    Core::Result<SyncReply> getNext(const QList<Oid> &oids) const;
    // SET of one INTEGER object (e.g. prtGeneralReset).
    Core::Result<SyncReply> setInteger(const Oid &oid, qint64 value) const;

    // GETNEXT walk of a subtree, capped at `maxRows`.
    Core::Result<QList<VarBind>> walk(const Oid &root, int maxRows = 500) const;

    QString label() const; // "127.0.0.5:16161"

private:
    Core::Result<SyncReply> request(int command, const QList<Oid> &oids, std::optional<qint64> setValue) const;

    QString m_host;
    Core::SnmpCredential m_credential;
};

} // namespace Printwatch::Snmp
