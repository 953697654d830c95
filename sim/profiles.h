// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/profile.h"

#include <memory>
#include <vector>

namespace Printwatch::Sim {

// The generated device models: printers of several vendors (HP, Brother, Kyocera, Xerox, Ricoh;
// mono and colour) and one network switch that is not a printer.
const std::vector<std::shared_ptr<const Profile>> &printerProfiles();
std::shared_ptr<const Profile> switchProfile();

// sysLocation choices; a device picks one by its hash.
const std::vector<QByteArray> &simLocations();

} // namespace Printwatch::Sim
