// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents.h"
#include "snmp/engine.h"
#include "snmp/poller.h"
#include "snmp/printerreader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QNetworkDatagram>
#include <QUdpSocket>

using namespace Printwatch;
using namespace Printwatch::Snmp;

namespace {
// Forwards datagrams to a real agent and holds each answer back for `delayMs`: a slow agent.
class DelayRelay : public QObject
{
public:
    DelayRelay(quint16 agentPort, int delayMs) : m_agentPort(agentPort), m_delayMs(delayMs)
    {
        m_front.bind(QHostAddress::LocalHost, 0);
        m_back.bind(QHostAddress::LocalHost, 0);
        connect(&m_front, &QUdpSocket::readyRead, this, [this] {
            while (m_front.hasPendingDatagrams()) {
                const auto d = m_front.receiveDatagram();
                m_client = d.senderAddress();
                m_clientPort = quint16(d.senderPort());
                m_back.writeDatagram(d.data(), QHostAddress::LocalHost, m_agentPort);
            }
        });
        connect(&m_back, &QUdpSocket::readyRead, this, [this] {
            while (m_back.hasPendingDatagrams()) {
                const QByteArray data = m_back.receiveDatagram().data();
                QTimer::singleShot(m_delayMs, this, [this, data] { m_front.writeDatagram(data, m_client, m_clientPort); });
            }
        });
    }
    quint16 port() const { return m_front.localPort(); }

private:
    QUdpSocket m_front;
    QUdpSocket m_back;
    quint16 m_agentPort;
    int m_delayMs;
    QHostAddress m_client;
    quint16 m_clientPort = 0;
};

Core::PollTarget pollTarget(const QString &address, quint16 port, const QString &community, int timeoutMs, int retries)
{
    Core::PollTarget target;
    target.address = address;
    target.port = port;
    target.credential.community = community;
    target.credential.port = port;
    target.credential.timeoutMs = timeoutMs;
    target.credential.retries = retries;
    return target;
}

// printwatch-sim with `count` printers from 127.`net`.0.1; the poll targets for them.
QList<Core::PollTarget> startFleet(Test::FleetSim &sim, int net, int count)
{
    if (!sim.start({u"--count"_qs, QString::number(count), u"--first"_qs, u"127.%1.0.1"_qs.arg(net), u"--port"_qs,
                    u"0"_qs}))
        return {};
    QList<Core::PollTarget> targets;
    for (int i = 0; i < count; ++i)
        targets.append(pollTarget(u"127.%1.0.%2"_qs.arg(net).arg(i + 1), sim.port(), u"public"_qs, 3000, 2));
    return targets;
}

// Each round's results by address, and the engine's requests sent before the first round and
// after each.
struct RoundLog
{
    QList<QHash<QString, Core::PollResult>> rounds;
    QList<quint64> sent{0};

    void follow(Poller &poller)
    {
        QObject::connect(&poller, &Poller::resultReady, &poller, [this](const Core::PollResult &result) {
            rounds.resize(sent.size());
            rounds.last().insert(result.address, result);
        });
        QObject::connect(&poller, &Poller::roundFinished, &poller,
                         [this, &poller] { sent.append(poller.engine()->stats().sent); });
    }
    // Follows `poller` and starts it on `targets`, one round now and the next only on pollNow().
    void start(Poller &poller, const QList<Core::PollTarget> &targets)
    {
        follow(poller);
        poller.setTargets(targets);
        poller.setInterval(600000);
        poller.start();
    }
    int finished() const { return int(sent.size()) - 1; }
    quint64 requests(int round) const { return sent.at(round + 1) - sent.at(round); } // 0-based
};
} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

    Test::SnmpdAgent m_snmpd;

private slots:
    void initTestCase()
    {
        if (!Test::SnmpdAgent::available())
            QSKIP("snmpd is not installed (apt-get install snmpd)");
        QVERIFY2(m_snmpd.start(u"pwtest"_qs), qPrintable(m_snmpd.error()));
    }

    void silentTargetsDoNotDelayLiveOnes()
    {
        Poller poller;
        QList<Core::PollTarget> targets;
        const quint16 deadPort = Test::freeUdpPort();
        for (int i = 0; i < 6; ++i)
            targets.append(pollTarget(u"127.0.0.%1"_qs.arg(77 + i), deadPort, u"pwtest"_qs, 1500, 1));
        targets.append(pollTarget(u"127.0.0.1"_qs, m_snmpd.port(), u"pwtest"_qs, 1500, 1));
        poller.setTargets(targets);
        poller.setInterval(600000);
        QSignalSpy results(&poller, &Poller::resultReady);
        QSignalSpy rounds(&poller, &Poller::roundFinished);
        QElapsedTimer clock;
        clock.start();
        poller.start();

        QVERIFY(results.wait(5000));
        const qint64 firstAt = clock.elapsed();
        const auto live = results.first().first().value<Core::PollResult>();
        QCOMPARE(live.address, u"127.0.0.1"_qs);
        QVERIFY2(live.reachable, qPrintable(live.error));
        QCOMPARE(live.identity.sysName, u"printwatch-test-snmpd"_qs);
        QVERIFY2(firstAt < 1000, qPrintable(QString::number(firstAt))); // silent ones need 2 x 1500 ms

        QVERIFY(rounds.wait(10000));
        QCOMPARE(results.size(), 7);
        const auto summary = rounds.first().first().value<Core::PollerActivity>();
        QCOMPARE(summary.devicesTotal, 7);
        QCOMPARE(summary.devicesFailed, 6);
        QVERIFY(summary.lastRoundMs >= 2900 && summary.lastRoundMs < 6000);
        for (int i = 1; i < results.size(); ++i) {
            const auto silent = results.at(i).first().value<Core::PollResult>();
            QVERIFY(!silent.reachable);
            QCOMPARE(silent.error, u"no answer from %1:%2 after 2 tries"_qs.arg(silent.address).arg(deadPort));
        }
    }

    void roundsDoNotOverlap()
    {
        Poller poller;
        poller.setTargets({pollTarget(u"127.0.0.1"_qs, m_snmpd.port(), u"pwtest"_qs, 1000, 0),
                           pollTarget(u"127.0.0.90"_qs, Test::freeUdpPort(), u"pwtest"_qs, 400, 0)});
        poller.setInterval(100); // shorter than a round: the next round must still wait for this one
        QSignalSpy rounds(&poller, &Poller::roundFinished);
        QSignalSpy results(&poller, &Poller::resultReady);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 3, 10000);
        poller.stop();
        // Each round delivered both devices before the next began.
        QVERIFY(results.size() >= 6 && results.size() <= 7);
        for (int i = 0; i < 6; i += 2) {
            QCOMPARE(results.at(i).first().value<Core::PollResult>().address, u"127.0.0.1"_qs);
            QCOMPARE(results.at(i + 1).first().value<Core::PollResult>().address, u"127.0.0.90"_qs);
        }
    }

    // Finished reads are decoded on the poller's worker thread: under a few hundred devices in
    // flight each result still belongs to its device (the same as a reader decoding on this
    // thread), arrives once, on the poller's thread, all before roundFinished; stop() mid-round
    // drops what the decoder still holds.
    void decodeOffThreadKeepsResultsPerDevice()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        constexpr int Count = 300;
        QVERIFY2(sim.start({u"--count"_qs, QString::number(Count), u"--first"_qs, u"127.46.0.1"_qs, u"--port"_qs,
                            u"0"_qs}),
                 qPrintable(sim.error()));
        QList<Core::PollTarget> targets;
        for (int i = 0; i < Count; ++i)
            targets.append(pollTarget(u"127.46.%1.%2"_qs.arg((i + 1) / 256).arg((i + 1) % 256), sim.port(),
                                      u"public"_qs, 3000, 2));
        Poller poller;
        poller.setTargets(targets);
        poller.setInterval(600000);
        poller.setMaxConcurrentDevices(128);
        QHash<QString, Core::PollResult> byAddress;
        int duplicates = 0;
        int offThread = 0;
        int resultsAtRoundEnd = -1;
        connect(&poller, &Poller::resultReady, this, [&](const Core::PollResult &result) {
            if (QThread::currentThread() != poller.thread())
                ++offThread;
            if (byAddress.contains(result.address))
                ++duplicates;
            byAddress.insert(result.address, result);
        }, Qt::DirectConnection);
        connect(&poller, &Poller::roundFinished, this, [&] { resultsAtRoundEnd = int(byAddress.size()); },
                Qt::DirectConnection);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(resultsAtRoundEnd >= 0, 60000);
        QCOMPARE(resultsAtRoundEnd, Count);
        QCOMPARE(duplicates, 0);
        QCOMPARE(offThread, 0);

        // The same devices read by a reader that decodes on this thread give the same identity,
        // supplies and counters (values move with the simulated clock, names do not).
        for (int i = 0; i < Count; i += 13) {
            const Core::PollTarget &target = targets.at(i);
            PrinterReader reader(poller.engine(), target);
            QSignalSpy finished(&reader, &PrinterReader::finished);
            reader.start();
            QVERIFY(finished.wait(10000));
            const auto direct = finished.first().first().value<Core::PollResult>();
            const Core::PollResult &polled = byAddress.value(target.address);
            QVERIFY2(polled.reachable && direct.reachable, qPrintable(polled.error + direct.error));
            QCOMPARE(polled.address, target.address);
            QCOMPARE(polled.identity.serial, direct.identity.serial);
            QCOMPARE(polled.identity.sysName, direct.identity.sysName);
            QVERIFY(!polled.identity.serial.isEmpty());
            QCOMPARE(polled.supplies.size(), direct.supplies.size());
            QVERIFY(!polled.supplies.isEmpty());
            for (qsizetype k = 0; k < polled.supplies.size(); ++k)
                QCOMPARE(polled.supplies.at(k).description, direct.supplies.at(k).description);
            QCOMPARE(polled.counters.size(), direct.counters.size());
        }

        // A second round stopped part-way: nothing more arrives, no roundFinished.
        int resultsSecond = 0;
        bool finishedSecond = false;
        connect(&poller, &Poller::resultReady, this, [&] {
            if (++resultsSecond == 20)
                poller.stop();
        });
        connect(&poller, &Poller::roundFinished, this, [&] { finishedSecond = true; });
        poller.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(resultsSecond >= 20, 30000);
        QTest::qWait(1500);
        QCOMPARE(resultsSecond, 20);
        QVERIFY(!finishedSecond);
        QVERIFY(!poller.isPolling());
    }

    // The second round asks each printer's vendor profile in its first request (the profile the
    // first round matched): fewer requests, the same printers read.
    void secondRoundExpectsLastProfile()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        constexpr int Count = 40;
        const QList<Core::PollTarget> targets = startFleet(sim, 47, Count);
        QVERIFY2(!targets.isEmpty(), qPrintable(sim.error()));
        Poller poller;
        RoundLog log;
        log.start(poller, targets);
        QTRY_COMPARE_WITH_TIMEOUT(log.finished(), 1, 60000);
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(log.finished(), 2, 60000);
        const auto &rounds = log.rounds;
        QCOMPARE(rounds[0].size(), Count);
        QCOMPARE(rounds[1].size(), Count);
        const quint64 firstRound = log.requests(0);
        const quint64 secondRound = log.requests(1);
        QVERIFY2(secondRound + Count / 2 <= firstRound,
                 qPrintable(u"%1 requests, then %2"_qs.arg(firstRound).arg(secondRound)));
        for (const Core::PollResult &first : std::as_const(rounds[0])) {
            const Core::PollResult second = rounds[1].value(first.address);
            QVERIFY2(first.reachable && second.reachable, qPrintable(first.error + second.error));
            QCOMPARE(second.error, first.error);
            QCOMPARE(second.identity.serial, first.identity.serial);
            QCOMPARE(second.identity.vendor, first.identity.vendor);
            QCOMPARE(second.identity.model, first.identity.model);
            QCOMPARE(second.supplies.size(), first.supplies.size());
            for (qsizetype k = 0; k < first.supplies.size(); ++k)
                QCOMPARE(second.supplies.at(k).description, first.supplies.at(k).description);
            QCOMPARE(second.counters.size(), first.counters.size());
            for (qsizetype k = 0; k < first.counters.size(); ++k)
                QCOMPARE(second.counters.at(k).name, first.counters.at(k).name);
        }
    }

    // The remembered profiles follow their printers when the target list changes (here: the same
    // printers in reverse order): the round after the change sends what an unchanged list's would,
    // where forgotten profiles cost a second request for most printers, and each printer's result
    // is its own.
    void changedTargetsKeepLastProfiles()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        constexpr int Count = 40;
        const QList<Core::PollTarget> targets = startFleet(sim, 48, Count);
        QVERIFY2(!targets.isEmpty(), qPrintable(sim.error()));
        Poller poller;
        RoundLog log;
        log.start(poller, targets);
        QTRY_COMPARE_WITH_TIMEOUT(log.finished(), 1, 60000);
        poller.pollNow(); // the same list: every profile known
        QTRY_COMPARE_WITH_TIMEOUT(log.finished(), 2, 60000);
        poller.setTargets(QList<Core::PollTarget>(targets.crbegin(), targets.crend()));
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(log.finished(), 3, 60000);
        const quint64 unchanged = log.requests(1);
        const quint64 reversed = log.requests(2);
        QVERIFY2(reversed <= unchanged + Count / 4,
                 qPrintable(u"%1 requests with the list unchanged, %2 reversed"_qs.arg(unchanged).arg(reversed)));
        const auto &rounds = log.rounds;
        QCOMPARE(rounds[2].size(), Count);
        for (const Core::PollResult &before : std::as_const(rounds[1])) {
            const Core::PollResult after = rounds[2].value(before.address);
            QVERIFY2(before.reachable && after.reachable, qPrintable(before.error + after.error));
            QCOMPARE(after.error, before.error);
            QCOMPARE(after.identity.serial, before.identity.serial);
            QCOMPARE(after.identity.model, before.identity.model);
            QCOMPARE(after.identity.profileId, before.identity.profileId);
            QCOMPARE(after.supplies.size(), before.supplies.size());
            QCOMPARE(after.counters.size(), before.counters.size());
        }
    }

    void changedTargetsForgetDroppedDevices()
    {
        if (Test::FleetSim::program().isEmpty())
            QSKIP("PRINTWATCH_SIM is not set");
        Test::FleetSim sim;
        constexpr int Count = 8;
        const QList<Core::PollTarget> targets = startFleet(sim, 50, Count);
        QVERIFY2(!targets.isEmpty(), qPrintable(sim.error()));
        Poller poller;
        RoundLog log;
        log.start(poller, targets);
        QTRY_COMPARE_WITH_TIMEOUT(log.finished(), 1, 60000);
        QCOMPARE(poller.engine()->hintedDevices(), Count);
        poller.setTargets(targets); // the same list: nothing forgotten
        QCOMPARE(poller.engine()->hintedDevices(), Count);
        // Half the fleet removed: the engine forgets those devices at once.
        poller.setTargets(targets.mid(0, Count / 2));
        QCOMPARE(poller.engine()->hintedDevices(), Count / 2);
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(log.finished(), 2, 60000);
        QCOMPARE(log.rounds[1].size(), Count / 2);
        for (const Core::PollResult &after : std::as_const(log.rounds[1])) {
            const Core::PollResult before = log.rounds[0].value(after.address);
            QVERIFY2(after.reachable, qPrintable(after.error));
            QCOMPARE(after.identity.serial, before.identity.serial);
            QCOMPARE(after.supplies.size(), before.supplies.size());
        }
        QCOMPARE(poller.engine()->hintedDevices(), Count / 2);
    }

    void lateRepliesAreDropped()
    {
        // Answers held back 600 ms against a 200 ms timeout: every reply is late.
        DelayRelay relay(m_snmpd.port(), 600);
        Engine engine;
        Target slow;
        slow.address = QHostAddress::LocalHost;
        slow.port = relay.port();
        slow.credential.community = u"pwtest"_qs;
        slow.credential.timeoutMs = 200;
        slow.credential.retries = 0;
        QObject context;
        QList<Response> responses;
        for (int i = 0; i < 3; ++i)
            engine.get(slow, {Oid{1, 3, 6, 1, 2, 1, 1, 5, 0}}, &context, [&responses](const Response &r) { responses.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 3, 3000);
        for (const Response &r : std::as_const(responses))
            QCOMPARE(r.status, ResponseStatus::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(engine.stats().dropped, quint64(3), 3000); // arrived, matched nothing
        QCOMPARE(responses.size(), 3); // and no callback ran twice
    }

    void cleanupTestCase() { m_snmpd.stop(); }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
