// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboardstrip.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Printwatch;
using Views::DashboardStrip;

class TestDashboardStrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTotalsAndNavigates()
    {
        DashboardStrip strip;
        Models::FleetTotals totals;
        totals.printers = 10000;
        totals.up = 9000;
        totals.offline = 12;
        totals.alertsCritical = 3;
        totals.suppliesLow = 41;
        strip.setTotals(totals);
        // Plural forms come from the translation catalogue (not loaded here): only the number is certain.
        QVERIFY(strip.tileText(DashboardStrip::Tile::Printers).startsWith(QLocale().toString(10000) + QLatin1String(" printer")));
        QCOMPARE(strip.tileText(DashboardStrip::Tile::Offline), QStringLiteral("12 offline"));
        QCOMPARE(strip.tileText(DashboardStrip::Tile::AlertsCritical), QStringLiteral("3 critical"));
        QCOMPARE(strip.tileText(DashboardStrip::Tile::SuppliesLow), QStringLiteral("41 supplies low"));
        totals.alertsCritical = 1;
        strip.setTotals(totals);
        QCOMPARE(strip.tileText(DashboardStrip::Tile::AlertsCritical), QStringLiteral("1 critical"));
        QSignalSpy activated(&strip, &DashboardStrip::tileActivated);
        QTest::mouseClick(strip.findChild<QToolButton *>(QStringLiteral("tileOffline")), Qt::LeftButton);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<DashboardStrip::Tile>(), DashboardStrip::Tile::Offline);
    }
};

QTEST_MAIN(TestDashboardStrip)
#include "tst_dashboardstrip.moc"
