// SPDX-License-Identifier: GPL-3.0-or-later
// The one printer decoder, fed varbind tables: supply states (every sentinel, receptacles, the
// over-capacity quirk), counter units, scale, billing and conflicts between sources, alerts at
// any hrDeviceIndex, error-state bits, the engine ID and the network fields.
#include "snmp/printerdecoder.h"
#include "snmp/vendorprofile.h"
#include "varbinds.h"

#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using namespace Printwatch::Snmp::TestVarBinds;

namespace {

VendorProfile profileFrom(const QByteArray &json)
{
    auto profile = ProfileSet::parse(json, u"test-profile.json"_qs);
    return profile ? *profile : VendorProfile{};
}

const QString kSupply = u"1.3.6.1.2.1.43.11.1.1"_qs;

} // namespace

class TestPrinterDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void supplies_data()
    {
        QTest::addColumn<int>("supplyClass"); // 3 consumed, 4 receptacle
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("unit");
        QTest::addColumn<bool>("clampProfile");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("percent"); // -1 = none
        QTest::addColumn<QString>("unitName");
        QTest::addColumn<bool>("quirk");

        QTest::newRow("half") << 3 << 50 << 100 << 19 << false << u"ok"_qs << 50 << u"percent"_qs << false;
        QTest::newRow("low at 10 %") << 3 << 10 << 100 << 19 << false << u"low"_qs << 10 << u"percent"_qs << false;
        QTest::newRow("above low") << 3 << 11 << 100 << 19 << false << u"ok"_qs << 11 << u"percent"_qs << false;
        QTest::newRow("empty") << 3 << 0 << 100 << 19 << false << u"empty"_qs << 0 << u"percent"_qs << false;
        QTest::newRow("impressions unit") << 3 << 6000 << 12000 << 7 << false << u"ok"_qs << 50
                                          << u"impressions"_qs << false;
        QTest::newRow("-1 unrestricted") << 3 << -1 << 100 << 19 << false << u"unrestricted"_qs << -1 << u"percent"_qs
                                         << false;
        QTest::newRow("-2 unknown") << 3 << -2 << 100 << 19 << false << u"unknown"_qs << -1 << u"percent"_qs << false;
        QTest::newRow("-3 some remaining") << 3 << -3 << -2 << 19 << false << u"some remaining"_qs << -1
                                           << u"percent"_qs << false;
        QTest::newRow("level without capacity") << 3 << 40 << -2 << 13 << false << u"ok"_qs << -1
                                                << u"tenthsOfGrams"_qs << false;
        QTest::newRow("receptacle full") << 4 << 0 << 100 << 19 << false << u"full"_qs << 0 << u"percent"_qs << false;
        QTest::newRow("receptacle nearly full") << 4 << 5 << 100 << 19 << false << u"nearly full"_qs << 5
                                                << u"percent"_qs << false;
        QTest::newRow("receptacle ok") << 4 << 80 << 100 << 19 << false << u"ok"_qs << 80 << u"percent"_qs << false;
        QTest::newRow("receptacle some remaining") << 4 << -3 << -2 << 19 << false << u"some remaining"_qs << -1
                                                   << u"percent"_qs << false;
        QTest::newRow("over capacity, no quirk in profile") << 3 << 130 << 100 << 19 << false << u"ok"_qs << 100
                                                            << u"percent"_qs << false;
        QTest::newRow("over capacity, profile quirk noted") << 3 << 130 << 100 << 19 << true << u"ok"_qs << 100
                                                            << u"percent"_qs << true;
        QTest::newRow("unknown unit code") << 3 << 5 << 10 << 99 << false << u"ok"_qs << 50 << QString() << false;
    }
    void supplies()
    {
        QFETCH(int, supplyClass);
        QFETCH(int, level);
        QFETCH(int, capacity);
        QFETCH(int, unit);
        QFETCH(bool, clampProfile);
        QFETCH(QString, state);
        QFETCH(int, percent);
        QFETCH(QString, unitName);
        QFETCH(bool, quirk);
        const QList<VarBind> rows{
            integer(kSupply + u".4.1.1"_qs, supplyClass),
            integer(kSupply + u".5.1.1"_qs, supplyClass == 4 ? 4 : 3), // wasteToner or toner
            octets(kSupply + u".6.1.1"_qs, "Black Toner"),
            integer(kSupply + u".7.1.1"_qs, unit),
            integer(kSupply + u".8.1.1"_qs, capacity),
            integer(kSupply + u".9.1.1"_qs, level),
        };
        const VendorProfile clamp =
            profileFrom("{\"id\": \"q\", \"vendor\": \"Q\", \"supplies\": {\"clampLevelOverCapacity\": true}}");
        Core::PollResult result;
        decodePrinter(rows, clampProfile ? &clamp : nullptr, u"127.0.0.1"_qs, result);
        QCOMPARE(result.supplies.size(), 1);
        const Core::SupplyReading &supply = result.supplies.first();
        QCOMPARE(supply.level, level); // raw, never rewritten
        QCOMPARE(supply.maxCapacity, capacity);
        QCOMPARE(supply.receptacle, supplyClass == 4);
        QCOMPARE(supply.state(), state);
        QCOMPARE(supply.percent().value_or(-1), percent);
        QCOMPARE(supply.unit, unitName);
        QCOMPARE(!supply.quirk.isEmpty(), quirk);
        QCOMPARE(supply.source, kSupply + u".9.1.1"_qs);
        QCOMPARE(supply.capacitySource, kSupply + u".8.1.1"_qs);
    }

    // prtMarkerSuppliesType other(1): the description is all there is to go by.
    void supplyKindFromDescription_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("kind");
        QTest::newRow("transfer roller") << u"Transfer Roller"_qs << u"transfer"_qs;
        QTest::newRow("waste toner box is waste") << u"Waste Toner Box"_qs << u"waste"_qs;
        QTest::newRow("fuser unit") << u"Fuser Unit"_qs << u"fuser"_qs;
        QTest::newRow("imaging drum") << u"Imaging Drum Black"_qs << u"drum"_qs;
        QTest::newRow("toner") << u"Black Toner S/N:123"_qs << u"toner"_qs;
        QTest::newRow("ink") << u"Ink Cartridge Cyan"_qs << u"ink"_qs;
        QTest::newRow("no stem inside a word") << u"Pinky roller"_qs << u"other"_qs;
        QTest::newRow("nothing known") << u"Pick-up Roller"_qs << u"other"_qs;
    }
    void supplyKindFromDescription()
    {
        QFETCH(QString, description);
        QFETCH(QString, kind);
        const QList<VarBind> rows{integer(kSupply + u".5.1.1"_qs, 1), octets(kSupply + u".6.1.1"_qs, description.toUtf8()),
                                  integer(kSupply + u".9.1.1"_qs, 50)};
        Core::PollResult result;
        decodePrinter(rows, nullptr, u"127.0.0.1"_qs, result);
        QCOMPARE(result.supplies.size(), 1);
        QCOMPARE(result.supplies.first().kind, kind);
    }

    void counters_data()
    {
        QTest::addColumn<int>("counterUnit"); // prtMarkerCounterUnit
        QTest::addColumn<qint64>("lifeCount");
        QTest::addColumn<QByteArray>("profile"); // "" = none
        QTest::addColumn<qint64>("vendorValue"); // -1 = not in the walk
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<int>("alternatives");

        const QString life = u"1.3.6.1.2.1.43.10.2.1.4.1.1"_qs;
        const QString vendor = u"1.3.6.1.4.1.99999.1.1.0"_qs;
        const QByteArray plain = "{\"id\": \"t\", \"vendor\": \"T\", \"counters\": "
                                 "[{\"name\": \"total\", \"oid\": \"1.3.6.1.4.1.99999.1.1.0\"}]}";
        const QByteArray preferred = "{\"id\": \"t\", \"vendor\": \"T\", \"counters\": "
                                     "[{\"name\": \"total\", \"oid\": \"1.3.6.1.4.1.99999.1.1.0\", \"prefer\": true}]}";
        const QByteArray scaled = "{\"id\": \"t\", \"vendor\": \"T\", \"counters\": [{\"name\": \"total\", \"oid\": "
                                  "\"1.3.6.1.4.1.99999.1.1.0\", \"prefer\": true, \"scale\": 0.5, \"unit\": \"sheets\"}]}";
        QTest::newRow("impressions") << 7 << qint64(1234) << QByteArray() << qint64(-1) << u"impressions"_qs
                                     << qint64(1234) << life << false << 0;
        QTest::newRow("sheets") << 8 << qint64(99) << QByteArray() << qint64(-1) << u"sheets"_qs << qint64(99) << life
                                << false << 0;
        QTest::newRow("feet (roll printer)") << 16 << qint64(12) << QByteArray() << qint64(-1) << u"feet"_qs
                                             << qint64(12) << life << false << 0;
        QTest::newRow("above 2^31") << 7 << qint64(3000000000) << QByteArray() << qint64(-1) << u"impressions"_qs
                                    << qint64(3000000000) << life << false << 0;
        QTest::newRow("vendor agrees: corroborated") << 7 << qint64(500) << plain << qint64(500) << u"impressions"_qs
                                                     << qint64(500) << life << false << 1;
        QTest::newRow("vendor disagrees: standard kept, conflict")
            << 7 << qint64(500) << plain << qint64(498) << u"impressions"_qs << qint64(500) << life << true << 1;
        QTest::newRow("vendor preferred: its value, conflict kept")
            << 7 << qint64(500) << preferred << qint64(498) << u"impressions"_qs << qint64(498) << vendor << true << 1;
        QTest::newRow("scaled vendor meter") << 7 << qint64(500) << scaled << qint64(1000) << u"sheets"_qs
                                             << qint64(500) << vendor << false << 1;
        QTest::newRow("vendor meter alone") << 7 << qint64(-1) << plain << qint64(77) << u"impressions"_qs
                                            << qint64(77) << vendor << false << 0;
    }
    void counters()
    {
        QFETCH(int, counterUnit);
        QFETCH(qint64, lifeCount);
        QFETCH(QByteArray, profile);
        QFETCH(qint64, vendorValue);
        QFETCH(QString, unit);
        QFETCH(qint64, total);
        QFETCH(QString, source);
        QFETCH(bool, conflict);
        QFETCH(int, alternatives);
        QList<VarBind> rows{integer(u"1.3.6.1.2.1.43.10.2.1.3.1.1"_qs, counterUnit)};
        if (lifeCount >= 0)
            rows << counter32(u"1.3.6.1.2.1.43.10.2.1.4.1.1"_qs, lifeCount);
        if (vendorValue >= 0)
            rows << counter32(u"1.3.6.1.4.1.99999.1.1.0"_qs, vendorValue);
        const VendorProfile vendorProfile = profileFrom(profile);
        const auto counters = decodeAllCounters(rows, profile.isEmpty() ? nullptr : &vendorProfile);
        QCOMPARE(counters.size(), 1);
        const Core::CounterReading &reading = counters.first();
        QCOMPARE(reading.name, u"total"_qs);
        QCOMPARE(reading.value, total);
        QCOMPARE(reading.unit, unit);
        QCOMPARE(reading.source, source);
        QCOMPARE(reading.conflict, conflict);
        QCOMPARE(reading.alternatives.size(), alternatives);
        QCOMPARE(reading.value, qint64(std::llround(double(reading.rawValue) * reading.scale)));
        QVERIFY(reading.billing); // the only meter, so the one billed
    }

    void vendorBillingMeterWins()
    {
        const VendorProfile profile = profileFrom(
            "{\"id\": \"t\", \"vendor\": \"T\", \"counters\": [{\"name\": \"mono\", \"oid\": \"1.3.6.1.4.1.99999.2.0\","
            " \"billing\": true, \"label\": \"B&W\"}]}");
        const auto counters = decodeAllCounters(
            {counter32(u"1.3.6.1.2.1.43.10.2.1.4.1.1"_qs, 900), counter32(u"1.3.6.1.4.1.99999.2.0"_qs, 600)}, &profile);
        QCOMPARE(counters.size(), 2);
        QCOMPARE(counters.at(0).name, u"total"_qs);
        QVERIFY(!counters.at(0).billing);
        QCOMPARE(counters.at(1).name, u"mono"_qs);
        QVERIFY(counters.at(1).billing);
        QCOMPARE(counters.at(1).label, u"B&W"_qs);
        QCOMPARE(counters.at(1).profileId, u"t"_qs);
    }

    // prtAlertTable is indexed by hrDeviceIndex + prtAlertIndex; the printer here is device 2.
    void alertsAtAnyDeviceIndex()
    {
        const QString entry = u"1.3.6.1.2.1.43.18.1.1"_qs;
        const QList<VarBind> rows{
            integer(entry + u".2.2.5"_qs, 4),   integer(entry + u".3.2.5"_qs, 3),
            integer(entry + u".4.2.5"_qs, 11),  integer(entry + u".5.2.5"_qs, 1),
            integer(entry + u".6.2.5"_qs, 0),   integer(entry + u".7.2.5"_qs, 1104),
            octets(entry + u".8.2.5"_qs, "Black low"), integer(entry + u".9.2.5"_qs, 654321),
            // Device 1's training level must not leak into device 2's alert.
            integer(entry + u".3.1.5"_qs, 6),
        };
        Core::PollResult result;
        decodePrinter(rows, nullptr, u"127.0.0.1"_qs, result);
        QCOMPARE(result.alerts.size(), 1);
        const Core::AlertEntry &alert = result.alerts.first();
        QCOMPARE(alert.index, 5);
        QCOMPARE(alert.severity, 4);
        QCOMPARE(alert.trainingLevel, 3);
        QCOMPARE(alert.group, 11);
        QCOMPARE(alert.groupText, u"markerSupplies"_qs);
        QCOMPARE(alert.code, 1104);
        QCOMPARE(alert.codeText, u"marker toner almost empty"_qs);
        QCOMPARE(alert.description, u"Black low"_qs);
        QCOMPARE(alert.time, 654321);
    }

    void errorStateBits_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("none") << QByteArray::fromHex("0000") << QStringList();
        QTest::newRow("lowPaper + noPaper") << QByteArray::fromHex("c0") << QStringList{u"lowPaper"_qs, u"noPaper"_qs};
        QTest::newRow("doorOpen + offline") << QByteArray::fromHex("0a")
                                            << QStringList{u"doorOpen"_qs, u"offline"_qs};
        QTest::newRow("second octet: outputFull") << QByteArray::fromHex("0008") << QStringList{u"outputFull"_qs};
        QTest::newRow("serviceRequested + markerSupplyMissing")
            << QByteArray::fromHex("0120") << QStringList{u"serviceRequested"_qs, u"markerSupplyMissing"_qs};
    }
    void errorStateBits()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QStringList, keys);
        Core::PollResult result;
        decodePrinter({::octets(u"1.3.6.1.2.1.25.3.5.1.2.1"_qs, octets)}, nullptr, u"127.0.0.1"_qs, result);
        QCOMPARE(result.statusDetail.errorStates, keys);
    }

    void engineIdAndNetwork()
    {
        const QList<VarBind> rows{
            octets(u"1.3.6.1.6.3.10.2.1.1.0"_qs, QByteArray::fromHex("80000b0b03001b78aabbcc")),
            ip(u"1.3.6.1.2.1.4.20.1.1.10.1.2.3"_qs, QByteArray::fromHex("0a010203")),
            integer(u"1.3.6.1.2.1.4.20.1.2.10.1.2.3"_qs, 1),
            ip(u"1.3.6.1.2.1.4.20.1.3.10.1.2.3"_qs, QByteArray::fromHex("ffff0000")),
            ip(u"1.3.6.1.2.1.4.20.1.1.192.168.7.9"_qs, QByteArray::fromHex("c0a80709")),
            integer(u"1.3.6.1.2.1.4.20.1.2.192.168.7.9"_qs, 2),
            ip(u"1.3.6.1.2.1.4.20.1.3.192.168.7.9"_qs, QByteArray::fromHex("ffffff00")),
            octets(u"1.3.6.1.2.1.2.2.1.6.1"_qs, QByteArray::fromHex("001b78000001")),
            octets(u"1.3.6.1.2.1.2.2.1.6.2"_qs, QByteArray::fromHex("001b78000002")),
            ip(u"1.3.6.1.2.1.4.21.1.7.0.0.0.0"_qs, QByteArray::fromHex("c0a80701")),
        };
        Core::PollResult result;
        decodePrinter(rows, nullptr, u"192.168.7.9"_qs, result);
        const Core::Identity &id = result.identity;
        QCOMPARE(id.engineId, u"80000b0b03001b78aabbcc"_qs);
        QCOMPARE(id.sources.value(u"engineId"_qs), u"1.3.6.1.6.3.10.2.1.1.0"_qs);
        QCOMPARE(id.ipAddress, u"192.168.7.9"_qs);       // the polled address, not the first row
        QCOMPARE(id.subnetMask, u"255.255.255.0"_qs);     // that row's mask
        QCOMPARE(id.mac, u"00:1b:78:00:00:02"_qs);        // the MAC of that row's interface
        QCOMPARE(id.gateway, u"192.168.7.1"_qs);

        Core::PollResult shortEngine;
        decodePrinter({octets(u"1.3.6.1.6.3.10.2.1.1.0"_qs, QByteArray::fromHex("8000"))}, nullptr, {}, shortEngine);
        QVERIFY(shortEngine.identity.engineId.isEmpty()); // below the 5 octets RFC 3411 requires
    }

    void loopbackRows_data()
    {
        QTest::addColumn<QString>("polled");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("mask");
        QTest::addColumn<QString>("mac");
        // A printer's table: its loopback interface first, then its Ethernet port.
        QTest::newRow("polled on the network") << u"10.1.2.3"_qs << u"10.1.2.3"_qs << u"255.255.255.0"_qs
                                               << u"00:1b:78:00:00:02"_qs;
        QTest::newRow("polled elsewhere: first non-loopback row") << u"10.9.9.9"_qs << u"10.1.2.3"_qs
                                                                  << u"255.255.255.0"_qs << u"00:1b:78:00:00:02"_qs;
        // A simulated printer on loopback (the demo fleet) answers for 127.x itself.
        QTest::newRow("polled on loopback") << u"127.0.0.1"_qs << u"127.0.0.1"_qs << u"255.0.0.0"_qs
                                            << u"00:1b:78:00:00:01"_qs;
        QTest::newRow("another loopback address is no row") << u"127.0.0.2"_qs << u"10.1.2.3"_qs
                                                             << u"255.255.255.0"_qs << u"00:1b:78:00:00:02"_qs;
    }

    void loopbackRows()
    {
        QFETCH(QString, polled);
        const QList<VarBind> rows{
            ip(u"1.3.6.1.2.1.4.20.1.1.10.1.2.3"_qs, QByteArray::fromHex("0a010203")),
            ip(u"1.3.6.1.2.1.4.20.1.1.127.0.0.1"_qs, QByteArray::fromHex("7f000001")),
            integer(u"1.3.6.1.2.1.4.20.1.2.10.1.2.3"_qs, 2),
            integer(u"1.3.6.1.2.1.4.20.1.2.127.0.0.1"_qs, 1),
            ip(u"1.3.6.1.2.1.4.20.1.3.10.1.2.3"_qs, QByteArray::fromHex("ffffff00")),
            ip(u"1.3.6.1.2.1.4.20.1.3.127.0.0.1"_qs, QByteArray::fromHex("ff000000")),
            octets(u"1.3.6.1.2.1.2.2.1.6.1"_qs, QByteArray::fromHex("001b78000001")),
            octets(u"1.3.6.1.2.1.2.2.1.6.2"_qs, QByteArray::fromHex("001b78000002")),
        };
        Core::PollResult result;
        decodePrinter(rows, nullptr, polled, result);
        QTEST(result.identity.ipAddress, "address");
        QTEST(result.identity.subnetMask, "mask");
        QTEST(result.identity.mac, "mac");
    }

    void recordCounters_data()
    {
        // Brother-style meters: 7-byte records [code][1][4][value] in one OCTET STRING.
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("expected"); // -1 = no counter

        const QByteArray maintenance = QByteArray::fromHex("63010400000001" "11010400000643" "41010400002260");
        QTest::newRow("first record") << QByteArray::fromHex("00010400000a5c") << 0 << qint64(2652);
        QTest::newRow("middle record") << maintenance << 0x11 << qint64(1603);
        QTest::newRow("last record") << maintenance << 0x41 << qint64(8800);
        QTest::newRow("code absent") << maintenance << 0x6f << qint64(-1);
        QTest::newRow("truncated record") << QByteArray::fromHex("000104000a") << 0 << qint64(-1);
        QTest::newRow("empty") << QByteArray() << 0 << qint64(-1);
    }
    void recordCounters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(qint64, expected);
        const VendorProfile profile = profileFrom(
            "{\"id\": \"b\", \"vendor\": \"B\", \"counters\": [{\"name\": \"drum_pages\", \"oid\": \"1.3.6.1.4.1.2435.9.0\", "
            "\"tlvCode\": " + QByteArray::number(code) + "}]}");
        QCOMPARE(profile.counters.size(), 1);
        const auto counters = decodeAllCounters({octets(u"1.3.6.1.4.1.2435.9.0"_qs, bytes)}, &profile);
        if (expected < 0) {
            QVERIFY(counters.isEmpty());
            return;
        }
        QCOMPARE(counters.size(), 1);
        QCOMPARE(counters.first().value, expected);
        QCOMPARE(counters.first().rawValue, expected);
        QCOMPARE(counters.first().source, u"1.3.6.1.4.1.2435.9.0"_qs);
    }

    void deviceType_data()
    {
        // Evidence, strongest first; the profile knows Acme's printer arc 99999.4 and its "Laser" names.
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("sysObjectId");
        QTest::addColumn<QString>("sysDescr");
        QTest::addColumn<bool>("withProfile");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("source");

        QTest::newRow("hrDevicePrinter") << u"hrDevicePrinter"_qs << u"1.3.6.1.4.1.99999.9.1"_qs << u"Acme box"_qs << false
                                         << u"printer"_qs << u"1.3.6.1.2.1.25.3.2.1.2.1"_qs;
        QTest::newRow("hrDeviceType other only") << u"hrDeviceNetwork"_qs << u"1.3.6.1.4.1.99999.9.1"_qs << u"Acme box"_qs
                                                 << false << QString() << QString();
        QTest::newRow("Printer-MIB object") << u"printerMib"_qs << u"1.3.6.1.4.1.99999.9.1"_qs << u"Acme box"_qs << false
                                            << u"printer"_qs << u"1.3.6.1.2.1.43.5.1.1.17.1"_qs;
        QTest::newRow("PWG port monitor") << u"portMonitor"_qs << u"1.3.6.1.4.1.99999.9.1"_qs << u"Acme box"_qs << false
                                          << u"printer"_qs << u"1.3.6.1.4.1.2699.1.2.1.2.1.1.2.1"_qs;
        QTest::newRow("profile printer arc") << QString() << u"1.3.6.1.4.1.99999.4.7"_qs << u"Acme box"_qs << true
                                             << u"printer"_qs << u"1.3.6.1.2.1.1.2.0"_qs;
        QTest::newRow("profile printer name") << QString() << u"1.3.6.1.4.1.99999.9.1"_qs << u"Acme Laser 300"_qs << true
                                              << u"printer"_qs << u"1.3.6.1.2.1.1.1.0"_qs;
        QTest::newRow("same maker, other product") << QString() << u"1.3.6.1.4.1.99999.9.1"_qs << u"Acme Scan Server"_qs
                                                   << true << QString() << QString();
        QTest::newRow("arc but no profile") << QString() << u"1.3.6.1.4.1.99999.4.7"_qs << u"Acme Laser 300"_qs << false
                                            << QString() << QString();
    }
    void deviceType()
    {
        QFETCH(QString, evidence);
        QFETCH(QString, sysObjectId);
        QFETCH(QString, sysDescr);
        QFETCH(bool, withProfile);
        QFETCH(QString, type);
        QFETCH(QString, source);
        QList<VarBind> rows{octets(u"1.3.6.1.2.1.1.1.0"_qs, sysDescr.toUtf8())};
        VarBind objectId{*Oid::fromString(u"1.3.6.1.2.1.1.2.0"_qs)};
        objectId.type = ValueType::ObjectId;
        objectId.oidValue = *Oid::fromString(sysObjectId);
        rows.append(objectId);
        VarBind deviceType{*Oid::fromString(u"1.3.6.1.2.1.25.3.2.1.2.1"_qs)};
        deviceType.type = ValueType::ObjectId;
        if (evidence == u"hrDevicePrinter"_qs || evidence == u"hrDeviceNetwork"_qs) {
            deviceType.oidValue = *Oid::fromString(evidence == u"hrDevicePrinter"_qs ? u"1.3.6.1.2.1.25.3.1.5"_qs
                                                                                      : u"1.3.6.1.2.1.25.3.1.4"_qs);
            rows.append(deviceType);
        } else if (evidence == u"printerMib"_qs) {
            rows.append(octets(u"1.3.6.1.2.1.43.5.1.1.17.1"_qs, "SN1"));
        } else if (evidence == u"portMonitor"_qs) {
            rows.append(octets(u"1.3.6.1.4.1.2699.1.2.1.2.1.1.2.1"_qs, "Acme"));
        }
        const VendorProfile profile = profileFrom(
            R"({"id": "acme", "vendor": "Acme", "printerWhen": {"sysObjectIdPrefixes": ["1.3.6.1.4.1.99999.4"], "sysDescr": ["\\blaser\\b"]}})");
        QCOMPARE(profile.printerSysObjectIdPrefixes.size(), 1);
        QCOMPARE(profile.printerSysDescr.size(), 1);
        Core::PollResult result;
        decodePrinter(rows, withProfile ? &profile : nullptr, {}, result);
        QCOMPARE(result.identity.deviceType, type);
        QCOMPARE(result.identity.sources.value(u"deviceType"_qs), source);
    }

    void hostNameFillsEmptySysName()
    {
        const VendorProfile profile = profileFrom(
            R"({"id": "k", "vendor": "K", "identity": {"hostName": [{"oid": "1.3.6.1.4.1.1347.40.10.1.1.5.1"}]}})");
        Core::PollResult empty;
        decodePrinter({octets(u"1.3.6.1.2.1.1.5.0"_qs, ""), octets(u"1.3.6.1.4.1.1347.40.10.1.1.5.1"_qs, "KM65E2B9")},
                      &profile, {}, empty);
        QCOMPARE(empty.identity.sysName, u"KM65E2B9"_qs);
        QCOMPARE(empty.identity.sources.value(u"sysName"_qs), u"1.3.6.1.4.1.1347.40.10.1.1.5.1"_qs);
        Core::PollResult named;
        decodePrinter({octets(u"1.3.6.1.2.1.1.5.0"_qs, "front-desk"), octets(u"1.3.6.1.4.1.1347.40.10.1.1.5.1"_qs, "KM65E2B9")},
                      &profile, {}, named);
        QCOMPARE(named.identity.sysName, u"front-desk"_qs); // the agent's own sysName stays
    }
};

QTEST_GUILESS_MAIN(TestPrinterDecoder)
#include "tst_printerdecoder.moc"
