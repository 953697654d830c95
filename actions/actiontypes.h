// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an entry point asks ActionRunner/ActionExecutor to do, and what comes back per printer.
// Copyable values: they cross from the GUI thread to the actions thread and back.

#include "auth/access.h"
#include "core/snmpcredential.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Printwatch::Actions {

enum class TestPageProtocol : quint8 { Raw9100, Lpr, Ipp };
QString testPageProtocolKey(TestPageProtocol protocol); // "raw", "lpr", "ipp"
std::optional<TestPageProtocol> testPageProtocolFromKey(const QString &key);

// A printer to act on: a stored device (deviceId > 0), or an address typed in printwatch-cli,
// resolved against the database before the permission check.
struct PrinterRef
{
    qint64 deviceId = 0;
    QString address;
    QString name;
    quint16 snmpPort = 0; // 0 = the device's stored port, else the settings' port
};

// Where the job ports are and how long to wait. Real printers use the defaults; tests and the
// demo point them at the simulator's sinks.
struct ActionSettings
{
    quint16 rawPort = 9100;
    quint16 lprPort = 515;
    QString lprQueue = QStringLiteral("lp");
    quint16 ippPort = 631;
    QString ippResource = QStringLiteral("/ipp/print");
    quint16 webPort = 80;
    Core::SnmpCredential readCredential;  // community "public" by default
    Core::SnmpCredential writeCredential = [] {
        Core::SnmpCredential c;
        c.community = QStringLiteral("private"); // the Printer-MIB SET default; set a real one in the secret store
        return c;
    }();
    // The Settings page's credential sets: a printer in a set's scope is read with the set's first
    // credential and reset with its write credential; printers no set covers use the two above.
    QList<Core::CredentialSet> credentialSets;
    int connectTimeoutMs = 5000;
    int rebootWaitSeconds = 180;   // how long the printer may take to come back after a reset
    int firmwareWaitSeconds = 600; // after a firmware job: restart, flash, come back
    int pollIntervalMs = 1000;     // while waiting for a printer to come back
    qint64 maxFirmwareBytes = 1024LL * 1024 * 1024;
    bool icmp = true;              // try ICMP echo first when troubleshooting
};

enum class Outcome : quint8 { Ok, Failed, Refused, Cancelled };
QString outcomeKey(Outcome outcome); // "ok", "failed", "refused", "cancelled" (audit and JSON)
QString outcomeText(Outcome outcome);

struct ActionRequest
{
    quint64 id = 0;
    Auth::Action action = Auth::Action::RefreshStatus;
    QList<PrinterRef> printers; // one or a selection (bulk)
    TestPageProtocol protocol = TestPageProtocol::Raw9100;
    QString firmwarePath;
    QString entryPoint; // "menu", "context-menu", "shortcut", "cli": recorded in the audit row
};

struct ActionResult
{
    quint64 requestId = 0;
    Auth::Action action = Auth::Action::RefreshStatus;
    PrinterRef printer;
    Outcome outcome = Outcome::Failed;
    QString message; // one readable sentence
    QString report;  // the troubleshooting report, a URL, or the status read; may be multi-line
    qint64 auditId = 0;
};

} // namespace Printwatch::Actions

Q_DECLARE_METATYPE(Printwatch::Actions::ActionRequest)
Q_DECLARE_METATYPE(Printwatch::Actions::ActionResult)
