// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Printwatch::Cli {

enum class Format { Table, Json, Csv };

QByteArray formatPrinters(const QList<Core::PrinterSummary> &printers, Format format);

// Printer strings are untrusted: control characters would move the terminal's cursor or worse.
QString terminalSafe(const QString &text);

void printOut(const QString &text); // stdout, UTF-8
void printErr(const QString &text); // stderr, UTF-8, with a newline

} // namespace Printwatch::Cli
