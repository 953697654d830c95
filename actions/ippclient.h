// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IPP Print-Job through libcups (no hand-written IPP encoding). Blocking; actions thread only.

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Printwatch::Actions {

struct IppJob
{
    QString host;
    quint16 port = 631;
    QString resource = QStringLiteral("/ipp/print");
    QString user;
    QString jobName;
    int timeoutMs = 10000;
};

// The printer's document-format-supported (Get-Printer-Attributes).
Core::Result<QStringList> ippSupportedFormats(const IppJob &job);

// Sends `data` as a Print-Job of `format`; returns the printer's job-id.
Core::Result<int> ippPrintJob(const IppJob &job, const QByteArray &data, const QString &format);

} // namespace Printwatch::Actions
