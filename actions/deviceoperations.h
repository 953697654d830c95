// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The printer-side work of each action, without permissions or audit (ActionExecutor adds both).
// Blocking; actions thread or printwatch-cli only.

#include "actions/actiontypes.h"
#include "core/result.h"

#include <atomic>
#include <functional>

namespace Printwatch::Actions {

using StepProgress = std::function<void(int percent, const QString &text)>;

struct OperationContext
{
    QString host;
    QString printerLabel; // "Office-2 (127.0.0.5)" for messages
    ActionSettings settings;
    quint16 snmpPort = 161;
    QString user;
    const std::atomic<bool> *cancel = nullptr;
    StepProgress progress;
};

struct OperationResult
{
    Outcome outcome = Outcome::Ok;
    QString message;
    QString report;
};

OperationResult refreshStatus(const OperationContext &context);
OperationResult printTestPage(const OperationContext &context, TestPageProtocol protocol, const QString &printerName);
OperationResult reboot(const OperationContext &context);
OperationResult upgradeFirmware(const OperationContext &context, const QString &firmwarePath);
OperationResult troubleshoot(const OperationContext &context);
OperationResult webPage(const OperationContext &context);

// The firmware file check done before anything is sent: size and a recognised format
// (a PJL-wrapped image, as HP, Brother, Lexmark, Kyocera and others ship them).
Core::Result<qint64> checkFirmwareFile(const QString &path, qint64 maxBytes);

// The firmware identity a printer reports: prtInterpreterVersion rows and sysDescr, joined.
Core::Result<QString> firmwareFingerprint(const OperationContext &context);

} // namespace Printwatch::Actions
