// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printer.h"

#include <QTest>

using namespace Printwatch::Core;

class TestPrinter : public QObject
{
    Q_OBJECT

private slots:
    void supplyPercent_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("expected"); // -100 = no percent

        QTest::newRow("half") << 50 << 100 << 50;
        QTest::newRow("rounds") << 2 << 3 << 67;
        QTest::newRow("full") << 7000 << 7000 << 100;
        QTest::newRow("over capacity clamps") << 120 << 100 << 100;
        QTest::newRow("empty") << 0 << 100 << 0;
        QTest::newRow("unrestricted level") << SupplyUnrestricted << 100 << -100;
        QTest::newRow("unknown level") << SupplyUnknown << 100 << -100;
        QTest::newRow("some remaining is not 50") << SupplySomeRemaining << 100 << -100;
        QTest::newRow("unknown capacity") << 40 << SupplyUnknown << -100;
        QTest::newRow("unrestricted capacity") << 40 << SupplyUnrestricted << -100;
        QTest::newRow("zero capacity") << 0 << 0 << -100;
    }
    void supplyPercent()
    {
        QFETCH(int, level);
        QFETCH(int, capacity);
        QFETCH(int, expected);
        SupplyReading supply;
        supply.level = level;
        supply.maxCapacity = capacity;
        const auto pct = supply.percent();
        if (expected == -100)
            QVERIFY(!pct.has_value());
        else
            QCOMPARE(pct.value(), expected);
    }

    void statusKeysRoundTrip()
    {
        for (int i = 0; i <= int(DeviceStatus::Unreachable); ++i) {
            const auto status = DeviceStatus(i);
            QCOMPARE(deviceStatusFromKey(deviceStatusKey(status)), status);
            QVERIFY(!deviceStatusText(status).isEmpty());
        }
        QCOMPARE(deviceStatusFromKey(QStringLiteral("nonsense")), DeviceStatus::Unknown);
    }

    void counterLookup()
    {
        PollResult result;
        result.counters.append({QStringLiteral("total"), 1234, QStringLiteral("impressions"), QStringLiteral("1.3")});
        QCOMPARE(result.counter(QStringLiteral("total")).value(), 1234);
        QVERIFY(!result.counter(QStringLiteral("colour")));
    }
};

QTEST_GUILESS_MAIN(TestPrinter)
#include "tst_printer.moc"
