// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// printwatch-cli's subcommands. Each returns the process exit code:
//   0 success, 1 nothing answered / nothing to do, 2 bad input (arguments, database).

#include <QStringList>

namespace Printwatch::Cli {

int discover(const QStringList &arguments);
int poll(const QStringList &arguments);
int list(const QStringList &arguments);

} // namespace Printwatch::Cli
