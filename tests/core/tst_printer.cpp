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

    // The supply a fleet overview names: "rows" are supplies as description:level:capacity[:r for a
    // receptacle]; the answer is name, percent (-100: none) and state ("" when the percent says it).
    void lowestSupplyNamesOne_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("state");
        const int some = SupplySomeRemaining, unknown = SupplyUnknown, unrestricted = SupplyUnrestricted;
        const auto row = [](const char *name, int level, int capacity, bool receptacle = false) {
            return QStringLiteral("%1:%2:%3%4").arg(QLatin1String(name)).arg(level).arg(capacity).arg(receptacle ? u":r"_qs : QString());
        };
        QTest::newRow("no supplies") << QStringList{} << QString() << -100 << QString();
        QTest::newRow("lowest percent") << QStringList{row("Black", 40, 100), row("Cyan", 12, 100), row("Drum", 90, 100)}
                                        << u"Cyan"_qs << 12 << QString();
        QTest::newRow("a tie keeps the first") << QStringList{row("Black", 5, 100), row("Cyan", 5, 100)} << u"Black"_qs << 5
                                               << QString();
        QTest::newRow("sentinels never beat a percent")
            << QStringList{row("Drum", unknown, 100), row("Black", 60, 100), row("Fuser", some, unknown)} << u"Black"_qs
            << 60 << QString();
        QTest::newRow("empty without a capacity beats every percent")
            << QStringList{row("Black", 3, 100), row("Staples", 0, unknown)} << u"Staples"_qs << -100 << u"empty"_qs;
        QTest::newRow("a full receptacle without a capacity too")
            << QStringList{row("Black", 3, 100), row("Waste", 0, unknown, true)} << u"Waste"_qs << -100 << u"full"_qs;
        QTest::newRow("Brother: some remaining only")
            << QStringList{row("Black Toner", some, unknown), row("Drum Unit", some, unknown)} << u"Black Toner"_qs << -100
            << u"some remaining"_qs;
        QTest::newRow("some remaining says more than unknown")
            << QStringList{row("Drum", unknown, unknown), row("Toner", some, unknown), row("Staples", unrestricted, 100)}
            << u"Toner"_qs << -100 << u"some remaining"_qs;
        QTest::newRow("a level without capacity is ok")
            << QStringList{row("Staples", unrestricted, 100), row("Toner", 250, unknown)} << u"Toner"_qs << -100 << u"ok"_qs;
        QTest::newRow("only unknown") << QStringList{row("Toner", unknown, 100)} << u"Toner"_qs << -100 << u"unknown"_qs;
        QTest::newRow("only unrestricted") << QStringList{row("Staples", unrestricted, unrestricted)} << u"Staples"_qs
                                           << -100 << u"unrestricted"_qs;
    }
    void lowestSupplyNamesOne()
    {
        QFETCH(QStringList, rows);
        QFETCH(QString, name);
        QFETCH(int, percent);
        QFETCH(QString, state);
        QList<SupplyReading> supplies;
        for (const QString &text : rows) {
            const QStringList parts = text.split(u':');
            SupplyReading supply;
            supply.description = parts.at(0);
            supply.level = parts.at(1).toInt();
            supply.maxCapacity = parts.at(2).toInt();
            supply.receptacle = parts.size() > 3;
            supplies.append(supply);
        }
        const LowestSupply lowest = lowestSupply(supplies);
        QCOMPARE(lowest.name, name);
        QCOMPARE(lowest.percent.value_or(-100), percent);
        QCOMPARE(lowest.state, state);
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
