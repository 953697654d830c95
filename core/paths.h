// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Printwatch::Core {

// Where the GUI and printwatch-cli keep the fleet database unless told otherwise:
// <AppDataLocation>/printwatch.sqlite (e.g. ~/.local/share/Printwatch/printwatch.sqlite).
QString defaultDatabasePath();

// The same folder, for the demo fleet's own database, so a demo never mixes with a real fleet.
QString demoDatabasePath();

} // namespace Printwatch::Core
