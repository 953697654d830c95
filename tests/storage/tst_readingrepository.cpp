// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/printerrepository.h"
#include "storage/readingrepository.h"
#include "storagetestutil.h"

#include <QStandardPaths>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Storage;

namespace {

const QString A = QStringLiteral("127.0.0.31");
const QString S1 = QStringLiteral("VNB3K00001");
const QString M1 = QStringLiteral("00:11:22:33:55:01");

Core::AlertEntry alert(int index, int code, const QString &text)
{
    Core::AlertEntry entry;
    entry.index = index;
    entry.severity = 4;
    entry.group = 11;
    entry.groupIndex = 1;
    entry.code = code;
    entry.description = text;
    return entry;
}

Core::SupplyReading supply(int index, const QString &name, int level, int max, bool receptacle = false)
{
    Core::SupplyReading reading;
    reading.index = index;
    reading.description = name;
    reading.kind = receptacle ? QStringLiteral("waste") : QStringLiteral("toner");
    reading.level = level;
    reading.maxCapacity = max;
    reading.receptacle = receptacle;
    reading.source = QStringLiteral("1.3.6.1.2.1.43.11.1.1.9.1.") + QString::number(index);
    return reading;
}

} // namespace

class TestReadingRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString opened = m_db.open(QStringLiteral("readings.sqlite"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanup() { m_db.close(); }

    void countersKeepIncreasingHistoryInOrder()
    {
        const QList<qint64> totals{1000, 1012, 1040, 1100};
        for (qsizetype i = 0; i < totals.size(); ++i) {
            auto result = TestUtil::poll(A, S1, M1, i * 60);
            result.counters = {{QStringLiteral("total"), totals.at(i), QStringLiteral("impressions"),
                                QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")},
                               {QStringLiteral("colour"), totals.at(i) / 4, QStringLiteral("impressions"), QString()}};
            QVERIFY(store(result) == 1);
        }
        ReadingRepository readings(*m_db);
        auto totalHistory = readings.counterHistory(1, QStringLiteral("total"));
        QVERIFY2(totalHistory.ok(), qPrintable(totalHistory.error()));
        QCOMPARE(totalHistory->size(), totals.size());
        for (qsizetype i = 0; i < totals.size(); ++i) {
            QCOMPARE(totalHistory->at(i).reading.value, totals.at(i));
            QCOMPARE(totalHistory->at(i).readAt, TestUtil::baseTime().addSecs(i * 60));
            QCOMPARE(totalHistory->at(i).reading.source, QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"));
        }
        QCOMPARE(readings.counterHistory(1)->size(), totals.size() * 2);
        auto summary = PrinterRepository(*m_db).summaries();
        QCOMPARE(summary->at(0).totalPages, std::optional<qint64>(1100));
    }

    void alertsAreRaisedOnceAndCleared()
    {
        const auto paperLow = alert(1, 808, QStringLiteral("Tray 2 paper low"));
        const auto tonerLow = alert(2, 1104, QStringLiteral("Black toner low"));

        auto first = TestUtil::poll(A, S1, M1, 0);
        first.alerts = {paperLow};
        QCOMPARE(store(first), 1);

        // Still present (renumbered by the printer) plus a new one: nothing duplicated.
        auto second = TestUtil::poll(A, S1, M1, 60);
        auto renumbered = paperLow;
        renumbered.index = 7;
        second.alerts = {renumbered, tonerLow};
        QCOMPARE(store(second), 1);

        // Silence says nothing about alerts: nothing is cleared.
        QVERIFY(m_db->beginWrite().ok());
        QVERIFY(ReadingRepository(*m_db).storeUnreachable(1, TestUtil::silence(A, 90)).ok());
        QVERIFY(m_db->commit().ok());

        // The paper-low alert is gone in the next answer: cleared at that poll's time.
        auto third = TestUtil::poll(A, S1, M1, 120);
        third.alerts = {tonerLow};
        QCOMPARE(store(third), 1);

        ReadingRepository readings(*m_db);
        auto all = readings.alerts(1);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        const auto byText = [&](const QString &text) {
            return *std::find_if(all->cbegin(), all->cend(),
                                 [&](const AlertRecord &r) { return r.alert.description == text; });
        };
        const AlertRecord paper = byText(paperLow.description);
        QCOMPARE(paper.raisedAt, TestUtil::baseTime());
        QCOMPARE(paper.clearedAt, TestUtil::baseTime().addSecs(120));
        QVERIFY(!paper.active());
        const AlertRecord toner = byText(tonerLow.description);
        QCOMPARE(toner.raisedAt, TestUtil::baseTime().addSecs(60));
        QVERIFY(toner.active());

        auto active = readings.alerts(1, true);
        QCOMPARE(active->size(), 1);
        QCOMPARE(active->at(0).alert.code, 1104);

        // The same condition raised again after clearing is a new alert row.
        auto fourth = TestUtil::poll(A, S1, M1, 180);
        fourth.alerts = {tonerLow, paperLow};
        QCOMPARE(store(fourth), 1);
        QCOMPARE(readings.alerts(1)->size(), 3);
        QCOMPARE(readings.alerts(1, true)->size(), 2);
    }

    void suppliesKeepHistoryAndLowestIgnoresSentinels()
    {
        auto first = TestUtil::poll(A, S1, M1, 0);
        first.supplies = {supply(1, QStringLiteral("Black Toner"), 4000, 10000),
                          supply(2, QStringLiteral("Drum"), Core::SupplyUnknown, 10000),
                          supply(3, QStringLiteral("Fuser"), Core::SupplySomeRemaining, Core::SupplyUnknown),
                          supply(4, QStringLiteral("Staples"), Core::SupplyUnrestricted, 100)};
        QCOMPARE(store(first), 1);
        auto summaries = PrinterRepository(*m_db).summaries();
        QCOMPARE(summaries->at(0).lowestSupplyPercent, std::optional<int>(40));
        QCOMPARE(summaries->at(0).lowestSupplyName, QStringLiteral("Black Toner"));

        auto second = TestUtil::poll(A, S1, M1, 60);
        second.supplies = {supply(1, QStringLiteral("Black Toner"), 3500, 10000),
                           supply(5, QStringLiteral("Waste Toner"), 5, 100, true)};
        QCOMPARE(store(second), 1);

        ReadingRepository readings(*m_db);
        auto latest = readings.latestSupplies(1);
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(0).level, 3500);
        QVERIFY(latest->at(1).receptacle);
        auto history = readings.supplyHistory(1);
        QCOMPARE(history->size(), 6);
        QCOMPARE(history->at(0).reading.level, 4000);
        summaries = PrinterRepository(*m_db).summaries();
        QCOMPARE(summaries->at(0).lowestSupplyPercent, std::optional<int>(5));
        QCOMPARE(summaries->at(0).lowestSupplyName, QStringLiteral("Waste Toner"));

        QCOMPARE(summaries->at(0).lowestSupplyState, QString());

        // A poll without a supply walk keeps the latest supplies.
        QCOMPARE(store(TestUtil::poll(A, S1, M1, 120)), 1);
        QCOMPARE(readings.latestSupplies(1)->size(), 2);
        QCOMPARE(PrinterRepository(*m_db).summaries()->at(0).lowestSupplyPercent, std::optional<int>(5));

        // A printer that reports no percentage (Brother's "some remaining") is named with its state.
        auto brother = TestUtil::poll(A, S1, M1, 180);
        brother.supplies = {supply(1, QStringLiteral("Black Toner"), Core::SupplySomeRemaining, Core::SupplyUnknown),
                            supply(2, QStringLiteral("Drum"), Core::SupplyUnknown, Core::SupplyUnknown)};
        QCOMPARE(store(brother), 1);
        const Core::PrinterSummary named = PrinterRepository(*m_db).summaries()->at(0);
        QCOMPARE(named.lowestSupplyPercent, std::nullopt);
        QCOMPARE(named.lowestSupplyName, QStringLiteral("Black Toner"));
        QCOMPARE(named.lowestSupplyState, QStringLiteral("some remaining"));
        // Silence keeps it.
        QVERIFY(m_db->beginWrite().ok());
        QVERIFY(ReadingRepository(*m_db).storeUnreachable(1, TestUtil::silence(A, 240)).ok());
        QVERIFY(m_db->commit().ok());
        QCOMPARE(PrinterRepository(*m_db).summaries()->at(0).lowestSupplyState, QStringLiteral("some remaining"));
    }

    // The summary carries what the printer says is wrong, for the activity log and the status tip.
    void summaryCarriesTheErrorState()
    {
        auto jammed = TestUtil::poll(A, S1, M1, 0);
        jammed.status = Core::DeviceStatus::Down;
        jammed.detectedErrorState = 0x0400; // jammed
        QCOMPARE(store(jammed), 1);
        Core::PrinterSummary summary = PrinterRepository(*m_db).summaries()->at(0);
        QCOMPARE(summary.status, Core::DeviceStatus::Down);
        QCOMPARE(summary.detectedErrorState, 0x0400u);
        QCOMPARE(PrinterRepository(*m_db).summaries({summary.deviceId})->at(0).detectedErrorState, 0x0400u);

        auto cleared = TestUtil::poll(A, S1, M1, 60);
        QCOMPARE(store(cleared), 1);
        summary = PrinterRepository(*m_db).summaries()->at(0);
        QCOMPARE(summary.detectedErrorState, 0u);
    }

    void unreachableKeepsReadingsAndShowsTheError()
    {
        auto answered = TestUtil::poll(A, S1, M1, 0);
        answered.counters = {{QStringLiteral("total"), 500, QString(), QString()}};
        answered.uptimeCentiseconds = 4242;
        QCOMPARE(store(answered), 1);
        QVERIFY(m_db->beginWrite().ok());
        QVERIFY(ReadingRepository(*m_db).storeUnreachable(1, TestUtil::silence(A, 60)).ok());
        QVERIFY(m_db->commit().ok());
        auto summary = PrinterRepository(*m_db).summaries()->at(0);
        QCOMPARE(summary.status, Core::DeviceStatus::Unreachable);
        QCOMPARE(summary.totalPages, std::optional<qint64>(500));
        QCOMPARE(summary.lastError, QStringLiteral("No answer after 2 tries"));
        QCOMPARE(summary.lastPolled, TestUtil::baseTime().addSecs(60));
        QCOMPARE(summary.lastSeen, TestUtil::baseTime()); // last answer, not last attempt
    }

private:
    qint64 store(const Core::PollResult &result) { return TestUtil::storePoll(*m_db, result); }

    TestUtil::ScratchDatabase m_db;
};

QTEST_GUILESS_MAIN(TestReadingRepository)
#include "tst_readingrepository.moc"
