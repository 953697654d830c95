// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// printwatch-cli's user, action, audit and secret subcommands. Passwords and secrets are read
// from a file or stdin, never from the command line (argv is visible to every local user).
// Exit codes: 0 success, 1 the action failed or was refused, 2 bad input (arguments, login, database).

#include <QStringList>

namespace Printwatch::Cli {

int user(const QStringList &arguments);   // user add|list|unlock|remove|passwd
int action(const QStringList &arguments); // action refresh|test-page|reboot|firmware|troubleshoot|web-page PRINTER...
int audit(const QStringList &arguments);  // audit verify|export
int secret(const QStringList &arguments); // secret set|get-status|remove KEY
int group(const QStringList &arguments);  // group add|list|assign-user|switch

} // namespace Printwatch::Cli
