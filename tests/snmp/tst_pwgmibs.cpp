// SPDX-License-Identifier: GPL-3.0-or-later
// PWG Imaging System Counter MIB (PWG 5106.1) and Port Monitor MIB (PWG 5107.1) from varbind
// tables: which key, work type and persistence rows become which counter, with source OID, raw
// value and unit; how they sit next to prtMarkerLifeCount and a vendor meter (conflicts kept);
// ports and the IEEE 1284 device ID.
#include "snmp/printerdecoder.h"
#include "snmp/pwgmibs.h"
#include "snmp/vendorprofile.h"
#include "varbinds.h"

#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using namespace Printwatch::Snmp::TestVarBinds;

namespace {

const QString kIc = u"1.3.6.1.4.1.2699.1.3.1"_qs;
const QString kKey = kIc + u".2.1.1"_qs;

// icKeyTable row: key -> service type, subunit index.
QList<VarBind> key(int index, int serviceType, int subunitIndex = 0)
{
    return {integer(kKey + u".2.%1"_qs.arg(index), serviceType), integer(kKey + u".3.%1"_qs.arg(index), 1),
            integer(kKey + u".4.%1"_qs.arg(index), subunitIndex ? 10 : 1),
            integer(kKey + u".5.%1"_qs.arg(index), subunitIndex)};
}

// One counter cell: table (7 image, 8 impression, 9 two-sided, 10 sheet), column, key, work, persistence.
VarBind cell(int table, int column, int keyIndex, int work, int persistence, qint64 value)
{
    return counter32(kIc + u".%1.1.1.%2.%3.%4.%5"_qs.arg(table).arg(column).arg(keyIndex).arg(work).arg(persistence), value);
}

VendorProfile profileFrom(const QByteArray &json)
{
    auto profile = ProfileSet::parse(json, u"test-profile.json"_qs);
    return profile ? *profile : VendorProfile{};
}

} // namespace

class TestPwgMibs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagingCounters_data()
    {
        QTest::addColumn<int>("serviceType");
        QTest::addColumn<int>("subunitIndex");
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("work");
        QTest::addColumn<int>("persistence");
        QTest::addColumn<QString>("name"); // empty = not decoded
        QTest::addColumn<QString>("unit");

        // system totals (3): impressions total/mono/colour, sheets, two-sided, images, waste
        QTest::newRow("system impressions") << 3 << 0 << 8 << 4 << 3 << 3 << u"total"_qs << u"impressions"_qs;
        QTest::newRow("system mono") << 3 << 0 << 8 << 5 << 3 << 3 << u"mono"_qs << u"impressions"_qs;
        QTest::newRow("system full colour") << 3 << 0 << 8 << 7 << 3 << 3 << u"colour"_qs << u"impressions"_qs;
        QTest::newRow("system blank not a meter") << 3 << 0 << 8 << 6 << 3 << 3 << QString() << QString();
        QTest::newRow("system highlight not a meter") << 3 << 0 << 8 << 8 << 3 << 3 << QString() << QString();
        QTest::newRow("system sheets") << 3 << 0 << 10 << 4 << 3 << 3 << u"sheets"_qs << u"sheets"_qs;
        QTest::newRow("system two-sided") << 3 << 0 << 9 << 4 << 3 << 3 << u"duplex"_qs << u"impressions"_qs;
        QTest::newRow("system images") << 3 << 0 << 7 << 4 << 3 << 3 << u"images"_qs << u"images"_qs;
        QTest::newRow("system waste impressions") << 3 << 0 << 8 << 4 << 6 << 3 << u"total_waste"_qs << u"impressions"_qs;
        QTest::newRow("system waste sheets") << 3 << 0 << 10 << 4 << 6 << 3 << u"sheets_waste"_qs << u"sheets"_qs;
        // persistence other than lifetime (powerOn 4, reset 5) and other work types are not meters
        QTest::newRow("powerOn persistence") << 3 << 0 << 8 << 4 << 3 << 4 << QString() << QString();
        QTest::newRow("reset persistence") << 3 << 0 << 8 << 4 << 3 << 5 << QString() << QString();
        QTest::newRow("datastream work") << 3 << 0 << 8 << 4 << 4 << 3 << QString() << QString();
        QTest::newRow("maintenance work") << 3 << 0 << 8 << 4 << 7 << 3 << QString() << QString();
        // services
        QTest::newRow("print") << 11 << 0 << 8 << 4 << 3 << 3 << u"print"_qs << u"impressions"_qs;
        QTest::newRow("print mono") << 11 << 0 << 8 << 5 << 3 << 3 << u"print_mono"_qs << u"impressions"_qs;
        QTest::newRow("print colour") << 11 << 0 << 8 << 7 << 3 << 3 << u"print_colour"_qs << u"impressions"_qs;
        QTest::newRow("print sheets") << 11 << 0 << 10 << 4 << 3 << 3 << u"print_sheets"_qs << u"sheets"_qs;
        QTest::newRow("print waste") << 11 << 0 << 8 << 4 << 6 << 3 << u"print_waste"_qs << u"impressions"_qs;
        QTest::newRow("print images skipped") << 11 << 0 << 7 << 4 << 3 << 3 << QString() << QString();
        QTest::newRow("copy") << 4 << 0 << 8 << 4 << 3 << 3 << u"copy"_qs << u"impressions"_qs;
        QTest::newRow("copy colour") << 4 << 0 << 8 << 7 << 3 << 3 << u"copy_colour"_qs << u"impressions"_qs;
        QTest::newRow("fax in prints") << 7 << 0 << 8 << 4 << 3 << 3 << u"fax"_qs << u"impressions"_qs;
        QTest::newRow("scan images") << 12 << 0 << 7 << 4 << 3 << 3 << u"scan"_qs << u"images"_qs;
        QTest::newRow("scan colour images") << 12 << 0 << 7 << 6 << 3 << 3 << u"scan_colour"_qs << u"images"_qs;
        QTest::newRow("scan impressions skipped") << 12 << 0 << 8 << 4 << 3 << 3 << QString() << QString();
        QTest::newRow("fax out images") << 8 << 0 << 7 << 4 << 3 << 3 << u"fax_sent"_qs << u"images"_qs;
        // a subunit key (a marker's own count) and an unknown service are not device meters
        QTest::newRow("subunit key") << 11 << 1 << 8 << 4 << 3 << 3 << QString() << QString();
        QTest::newRow("other service") << 1 << 0 << 8 << 4 << 3 << 3 << QString() << QString();
    }
    void imagingCounters()
    {
        QFETCH(int, serviceType);
        QFETCH(int, subunitIndex);
        QFETCH(int, table);
        QFETCH(int, column);
        QFETCH(int, work);
        QFETCH(int, persistence);
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QList<VarBind> rows = key(5, serviceType, subunitIndex);
        const VarBind value = cell(table, column, 5, work, persistence, 4321);
        rows.append(value);
        const QList<Core::CounterReading> counters = PwgMibs::decodeImagingCounters(rows);
        if (name.isEmpty()) {
            QVERIFY2(counters.isEmpty(), qPrintable(counters.isEmpty() ? QString() : counters.first().name));
            return;
        }
        QCOMPARE(counters.size(), 1);
        QCOMPARE(counters.first().name, name);
        QCOMPARE(counters.first().value, 4321);
        QCOMPARE(counters.first().rawValue, 4321);
        QCOMPARE(counters.first().unit, unit);
        QCOMPARE(counters.first().source, value.oid.toString());
        QVERIFY(counters.first().label.startsWith(u"PWG "_qs));
    }

    void completedJobs()
    {
        QList<VarBind> rows = key(1, 3) + key(2, 11);
        rows << counter32(kIc + u".6.1.1.8.1.3"_qs, 900) << counter32(kIc + u".6.1.1.8.2.3"_qs, 700)
             << counter32(kIc + u".6.1.1.8.1.4"_qs, 12); // power-on count: not a meter
        const auto counters = PwgMibs::decodeImagingCounters(rows);
        QCOMPARE(counters.size(), 2);
        QCOMPARE(counters.at(0).name, u"jobs"_qs);
        QCOMPARE(counters.at(0).value, 900);
        QCOMPARE(counters.at(0).unit, u"jobs"_qs);
        QCOMPARE(counters.at(1).name, u"print_jobs"_qs);
    }

    void noKeyTableNoCounters()
    {
        // Without icKeyTable the rows cannot be attributed to a service: nothing is guessed.
        const QList<VarBind> rows{cell(8, 4, 1, 3, 3, 100)};
        QVERIFY(PwgMibs::decodeImagingCounters(rows).isEmpty());
    }

    void candidateNextToLifeCountAndVendor_data()
    {
        QTest::addColumn<qint64>("lifeCount");
        QTest::addColumn<qint64>("pwgTotal");
        QTest::addColumn<qint64>("vendorTotal");
        QTest::addColumn<bool>("conflict");

        QTest::newRow("all agree") << qint64(5000) << qint64(5000) << qint64(5000) << false;
        QTest::newRow("pwg differs") << qint64(5000) << qint64(5100) << qint64(5000) << true;
        QTest::newRow("vendor differs") << qint64(5000) << qint64(5000) << qint64(4000) << true;
    }
    void candidateNextToLifeCountAndVendor()
    {
        QFETCH(qint64, lifeCount);
        QFETCH(qint64, pwgTotal);
        QFETCH(qint64, vendorTotal);
        QFETCH(bool, conflict);
        QList<VarBind> rows = key(1, 3);
        rows << cell(8, 4, 1, 3, 3, pwgTotal) << counter32(u"1.3.6.1.2.1.43.10.2.1.4.1.1"_qs, lifeCount)
             << integer(u"1.3.6.1.2.1.43.10.2.1.3.1.1"_qs, 7) // impressions
             << counter32(u"1.3.6.1.4.1.99999.1.0"_qs, vendorTotal);
        const VendorProfile profile = profileFrom(
            R"({"id": "acme", "vendor": "Acme", "counters": [{"name": "total", "oid": "1.3.6.1.4.1.99999.1.0"}]})");
        const auto counters = decodeAllCounters(rows, &profile);
        QCOMPARE(counters.size(), 1);
        const Core::CounterReading &total = counters.first();
        QCOMPARE(total.name, u"total"_qs);
        QCOMPARE(total.value, lifeCount); // the Printer-MIB stays first
        QCOMPARE(total.source, u"1.3.6.1.2.1.43.10.2.1.4.1.1"_qs);
        QCOMPARE(total.alternatives.size(), 2);
        QCOMPARE(total.alternatives.at(0).source, u"1.3.6.1.4.1.2699.1.3.1.8.1.1.4.1.3.3"_qs);
        QCOMPARE(total.alternatives.at(0).value, pwgTotal);
        QCOMPARE(total.alternatives.at(0).unit, u"impressions"_qs);
        QCOMPARE(total.alternatives.at(1).value, vendorTotal);
        QCOMPARE(total.conflict, conflict);
        QVERIFY(total.billing);
    }

    void pwgOnlyMeterStandsAlone()
    {
        // A printer without prtMarkerLifeCount: the PWG total is the total, and billed.
        QList<VarBind> rows = key(1, 3);
        rows << cell(8, 4, 1, 3, 3, 777);
        const auto counters = decodeAllCounters(rows, nullptr);
        QCOMPARE(counters.size(), 1);
        QCOMPARE(counters.first().name, u"total"_qs);
        QCOMPARE(counters.first().value, 777);
        QVERIFY(counters.first().billing);
        QVERIFY(counters.first().alternatives.isEmpty());
    }

    void protocols_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("key");
        QTest::newRow("lpd") << 8 << u"lpd"_qs;
        QTest::newRow("9100") << 11 << u"raw9100"_qs;
        QTest::newRow("ipp") << 44 << u"ipp"_qs;
        QTest::newRow("unknown") << 77 << u"other(77)"_qs;
    }
    void protocols()
    {
        QFETCH(int, type);
        QFETCH(QString, key);
        QCOMPARE(PwgMibs::protocolKey(type), key);
    }

    void ports()
    {
        // As an Epson SC-T3405 answers it (printmaster/derived-snmprec/epson_sc_snmp.snmprec).
        const QString printer = u"1.3.6.1.4.1.2699.1.2.1.2.1.1"_qs;
        const QString port = u"1.3.6.1.4.1.2699.1.2.1.3.1.1"_qs;
        const QList<VarBind> rows{
            octets(printer + u".2.1"_qs, "SC-T3405 Series"),
            octets(printer + u".3.1"_qs, "MFG:EPSON;MDL:SC-T3405 Series;CLS:PRINTER;"),
            integer(port + u".2.1.1"_qs, 1), integer(port + u".2.1.2"_qs, 2),
            octets(port + u".3.1.1"_qs, "SC-T3405 Series-LPR"), octets(port + u".3.1.2"_qs, "SC-T3405 Series-RAW"),
            octets(port + u".4.1.1"_qs, "lpr://192.0.2.1:515/PASSTHRU"), octets(port + u".4.1.2"_qs, ""),
            integer(port + u".5.1.1"_qs, 8), integer(port + u".5.1.2"_qs, 11),
            integer(port + u".6.1.1"_qs, 515), integer(port + u".6.1.2"_qs, 9100),
        };
        Core::PollResult result;
        decodePrinter(rows, nullptr, u"192.0.2.1"_qs, result);
        const auto &ports = result.capabilities.ports;
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0).name, u"SC-T3405 Series-LPR"_qs);
        QCOMPARE(ports.at(0).protocol, u"lpd"_qs);
        QCOMPARE(ports.at(0).tcpPort, 515);
        QCOMPARE(ports.at(0).uri, u"lpr://192.0.2.1:515/PASSTHRU"_qs);
        QCOMPARE(ports.at(0).enabled, std::optional<bool>(true));
        QCOMPARE(ports.at(1).protocol, u"raw9100"_qs);
        QCOMPARE(ports.at(1).tcpPort, 9100);
        QCOMPARE(ports.at(1).enabled, std::optional<bool>(false));
        QCOMPARE(result.capabilities.ieee1284DeviceId, u"MFG:EPSON;MDL:SC-T3405 Series;CLS:PRINTER;"_qs);
        QCOMPARE(result.identity.printerName, u"SC-T3405 Series"_qs); // no prtGeneralPrinterName here
    }

    void walkRootsAreTheRightSubtrees()
    {
        // 2699.1.3 is the counter MIB; 2699.1.4 is the projector MIB and is not read.
        const QList<Oid> roots = standardWalkRoots();
        QVERIFY(roots.contains(*Oid::fromString(u"1.3.6.1.4.1.2699.1.2"_qs)));
        QVERIFY(roots.contains(*Oid::fromString(u"1.3.6.1.4.1.2699.1.3"_qs)));
        QVERIFY(!roots.contains(*Oid::fromString(u"1.3.6.1.4.1.2699.1.4"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestPwgMibs)
#include "tst_pwgmibs.moc"
