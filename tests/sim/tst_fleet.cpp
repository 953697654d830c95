// SPDX-License-Identifier: GPL-3.0-or-later
// Fleet in-process: identities per address, determinism, growth, pages, silence, move, non-printers.
// The peer is net-snmp's snmpget/snmpbulkwalk.

#include "sim/fleet.h"
#include "simtestutil.h"

#include <QSet>
#include <QTest>

using namespace Printwatch::Sim;
using namespace Printwatch::Sim::Test;

namespace {

const QString SysObjectId = QStringLiteral("1.3.6.1.2.1.1.2.0");
const QString SysName = QStringLiteral("1.3.6.1.2.1.1.5.0");
const QString IfPhysAddress = QStringLiteral("1.3.6.1.2.1.2.2.1.6.1");
const QString Serial = QStringLiteral("1.3.6.1.2.1.43.5.1.1.17.1");
const QString LifeCount = QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1");
const QString HrDeviceType = QStringLiteral("1.3.6.1.2.1.25.3.2.1.2.1");
const QString DefaultGateway = QStringLiteral("1.3.6.1.2.1.4.21.1.7.0.0.0.0"); // ipRouteNextHop.0.0.0.0

std::unique_ptr<Fleet> startFleet(FleetConfig config)
{
    auto fleet = Fleet::start(config);
    if (!fleet)
        qWarning("%s", qPrintable(fleet.error()));
    return fleet ? std::move(fleet).value() : nullptr;
}

QMap<QString, Varbind> get(const Fleet &fleet, const QString &address, const QStringList &oids,
                           const QString &version = QStringLiteral("2c"))
{
    QMap<QString, Varbind> map;
    const ToolResult r = snmp(QStringLiteral("snmpget"), version, address, fleet.port(), oids);
    for (const Varbind &vb : parseVarbinds(r.out))
        map.insert(vb.oid, vb);
    return map;
}

bool answers(const Fleet &fleet, const QString &address)
{
    const ToolResult r = snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), address, fleet.port(), {SysName});
    return r.finished && r.exitCode == 0 && !parseVarbinds(r.out).isEmpty();
}

qint64 lifeCount(const Fleet &fleet, const QString &address)
{
    const auto map = get(fleet, address, {LifeCount});
    return map.contains(LifeCount) ? map[LifeCount].value.toLongLong() : -1;
}

QString macHex(const QString &mac)
{
    return QString(mac).remove(u':').toUpper();
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!haveSnmpTools())
            QSKIP("net-snmp command-line tools (snmpget, snmpbulkwalk) are not installed");
    }

    void eachAddressAnswersWithItsOwnIdentity()
    {
        FleetConfig config;
        config.printerCount = 12;
        config.nonPrinterCount = 2;
        config.firstAddress = QStringLiteral("127.20.0.250"); // crosses .255/.0, which are skipped
        config.seed = 7;
        config.speed = 0.001;
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        const QStringList addresses = fleet->addresses();
        QCOMPARE(addresses.size(), 14);
        QVERIFY(!addresses.contains(QStringLiteral("127.20.0.255")));
        QVERIFY(!addresses.contains(QStringLiteral("127.20.1.0")));
        QCOMPARE(addresses.first(), QStringLiteral("127.20.0.250"));

        QSet<QString> serials, macs;
        QSet<QByteArray> engineIds;
        for (const QString &address : addresses) {
            const auto snapshot = fleet->device(address);
            QVERIFY(snapshot);
            const auto values = get(*fleet, address, {SysName, SysObjectId, IfPhysAddress});
            QCOMPARE(values.size(), 3);
            QCOMPARE(hexText(values[SysName].value), snapshot->sysName);
            QCOMPARE(values[SysObjectId].value, u'.' + snapshot->sysObjectId);
            QCOMPARE(values[IfPhysAddress].value, macHex(snapshot->mac));
            macs << snapshot->mac;
            engineIds << snapshot->engineId;
            QVERIFY(snapshot->engineId.size() >= 5 && snapshot->engineId.size() <= 32);
            QCOMPARE(uchar(snapshot->engineId[0]) & 0x80, 0x80); // RFC 3411 new-style engine ID
            if (snapshot->kind == DeviceKind::Printer) {
                const auto printer = get(*fleet, address, {Serial, HrDeviceType, DefaultGateway});
                QCOMPARE(hexText(printer[Serial].value), snapshot->serial);
                QCOMPARE(printer[HrDeviceType].value, QStringLiteral(".1.3.6.1.2.1.25.3.1.5"));
                // The default route leads to .254 of the printer's own /24.
                QCOMPARE(printer[DefaultGateway].value, address.section(u'.', 0, 2) + QStringLiteral(".254"));
                serials << snapshot->serial;
            }
        }
        QCOMPARE(serials.size(), 12);
        QCOMPARE(macs.size(), 14);
        QCOMPARE(engineIds.size(), 14);
    }

    void addressTableIsEachPrintersOwn()
    {
        FleetConfig config;
        config.printerCount = 3;
        config.firstAddress = QStringLiteral("127.24.0.7");
        config.seed = 5;
        config.speed = 0.001;
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        const QStringList addresses = fleet->addresses();
        QCOMPARE(addresses.size(), 3);
        const QString table = QStringLiteral("1.3.6.1.2.1.4.20.1"); // ipAddrEntry
        const auto row = [&](int column, const QString &index) -> QString { return table + u'.' + QString::number(column) + u'.' + index; };
        const auto names = [](const QList<Varbind> &list) {
            QStringList out;
            for (const Varbind &vb : list)
                out << vb.oid;
            return out;
        };
        for (const QString &address : addresses) {
            QStringList expected;
            for (int column = 1; column <= 5; ++column)
                expected << row(column, address);
            // Five columns of one row, indexed by the printer's own address: GETBULK, then GETNEXT (v1).
            const ToolResult bulk = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), address, fleet->port(),
                                         {QStringLiteral("1.3.6.1.2.1.4.20")});
            QVERIFY2(bulk.finished && bulk.exitCode == 0, bulk.err.constData());
            const QList<Varbind> rows = walked(bulk.out);
            QCOMPARE(names(rows), expected);
            QCOMPARE(rows.at(0).value, address);                       // ipAdEntAddr
            QCOMPARE(rows.at(1).value, QStringLiteral("1"));           // ipAdEntIfIndex: the Ethernet port
            QCOMPARE(rows.at(2).value, QStringLiteral("255.255.255.0")); // ipAdEntNetMask
            const ToolResult next = snmp(QStringLiteral("snmpwalk"), QStringLiteral("1"), address, fleet->port(), {table});
            QVERIFY2(next.finished && next.exitCode == 0, next.err.constData());
            QCOMPARE(names(walked(next.out)), expected);
        }
        const QString first = addresses.at(0), second = addresses.at(1);
        // GET: the printer's own row; another printer's row is a missing instance of the column.
        const auto got = get(*fleet, second, {row(3, second), row(3, first)});
        QCOMPARE(got.value(row(3, second)).value, QStringLiteral("255.255.255.0"));
        QVERIFY2(got.value(row(3, first)).type.startsWith(QLatin1String("No Such Instance")),
                 qPrintable(got.value(row(3, first)).type));
        // GETNEXT from anywhere in a column finds the one row in its place.
        const auto after = [&](const QString &from) {
            const ToolResult r = snmp(QStringLiteral("snmpgetnext"), QStringLiteral("2c"), second, fleet->port(), {from});
            const QList<Varbind> list = parseVarbinds(r.out);
            return list.isEmpty() ? QString() : list.first().oid;
        };
        QCOMPARE(after(row(1, first)), row(1, second));                 // a lower address
        QCOMPARE(after(table + QStringLiteral(".1.127")), row(1, second)); // a shorter, lower index
        QCOMPARE(after(row(1, second)), row(2, second));                // the row itself
        QCOMPARE(after(row(2, second) + QStringLiteral(".0")), row(3, second)); // just past it
        QCOMPARE(after(table + QStringLiteral(".2.128")), row(3, second)); // a higher index
        QCOMPARE(after(row(5, second)), DefaultGateway);                // out of the table
    }

    void fleetIsDeterministicFromTheSeed()
    {
        FleetConfig config;
        config.printerCount = 40;
        config.firstAddress = QStringLiteral("127.21.0.1");
        config.seed = 42;
        auto a = startFleet(config);
        config.firstAddress = QStringLiteral("127.22.0.1");
        auto b = startFleet(config);
        config.seed = 43;
        config.firstAddress = QStringLiteral("127.23.0.1");
        auto c = startFleet(config);
        QVERIFY(a && b && c);
        const auto da = a->devices(), db = b->devices(), dc = c->devices();
        QSet<QString> vendors;
        int differentSerials = 0;
        for (int i = 0; i < da.size(); ++i) {
            QCOMPARE(da[i].serial, db[i].serial);
            QCOMPARE(da[i].mac, db[i].mac);
            QCOMPARE(da[i].model, db[i].model);
            differentSerials += da[i].serial != dc[i].serial;
            vendors << da[i].vendor;
        }
        QCOMPARE(differentSerials, da.size());
        QVERIFY2(vendors.size() >= 4, qPrintable(QStringList(vendors.values()).join(u',')));
    }

    void countersGrowOverTime()
    {
        FleetConfig config;
        config.printerCount = 2;
        config.firstAddress = QStringLiteral("127.24.0.1");
        config.speed = 600;
        config.pagesPerMinute = 60;
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        const QString address = fleet->addresses().first();
        const qint64 first = lifeCount(*fleet, address);
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(lifeCount(*fleet, address) > first + 10, 10000);
        const QString upTime = QStringLiteral("1.3.6.1.2.1.1.3.0");
        const qint64 ticks = get(*fleet, address, {upTime})[upTime].value.toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(get(*fleet, address, {upTime})[upTime].value.toLongLong() > ticks, 10000);
    }

    void addPagesPrintsExactly()
    {
        FleetConfig config;
        config.printerCount = 3;
        config.firstAddress = QStringLiteral("127.25.0.1");
        config.speed = 0.00001;
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        const QString address = fleet->addresses().at(1);
        const qint64 before = lifeCount(*fleet, address);
        QCOMPARE(before, fleet->device(address)->pageCount);
        QVERIFY(fleet->addPages(address, 1234));
        QCOMPARE(lifeCount(*fleet, address), before + 1234);
        QCOMPARE(fleet->device(address)->pageCount, before + 1234);
        QVERIFY(!fleet->addPages(QStringLiteral("127.25.9.9"), 1));
        QVERIFY(!fleet->addPages(address, -5));
    }

    void silenceAndWake()
    {
        FleetConfig config;
        config.printerCount = 3;
        config.firstAddress = QStringLiteral("127.26.0.1");
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        const QStringList addresses = fleet->addresses();
        QVERIFY(answers(*fleet, addresses[0]));
        QVERIFY(fleet->setSilent(addresses[0], true));
        QVERIFY(!answers(*fleet, addresses[0]));
        QVERIFY(answers(*fleet, addresses[1]));
        QVERIFY(fleet->device(addresses[0])->silent);
        QVERIFY(fleet->setSilent(addresses[0], false));
        QVERIFY(answers(*fleet, addresses[0]));
        QVERIFY(!fleet->setSilent(QStringLiteral("127.26.0.99"), true));
    }

    void moveKeepsIdentity()
    {
        FleetConfig config;
        config.printerCount = 3;
        config.firstAddress = QStringLiteral("127.27.0.1");
        config.speed = 0.00001;
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        const QString from = fleet->addresses().at(2);
        const QString to = QStringLiteral("127.27.5.5");
        const auto before = get(*fleet, from, {Serial, IfPhysAddress});
        QCOMPARE(before.size(), 2);
        QVERIFY(fleet->moveDevice(from, to));
        QVERIFY(!answers(*fleet, from));
        const auto after = get(*fleet, to, {Serial, IfPhysAddress});
        QCOMPARE(after[Serial].value, before[Serial].value);
        QCOMPARE(after[IfPhysAddress].value, before[IfPhysAddress].value);
        QVERIFY(fleet->addresses().contains(to));
        QVERIFY(!fleet->addresses().contains(from));
        QCOMPARE(fleet->device(to)->index, 2);

        const auto occupied = fleet->moveDevice(to, fleet->addresses().at(0));
        QVERIFY(!occupied);
        QVERIFY(occupied.error().contains(fleet->addresses().at(0)));
        QVERIFY(!fleet->moveDevice(to, QStringLiteral("10.0.0.5")));
        QVERIFY(!fleet->moveDevice(QStringLiteral("127.27.9.9"), QStringLiteral("127.27.9.10")));
    }

    void nonPrinterHasNoPrinterMib()
    {
        FleetConfig config;
        config.printerCount = 1;
        config.nonPrinterCount = 1;
        config.firstAddress = QStringLiteral("127.28.0.1");
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        const QString switchAddress = fleet->addresses().at(1);
        QCOMPARE(fleet->device(switchAddress)->kind, DeviceKind::NonPrinter);
        const ToolResult walk = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), switchAddress,
                                     fleet->port(), {QStringLiteral(".1")});
        QCOMPARE(walk.exitCode, 0);
        const auto varbinds = walked(walk.out);
        QVERIFY(varbinds.size() > 20);
        for (const Varbind &vb : varbinds) {
            QVERIFY2(!vb.oid.startsWith(QLatin1String("1.3.6.1.2.1.43.")), qPrintable(vb.oid));
            QVERIFY2(!vb.oid.startsWith(QLatin1String("1.3.6.1.2.1.25.3.")), qPrintable(vb.oid));
        }
        QVERIFY(std::any_of(varbinds.begin(), varbinds.end(),
                            [](const Varbind &vb) { return vb.oid == u"1.3.6.1.2.1.2.2.1.6.1"; }));
        const auto type = get(*fleet, switchAddress, {HrDeviceType});
        QCOMPARE(type[HrDeviceType].type, QStringLiteral("No Such Object available on this agent at this OID"));
    }

    void suppliesColorantsAndAlertsMatchTheLevels()
    {
        FleetConfig config;
        config.printerCount = 40;
        config.firstAddress = QStringLiteral("127.29.0.1");
        config.seed = 3;
        config.speed = 0.00001;
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        bool sawSomeRemaining = false, sawUnknown = false, sawLowAlert = false, sawColour = false;
        bool sawTonerState = false;
        for (const DeviceSnapshot &d : fleet->devices()) {
            const ToolResult walk = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), d.address,
                                         fleet->port(), {QStringLiteral("1.3.6.1.2.1.43")});
            QCOMPARE(walk.exitCode, 0);
            QMap<QString, QString> v;
            for (const Varbind &vb : walked(walk.out))
                v.insert(vb.oid, vb.value);
            QSet<int> expectedCodes, codes;
            for (int i = 1; i <= d.supplyLevels.size(); ++i) {
                const QString row = QStringLiteral(".1.%1").arg(i);
                const int level = v.value(QStringLiteral("1.3.6.1.2.1.43.11.1.1.9") + row).toInt();
                const int max = v.value(QStringLiteral("1.3.6.1.2.1.43.11.1.1.8") + row).toInt();
                const int type = v.value(QStringLiteral("1.3.6.1.2.1.43.11.1.1.5") + row).toInt();
                QCOMPARE(level, d.supplyLevels[i - 1]);
                sawSomeRemaining |= level == -3;
                sawUnknown |= level == -2;
                if (level >= 0 && max > 0 && level * 100 / max < 10) {
                    const bool out = level * 100 / max < 2;
                    if (type == 3)
                        expectedCodes << (out ? 1101 : 1104);
                    else if (type == 4)
                        expectedCodes << (out ? 1109 : 1107);
                    else if (type == 9)
                        expectedCodes << (out ? 1112 : 1111);
                }
            }
            for (auto it = v.cbegin(); it != v.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("1.3.6.1.2.1.43.18.1.1.7.1.")) && it.value().toInt() != 8)
                    codes << it.value().toInt();
            }
            if (d.supplyLevels.first() >= 0) { // devices reporting sentinels hide the real level
                QCOMPARE(codes, expectedCodes);
                sawLowAlert |= !codes.isEmpty();
            }
            // hrPrinterDetectedErrorState: noToner (0x10) / lowToner (0x20) from the toner alerts and
            // jammed (0x04) from the paper-jam alert, as two octets (RFC 2790 bit 0 = 0x80 of the first).
            {
                int first = 0;
                for (auto it = v.cbegin(); it != v.cend(); ++it) {
                    if (!it.key().startsWith(QLatin1String("1.3.6.1.2.1.43.18.1.1.7.1.")))
                        continue;
                    const int code = it.value().toInt();
                    first |= code == 1101 ? 0x10 : code == 1104 ? 0x20 : code == 8 ? 0x04 : 0;
                }
                const QString errorState = QStringLiteral("1.3.6.1.2.1.25.3.5.1.2.1");
                const auto state = get(*fleet, d.address, {errorState});
                QCOMPARE(QByteArray::fromHex(state[errorState].value.toLatin1()), QByteArray::fromHex(
                    QByteArray::number(first, 16).rightJustified(2, '0') + "00"));
                sawTonerState |= (first & 0x30) != 0;
            }
            if (d.colour) {
                sawColour = true;
                QCOMPARE(hexText(v.value(QStringLiteral("1.3.6.1.2.1.43.12.1.1.4.1.2"))), QStringLiteral("cyan"));
            }
        }
        QVERIFY(sawSomeRemaining);
        QVERIFY(sawUnknown);
        QVERIFY(sawLowAlert);
        QVERIFY(sawColour);
        QVERIFY(sawTonerState);
    }

    void alertsComeAndGoAsPagesPrint()
    {
        FleetConfig config;
        config.printerCount = 20;
        config.firstAddress = QStringLiteral("127.30.0.1");
        config.seed = 5;
        config.speed = 0.00001;
        auto fleet = startFleet(config);
        QVERIFY(fleet);
        std::optional<DeviceSnapshot> printer;
        for (const DeviceSnapshot &d : fleet->devices()) {
            if (d.supplyLevels.first() >= 0 && (d.vendor == u"HP" || d.vendor == u"Brother") && !d.colour)
                printer = d;
        }
        QVERIFY(printer);
        const auto alertCodes = [&] {
            const ToolResult walk = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), printer->address,
                                         fleet->port(), {QStringLiteral("1.3.6.1.2.1.43.18.1.1.7")});
            QSet<int> codes;
            for (const Varbind &vb : walked(walk.out)) {
                if (vb.oid.startsWith(QLatin1String("1.3.6.1.2.1.43.18.1.1.7.")))
                    codes << vb.value.toInt();
            }
            codes.remove(8);
            return codes;
        };
        // One black cartridge lasts a few thousand pages: print in steps until it runs low, then is replaced.
        bool raised = false, cleared = false;
        for (int step = 0; step < 400 && !cleared; ++step) {
            QVERIFY(fleet->addPages(printer->address, 40));
            const QSet<int> codes = alertCodes();
            if (!raised && (codes.contains(1104) || codes.contains(1101)))
                raised = true;
            else if (raised && codes.isEmpty())
                cleared = true;
        }
        QVERIFY(raised);
        QVERIFY(cleared);
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
