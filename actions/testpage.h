// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test page: which printer, when, by whom, through which path. Plain text (with a form feed)
// for raw 9100 and LPR, which nearly every printer prints as is; a one-page PDF for IPP printers
// that do not take text.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Printwatch::Actions {

struct TestPageInfo
{
    QString printerName;
    QString address;
    QString user;
    QString path; // "raw 9100", "LPR queue lp", "IPP"
    QDateTime at;
};

QStringList testPageLines(const TestPageInfo &info);
QByteArray testPageText(const TestPageInfo &info); // UTF-8 lines, CR LF, ends with a form feed
QByteArray testPagePdf(const TestPageInfo &info);  // PDF 1.4, Helvetica, ASCII only (others become '?')

} // namespace Printwatch::Actions
