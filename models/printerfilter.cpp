// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/printerfilter.h"

namespace Printwatch::Models {

namespace {
quint32 statusBit(Core::DeviceStatus status)
{
    return quint32(1) << static_cast<quint32>(status);
}
constexpr Core::DeviceStatus kLastStatus = Core::DeviceStatus::Unreachable;
} // namespace

void PrinterFilter::setText(const QString &text)
{
    m_text = text;
    // simplified() turns tabs and new lines into single spaces, so any white space separates terms.
    m_terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void PrinterFilter::setStatuses(const QList<Core::DeviceStatus> &statuses)
{
    m_statusMask = 0;
    for (const auto status : statuses)
        m_statusMask |= statusBit(status);
}

QList<Core::DeviceStatus> PrinterFilter::statuses() const
{
    QList<Core::DeviceStatus> out;
    for (quint32 value = 0; value <= static_cast<quint32>(kLastStatus); ++value) {
        const auto status = static_cast<Core::DeviceStatus>(value);
        if (m_statusMask & statusBit(status))
            out.append(status);
    }
    return out;
}

bool PrinterFilter::accepts(const Core::PrinterSummary &summary) const
{
    if (m_statusMask != 0 && (m_statusMask & statusBit(summary.status)) == 0)
        return false;
    for (const QString &term : m_terms) {
        const bool found =
            summary.name.contains(term, Qt::CaseInsensitive) || summary.address.contains(term, Qt::CaseInsensitive) ||
            summary.vendor.contains(term, Qt::CaseInsensitive) || summary.model.contains(term, Qt::CaseInsensitive) ||
            summary.serial.contains(term, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace Printwatch::Models
