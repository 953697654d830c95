// SPDX-License-Identifier: GPL-3.0-or-later
// Misbehaving devices, checked with net-snmp's command-line tools as the manager: latency, loss,
// silence, a tooBig limit, walk loops, malformed replies and asleep printers, set per range from
// the command-line syntax and the Fleet API.

#include "sim/behaviour.h"
#include "sim/device.h"
#include "sim/fleet.h"
#include "simtestutil.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Printwatch::Sim;
using namespace Printwatch::Sim::Test;

namespace {

QByteArray both(const ToolResult &r)
{
    return r.out + r.err;
}

const QString SysName = QStringLiteral("1.3.6.1.2.1.1.5.0");
const QString LifeCount = QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1");

QStringList timeout(const QString &seconds, int retries = 0)
{
    return {QStringLiteral("-t"), seconds, QStringLiteral("-r"), QString::number(retries)};
}

// snmp() puts "-t 1 -r 1" first; net-snmp takes the last -t/-r given, so `extra` overrides them.
ToolResult get(const QString &address, quint16 port, const QStringList &oids, const QStringList &extra = {})
{
    return snmp(QStringLiteral("snmpget"), QStringLiteral("2c"), address, port, oids, QStringLiteral("public"), extra);
}

bool answered(const ToolResult &r)
{
    return r.finished && r.exitCode == 0 && !r.out.isEmpty();
}

bool timedOut(const ToolResult &r)
{
    return r.finished && r.exitCode != 0 && both(r).contains("Timeout");
}

} // namespace

class TestBehaviour : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fleet> m_fleet;
    QStringList m_addresses;
    quint16 m_port = 0;

    QString at(int i) const { return m_addresses.at(i); }

private slots:
    void initTestCase()
    {
        if (!haveSnmpTools())
            QSKIP("net-snmp command-line tools (snmpget, snmpbulkwalk) are not installed");
        FleetConfig config;
        config.printerCount = 12;
        config.firstAddress = QStringLiteral("127.41.0.1");
        config.speed = 0.00001;
        // The command-line form (printwatch-sim --behave) goes through the same parser.
        config.behaviours = {QStringLiteral("127.41.0.2:latency=800"), QStringLiteral("127.41.0.3-4:loss=100"),
                             QStringLiteral("127.41.0.5:toobig=484")};
        auto fleet = Fleet::start(config);
        QVERIFY2(fleet, qPrintable(fleet.error()));
        m_fleet = std::move(fleet).value();
        m_addresses = m_fleet->addresses();
        m_port = m_fleet->port();
    }

    void parseChange_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("latency");
        QTest::addColumn<int>("loss");
        QTest::addColumn<int>("tooBig");
        QTest::newRow("latency and loss") << "latency=200,loss=30" << true << 200 << 30 << 0;
        QTest::newRow("tooBig") << "toobig=484" << true << 0 << 0 << 484;
        QTest::newRow("flags") << "walk-loop,malformed,asleep,silent" << true << 0 << 0 << 0;
        QTest::newRow("loss over 100") << "loss=101" << false << 0 << 0 << 0;
        QTest::newRow("latency not a number") << "latency=fast" << false << 0 << 0 << 0;
        QTest::newRow("unknown") << "explode" << false << 0 << 0 << 0;
        QTest::newRow("flag with value") << "walk-loop=1" << false << 0 << 0 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0 << 0;
    }

    void parseChange()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        const auto change = parseBehaviourChange(spec);
        QCOMPARE(bool(change), valid);
        if (!valid) {
            QVERIFY(!change.error().isEmpty());
            return;
        }
        const DeviceBehaviour b = change->applyTo({});
        QTEST(b.latencyMs, "latency");
        QTEST(b.lossPercent, "loss");
        QTEST(b.maxResponseBytes, "tooBig");
    }

    void parseRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("one") << "127.1.0.7" << "127.1.0.7" << "127.1.0.7";
        QTest::newRow("last octet") << "127.1.0.5-9" << "127.1.0.5" << "127.1.0.9";
        QTest::newRow("full") << "127.1.0.250-127.1.1.3" << "127.1.0.250" << "127.1.1.3";
        QTest::newRow("cidr") << "127.1.2.77/24" << "127.1.2.0" << "127.1.2.255";
        QTest::newRow("off host") << "10.0.0.1" << "" << "";
        QTest::newRow("backwards") << "127.1.0.9-5" << "" << "";
        QTest::newRow("prefix too short") << "127.0.0.0/4" << "" << "";
    }

    void parseRange()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const auto range = parseAddressRange(text);
        QCOMPARE(bool(range), !first.isEmpty());
        if (range) {
            QCOMPARE(addressToString(range->first), first);
            QCOMPARE(addressToString(range->last), last);
        }
    }

    void latencyDelaysEveryAnswer()
    {
        QVERIFY(answered(get(at(0), m_port, {SysName}, timeout(QStringLiteral("3")))));
        QVERIFY(timedOut(get(at(1), m_port, {SysName}, timeout(QStringLiteral("0.3")))));
        QElapsedTimer clock;
        clock.start();
        const ToolResult slow = get(at(1), m_port, {SysName}, timeout(QStringLiteral("5")));
        QVERIFY2(answered(slow), slow.err.constData());
        QVERIFY2(clock.elapsed() >= 750, qPrintable(QString::number(clock.elapsed())));
        // Other devices are not held up by the slow one's queue (well under its 800 ms).
        QVERIFY(answered(get(at(0), m_port, {SysName}, timeout(QStringLiteral("0.6")))));
    }

    void lossDropsRequests()
    {
        QVERIFY(timedOut(get(at(2), m_port, {SysName}, timeout(QStringLiteral("0.3"), 2))));
        QVERIFY(timedOut(get(at(3), m_port, {SysName}, timeout(QStringLiteral("0.3"), 2))));
        // Half lost: over 16 single tries, some answer and some do not (each outcome 1 in 65,536).
        QCOMPARE(m_fleet->setBehaviour(at(2), QStringLiteral("loss=50")).value(), 1);
        int answers = 0, timeouts = 0;
        for (int i = 0; i < 16; ++i) {
            const ToolResult r = get(at(2), m_port, {SysName}, timeout(QStringLiteral("1")));
            answers += answered(r) ? 1 : 0;
            timeouts += timedOut(r) ? 1 : 0;
        }
        QVERIFY2(answers > 0 && timeouts > 0, qPrintable(QStringLiteral("%1 answers, %2 timeouts").arg(answers).arg(timeouts)));
        QCOMPARE(m_fleet->setBehaviour(at(2), QStringLiteral("normal")).value(), 1);
        QVERIFY(answered(get(at(2), m_port, {SysName})));
    }

    void silenceAndWake()
    {
        QVERIFY(m_fleet->executeCommand(QStringLiteral("behave %1 silent").arg(at(6))));
        QVERIFY(timedOut(get(at(6), m_port, {SysName}, timeout(QStringLiteral("0.3")))));
        QVERIFY(m_fleet->device(at(6))->silent);
        QVERIFY(m_fleet->executeCommand(QStringLiteral("behave %1 awake").arg(at(6))));
        QVERIFY(answered(get(at(6), m_port, {SysName})));
    }

    void tooBigLimit()
    {
        // Small answers pass; a GETBULK that would exceed the limit is refused with tooBig, not cut.
        QVERIFY(answered(get(at(4), m_port, {SysName})));
        const ToolResult bulk = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), at(4), m_port,
                                     {QStringLiteral("1.3.6.1.2.1.43")}, QStringLiteral("public"),
                                     {QStringLiteral("-Cr40")});
        QVERIFY2(both(bulk).contains("tooBig"), both(bulk).constData());
        // A GETNEXT walk asks for one value at a time, which fits.
        const ToolResult walk = snmp(QStringLiteral("snmpwalk"), QStringLiteral("2c"), at(4), m_port,
                                     {QStringLiteral("1.3.6.1.2.1.43.11")});
        QVERIFY2(walk.exitCode == 0 && walked(walk.out).size() > 10, walk.err.constData());
        // The same walk on an unlimited device of the same fleet gets its answer in few GETBULKs.
        const ToolResult normal = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), at(0), m_port,
                                       {QStringLiteral("1.3.6.1.2.1.43")}, QStringLiteral("public"),
                                       {QStringLiteral("-Cr40")});
        QVERIFY(!both(normal).contains("tooBig"));
        QVERIFY(walked(normal.out).size() > 40);
    }

    void walkLoopReturnsAnEarlierOid()
    {
        QCOMPARE(m_fleet->setBehaviour(at(7), QStringLiteral("walk-loop")).value(), 1);
        for (const QString &tool : {QStringLiteral("snmpwalk"), QStringLiteral("snmpbulkwalk")}) {
            const ToolResult r = snmp(tool, QStringLiteral("2c"), at(7), m_port, {QStringLiteral("1.3.6.1")});
            QVERIFY2(r.finished, qPrintable(tool));
            QVERIFY2(both(r).contains("OID not increasing"), qPrintable(tool + u' ' + QString::fromUtf8(r.err)));
            QVERIFY(r.exitCode != 0);
        }
        QVERIFY(m_fleet->setBehaviour(at(7), QStringLiteral("no-walk-loop")));
        const ToolResult fixed = snmp(QStringLiteral("snmpbulkwalk"), QStringLiteral("2c"), at(7), m_port,
                                      {QStringLiteral("1.3.6.1")});
        QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
    }

    void malformedRepliesArriveButDoNotDecode()
    {
        QCOMPARE(m_fleet->setBehaviour(at(8), QStringLiteral("malformed")).value(), 1);
        const ToolResult r = get(at(8), m_port, {SysName}, {QStringLiteral("-d"), QStringLiteral("-t"),
                                                            QStringLiteral("0.5"), QStringLiteral("-r"), QStringLiteral("0")});
        QVERIFY2(timedOut(r), both(r).constData());
        QVERIFY2(both(r).contains("Received"), both(r).constData()); // a packet came back
        QVERIFY(m_fleet->setBehaviour(at(8), QStringLiteral("normal")));
        QVERIFY(answered(get(at(8), m_port, {SysName})));
    }

    void asleepAnswersSlowlyAndOnlyTheSystemGroup()
    {
        QCOMPARE(m_fleet->setBehaviour(at(9), QStringLiteral("asleep")).value(), 1);
        QVERIFY(timedOut(get(at(9), m_port, {SysName}, timeout(QStringLiteral("0.5")))));
        QElapsedTimer clock;
        clock.start();
        const ToolResult name = get(at(9), m_port, {SysName, LifeCount}, timeout(QStringLiteral("5")));
        QVERIFY2(answered(name), name.err.constData());
        QVERIFY(clock.elapsed() >= DeviceBehaviour::AsleepLatencyMs - 100);
        const QList<Varbind> vbs = parseVarbinds(name.out);
        QCOMPARE(vbs.size(), 2);
        QCOMPARE(hexText(vbs[0].value), m_fleet->device(at(9))->sysName);
        QVERIFY2(isException(vbs[1]), qPrintable(vbs[1].type));
        QVERIFY(m_fleet->setBehaviour(at(9), QStringLiteral("no-asleep")));
        const QList<Varbind> awake = parseVarbinds(get(at(9), m_port, {LifeCount}).out);
        QCOMPARE(awake.size(), 1);
        QCOMPARE(awake[0].value.toLongLong(), m_fleet->device(at(9))->pageCount);
    }

    void rangesAndErrors()
    {
        QCOMPARE(m_fleet->setBehaviour(QStringLiteral("127.41.0.10-12"), QStringLiteral("latency=5")).value(), 3);
        QCOMPARE(m_fleet->device(at(10))->behaviour.latencyMs, 5);
        QCOMPARE(m_fleet->device(at(8))->behaviour.latencyMs, 0);
        QVERIFY(!m_fleet->setBehaviour(QStringLiteral("127.42.0.1"), QStringLiteral("latency=5")));
        QVERIFY(!m_fleet->setBehaviour(at(1), QStringLiteral("latency=-5")));
        QVERIFY(!m_fleet->executeCommand(QStringLiteral("behave %1").arg(at(1))));
        QVERIFY(m_fleet->setBehaviour(QStringLiteral("127.41.0.0/24"), QStringLiteral("normal")));
        QCOMPARE(m_fleet->device(at(1))->behaviour, DeviceBehaviour{});
    }
};

QTEST_GUILESS_MAIN(TestBehaviour)
#include "tst_behaviour.moc"
