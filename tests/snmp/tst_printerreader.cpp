// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents.h"
#include "snmp/engine.h"
#include "snmp/printerreader.h"

#include <QMap>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {
// The live engine, with every OID the reader asks for counted: what a read costs the printer.
class CountingSource final : public WalkSource
{
public:
    CountingSource(Engine *engine, const Target &target, QMap<QString, int> &asked)
        : m_inner(engine, target)
        , m_asked(asked)
    {
    }
    QString label() const override { return m_inner.label(); }
    void get(const QList<Oid> &oids, QObject *context, ResponseCallback callback) override
    {
        count(oids);
        m_inner.get(oids, context, std::move(callback));
    }
    void walk(const Oid &root, QObject *context, WalkCallback callback) override
    {
        count({root});
        m_inner.walk(root, context, std::move(callback));
    }
    void walkMany(const QList<Oid> &scalars, const QList<Oid> &roots, QObject *context,
                  MultiWalkCallback callback) override
    {
        count(scalars);
        count(roots);
        m_inner.walkMany(scalars, roots, context, std::move(callback));
    }
    void cancel(QObject *context) override { m_inner.cancel(context); }

private:
    void count(const QList<Oid> &oids)
    {
        for (const Oid &oid : oids)
            ++m_asked[oid.toString()];
    }
    EngineWalkSource m_inner;
    QMap<QString, int> &m_asked;
};
} // namespace

class TestPrinterReader : public QObject
{
    Q_OBJECT

    Test::SnmpSimd m_sim;
    bool m_up = false;

    // A recording of the simulator, by its community.
    Core::PollTarget simTarget(const QString &community, Core::SnmpVersion version) const
    {
        Core::PollTarget target;
        target.address = QStringLiteral("127.0.0.1");
        target.port = m_sim.port();
        target.credential.community = community;
        target.credential.version = version;
        return target;
    }

    // `expected`: a profile for setExpectedProfile (nullptr: none), when `expect`.
    Core::PollResult read(const QString &community, Core::SnmpVersion version = Core::SnmpVersion::V2c,
                          bool expect = false, const VendorProfile *expected = nullptr, int *requests = nullptr)
    {
        Engine engine;
        const Core::PollTarget target = simTarget(community, version);
        PrinterReader reader(&engine, target);
        if (expect)
            reader.setExpectedProfile(PrinterReader::defaultProfiles(), expected);
        QSignalSpy spy(&reader, &PrinterReader::finished);
        reader.start();
        if (!spy.wait(30000))
            return {};
        if (requests)
            *requests = int(engine.stats().sent);
        return spy.first().first().value<Core::PollResult>();
    }

    // A read with every OID it asks counted in `asked`; `expected`: the profile expected (nullptr:
    // none). An unreachable result when it does not finish.
    Core::PollResult countedRead(const QString &community, Core::SnmpVersion version, const VendorProfile *expected,
                                 QMap<QString, int> &asked)
    {
        Engine engine;
        const Core::PollTarget target = simTarget(community, version);
        const auto profiles = PrinterReader::defaultProfiles();
        std::vector<std::unique_ptr<WalkSource>> sources;
        sources.push_back(std::make_unique<CountingSource>(&engine, Target::fromPollTarget(target), asked));
        PrinterReader reader(std::move(sources), target, profiles);
        if (expected)
            reader.setExpectedProfile(profiles, expected);
        QSignalSpy spy(&reader, &PrinterReader::finished);
        reader.start();
        if (!spy.wait(30000))
            return {};
        return spy.first().first().value<Core::PollResult>();
    }

private slots:
    void initTestCase()
    {
        if (!Test::SnmpSimd::available())
            QSKIP("snmpsimd or the corpus is not available");
        m_up = m_sim.start({u"librenms/snmpsim/jetdirect.snmprec"_qs, u"librenms/snmpsim/brother.snmprec"_qs,
                            u"printmaster/derived-snmprec/brother_snmp.snmprec"_qs});
        QVERIFY2(m_up, qPrintable(m_sim.error()));
    }

    void jetdirect()
    {
        const Core::PollResult r = read(u"librenms/snmpsim/jetdirect"_qs);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QCOMPARE(r.identity.vendor, u"HP"_qs);
        QCOMPARE(r.identity.sysObjectId, u"1.3.6.1.4.1.11.2.3.9.1"_qs);
        QCOMPARE(r.identity.mac, u"94:57:a5:34:df:33"_qs); // expected/librenms__jetdirect.json, first interface
        QCOMPARE(r.identity.deviceType, u"printer"_qs);
        QCOMPARE(r.supplies.size(), 4);
        QCOMPARE(r.supplies.at(0).description, u"Black Cartridge HP CF410A"_qs);
        QCOMPARE(r.supplies.at(0).level, 54);
        QCOMPARE(r.supplies.at(0).maxCapacity, 100);
        QCOMPARE(r.supplies.at(0).colour, u"black"_qs);
        QCOMPARE(r.supplies.at(1).level, 44);
        QCOMPARE(r.supplies.at(2).level, 76);
        QCOMPARE(r.supplies.at(3).level, 71);
        QCOMPARE(r.supplies.at(3).colour, u"yellow"_qs);
        QCOMPARE(r.status, Core::DeviceStatus::Idle); // hrDeviceStatus running, no hrPrinterStatus
    }

    void brotherSentinels()
    {
        const Core::PollResult r = read(u"librenms/snmpsim/brother"_qs, Core::SnmpVersion::V1);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QCOMPARE(r.identity.vendor, u"Brother"_qs);
        QCOMPARE(r.identity.model, u"Brother MFC-L2710DW series"_qs);
        QCOMPARE(r.identity.mac, u"3c:2a:f4:bf:f5:1b"_qs);
        QCOMPARE(r.supplies.size(), 2);
        QCOMPARE(r.supplies.at(0).level, Core::SupplySomeRemaining); // raw -3, never "50 %"
        QCOMPARE(r.supplies.at(0).maxCapacity, Core::SupplyUnknown);
        QVERIFY(!r.supplies.at(0).percent());
        QCOMPARE(r.supplies.at(1).kind, u"drum"_qs);
        QCOMPARE(r.supplies.at(1).percent().value_or(-1), 96);
        QCOMPARE(r.detectedErrorState, 0u);
    }

    void brotherPrintMasterWalk()
    {
        // expected/printmaster__brother_snmp.json
        const Core::PollResult r = read(u"printmaster/derived-snmprec/brother_snmp"_qs);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QCOMPARE(r.identity.sysDescr, u"Brother NC-8700w, Firmware Ver.Y  ,MID 84E-822"_qs);
        QCOMPARE(r.identity.model, u"Brother HL-L8260CDW series"_qs);
        QCOMPARE(r.identity.serial, u"U64641E7J134163"_qs);
        QCOMPARE(r.identity.vendor, u"Brother"_qs);
        QCOMPARE(r.counter(u"total"_qs).value_or(-1), 42976);
        QVERIFY(!r.supplies.isEmpty());
        QVERIFY(r.uptimeCentiseconds >= 0);
    }

    // The profile the poller expects from the last read only moves the profile's reads into the
    // first request: right, wrong or none, the printer reads the same.
    void expectedProfileReadsTheSame_data()
    {
        QTest::addColumn<QString>("community");
        QTest::newRow("jetdirect") << u"librenms/snmpsim/jetdirect"_qs;
        QTest::newRow("brother") << u"librenms/snmpsim/brother"_qs;
        QTest::newRow("brother printmaster") << u"printmaster/derived-snmprec/brother_snmp"_qs;
    }
    void expectedProfileReadsTheSame()
    {
        QFETCH(QString, community);
        int plainRequests = 0;
        const Core::PollResult plain = read(community, Core::SnmpVersion::V2c, false, nullptr, &plainRequests);
        QVERIFY2(plain.reachable, qPrintable(plain.error));
        const auto profiles = PrinterReader::defaultProfiles();
        const VendorProfile *matched =
            profiles->match(plain.identity.sysObjectId, plain.identity.sysDescr);
        const VendorProfile *other = nullptr;
        for (const VendorProfile &profile : profiles->profiles()) {
            if (&profile != matched && (!profile.walkRoots().isEmpty() || !profile.scalarOids().isEmpty()))
                other = &profile;
        }
        QVERIFY(other);
        for (const VendorProfile *expected : {matched, other, static_cast<const VendorProfile *>(nullptr)}) {
            int requests = 0;
            const Core::PollResult r = read(community, Core::SnmpVersion::V2c, true, expected, &requests);
            const QString which = expected == matched ? u"matched"_qs : expected ? expected->id : u"none"_qs;
            QVERIFY2(r.reachable, qPrintable(which + r.error));
            QCOMPARE(r.error, plain.error);
            QCOMPARE(r.identity.serial, plain.identity.serial);
            QCOMPARE(r.identity.model, plain.identity.model);
            QCOMPARE(r.identity.vendor, plain.identity.vendor);
            QCOMPARE(r.identity.mac, plain.identity.mac);
            QCOMPARE(r.identity.sysName, plain.identity.sysName);
            QCOMPARE(r.supplies, plain.supplies);
            QCOMPARE(r.counters, plain.counters);
            QCOMPARE(r.alerts, plain.alerts);
            QCOMPARE(r.capabilities, plain.capabilities);
            if (expected == matched) // fewer when the profile's reads fit the first request's answer
                QVERIFY2(requests <= plainRequests, qPrintable(u"%1 requests, %2 without"_qs.arg(requests).arg(plainRequests)));
        }
    }

    // A read asks each OID once: profiles name sysDescr for their model patterns, which the
    // system group has already read (every profile-matched printer paid a second sysDescr).
    // SNMPv1 fails a whole GET on one missing OID: a scalar is asked again alone after that, once.
    void noOidAskedTwice_data()
    {
        QTest::addColumn<QString>("community");
        QTest::addColumn<int>("versionNumber");
        QTest::addColumn<bool>("expect");
        QTest::addColumn<int>("maxAsks");
        QTest::newRow("HP, first read") << u"librenms/snmpsim/jetdirect"_qs << int(Core::SnmpVersion::V2c) << false << 1;
        QTest::newRow("HP, profile expected") << u"librenms/snmpsim/jetdirect"_qs << int(Core::SnmpVersion::V2c) << true << 1;
        QTest::newRow("HP, SNMPv1") << u"librenms/snmpsim/jetdirect"_qs << int(Core::SnmpVersion::V1) << false << 2;
        QTest::newRow("Brother, profile expected") << u"printmaster/derived-snmprec/brother_snmp"_qs
                                                   << int(Core::SnmpVersion::V2c) << true << 1;
    }
    void noOidAskedTwice()
    {
        QFETCH(QString, community);
        QFETCH(int, versionNumber);
        const auto version = Core::SnmpVersion(versionNumber);
        QFETCH(bool, expect);
        QFETCH(int, maxAsks);
        const Core::PollResult plain = read(community, version);
        QVERIFY2(plain.reachable, qPrintable(plain.error));
        const auto profiles = PrinterReader::defaultProfiles();
        const VendorProfile *matched = profiles->match(plain.identity.sysObjectId, plain.identity.sysDescr);
        QVERIFY(matched);

        QMap<QString, int> asked;
        const Core::PollResult r = countedRead(community, version, expect ? matched : nullptr, asked);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QCOMPARE(r.identity.model, plain.identity.model);
        QCOMPARE(r.identity.serial, plain.identity.serial);
        QCOMPARE(r.counters, plain.counters);
        QVERIFY(asked.contains(u"1.3.6.1.2.1.1.1.0"_qs));
        for (auto it = asked.cbegin(); it != asked.cend(); ++it)
            QVERIFY2(it.value() <= maxAsks, qPrintable(u"%1 asked %2 times"_qs.arg(it.key()).arg(it.value())));
    }

    // scalarsFor and walkRootsFor name exactly what a read asks of a model: the benchmark's peers
    // ask the same through them.
    void readsForNameWhatAReadAsks_data()
    {
        QTest::addColumn<QString>("community");
        QTest::addColumn<bool>("expect");
        QTest::newRow("HP, first read") << u"librenms/snmpsim/jetdirect"_qs << false;
        QTest::newRow("HP, profile expected") << u"librenms/snmpsim/jetdirect"_qs << true;
        QTest::newRow("Brother, first read") << u"printmaster/derived-snmprec/brother_snmp"_qs << false;
    }
    void readsForNameWhatAReadAsks()
    {
        QFETCH(QString, community);
        QFETCH(bool, expect);
        const Core::PollResult plain = read(community);
        QVERIFY2(plain.reachable, qPrintable(plain.error));
        const auto profiles = PrinterReader::defaultProfiles();
        const VendorProfile *matched = profiles->match(plain.identity.sysObjectId, plain.identity.sysDescr);
        QVERIFY(matched);
        QVERIFY(!matched->scalarOids().isEmpty());

        QMap<QString, int> asked;
        const Core::PollResult r = countedRead(community, Core::SnmpVersion::V2c, expect ? matched : nullptr, asked);
        QVERIFY2(r.reachable, qPrintable(r.error));

        QStringList named{u"1.3.6.1.2.1.1.1.0"_qs, u"1.3.6.1.2.1.1.2.0"_qs, u"1.3.6.1.2.1.1.3.0"_qs,
                          u"1.3.6.1.2.1.1.4.0"_qs, u"1.3.6.1.2.1.1.5.0"_qs, u"1.3.6.1.2.1.1.6.0"_qs};
        for (const Oid &oid : PrinterReader::scalarsFor(matched) + PrinterReader::walkRootsFor(matched))
            named << oid.toString();
        QStringList askedList = asked.keys();
        named.sort();
        askedList.sort();
        QCOMPARE(askedList, named);
        // And a printer no profile matches is asked the standard reads only.
        for (const Oid &oid : PrinterReader::scalarsFor(nullptr) + PrinterReader::walkRootsFor(nullptr))
            QVERIFY(asked.contains(oid.toString()));
        QVERIFY(PrinterReader::scalarsFor(nullptr).size() < PrinterReader::scalarsFor(matched).size());
    }

    void unreachable()
    {
        Engine engine;
        Core::PollTarget target;
        target.address = QStringLiteral("127.0.0.77");
        target.port = Test::freeUdpPort();
        target.credential.timeoutMs = 200;
        target.credential.retries = 1;
        PrinterReader reader(&engine, target);
        QSignalSpy spy(&reader, &PrinterReader::finished);
        reader.start();
        QVERIFY(spy.wait(5000));
        const auto r = spy.first().first().value<Core::PollResult>();
        QVERIFY(!r.reachable);
        QCOMPARE(r.status, Core::DeviceStatus::Unreachable);
        QCOMPARE(r.error, u"no answer from 127.0.0.77:%1 after 2 tries"_qs.arg(target.port));
    }
};

QTEST_GUILESS_MAIN(TestPrinterReader)
#include "tst_printerreader.moc"
