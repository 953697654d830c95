// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// printwatch-cli's subcommands. Each returns the process exit code:
//   0 success, 1 nothing answered / nothing to do, 2 bad input (arguments, database).

#include "core/snmpcredential.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Printwatch::Cli {

// The options discover uses to reach one device (--port, --community, --snmp-version, --timeout,
// --retries and the SNMPv3 options), for other subcommands that talk to a device (inspect), and
// the credential a parser's values describe (nullopt after printing why not).
QList<QCommandLineOption> deviceOptions();
std::optional<Core::SnmpCredential> deviceCredential(const QCommandLineParser &parser);

int discover(const QStringList &arguments);
int poll(const QStringList &arguments);
int list(const QStringList &arguments);

} // namespace Printwatch::Cli
