// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Field-by-field comparison of a decoded printer with a corpus expected/*.json file.

#include "core/printer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Printwatch::Test {

// The corpus folder: $PRINTWATCH_CORPUS, else ../shared/corpus beside the clone, else the
// workplace's copy; empty when none holds a MANIFEST.tsv (the accuracy tests then skip).
QString corpusDirectory();

struct FieldCheck
{
    QString device;
    QString field;
    QString expected;
    QString ours;
    bool match = false;
    QString explanation; // reason from known_differences.json when !match and explained
};

QList<FieldCheck> compareWithExpected(const QString &device, const QJsonObject &expected, const Core::PollResult &ours);
// Checks for a recording without expected file: decoded without errors, plausible values.
QList<FieldCheck> plausibility(const QString &device, const Core::PollResult &ours);

struct KnownDifference
{
    QString device; // wildcard
    QString field;  // wildcard
    QString reason;
    QString peer; // empty: every peer
};
QList<KnownDifference> loadKnownDifferences(const QString &path, QString *error);
void explain(QList<FieldCheck> &checks, const QList<KnownDifference> &known, const QString &peer);

} // namespace Printwatch::Test
