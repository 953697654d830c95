// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/alerttablemodel.h"
#include "models/fleettotals.h"
#include "models/printertablemodel.h"
#include "models/supplytablemodel.h"

#include <QTest>

using namespace Printwatch;

class TestFleetTotals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEveryPart()
    {
        Models::PrinterTableModel printers;
        QList<Core::PrinterSummary> summaries;
        const QList<Core::DeviceStatus> statuses = {Core::DeviceStatus::Idle,   Core::DeviceStatus::Printing,
                                                    Core::DeviceStatus::Asleep, Core::DeviceStatus::Down,
                                                    Core::DeviceStatus::Unreachable, Core::DeviceStatus::Warning};
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            Core::PrinterSummary summary;
            summary.deviceId = i + 1;
            summary.status = statuses.at(i);
            summaries.append(summary);
        }
        printers.setSummaries(summaries);
        Models::AlertTableModel alerts;
        alerts.setRows({TestRows::alertRow(1, 1, 3, 8), TestRows::alertRow(2, 1, 4, 1104),
                        TestRows::alertRow(3, 2, 4, 1104, false), TestRows::alertRow(4, 2, 1, 507)});
        Models::SupplyTableModel supplies;
        supplies.setRows({TestRows::supplyRow(1, 1, 5), TestRows::supplyRow(1, 2, 0), TestRows::supplyRow(2, 1, 60),
                          TestRows::supplyRow(2, 2, Core::SupplyUnknown)});

        const Models::FleetTotals totals = Models::countFleet(&printers, &alerts, &supplies);
        QCOMPARE(totals.printers, 6);
        QCOMPARE(totals.up, 3);
        QCOMPARE(totals.asleep, 1);
        QCOMPARE(totals.down, 1);
        QCOMPARE(totals.offline, 1);
        QCOMPARE(totals.alertsCritical, 1);
        QCOMPARE(totals.alertsWarning, 1);
        QCOMPARE(totals.alertsInfo, 1);
        QCOMPARE(totals.suppliesLow, 1);
        QCOMPARE(totals.suppliesEmpty, 1);
        QCOMPARE(Models::countFleet(nullptr, nullptr, nullptr), Models::FleetTotals{});
    }
};

QTEST_MAIN(TestFleetTotals)
#include "tst_fleettotals.moc"
