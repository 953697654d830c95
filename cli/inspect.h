// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Printwatch::Cli {

// printwatch-cli inspect HOST [--port P] [--community C] [--context N] [--json]
// printwatch-cli inspect --walk FILE [--json]
// One read of one device (or of a saved walk), decoded like a poll, printed; nothing is stored.
int inspect(const QStringList &arguments);

} // namespace Printwatch::Cli
