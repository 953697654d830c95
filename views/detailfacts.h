// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows of the detail page's fact panels (identity, network, status, capabilities), each with
// the provenance its tooltip shows: the source OID(s), the raw value and the unit. Pure functions
// over the stored detail, so what the page says can be tested without widgets. Values and tips are
// plain text: the page shows them literally (printer strings may carry markup).

#include "storage/fleetqueries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Printwatch::Views {

struct Fact
{
    QString label;   // "Firmware:"
    QString value;   // shown text; may span lines
    QString toolTip; // provenance, plain text; empty when there is none to tell
};

class DetailFacts
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Views::DetailFacts)

public:
    static QList<Fact> identity(const Storage::PrinterDetail &detail);
    static QList<Fact> network(const Storage::PrinterDetail &detail);
    static QList<Fact> status(const Storage::PrinterDetail &detail);
    static QList<Fact> capabilities(const Storage::PrinterDetail &detail);
    // "This serial was also seen at …", "Replaced printer: …"; one line per open identity conflict.
    static QStringList conflictNotices(const Storage::PrinterDetail &detail);
    // Where a meter came from: OID, raw value, scale, unit, and every alternative source when they disagree.
    static QString counterProvenance(const Core::CounterReading &reading);
};

} // namespace Printwatch::Views
