// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/devicerepository.h"
#include "storage/printerrepository.h"
#include "storage/readingrepository.h"
#include "storagetestutil.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Storage;
using TestUtil::poll;
using TestUtil::silence;

using PollList = QList<Core::PollResult>;

namespace {

const QString A = QStringLiteral("127.0.0.21");
const QString B = QStringLiteral("127.0.0.22");
const QString M1 = QStringLiteral("00:11:22:33:44:01");
const QString M2 = QStringLiteral("00:11:22:33:44:02");
const QString M9 = QStringLiteral("00:11:22:33:44:99");
const QString S1 = QStringLiteral("CNB0000001");
const QString S2 = QStringLiteral("CNB0000002");
const QString E1 = QStringLiteral("80000b0b0300112233aa01");

Core::PollResult withEngine(Core::PollResult result, const QString &engineId)
{
    result.identity.engineId = engineId;
    return result;
}

} // namespace

class TestDeviceRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resolution_data()
    {
        // Device ids are 1, 2, ... in creation order (fresh database per row). The per-device
        // columns list the expectations for device 1, 2, ...
        QTest::addColumn<PollList>("polls");
        QTest::addColumn<QList<qint64>>("deviceOfPoll"); // which device each poll landed on
        QTest::addColumn<QStringList>("currentAddress"); // per device; "" = no current address
        QTest::addColumn<QList<int>>("historyRows");     // per device
        QTest::addColumn<QStringList>("macs");           // per device, as stored
        QTest::addColumn<QStringList>("conflicts");      // "device:kind", all of them

        const qint64 hour = 3600;
        QTest::newRow("same printer at a new IP")
            << PollList{poll(A, S1, M1, 0), poll(B, S1, M1, hour)} << QList<qint64>{1, 1} << QStringList{B}
            << QList<int>{2} << QStringList{M1} << QStringList{};
        QTest::newRow("different serial at an old IP is a new device and a notice")
            << PollList{poll(A, S1, M1, 0), poll(A, S2, M2, hour)} << QList<qint64>{1, 2} << QStringList{QString(), A}
            << QList<int>{1, 1} << QStringList{M1, M2} << QStringList{QStringLiteral("2:replaced_at_address")};
        QTest::newRow("same serial at two addresses at once")
            << PollList{poll(A, S1, M1, 0), poll(B, S1, M1, 5), poll(A, S1, M1, 60), poll(B, S1, M1, 65)}
            << QList<qint64>{1, 1, 1, 1} << QStringList{A} << QList<int>{2} << QStringList{M1}
            << QStringList{QStringLiteral("1:serial_at_two_addresses")};
        QTest::newRow("serial with another MAC is one device and a conflict")
            << PollList{poll(A, S1, M1, 0), poll(A, S1, M9, hour), poll(A, S1, M9, 2 * hour)} << QList<qint64>{1, 1, 1}
            << QStringList{A} << QList<int>{1} << QStringList{M1} << QStringList{QStringLiteral("1:mac_mismatch")};
        QTest::newRow("MAC with another serial is a new device and a conflict")
            << PollList{poll(A, S1, M1, 0), poll(B, S2, M1, hour)} << QList<qint64>{1, 2} << QStringList{A, B}
            << QList<int>{1, 1} << QStringList{M1, M1} << QStringList{QStringLiteral("2:mac_with_other_serial")};
        QTest::newRow("serial only, then serial and MAC")
            << PollList{poll(A, S1, QString(), 0), poll(A, S1, M1, hour)} << QList<qint64>{1, 1} << QStringList{A}
            << QList<int>{1} << QStringList{M1} << QStringList{};
        QTest::newRow("MAC only, then MAC and serial elsewhere")
            << PollList{poll(A, QString(), M1, 0), poll(B, S1, M1, hour)} << QList<qint64>{1, 1} << QStringList{B}
            << QList<int>{2} << QStringList{M1} << QStringList{};
        QTest::newRow("no serial and no MAC: by address and sysObjectID")
            << PollList{poll(A, QString(), QString(), 0), poll(A, QString(), QString(), hour)} << QList<qint64>{1, 1}
            << QStringList{A} << QList<int>{1} << QStringList{QString()} << QStringList{};
        QTest::newRow("no serial and no MAC: another sysObjectID is another device")
            << PollList{poll(A, QString(), QString(), 0),
                        poll(A, QString(), QString(), hour, QStringLiteral("1.3.6.1.4.1.2435.2.3.9.1"))}
            << QList<qint64>{1, 2} << QStringList{QString(), A} << QList<int>{1, 1} << QStringList{QString(), QString()}
            << QStringList{QStringLiteral("2:replaced_at_address")};
        QTest::newRow("silence at the old address, then the new one: a move, not two at once")
            << PollList{poll(A, S1, M1, 0), silence(A, 10), poll(B, S1, M1, 20)} << QList<qint64>{1, 1, 1}
            << QStringList{B} << QList<int>{2} << QStringList{M1} << QStringList{};
        QTest::newRow("engine ID only: one device across an IP change")
            << PollList{withEngine(poll(A, QString(), QString(), 0), E1),
                        withEngine(poll(B, QString(), QString(), hour), E1)}
            << QList<qint64>{1, 1} << QStringList{B} << QList<int>{2} << QStringList{QString()} << QStringList{};
        QTest::newRow("engine ID, then serial and MAC: the device adopts them")
            << PollList{withEngine(poll(A, QString(), QString(), 0), E1), withEngine(poll(A, S1, M1, hour), E1)}
            << QList<qint64>{1, 1} << QStringList{A} << QList<int>{1} << QStringList{M1} << QStringList{};
        QTest::newRow("one engine ID on two serials: two devices and a conflict")
            << PollList{withEngine(poll(A, S1, M1, 0), E1), withEngine(poll(B, S2, M2, 10), E1)}
            << QList<qint64>{1, 2} << QStringList{A, B} << QList<int>{1, 1} << QStringList{M1, M2}
            << QStringList{QStringLiteral("2:engine_id_shared")};
        // The second move finds B already given up, so only the first one replaces a holder.
        QTest::newRow("two printers swap addresses: a notice, histories kept")
            << PollList{poll(A, S1, M1, 0), poll(B, S2, M2, 0), silence(A, hour), silence(B, hour),
                        poll(A, S2, M2, 2 * hour), poll(B, S1, M1, 2 * hour)}
            << QList<qint64>{1, 2, 1, 2, 2, 1} << QStringList{B, A} << QList<int>{2, 2} << QStringList{M1, M2}
            << QStringList{QStringLiteral("2:replaced_at_address")};
        QTest::newRow("silence at an unknown address creates nothing")
            << PollList{silence(A, 0), poll(B, S1, M1, 10)} << QList<qint64>{0, 1} << QStringList{B} << QList<int>{1}
            << QStringList{M1} << QStringList{};
    }

    void resolution()
    {
        QFETCH(PollList, polls);
        QFETCH(QList<qint64>, deviceOfPoll);
        QFETCH(QStringList, currentAddress);
        QFETCH(QList<int>, historyRows);
        QFETCH(QStringList, macs);
        QFETCH(QStringList, conflicts);

        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("identity.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        DeviceRepository devices(*db);
        ReadingRepository readings(*db);

        // The same steps as the writer: answers resolve, silence only marks the current holder.
        for (qsizetype i = 0; i < polls.size(); ++i) {
            const Core::PollResult &result = polls.at(i);
            QVERIFY(db->beginWrite().ok());
            qint64 landed = 0;
            if (result.reachable) {
                auto resolution = devices.resolve(result);
                QVERIFY2(resolution.ok(), qPrintable(resolution.error()));
                landed = resolution->deviceId;
                auto stored = readings.store(landed, result);
                QVERIFY2(stored.ok(), qPrintable(stored.error()));
            } else {
                auto holder = devices.deviceAt(result.address, result.port);
                QVERIFY(holder.ok());
                if (*holder) {
                    landed = **holder;
                    QVERIFY(readings.storeUnreachable(landed, result).ok());
                }
            }
            QVERIFY(db->commit().ok());
            QVERIFY2(landed == deviceOfPoll.at(i), qPrintable(QStringLiteral("poll %1 landed on device %2, expected %3")
                                                                  .arg(i)
                                                                  .arg(landed)
                                                                  .arg(deviceOfPoll.at(i))));
        }

        auto summaries = PrinterRepository(*db).summaries();
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), currentAddress.size());
        QStringList foundConflicts;
        for (qsizetype d = 0; d < summaries->size(); ++d) {
            const Core::PrinterSummary &summary = summaries->at(d);
            QCOMPARE(summary.deviceId, d + 1);
            QCOMPARE(summary.address, currentAddress.at(d));
            QCOMPARE(summary.mac, macs.at(d));
            auto history = devices.addressHistory(summary.deviceId);
            QVERIFY(history.ok());
            QCOMPARE(history->size(), historyRows.at(d));
            auto recorded = devices.conflicts(summary.deviceId);
            QVERIFY(recorded.ok());
            for (const IdentityConflict &conflict : *recorded)
                foundConflicts << QString::number(conflict.deviceId) + QLatin1Char(':') +
                                      conflictKindKey(conflict.kind);
        }
        QCOMPARE(foundConflicts, conflicts);
    }

    void conflictIsRecordedOnceAndRefreshed()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("conflict.sqlite")));
        QVERIFY(db.ok());
        DeviceRepository devices(*db);
        for (const auto &result : {poll(A, S1, M1, 0), poll(A, S1, M9, 100), poll(A, S1, M9, 200)})
            QVERIFY(devices.resolve(result).ok());
        auto conflicts = devices.conflicts(1);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1);
        const IdentityConflict &conflict = conflicts->at(0);
        QCOMPARE(conflict.kind, ConflictKind::MacMismatch);
        QCOMPARE(conflict.expected, M1);
        QCOMPARE(conflict.observed, M9);
        QCOMPARE(conflict.detectedAt, TestUtil::baseTime().addSecs(100));
        QCOMPARE(conflict.lastSeen, TestUtil::baseTime().addSecs(200));
    }

    // The three identity cases of issue 4, read back the way the detail page and the CLI see them.
    void replacedPrinterIsANoticeNamingBoth()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("replaced.sqlite")));
        QVERIFY(db.ok());
        DeviceRepository devices(*db);
        QVERIFY(devices.resolve(poll(A, S1, M1, 0)).ok());
        auto second = devices.resolve(poll(A, S2, M2, 3600));
        QVERIFY(second.ok());
        QCOMPARE(second->deviceId, 2);
        QVERIFY(second->created);
        QCOMPARE(second->conflicts, QList<ConflictKind>{ConflictKind::ReplacedAtAddress});
        auto all = devices.allConflicts();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).deviceId, 2);
        QCOMPARE(all->at(0).otherDeviceId, 1);
        QCOMPARE(all->at(0).expected, S1);
        QCOMPARE(all->at(0).observed, S2);
        QCOMPARE(all->at(0).address, A);
        // The old printer keeps its history, without a current address.
        auto old = devices.identity(1);
        QVERIFY(old.ok() && old->has_value());
        QVERIFY((*old)->address.isEmpty());
        QCOMPARE(devices.addressHistory(1)->size(), 1);
    }

    void identityRoundTripsWithSourcesAndRawBytes()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("identity.sqlite")));
        QVERIFY(db.ok());
        DeviceRepository devices(*db);
        auto result = withEngine(poll(A, S1, M1, 0), E1);
        Core::Identity &id = result.identity;
        id.firmware = QStringLiteral("2409081_052510");
        id.assetTag = QStringLiteral("IT-0042");
        id.printerName = QStringLiteral("Floor 2");
        id.ipAddress = A;
        id.subnetMask = QStringLiteral("255.0.0.0");
        id.gateway = QStringLiteral("127.0.0.1");
        id.profileId = QStringLiteral("hp");
        id.sources.insert(QStringLiteral("serial"), QStringLiteral("1.3.6.1.2.1.43.5.1.1.17.1"));
        id.sources.insert(QStringLiteral("model"), QStringLiteral("1.3.6.1.4.1.11.2.3.9.4.2.1.1.3.2.0"));
        id.rawStrings.insert(QStringLiteral("model"), QByteArray("\x01\x15HP LaserJet\0\xff", 15));
        QVERIFY(devices.resolve(result).ok());
        auto stored = devices.identity(1);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->identity.engineId, E1);
        QCOMPARE((*stored)->identity.sources, id.sources);
        QCOMPARE((*stored)->identity.rawStrings, id.rawStrings);
        Core::Identity expected = id;
        QCOMPARE((*stored)->identity, expected);
        QCOMPARE((*stored)->address, A);
        QVERIFY(!(*stored)->managed);
        QVERIFY(!devices.identity(99)->has_value());
    }

    void identityFieldsAreNotBlankedByAPartialPoll()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("partial.sqlite")));
        QVERIFY(db.ok());
        DeviceRepository devices(*db);
        auto full = poll(A, S1, M1, 0);
        full.identity.sysName = QStringLiteral("lj-floor2");
        QVERIFY(devices.resolve(full).ok());
        auto partial = poll(A, S1, M1, 60);
        partial.identity.sysName.clear();
        partial.identity.model.clear();
        QVERIFY(devices.resolve(partial).ok());
        auto summaries = PrinterRepository(*db).summaries();
        QCOMPARE(summaries->size(), 1);
        QCOMPARE(summaries->at(0).name, QStringLiteral("lj-floor2"));
        QCOMPARE(summaries->at(0).model, full.identity.model);
        QCOMPARE(summaries->at(0).lastSeen, TestUtil::baseTime().addSecs(60));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRepository)
#include "tst_devicerepository.moc"
