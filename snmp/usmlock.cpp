// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/usmlock.h"

namespace Printwatch::Snmp {

std::mutex &netsnmpUsmMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace Printwatch::Snmp
