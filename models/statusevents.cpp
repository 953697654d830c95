// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statusevents.h"

#include <QCoreApplication>

namespace Printwatch::Models {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("Printwatch::Models", text, comment);
}

// "Reports an error state: jammed, door open"; without the conditions when the printer names none.
QString errorStateMessage(quint32 bits)
{
    const QStringList conditions = Core::errorStateTexts(bits);
    if (conditions.isEmpty())
        return tr("Reports an error state");
    //: %1: what the printer says is wrong, e.g. "jammed, door open"
    return tr("Reports an error state: %1").arg(conditions.join(tr(", ", "between error conditions")));
}

} // namespace

StatusMark StatusMark::after(const std::optional<StatusMark> &previous, const Core::PrinterSummary &now)
{
    StatusMark mark;
    mark.status = now.status;
    if (Core::isAnswering(now.status)) {
        mark.inError = now.status == Core::DeviceStatus::Down;
        mark.errorState = mark.inError ? now.detectedErrorState : 0;
    } else if (previous) {
        mark.inError = previous->inError;
        mark.errorState = previous->errorState;
    }
    return mark;
}

QList<StatusEvent> statusEvents(const std::optional<StatusMark> &previous, const Core::PrinterSummary &now)
{
    using Core::DeviceStatus;
    QList<StatusEvent> events;
    if (!previous) {
        events += {EventSeverity::Info, tr("Discovery"), tr("New printer")};
        if (now.status == DeviceStatus::Down)
            events += {EventSeverity::Error, tr("Poll"), errorStateMessage(now.detectedErrorState)};
        return events;
    }
    const DeviceStatus before = previous->status;
    if (Core::isAnswering(before) && !Core::isAnswering(now.status)) {
        events += {EventSeverity::Warning, tr("Poll"),
                   now.lastError.isEmpty() ? tr("Stopped answering") : tr("Stopped answering: %1").arg(now.lastError)};
        return events; // silence says nothing of the error state: it is still the last one reported
    }
    if (!Core::isAnswering(before) && Core::isAnswering(now.status))
        events += {EventSeverity::Info, tr("Poll"), tr("Answering again")};
    if (!Core::isAnswering(now.status))
        return events;
    if (now.status == DeviceStatus::Down) {
        // Into the error state, or still in it with other conditions: either is news.
        if (!previous->inError || previous->errorState != now.detectedErrorState)
            events += {EventSeverity::Error, tr("Poll"), errorStateMessage(now.detectedErrorState)};
    } else if (previous->inError) {
        events += {EventSeverity::Info, tr("Poll"),
                   //: the printer left the error state; %1 is its status now, e.g. "Idle"
                   tr("Error state cleared, now %1").arg(Core::deviceStatusText(now.status))};
    }
    return events;
}

} // namespace Printwatch::Models
