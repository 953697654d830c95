// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the activity log says when a printer's state changes: transitions, not every poll. A
// printer that goes silent is one line, and one more when it answers again; one that reports an
// error state names what is wrong, again when that changes, and says when it has cleared.

#include "core/printer.h"
#include "models/eventlog.h"

#include <QList>
#include <QString>

#include <optional>

namespace Printwatch::Models {

// What the log last knew of a printer.
struct StatusMark
{
    Core::DeviceStatus status = Core::DeviceStatus::Unknown;
    // Whether its last answer was the error state (DeviceStatus::Down), and with which conditions
    // (Core::PrinterSummary::detectedErrorState). Kept while it is silent: a printer that comes
    // back without the error has cleared it.
    bool inError = false;
    quint32 errorState = 0;

    // The mark after `now`, given the one before (none: the first the log knows of it).
    static StatusMark after(const std::optional<StatusMark> &previous, const Core::PrinterSummary &now);
    bool operator==(const StatusMark &) const = default;
};

struct StatusEvent
{
    EventSeverity severity = EventSeverity::Info;
    QString source; // translated: "Poll" or "Discovery"
    QString message;

    bool operator==(const StatusEvent &) const = default;
};

// The lines a change from `previous` (none: storage has just learnt of the printer) to `now` is
// worth, oldest first. Empty when nothing a person needs to know changed.
QList<StatusEvent> statusEvents(const std::optional<StatusMark> &previous, const Core::PrinterSummary &now);

} // namespace Printwatch::Models
