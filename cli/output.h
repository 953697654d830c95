// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printer.h"
#include "storage/records.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Printwatch::Cli {

enum class Format { Table, Json, Csv };

// JSON rows carry a "conflicts" array: the device's open identity conflicts from `conflicts`.
QByteArray formatPrinters(const QList<Core::PrinterSummary> &printers, Format format,
                          const QHash<qint64, QList<Storage::IdentityConflict>> &conflicts = {});

// Printer strings are untrusted: control characters would move the terminal's cursor or worse.
QString terminalSafe(const QString &text);

void printOut(const QString &text); // stdout, UTF-8
void printErr(const QString &text); // stderr, UTF-8, with a newline

} // namespace Printwatch::Cli
