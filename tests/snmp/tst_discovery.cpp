// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents.h"
#include "simcredential.h"
#include "core/targetlist.h"
#include "snmp/discovery.h"
#include "snmp/poller.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using namespace Printwatch::Snmp;

class TestDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void credentialSetFallsThroughFast()
    {
        // Three v3 credentials on one range: an unknown user and a wrong password are refused by
        // a report (no timeout), the third is printwatch-sim's user and wins for every printer.
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        QVERIFY2(sim.start({u"--count"_qs, u"6"_qs, u"--first"_qs, u"127.44.0.1"_qs, u"--port"_qs, u"0"_qs}),
                 qPrintable(sim.error()));
        auto targets = Core::parseTargets(u"127.44.0.1-6"_qs);
        QVERIFY(targets.ok());
        Core::SnmpCredential good = Test::simV3Credential(sim.port(), 3000);
        good.name = u"sim v3"_qs;
        // a timeout would show in the elapsed time and the engine's stats
        good.retries = 0;
        Core::SnmpCredential unknownUser = good;
        unknownUser.name = u"old user"_qs;
        unknownUser.user = u"nobody"_qs;
        Core::SnmpCredential wrongPassword = good;
        wrongPassword.name = u"old password"_qs;
        wrongPassword.authPassword = u"not-the-password"_qs;

        Core::DiscoveryRequest request;
        request.targets = targets.value();
        request.credentialSet = {u"floor 3"_qs, {unknownUser, wrongPassword, good}};
        Engine engine;
        Discovery discovery(&engine);
        QSignalSpy matched(&discovery, &Discovery::credentialMatched);
        QSignalSpy found(&discovery, &Discovery::printerFound);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(request);
        QVERIFY(finished.wait(30000));
        QCOMPARE(found.size(), 6);
        QCOMPARE(matched.size(), 6);
        for (const auto &args : std::as_const(matched))
            QCOMPARE(args.at(2).value<Core::SnmpCredential>().name, u"sim v3"_qs);
        QCOMPARE(engine.stats().timeouts, quint64(0));
        QCOMPARE(engine.stats().engineDiscoveries, quint64(6)); // once per device, not per credential
        QVERIFY(engine.stats().reports >= 12);
    }

    void findsExactlyThePrinters()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        QVERIFY2(sim.start({u"--count"_qs, u"40"_qs, u"--first"_qs, u"127.1.0.1"_qs, u"--port"_qs, u"0"_qs,
                            u"--non-printers"_qs, u"3"_qs}),
                 qPrintable(sim.error()));
        auto targets = Core::parseTargets(u"127.1.0.0/24"_qs);
        QVERIFY(targets.ok());
        Core::DiscoveryRequest request;
        request.targets = targets.value();
        request.credential.port = sim.port();
        request.credential.timeoutMs = 500;
        request.credential.retries = 0;

        Discovery discovery;
        QSignalSpy found(&discovery, &Discovery::printerFound);
        QSignalSpy others(&discovery, &Discovery::nonPrinterFound);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(request);
        QVERIFY(finished.wait(30000));

        QSet<QString> expected;
        for (int i = 1; i <= 40; ++i)
            expected.insert(u"127.1.0.%1"_qs.arg(i));
        QSet<QString> got;
        for (const auto &args : std::as_const(found)) {
            const auto printer = args.first().value<Core::PollResult>();
            got.insert(printer.address);
            QVERIFY2(printer.reachable, qPrintable(printer.error));
            QCOMPARE(printer.identity.deviceType, u"printer"_qs);
            QVERIFY(!printer.identity.serial.isEmpty());
        }
        QCOMPARE(got, expected);
        QCOMPARE(found.size(), 40);
        QCOMPARE(others.size(), 3);
        const auto summary = finished.first().first().value<Core::DiscoverySummary>();
        QCOMPARE(summary.probed, 254);
        QCOMPARE(summary.answered, 43);
        QCOMPARE(summary.printers, 40);
        QVERIFY(!summary.cancelled);
    }

    // A sweep keeps thousands of probes in flight (most addresses never answer), widens a shared
    // engine's window only for the run, and still finds every printer.
    void wideSweepKeepsThousandsInFlight()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        QVERIFY2(sim.start({u"--count"_qs, u"16"_qs, u"--stride"_qs, u"256"_qs, u"--first"_qs, u"127.45.0.1"_qs,
                            u"--port"_qs, u"0"_qs}),
                 qPrintable(sim.error()));
        auto targets = Core::parseTargets(u"127.45.0.0/20"_qs);
        QVERIFY(targets.ok());
        Core::DiscoveryRequest request;
        request.targets = targets.value();
        request.credential.port = sim.port();
        request.credential.timeoutMs = 1000;
        request.credential.retries = 0;

        Engine engine;
        engine.setWindow(512);
        Discovery discovery(&engine);
        discovery.setReadPrinters(false);
        QCOMPARE(discovery.probeWindow(), 16384);
        int peakInFlight = 0;
        connect(&discovery, &Discovery::progress, this,
                [&] { peakInFlight = qMax(peakInFlight, engine.inFlight() + engine.queued()); });
        QSignalSpy found(&discovery, &Discovery::printerFound);
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(request);
        QCOMPARE(engine.window(), 16384);
        QVERIFY(finished.wait(60000));
        QCOMPARE(found.size(), 16);
        const auto summary = finished.first().first().value<Core::DiscoverySummary>();
        QCOMPARE(summary.probed, 4094);
        QVERIFY2(peakInFlight > 1024, qPrintable(QString::number(peakInFlight)));
        QCOMPARE(engine.window(), 512);
    }

    void countersGrowBetweenPolls()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        QVERIFY2(sim.start({u"--count"_qs, u"40"_qs, u"--first"_qs, u"127.1.0.1"_qs, u"--port"_qs, u"0"_qs,
                            u"--speed"_qs, u"3600"_qs}),
                 qPrintable(sim.error()));
        QList<Core::PollTarget> targets;
        for (int i = 1; i <= 40; ++i) {
            Core::PollTarget target;
            target.address = u"127.1.0.%1"_qs.arg(i);
            target.port = sim.port();
            targets.append(target);
        }
        Poller poller;
        poller.setTargets(targets);
        QSignalSpy results(&poller, &Poller::resultReady);
        QSignalSpy rounds(&poller, &Poller::roundFinished);
        poller.pollNow();
        QVERIFY(rounds.wait(20000));
        QHash<QString, qint64> first;
        for (const auto &args : std::as_const(results)) {
            const auto r = args.first().value<Core::PollResult>();
            QVERIFY2(r.reachable, qPrintable(r.error));
            first.insert(r.address, r.counter(u"total"_qs).value_or(-1));
        }
        QCOMPARE(first.size(), 40);
        results.clear();
        QTest::qSleep(1500); // simulated time passes: an hour per second
        poller.pollNow();
        QVERIFY(rounds.wait(20000));
        int grew = 0;
        for (const auto &args : std::as_const(results)) {
            const auto r = args.first().value<Core::PollResult>();
            const qint64 now = r.counter(u"total"_qs).value_or(-1);
            QVERIFY(now >= first.value(r.address));
            if (now > first.value(r.address))
                ++grew;
        }
        QVERIFY2(grew >= 30, qPrintable(QString::number(grew)));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
