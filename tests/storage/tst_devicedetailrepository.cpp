// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/devicedetailrepository.h"
#include "storagetestutil.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Storage;

namespace {

// A poll carrying every issue-4 field, so a lost column shows up as a mismatch.
Core::PollResult fullPoll(qint64 offsetSeconds, qint64 total)
{
    Core::PollResult result = TestUtil::poll(QStringLiteral("127.0.0.31"), QStringLiteral("JPBF000123"),
                                             QStringLiteral("00:1b:a9:00:00:31"), offsetSeconds);
    result.detectedErrorState = 0x2000; // lowToner
    result.identity.engineId = QStringLiteral("800007e5804a3b2c1d");
    result.identity.profileId = QStringLiteral("hp");

    Core::CounterReading billing{QStringLiteral("total"), total, QStringLiteral("impressions"),
                                 QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1")};
    billing.rawValue = total;
    billing.billing = true;
    billing.alternatives = {{QStringLiteral("1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0"), total - 3, QStringLiteral("impressions")}};
    billing.conflict = true;
    Core::CounterReading scaled{QStringLiteral("mono"), total / 2 * 10, QStringLiteral("impressions"),
                                QStringLiteral("1.3.6.1.4.1.1347.42.2.1.1.1.6.1.1")};
    scaled.rawValue = total / 2;
    scaled.scale = 10.0;
    scaled.label = QStringLiteral("Black & White Total Count");
    scaled.profileId = QStringLiteral("kyocera");
    result.counters = {billing, scaled};

    Core::SupplyReading toner;
    toner.index = 1;
    toner.description = QStringLiteral("Black Cartridge HP W1490A");
    toner.kind = QStringLiteral("toner");
    toner.colour = QStringLiteral("black");
    toner.level = 8;
    toner.maxCapacity = 100;
    toner.source = QStringLiteral("1.3.6.1.2.1.43.11.1.1.9.1.1");
    toner.unit = QStringLiteral("percent");
    toner.capacitySource = QStringLiteral("1.3.6.1.2.1.43.11.1.1.8.1.1");
    toner.partNumber = QStringLiteral("W1490A");
    Core::SupplyReading waste;
    waste.index = 2;
    waste.description = QStringLiteral("Waste Toner Box");
    waste.kind = QStringLiteral("waste");
    waste.level = Core::SupplySomeRemaining;
    waste.maxCapacity = Core::SupplyUnknown;
    waste.receptacle = true;
    waste.quirk = QStringLiteral("level over capacity, shown as full");
    result.supplies = {toner, waste};

    Core::AlertEntry alert;
    alert.index = 7;
    alert.severity = 4;
    alert.group = 11;
    alert.groupIndex = 1;
    alert.code = 1104;
    alert.description = QStringLiteral("Black cartridge low");
    alert.codeText = QStringLiteral("marker toner almost empty");
    alert.groupText = QStringLiteral("markerSupplies");
    alert.trainingLevel = 3;
    alert.time = 123456;
    result.alerts = {alert};

    Core::Capabilities &caps = result.capabilities;
    caps.inputs = {{1, QStringLiteral("Tray 1"), QStringLiteral("Multi-purpose"), QStringLiteral("Plain"), -3, 100,
                    QStringLiteral("sheetFeedManual"), QStringLiteral("available, idle")}};
    caps.outputs = {{1, QStringLiteral("Face down"), QString(), QString(), -3, 150, QStringLiteral("output"),
                     QStringLiteral("available, idle")}};
    caps.components = {{1, QStringLiteral("printer"), QStringLiteral("HP LaserJet Pro 4002dn"), 2},
                       {2, QStringLiteral("network"), QStringLiteral("eth0"), 2}};
    caps.interpreters = {QStringLiteral("PCL 6"), QStringLiteral("PostScript 3")};
    caps.mediaPaths = {QStringLiteral("duplex")};
    caps.markers = {QStringLiteral("electrophotographicLaser")};
    caps.colorants = 1;
    caps.colour = false;
    caps.duplex = true;
    caps.memoryKb = 524288;
    caps.ports = {{1, 1, QStringLiteral("LPD <queue>"), QStringLiteral("lpd://printer/q"), QStringLiteral("lpd"), 8, 515,
                   true, QStringLiteral("1.3.6.1.4.1.2699.1.2.1.3.1.1.2.1.1")},
                  {1, 2, QStringLiteral("Raw"), QString(), QStringLiteral("raw9100"), 11, 9100, std::nullopt,
                   QStringLiteral("1.3.6.1.4.1.2699.1.2.1.3.1.1.2.1.2")}};
    caps.ieee1284DeviceId = QStringLiteral("MFG:HP;MDL:LaserJet Pro 4002dn;CMD:PCL,POSTSCRIPT;");
    Core::StatusDetail &status = result.statusDetail;
    status.hrDeviceStatus = 3;
    status.hrPrinterStatus = 3;
    status.errorStates = {QStringLiteral("lowToner")};
    status.consoleDisplay = {QStringLiteral("Ready"), QStringLiteral("Black low")};
    status.covers = {{1, QStringLiteral("Front door"), QStringLiteral("closed")}};
    return result;
}

bool store(const Database &db, const Core::PollResult &result, qint64 *deviceId)
{
    if (!db.beginWrite())
        return false;
    auto resolution = DeviceRepository(db).resolve(result);
    if (!resolution || !ReadingRepository(db).store(resolution->deviceId, result))
        return false;
    *deviceId = resolution->deviceId;
    return db.commit().ok();
}

} // namespace

class TestDeviceDetailRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detailHoldsEveryStoredField()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("detail.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        qint64 id = 0;
        const Core::PollResult first = fullPoll(0, 1000);
        const Core::PollResult second = fullPoll(600, 1200);
        QVERIFY(store(*db, first, &id));
        QVERIFY(store(*db, second, &id));

        auto detail = DeviceDetailRepository(*db).detail(id);
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->deviceId, id);
        QCOMPARE(detail->device.identity.serial, second.identity.serial);
        QCOMPARE(detail->device.identity.engineId, second.identity.engineId);
        QCOMPARE(detail->device.identity.profileId, QStringLiteral("hp"));
        QCOMPARE(detail->status, Core::DeviceStatus::Idle);
        QCOMPARE(detail->detectedErrorState, 0x2000u);
        QCOMPARE(detail->lastPolled, second.polledAt);
        QCOMPARE(detail->details.polledAt, second.polledAt);
        QCOMPARE(detail->details.capabilities, second.capabilities);
        QCOMPARE(detail->details.status, second.statusDetail);

        // Only the newest reading of each meter, with its provenance intact.
        QCOMPARE(detail->counters.size(), 2);
        QCOMPARE(detail->counters.at(0).readAt, second.polledAt);
        QCOMPARE(detail->counters.at(0).reading, second.counters.at(0));
        QCOMPARE(detail->counters.at(1).reading, second.counters.at(1));
        QCOMPARE(detail->counters.at(1).reading.rawValue * 10, detail->counters.at(1).reading.value);

        QCOMPARE(detail->supplies, second.supplies);
        QCOMPARE(detail->supplies.at(0).state(), QStringLiteral("low"));
        QCOMPARE(detail->supplies.at(1).state(), QStringLiteral("some remaining"));
        QCOMPARE(detail->activeAlerts.size(), 1);
        QCOMPARE(detail->activeAlerts.at(0).alert, second.alerts.at(0));
        QCOMPARE(detail->addresses.size(), 1);
        QVERIFY(detail->conflicts.isEmpty());
    }

    void unknownCapabilitiesStayUnknown()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("sparse.sqlite")));
        QVERIFY(db.ok());
        qint64 id = 0;
        QVERIFY(store(*db, TestUtil::poll(QStringLiteral("127.0.0.32"), QStringLiteral("S"), QString(), 0), &id));
        auto detail = DeviceDetailRepository(*db).detail(id);
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->details.capabilities.colour, std::optional<bool>());
        QCOMPARE(detail->details.capabilities.duplex, std::optional<bool>());
        QCOMPARE(detail->details.capabilities.memoryKb, -1);
        QVERIFY(detail->details.status.errorStates.isEmpty());
    }

    void conflictsOfTheDeviceAreShown()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("conflicts.sqlite")));
        QVERIFY(db.ok());
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY(store(*db, TestUtil::poll(QStringLiteral("127.0.0.33"), QStringLiteral("S1"), QString(), 0), &first));
        QVERIFY(store(*db, TestUtil::poll(QStringLiteral("127.0.0.33"), QStringLiteral("S2"), QString(), 3600), &second));
        QVERIFY(first != second);
        auto detail = DeviceDetailRepository(*db).detail(second);
        QVERIFY(detail.ok());
        QCOMPARE(detail->conflicts.size(), 1);
        QCOMPARE(detail->conflicts.at(0).kind, ConflictKind::ReplacedAtAddress);
        QCOMPARE(detail->conflicts.at(0).otherDeviceId, first);
        auto old = DeviceDetailRepository(*db).detail(first);
        QVERIFY(old.ok());
        QVERIFY(old->device.address.isEmpty());
        QCOMPARE(old->addresses.size(), 1);
    }

    void missingDeviceNamesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        auto detail = DeviceDetailRepository(*db).detail(42);
        QVERIFY(!detail.ok());
        QVERIFY2(detail.error().contains(QLatin1String("42")), qPrintable(detail.error()));
        QVERIFY2(detail.error().contains(path), qPrintable(detail.error()));
    }
};

QTEST_GUILESS_MAIN(TestDeviceDetailRepository)
#include "tst_devicedetailrepository.moc"
