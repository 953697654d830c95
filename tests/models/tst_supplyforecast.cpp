// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/supplyforecast.h"

#include <QTest>

using namespace Printwatch;
using Models::LevelPoint;

namespace {
QList<LevelPoint> daily(const QList<int> &percents)
{
    QList<LevelPoint> series;
    for (qsizetype i = 0; i < percents.size(); ++i)
        series.append({TestRows::at(static_cast<int>(i) * 24 * 60), percents.at(i)});
    return series;
}
} // namespace

class TestSupplyForecast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void straightLineToEmpty()
    {
        const auto series = daily({50, 45, 40, 35}); // 5 % a day, 35 % on day 3
        const auto days = Models::daysToEmpty(series, series.constLast().at);
        QVERIFY(days);
        QCOMPARE(qRound(*days * 10), 70);
        const auto later = Models::daysToEmpty(series, series.constLast().at.addDays(2));
        QCOMPARE(qRound(*later * 10), 50);
    }

    void startsAfterTheLastReplacement()
    {
        const auto series = daily({20, 10, 5, 100, 98, 96, 94}); // new cartridge on day 3: 2 % a day from 94 %
        const auto days = Models::daysToEmpty(series, series.constLast().at);
        QVERIFY(days);
        QCOMPARE(qRound(*days), 47);
    }

    void cannotTell_data()
    {
        QTest::addColumn<QList<int>>("percents");
        QTest::newRow("two readings") << QList<int>{50, 40};
        QTest::newRow("flat") << QList<int>{50, 50, 50, 50};
        QTest::newRow("rising") << QList<int>{10, 11, 12, 13};
        QTest::newRow("replaced, too little since") << QList<int>{30, 20, 10, 100, 99};
    }

    void cannotTell()
    {
        QFETCH(QList<int>, percents);
        const auto series = daily(percents);
        QVERIFY(!Models::daysToEmpty(series, series.constLast().at));
    }

    void emptyIsZero()
    {
        QCOMPARE(*Models::daysToEmpty(daily({3, 0}), TestRows::at(0)), 0.0);
    }

    void seriesTakesOneSupplyWithRealPercents()
    {
        QList<Storage::SupplyRecord> history;
        for (int i = 0; i < 4; ++i) {
            Storage::SupplyRecord record;
            record.readAt = TestRows::at(i);
            record.reading.index = i % 2 + 1;
            record.reading.level = i == 2 ? Core::SupplyUnknown : 50 - i;
            record.reading.maxCapacity = 100;
            history.append(record);
        }
        const auto series = Models::levelSeries(history, 1);
        QCOMPARE(series.size(), 1); // index 1 at i = 0; i = 2 was unknown
        QCOMPARE(series.first().percent, 50);
    }
};

QTEST_GUILESS_MAIN(TestSupplyForecast)
#include "tst_supplyforecast.moc"
