// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Printers table shows. A plain value so it can be tested without a model.

#include "core/printer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Printwatch::Models {

class PrinterFilter
{
public:
    // Whitespace separates terms; every term must occur (case-insensitively) in the name, address,
    // vendor, model or serial, so "hp 4250" finds an HP LaserJet 4250.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // Empty means every status.
    void setStatuses(const QList<Core::DeviceStatus> &statuses);
    QList<Core::DeviceStatus> statuses() const;

    bool isEmpty() const { return m_terms.isEmpty() && m_statusMask == 0; }
    bool accepts(const Core::PrinterSummary &summary) const;

    bool operator==(const PrinterFilter &other) const
    {
        return m_terms == other.m_terms && m_statusMask == other.m_statusMask;
    }

private:
    QString m_text;
    QStringList m_terms;
    quint32 m_statusMask = 0; // bit per DeviceStatus value
};

} // namespace Printwatch::Models
