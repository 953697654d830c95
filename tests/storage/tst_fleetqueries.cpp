// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/fleetqueries.h"
#include "storage/readingrepository.h"
#include "storagetestutil.h"

#include <QStandardPaths>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Storage;

namespace {

const QString A = QStringLiteral("127.3.0.1");
const QString B = QStringLiteral("127.3.0.2");

Core::SupplyReading supply(int index, const QString &colour, int level, int max = 100)
{
    Core::SupplyReading reading;
    reading.index = index;
    reading.description = colour + QStringLiteral(" toner");
    reading.kind = QStringLiteral("toner");
    reading.colour = colour;
    reading.level = level;
    reading.maxCapacity = max;
    reading.source = QStringLiteral("1.3.6.1.2.1.43.11.1.1.9.1.") + QString::number(index);
    return reading;
}

Core::AlertEntry alert(int index, int severity, int code)
{
    Core::AlertEntry entry;
    entry.index = index;
    entry.severity = severity;
    entry.code = code;
    entry.description = QStringLiteral("<b>alert %1</b>").arg(index);
    return entry;
}

} // namespace

class TestFleetQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString opened = m_db.open(QStringLiteral("fleet.sqlite"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanup() { m_db.close(); }

    void latestSuppliesOfEveryPrinterOrOne()
    {
        auto first = TestUtil::poll(A, QStringLiteral("S1"), QStringLiteral("00:00:00:00:00:01"), 0);
        first.identity.sysName = QStringLiteral("<img src=x>");
        first.supplies = {supply(1, QStringLiteral("black"), 80), supply(2, QStringLiteral("cyan"), 40)};
        const qint64 one = store(first);
        first.polledAt = first.polledAt.addSecs(60);
        first.supplies = {supply(1, QStringLiteral("black"), 70), supply(2, QStringLiteral("cyan"), 40)};
        QCOMPARE(store(first), one);
        auto second = TestUtil::poll(B, QStringLiteral("S2"), QStringLiteral("00:00:00:00:00:02"), 30);
        second.supplies = {supply(1, QStringLiteral("black"), Core::SupplySomeRemaining, Core::SupplyUnknown)};
        const qint64 two = store(second);
        QVERIFY(one > 0 && two > 0 && one != two);

        const FleetQueries queries(*m_db);
        const auto all = queries.latestSupplies();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).printer.deviceId, one);
        QCOMPARE(all->at(0).printer.name, QStringLiteral("<img src=x>")); // stored as sent
        QCOMPARE(all->at(0).printer.address, A);
        QCOMPARE(all->at(0).supply.level, 70); // the latest, not the history
        QCOMPARE(all->at(0).readAt, TestUtil::baseTime().addSecs(60));
        QCOMPARE(all->at(2).supply.level, Core::SupplySomeRemaining);

        const auto onlyTwo = queries.latestSupplies({two});
        QVERIFY(onlyTwo.ok());
        QCOMPARE(onlyTwo->size(), 1);
        QCOMPARE(onlyTwo->at(0).printer.deviceId, two);
    }

    void alertsOpenAndRecentlyCleared()
    {
        auto poll = TestUtil::poll(A, QStringLiteral("S1"), QStringLiteral("00:00:00:00:00:01"), 0);
        poll.alerts = {alert(1, 3, 8), alert(2, 4, 1104)};
        const qint64 id = store(poll);
        poll.polledAt = poll.polledAt.addSecs(3600);
        poll.alerts = {alert(2, 4, 1104)}; // the jam is cleared an hour later
        QCOMPARE(store(poll), id);

        const FleetQueries queries(*m_db);
        const auto open = queries.alerts({});
        QVERIFY2(open.ok(), qPrintable(open.error()));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).record.alert.code, 1104);
        QVERIFY(open->at(0).record.active());

        const auto withCleared = queries.alerts(TestUtil::baseTime());
        QVERIFY(withCleared.ok());
        QCOMPARE(withCleared->size(), 2);
        const auto jam = std::find_if(withCleared->cbegin(), withCleared->cend(),
                                      [](const FleetAlertRow &row) { return row.record.alert.code == 8; });
        QVERIFY(jam != withCleared->cend());
        QCOMPARE(jam->record.clearedAt, TestUtil::baseTime().addSecs(3600));
        QCOMPARE(jam->record.alert.description, QStringLiteral("<b>alert 1</b>"));
        QCOMPARE(jam->printer.deviceId, id);

        // Cleared before the bound: left out.
        const auto later = queries.alerts(TestUtil::baseTime().addSecs(7200));
        QVERIFY(later.ok());
        QCOMPARE(later->size(), 1);
        QCOMPARE(queries.alerts({}, {id + 100})->size(), 0);
    }

    void countersPivotTakesTheNewestOfEachMeter()
    {
        auto poll = TestUtil::poll(A, QStringLiteral("S1"), QStringLiteral("00:00:00:00:00:01"), 0);
        poll.counters = {{QStringLiteral("total"), 1000, QStringLiteral("impressions"), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")},
                         {QStringLiteral("colour"), 300, QStringLiteral("impressions"), QStringLiteral("1.3.6.1.4.1.11.2")}};
        const qint64 id = store(poll);
        poll.polledAt = poll.polledAt.addSecs(60);
        poll.counters = {{QStringLiteral("total"), 1010, QStringLiteral("impressions"), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")}};
        QCOMPARE(store(poll), id);
        auto other = TestUtil::poll(B, QStringLiteral("S2"), QStringLiteral("00:00:00:00:00:02"), 0);
        store(other); // no counters: no row

        const auto rows = FleetQueries(*m_db).latestCounters();
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 1);
        const FleetCounterRow &row = rows->constFirst();
        QCOMPARE(row.printer.deviceId, id);
        QCOMPARE(row.values.value(QStringLiteral("total")), 1010);
        QCOMPARE(row.values.value(QStringLiteral("colour")), 300); // still its latest value
        QCOMPARE(row.sources.value(QStringLiteral("total")), QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"));
        QCOMPARE(row.units.value(QStringLiteral("colour")), QStringLiteral("impressions"));
        QCOMPARE(row.readAt, TestUtil::baseTime().addSecs(60));
    }

    void detailGathersEverything()
    {
        auto poll = TestUtil::poll(A, QStringLiteral("S1"), QStringLiteral("00:00:00:00:00:01"), 0);
        poll.identity.firmware = QStringLiteral("2.1.0");
        poll.identity.sysLocation = QStringLiteral("Floor 3");
        poll.counters = {{QStringLiteral("total"), 1000, QStringLiteral("impressions"), QString()}};
        poll.supplies = {supply(1, QStringLiteral("black"), 80)};
        poll.alerts = {alert(1, 3, 8)};
        const qint64 id = store(poll);
        for (int i = 1; i <= 3; ++i) {
            poll.polledAt = poll.polledAt.addSecs(3600);
            poll.counters.first().value += 100;
            poll.supplies.first().level -= 5;
            QCOMPARE(store(poll), id);
        }
        const auto detail = FleetQueries(*m_db).detail(id);
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->summary.deviceId, id);
        QCOMPARE(detail->firmware, QStringLiteral("2.1.0"));
        QCOMPARE(detail->sysLocation, QStringLiteral("Floor 3"));
        QCOMPARE(detail->counterHistory.size(), 4);
        QCOMPARE(detail->supplyHistory.size(), 4);
        QCOMPARE(detail->supplies.size(), 1);
        QCOMPARE(detail->supplies.first().level, 65);
        QCOMPARE(detail->alerts.size(), 1);
        QCOMPARE(detail->addresses.size(), 1);

        const auto recent = FleetQueries(*m_db).detail(id, TestUtil::baseTime().addSecs(2 * 3600));
        QVERIFY(recent.ok());
        QCOMPARE(recent->counterHistory.size(), 2);

        const auto missing = FleetQueries(*m_db).detail(id + 1000);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QString::number(id + 1000)));
    }

private:
    qint64 store(const Core::PollResult &result) { return TestUtil::storePoll(*m_db, result); }

    TestUtil::ScratchDatabase m_db;
};

QTEST_GUILESS_MAIN(TestFleetQueries)
#include "tst_fleetqueries.moc"
